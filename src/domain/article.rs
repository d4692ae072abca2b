//! Knowledge articles (SPEC K1, I10): manuals, FAQ and case analyses, some made from incidents.
//! Life: draft → reviewed → published → updated (an edit of a published article, reviewed again
//! before it is published again) → retired. The reviewer is never the author of the text under
//! review (the four-eyes rule of B3, applied to what the next operator will follow at 3 a.m.).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::incident::Incident;
use super::role::Actor;
use crate::error::{Code, OpsError, Refusal};
use crate::text::{check_len, normalize};

words!(
    /// K1.
    ArticleKind {
        Manual = "manual",
        Faq = "faq",
        Case = "case",
    },
    "article kind"
);

words!(
    /// K1, in order.
    ArticleStatus {
        Draft = "draft",
        Reviewed = "reviewed",
        Published = "published",
        Updated = "updated",
        Retired = "retired",
    },
    "article status"
);

const TITLE: usize = 200;
const BODY: usize = 100_000;

/// An article as stored. Field names are the JSON and history names.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Article {
    pub id: i64,
    pub kind: ArticleKind,
    pub title: String,
    /// Markdown, several lines.
    pub body: String,
    pub services: Vec<String>,
    pub categories: Vec<String>,
    /// I10: the incidents it was made from.
    pub incidents: Vec<i64>,
    pub status: ArticleStatus,
    /// Who wrote the text now under review (the last to change it).
    pub author: String,
    pub reviewed_by: Option<String>,
    pub reviewed_at: Option<DateTime<Utc>>,
    pub published_at: Option<DateTime<Utc>>,
    pub retired_at: Option<DateTime<Utc>>,
    /// The text's revision: 1 when written, one more at each update.
    pub revision: i64,
    pub created_at: DateTime<Utc>,
    pub version: i64,
    pub updated_at: DateTime<Utc>,
    pub updated_by: String,
}
record!(Article, crate::domain::kind::Kind::Article);

/// What writing an article takes.
#[derive(Clone, Debug, PartialEq)]
pub struct NewArticle {
    pub kind: ArticleKind,
    pub title: String,
    pub body: String,
    pub services: Vec<String>,
    pub categories: Vec<String>,
    pub incidents: Vec<i64>,
}

/// New words for an article; `None` leaves a field as it is.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Revision {
    pub title: Option<String>,
    pub body: Option<String>,
    pub services: Option<Vec<String>>,
    pub categories: Option<Vec<String>>,
}

fn words_list(field: &str, v: &[String]) -> Result<Vec<String>, OpsError> {
    let mut out: Vec<String> = Vec::new();
    for w in v.iter().map(|w| normalize(w)).filter(|w| !w.is_empty()) {
        check_len(field, &w, 100)?;
        if !out.contains(&w) {
            out.push(w);
        }
    }
    Ok(out)
}

fn title(t: &str) -> Result<String, OpsError> {
    let t = normalize(t);
    if t.is_empty() {
        return Err(OpsError::Invalid("title is required".into()));
    }
    check_len("title", &t, TITLE)?;
    Ok(t)
}

fn body(b: &str) -> Result<String, OpsError> {
    let b = normalize(&b.replace("\r\n", "\n"));
    if b.trim().is_empty() {
        return Err(OpsError::Invalid("body is required".into()));
    }
    check_len("body", &b, BODY)?;
    Ok(b)
}

/// A step on an article that its state or who is asking decides (K1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Review,
    Publish,
    Update,
    Retire,
}

fn wrong_state(a: &Article, step: &str) -> OpsError {
    OpsError::Rule(format!("cannot {step} article {}: it is {}", a.id, a.status)).coded(
        Refusal::new(Code::ArticleWrongState)
            .text("step", step)
            .text("id", a.id)
            .word("state", "article_status", a.status.as_str()),
    )
}

impl Article {
    /// K1: a draft by `actor`.
    pub fn write(new: &NewArticle, actor: &Actor, now: DateTime<Utc>) -> Result<Article, OpsError> {
        Ok(Article {
            id: 0,
            kind: new.kind,
            title: title(&new.title)?,
            body: body(&new.body)?,
            services: words_list("service", &new.services)?,
            categories: words_list("category", &new.categories)?,
            incidents: new.incidents.clone(),
            status: ArticleStatus::Draft,
            author: actor.login.clone(),
            reviewed_by: None,
            reviewed_at: None,
            published_at: None,
            retired_at: None,
            revision: 1,
            created_at: now,
            version: 1,
            updated_at: now,
            updated_by: actor.login.clone(),
        })
    }

    /// I10, K1: a case analysis drafted from a resolved incident: its description, its cause and
    /// its handling, as `handling` lines (time, who, what), for the author to finish.
    pub fn case_from(inc: &Incident, handling: &[String]) -> Result<NewArticle, OpsError> {
        if inc.resolved_at.is_none() {
            return Err(OpsError::Rule(format!(
                "incident {} is not resolved yet: a case is made once its cause is known (I10)",
                inc.id
            ))
            .coded(Refusal::new(Code::ArticleI10NotResolved).text("id", inc.id)));
        }
        let mut b = format!("## 现象 / What happened\n\n{}\n\n", inc.description.trim());
        b.push_str(&format!(
            "## 原因 / Cause\n\n{}\n\n## 处理过程 / Handling\n\n",
            inc.cause.trim()
        ));
        for h in handling {
            b.push_str(&format!("- {h}\n"));
        }
        b.push_str("\n## 经验 / Lessons\n\n");
        Ok(NewArticle {
            kind: ArticleKind::Case,
            title: format!("案例 / Case: {}", inc.title),
            body: b,
            services: vec![inc.service.clone()],
            categories: vec![inc.category.as_str().to_string()],
            incidents: vec![inc.id],
        })
    }

    fn next(&self, actor: &Actor, now: DateTime<Utc>) -> Article {
        let mut n = self.clone();
        n.version += 1;
        n.updated_at = now;
        n.updated_by = actor.login.clone();
        n
    }

    /// K1: a second person reviews the text (draft → reviewed, updated → reviewed). The author
    /// of the text may not review it (refused, exit 5).
    pub fn review(&self, actor: &Actor, now: DateTime<Utc>) -> Result<Article, OpsError> {
        self.can(Step::Review, actor)?;
        let mut n = self.next(actor, now);
        n.status = ArticleStatus::Reviewed;
        n.reviewed_by = Some(actor.login.clone());
        n.reviewed_at = Some(now);
        Ok(n)
    }

    /// K1: a reviewed article is published for everyone.
    pub fn publish(&self, actor: &Actor, now: DateTime<Utc>) -> Result<Article, OpsError> {
        self.can(Step::Publish, actor)?;
        let mut n = self.next(actor, now);
        n.status = ArticleStatus::Published;
        n.published_at = Some(now);
        Ok(n)
    }

    /// K1: new words. A draft stays a draft (its author is now whoever wrote last); a reviewed
    /// or published article becomes updated and is reviewed again; the published text stays in
    /// the history.
    pub fn update(&self, actor: &Actor, r: &Revision, now: DateTime<Utc>) -> Result<Article, OpsError> {
        self.can(Step::Update, actor)?;
        let mut n = self.next(actor, now);
        if let Some(t) = &r.title {
            n.title = title(t)?;
        }
        if let Some(b) = &r.body {
            n.body = body(b)?;
        }
        if let Some(s) = &r.services {
            n.services = words_list("service", s)?;
        }
        if let Some(c) = &r.categories {
            n.categories = words_list("category", c)?;
        }
        if n == self.next(actor, now) {
            return Err(OpsError::Invalid("nothing to change".into()));
        }
        n.author = actor.login.clone();
        n.reviewed_by = None;
        n.reviewed_at = None;
        if self.status != ArticleStatus::Draft {
            n.status = ArticleStatus::Updated;
            n.revision += 1;
        }
        Ok(n)
    }

    /// K1: withdrawn from use; kept, and still found by search.
    pub fn retire(&self, actor: &Actor, now: DateTime<Utc>) -> Result<Article, OpsError> {
        self.can(Step::Retire, actor)?;
        let mut n = self.next(actor, now);
        n.status = ArticleStatus::Retired;
        n.retired_at = Some(now);
        Ok(n)
    }

    /// K1: whether `actor` may take `step` on the article as it stands: its state, and a second
    /// person to review. The console asks before it opens the step; the step asks again.
    pub fn can(&self, step: Step, actor: &Actor) -> Result<(), OpsError> {
        use ArticleStatus::*;
        let (ok, word) = match step {
            Step::Review => (matches!(self.status, Draft | Updated), "review"),
            Step::Publish => (self.status == Reviewed, "publish"),
            Step::Update => (self.status != Retired, "update"),
            Step::Retire => (self.status != Retired, "retire"),
        };
        if !ok {
            return Err(wrong_state(self, word));
        }
        if step == Step::Review && actor.login == self.author {
            return Err(OpsError::Permission(format!(
                "permission denied: K1: {} wrote article {} and may not review it; a second person does",
                actor.label(),
                self.id
            ))
            .coded(
                Refusal::new(Code::ArticleK1OwnText)
                    .text("actor", actor.label())
                    .text("id", self.id),
            ));
        }
        Ok(())
    }

    /// Shown to an operator as the desk's advice: published, or updated while the published
    /// text is reviewed again.
    pub fn in_use(&self) -> bool {
        matches!(self.status, ArticleStatus::Published | ArticleStatus::Updated) && self.published_at.is_some()
    }

    /// For the incident at hand: in use, about its service, and about its category when the
    /// article names categories.
    pub fn fits(&self, service: &str, category: &str) -> bool {
        self.in_use()
            && self.services.iter().any(|s| s.eq_ignore_ascii_case(service))
            && (self.categories.is_empty() || self.categories.iter().any(|c| c.eq_ignore_ascii_case(category)))
    }
}

/// One refusal of each code of problems and articles, for the console's words (tests only).
#[cfg(test)]
pub(crate) fn refusal_samples(now: DateTime<Utc>) -> Vec<OpsError> {
    use super::incident::{Category, Channel, NewIncident};
    use super::problem::{NewProblem, Problem};
    use super::role::Role;
    let li = Actor {
        login: "lilei".into(),
        name: "李雷".into(),
        role: Role::Supervisor,
    };
    let new = NewArticle {
        kind: ArticleKind::Faq,
        title: "话单积压".into(),
        body: "重启".into(),
        services: vec![],
        categories: vec![],
        incidents: vec![],
    };
    let a = Article::write(&new, &li, now).expect("a draft");
    let p = NewProblem {
        title: "泄漏".into(),
        root_cause: "泄漏".into(),
        ..NewProblem::default()
    };
    let problem = Problem::open(&p, &li, now).expect("a problem");
    let inc = NewIncident {
        title: "话单延迟".into(),
        service: "billing".into(),
        category: Some(Category::Application),
        channel: Some(Channel::Phone),
        ..NewIncident::default()
    };
    let inc = Incident::open(&inc, &li, now).expect("an incident");
    vec![
        problem.change_closed(&li, true, now).unwrap_err(),
        a.publish(&li, now).unwrap_err(),
        a.review(&li, now).unwrap_err(),
        Article::case_from(&inc, &[]).unwrap_err(),
    ]
}

#[cfg(test)]
mod tests;
