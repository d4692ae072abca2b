//! The ledger's other sheets (I13): requests (the R8 archive's columns), changes and billing runs,
//! each a list of typed columns and a row in the same order, in the ledger's language. The
//! request archive's CSV (`request export`) writes the same columns and rows, so the two never
//! say a request differently.

use chrono::{DateTime, Utc};

use super::{Column, Type, Value, col};
use crate::domain::billing::{Run, RunKind, RunState};
use crate::domain::change::{Change, ChangeStatus, Outcome};
use crate::domain::request::{
    Classification, ClockState, FormChannel, Request, RequestKind, RequestStatus, Rules, working_span,
};

fn text(s: &str) -> Value {
    if s.trim().is_empty() {
        Value::Empty
    } else {
        Value::Text(s.to_string())
    }
}

fn date(t: Option<DateTime<Utc>>) -> Value {
    t.map_or(Value::Empty, Value::Date)
}

/// The words of one language for the values of these sheets; English says the stored words.
#[derive(Clone, Copy)]
pub struct Lang {
    pub zh: bool,
}

impl Lang {
    fn pick<'a>(self, zh: &'a str, en: &'a str) -> &'a str {
        if self.zh { zh } else { en }
    }

    fn yes_no(self, yes: bool) -> &'static str {
        if yes {
            self.pick("是", "yes")
        } else {
            self.pick("否", "no")
        }
    }
}

/// R8: the request archive's columns.
pub const REQUEST_COLUMNS: &[Column] = &[
    col("id", "编号", Type::Number),
    col("kind", "类型", Type::Text),
    col("rule", "规则", Type::Text),
    col("form_no", "表单号", Type::Text),
    col("channel", "渠道", Type::Text),
    col("title", "标题", Type::Text),
    col("dept", "部门代码", Type::Text),
    col("dept_name", "申请部门", Type::Text),
    col("requester", "申请人", Type::Text),
    col("received_at", "送达IT", Type::Date),
    col("clock_start", "开始计时", Type::Date),
    col("due_at", "时限", Type::Date),
    col("met_at", "完成时间", Type::Date),
    col("late", "超时", Type::Text),
    col("paused_working", "暂停工作时间", Type::Text),
    col("status", "状态", Type::Text),
    col("owner", "负责人", Type::Text),
    col("delivered_at", "交付时间", Type::Date),
    col("closed_at", "关闭时间", Type::Date),
    col("classification", "密级", Type::Text),
];

fn request_kind(w: Lang, k: RequestKind) -> &'static str {
    let zh = match k {
        RequestKind::Requirement => "业务需求",
        RequestKind::Product => "产品申请",
        RequestKind::Account => "系统帐号",
        RequestKind::Extraction => "数据提取",
        RequestKind::Processing => "数据处理",
    };
    w.pick(zh, k.as_str())
}

fn form_channel(w: Lang, c: FormChannel) -> &'static str {
    let zh = match c {
        FormChannel::Oa => "OA",
        FormChannel::Email => "邮件",
        FormChannel::Paper => "纸质",
        FormChannel::Phone => "电话",
    };
    w.pick(zh, c.as_str())
}

fn request_status(w: Lang, s: RequestStatus) -> &'static str {
    let zh = match s {
        RequestStatus::AwaitingApproval => "待审批",
        RequestStatus::Received => "已收到",
        RequestStatus::Accepted => "已受理",
        RequestStatus::Evaluated => "已评估",
        RequestStatus::Delivered => "已交付",
        RequestStatus::Confirmed => "已确认",
        RequestStatus::NewProject => "转立项",
        RequestStatus::Closed => "已关闭",
    };
    w.pick(zh, s.as_str())
}

/// R4: the marking; an extraction not yet classified says so.
fn class(w: Lang, c: Option<Classification>) -> &'static str {
    match c {
        Some(c) => w.pick(c.chinese(), c.as_str()),
        None => w.pick("未定密级", "unclassified"),
    }
}

/// R8: the archive's row of request `r`; `dept_name` the directory's name of its department,
/// `owner` how the ledger names its owner. The clock is read at `now` (a form still running
/// is late or not as of the export).
pub fn request_row(
    r: &Request,
    dept_name: &str,
    owner: &str,
    rules: &Rules,
    w: Lang,
    now: DateTime<Utc>,
) -> Vec<Value> {
    let clock = r.clock(rules, now);
    let late = match clock.state {
        ClockState::Waiting { .. } => "",
        ClockState::Missed { .. } | ClockState::Met { late: true, .. } | ClockState::Stopped { late: true, .. } => {
            w.yes_no(true)
        }
        _ => w.yes_no(false),
    };
    let classification = match (r.kind, r.classification) {
        (RequestKind::Extraction, c) => class(w, c),
        (_, Some(c)) => class(w, Some(c)),
        _ => "",
    };
    let paused = if clock.paused.is_zero() {
        String::new()
    } else {
        working_span(clock.paused, &rules.cal)
    };
    vec![
        Value::Number(r.id),
        text(request_kind(w, r.kind)),
        text(r.kind.rule()),
        text(&r.form_no),
        text(form_channel(w, r.channel)),
        text(&r.title),
        text(&r.dept),
        text(dept_name),
        text(&r.requester),
        Value::Date(r.received_at),
        date(r.clock_start),
        date(r.due_at),
        date(r.met_at),
        text(late),
        text(&paused),
        text(request_status(w, r.status)),
        text(owner),
        date(r.delivered_at),
        date(r.closed_at),
        text(classification),
    ]
}

/// C1–C9: the change ledger's columns (the C9 summary's parts are the change's own record, not
/// the ledger's).
pub const CHANGE_COLUMNS: &[Column] = &[
    col("id", "编号", Type::Number),
    col("title", "变更名称", Type::Text),
    col("systems", "涉及系统", Type::Text),
    col("planned_month", "计划月份", Type::Text),
    col("window_start", "计划开始", Type::Date),
    col("window_end", "计划结束", Type::Date),
    col("user_affecting", "影响用户", Type::Text),
    col("unplanned", "计划外", Type::Text),
    col("departments", "涉及部门", Type::Text),
    col("operator", "实施人", Type::Text),
    col("status", "状态", Type::Text),
    col("started_at", "实际开始", Type::Date),
    col("ended_at", "实际结束", Type::Date),
    col("outcome", "结果", Type::Text),
    col("on_time", "按时完成", Type::Text),
    col("delay_reason", "延误原因", Type::Text),
    col("remaining_issues", "遗留问题", Type::Text),
    col("closed_at", "关闭时间", Type::Date),
];

fn change_status(w: Lang, s: ChangeStatus) -> &'static str {
    let zh = match s {
        ChangeStatus::Draft => "草稿",
        ChangeStatus::Planned => "已计划",
        ChangeStatus::TestConfirmed => "测试已确认",
        ChangeStatus::Scheduled => "已排期",
        ChangeStatus::Notified => "已通知",
        ChangeStatus::Executing => "实施中",
        ChangeStatus::Done => "已完成",
        ChangeStatus::ResultAnnounced => "结果已通告",
        ChangeStatus::SummarySent => "总结已发",
        ChangeStatus::Closed => "已关闭",
    };
    w.pick(zh, s.as_str())
}

/// The change ledger's row of change `c`; `operator` how the ledger names its operator.
pub fn change_row(c: &Change, operator: &str, w: Lang) -> Vec<Value> {
    let outcome = c.outcome.map(|o| {
        let zh = match o {
            Outcome::Succeeded => "成功",
            Outcome::Failed => "失败",
            Outcome::RolledBack => "已回退",
        };
        w.pick(zh, o.as_str())
    });
    vec![
        Value::Number(c.id),
        text(&c.title),
        text(&c.systems.join(", ")),
        text(&c.planned_month),
        date(c.window_start),
        date(c.window_end),
        text(w.yes_no(c.user_affecting)),
        text(w.yes_no(c.unplanned)),
        text(&c.departments.join(", ")),
        text(operator),
        text(change_status(w, c.status)),
        date(c.started_at),
        date(c.ended_at),
        text(outcome.unwrap_or("")),
        text(c.on_time.map_or("", |t| w.yes_no(t))),
        text(&c.delay_reason),
        text(&c.remaining_issues),
        date(c.closed_at),
    ]
}

/// B1–B6: the billing runs' columns.
pub const RUN_COLUMNS: &[Column] = &[
    col("id", "编号", Type::Number),
    col("kind", "类型", Type::Text),
    col("period", "账期", Type::Text),
    col("in_charge", "负责人", Type::Text),
    col("state", "状态", Type::Text),
    col("attempt", "出账次数", Type::Number),
    col("deadline", "时限", Type::Date),
    col("submitted_at", "提交确认", Type::Date),
    col("confirmed_by", "确认人", Type::Text),
    col("published_at", "发布时间", Type::Date),
    col("on_time", "按时发布", Type::Text),
    col("anomalies", "异常数", Type::Number),
    col("dispute_reason", "质疑原因", Type::Text),
    col("rollback_reason", "回退原因", Type::Text),
];

fn run_kind(w: Lang, k: RunKind) -> &'static str {
    let zh = match k {
        RunKind::Billing => "出账",
        RunKind::Agents => "代理商结算",
        RunKind::ContentProviders => "CP 结算",
        RunKind::Channels => "渠道结算",
    };
    w.pick(zh, k.as_str())
}

fn run_state(w: Lang, s: RunState) -> &'static str {
    let zh = match s {
        RunState::Planned => "计划",
        RunState::InProgress => "进行中",
        RunState::ChecksDone => "检查完毕",
        RunState::AwaitingSupervisor => "待主管确认",
        RunState::Published => "已发布",
        RunState::Disputed => "被质疑",
        RunState::RolledBack => "已回退",
    };
    w.pick(zh, s.as_str())
}

/// B3: the runs' row of run `r`; `in_charge` and `confirmed_by` as the ledger names them,
/// `anomalies` how many anomalies its checks recorded (B6).
pub fn run_row(r: &Run, in_charge: &str, confirmed_by: &str, anomalies: i64, w: Lang) -> Vec<Value> {
    let on_time = r.published_at.map(|p| w.yes_no(p <= r.deadline)).unwrap_or("");
    vec![
        Value::Number(r.id),
        text(run_kind(w, r.kind)),
        text(&r.period),
        text(in_charge),
        text(run_state(w, r.state)),
        Value::Number(r.attempt),
        Value::Date(r.deadline),
        date(r.submitted_at),
        text(confirmed_by),
        date(r.published_at),
        text(on_time),
        Value::Number(anomalies),
        text(&r.dispute_reason),
        text(&r.rollback_reason),
    ]
}
