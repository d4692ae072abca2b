//! The Reports view (Q): five pages of charts, each readable at 80x24, moved between with the keys
//! that move in a list (j/k, g g, G): incidents per day and per month; time to restore and the
//! ladder's steps per week; satisfaction and duties per week; each service's outage budget this
//! month (I11); the month's department ranking (Q2). It draws what the worker read
//! (`Snapshot::reports`) and queries nothing.
//!
//! Bars are drawn in braille cells and gauges in coloured spaces: the block elements ratatui
//! draws bars with are ambiguous-width in CJK terminals.

use ratatui::Frame;
use ratatui::layout::{Direction, Rect};
use ratatui::style::{Color, Style};
use ratatui::symbols::{self, Marker};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Bar, BarChart, BarGroup, Chart, Dataset, GraphType, LineGauge, Paragraph};

use super::{pane_body, pane_header};
use crate::domain::escalation::Level;
use crate::ops::reports::charts::Charts;
use crate::text::{fit, sanitize_line};
use crate::tui::app::{App, REPORT_PAGES};
use crate::tui::i18n::Strings;
use crate::tui::theme;
use crate::tui::widgets::minutes as minutes_text;

/// Bars in braille: eight dots a cell, neutral width everywhere.
const BARS: symbols::bar::Set = symbols::bar::Set {
    full: "⣿",
    seven_eighths: "⣿",
    three_quarters: "⣶",
    five_eighths: "⣶",
    half: "⣤",
    three_eighths: "⣤",
    one_quarter: "⣀",
    one_eighth: "⣀",
    empty: " ",
};

fn median_style() -> Style {
    Style::new().fg(Color::Cyan)
}

fn p90_style() -> Style {
    theme::level(Level::Supervisor)
}

/// The view: its page line, then the page.
pub fn draw(app: &App, f: &mut Frame, area: Rect) {
    let s = &app.s;
    let page = app.views.reports.page.sel.min(REPORT_PAGES.len() - 1);
    let names: Vec<String> = REPORT_PAGES
        .iter()
        .enumerate()
        .map(|(i, k)| {
            if i == page {
                format!("[{} {}]", i + 1, s.t(k))
            } else {
                format!(" {} {} ", i + 1, s.t(k))
            }
        })
        .collect();
    let Some(c) = app.snap.reports.as_deref().filter(|_| app.loaded()) else {
        pane_header(f, area, s.t("pane.loading"), true);
        return;
    };
    let head = s.f("reports.pages", &[("pages", &names.join("")), ("keys", &keys(app))]);
    pane_header(f, area, &head, true);
    let body = pane_body(area);
    let (top, bottom) = halves(body);
    match page {
        0 => {
            per_day(s, c, f, top);
            per_month(s, c, f, bottom);
        }
        1 => {
            restore(s, c, f, top);
            steps(s, c, f, bottom);
        }
        2 => {
            satisfaction(s, c, f, top);
            duties(s, c, f, bottom);
        }
        3 => outages(s, c, f, body),
        _ => ranking(s, c, f, body),
    }
}

/// `j/k`: the keys that move between pages.
fn keys(app: &App) -> String {
    use crate::tui::action::Action;
    let k = |a| app.keys.first_key(a).unwrap_or_default();
    format!("{}/{}", k(Action::Down), k(Action::Up))
}

fn halves(body: Rect) -> (Rect, Rect) {
    let top = body.height / 2;
    (
        Rect { height: top, ..body },
        Rect {
            y: body.y + top,
            height: body.height - top,
            ..body
        },
    )
}

/// A chart's title line (dim) and the area under it.
fn titled(f: &mut Frame, area: Rect, text: &str) -> Rect {
    let line = fit(&format!(" {}", sanitize_line(text)), area.width as usize);
    f.render_widget(
        Paragraph::new(line).style(theme::label()),
        Rect {
            height: 1.min(area.height),
            ..area
        },
    );
    pane_body(area)
}

/// How `n` groups of `k` bars share `width` columns: each bar's width, the gap between bars
/// of a group, the gap between groups.
#[derive(Clone, Copy)]
struct Fit {
    bar: u16,
    bar_gap: u16,
    group_gap: u16,
}

fn fit_bars(width: u16, n: usize, k: usize) -> Fit {
    let per = (width as usize / n.max(1)).max(1);
    let k = k.max(1);
    if per >= 3 {
        // A column between groups, and between the bars of a group when each can be 2 wide.
        let bar_gap = usize::from(k > 1 && per > 3 * k);
        let bar = ((per - 1 - bar_gap * (k - 1)) / k).clamp(1, 8);
        Fit {
            bar: bar as u16,
            bar_gap: bar_gap as u16,
            group_gap: 1,
        }
    } else {
        Fit {
            bar: (per / k).max(1) as u16,
            bar_gap: 0,
            group_gap: 0,
        }
    }
}

/// The groups as bars, each labelled: every one when the labels fit their groups, otherwise
/// every second one (the others left blank so that the labels do not run together).
fn chart<'a>(groups: Vec<(String, Vec<Bar<'a>>)>, width: u16, k: usize) -> BarChart<'a> {
    let n = groups.len();
    let fit = fit_bars(width.saturating_sub(1), n, k);
    let group_w = fit.bar as usize * k + fit.bar_gap as usize * k.saturating_sub(1);
    let widest = groups.iter().map(|g| crate::text::width(&g.0)).max().unwrap_or(0);
    // Labels and values need a column between groups to be told apart.
    let apart = fit.group_gap > 0;
    let every = if widest + usize::from(!apart) <= group_w { 1 } else { 2 };
    let mut b = BarChart::default()
        .bar_set(BARS)
        .bar_width(fit.bar)
        .bar_gap(fit.bar_gap)
        .group_gap(fit.group_gap);
    for (i, (label, bars)) in groups.into_iter().enumerate() {
        // A value is written in its bar only where it fits.
        let bars: Vec<Bar> = bars
            .into_iter()
            .map(|bar| {
                if fit.bar >= 2 && apart {
                    bar
                } else {
                    bar.text_value(String::new())
                }
            })
            .collect();
        let label = if i % every == 0 { label } else { String::new() };
        b = b.data(BarGroup::default().label(Line::from(label)).bars(&bars));
    }
    b.value_style(theme::key())
}

fn count_bar<'a>(value: i64, style: Style) -> Bar<'a> {
    Bar::default()
        .value(value.max(0) as u64)
        .text_value(value.to_string())
        .style(style)
}

fn per_day(s: &Strings, c: &Charts, f: &mut Frame, area: Rect) {
    let total: i64 = c.days.iter().map(|d| d.1).sum();
    let area = titled(f, area, &s.f("reports.per_day", &[("n", &total.to_string())]));
    let groups = c
        .days
        .iter()
        .map(|(d, n)| (d.format("%d").to_string(), vec![count_bar(*n, median_style())]))
        .collect();
    f.render_widget(chart(groups, area.width, 1), area);
}

fn per_month(s: &Strings, c: &Charts, f: &mut Frame, area: Rect) {
    let total: i64 = c.months.iter().map(|m| m.1).sum();
    let area = titled(f, area, &s.f("reports.per_month", &[("n", &total.to_string())]));
    let groups = c
        .months
        .iter()
        .map(|(m, n)| {
            // `26-11`: the year's last two digits and the month.
            let label = m.get(2..).unwrap_or(m);
            (label.to_string(), vec![count_bar(*n, median_style())])
        })
        .collect();
    f.render_widget(chart(groups, area.width, 1), area);
}

fn minutes(s: &Strings, secs: Option<i64>) -> String {
    secs.map_or_else(|| "-".into(), |v| minutes_text(s, v))
}

fn restore(s: &Strings, c: &Charts, f: &mut Frame, area: Rect) {
    let last = c.weeks.last();
    let text = s.f(
        "reports.restore",
        &[
            ("median", &minutes(s, last.and_then(|w| w.median_seconds))),
            ("p90", &minutes(s, last.and_then(|w| w.p90_seconds))),
            ("restored", &last.map_or(0, |w| w.restored).to_string()),
        ],
    );
    let area = titled(f, area, &text);
    // Labels of the weeks along the bottom line, the lines above it.
    let plot = Rect {
        height: area.height.saturating_sub(2),
        ..area
    };
    let mins = |v: Option<i64>| v.map(|s| s as f64 / 60.0);
    let median: Vec<(f64, f64)> = c
        .weeks
        .iter()
        .enumerate()
        .filter_map(|(i, w)| Some((i as f64, mins(w.median_seconds)?)))
        .collect();
    let p90: Vec<(f64, f64)> = c
        .weeks
        .iter()
        .enumerate()
        .filter_map(|(i, w)| Some((i as f64, mins(w.p90_seconds)?)))
        .collect();
    let top = p90.iter().chain(&median).map(|p| p.1).fold(1.0_f64, f64::max);
    let data = vec![
        Dataset::default()
            .marker(Marker::Braille)
            .graph_type(GraphType::Line)
            .style(p90_style())
            .data(&p90),
        Dataset::default()
            .marker(Marker::Braille)
            .graph_type(GraphType::Line)
            .style(median_style())
            .data(&median),
    ];
    let n = c.weeks.len().max(2) as f64;
    f.render_widget(
        Chart::new(data)
            .x_axis(Axis::default().bounds([0.0, n - 1.0]))
            .y_axis(Axis::default().bounds([0.0, top * 1.1]))
            .legend_position(None),
        plot,
    );
    let legend = Line::from(vec![
        Span::styled(s.f("reports.legend_median", &[]), median_style()),
        Span::raw("  "),
        Span::styled(s.f("reports.legend_p90", &[]), p90_style()),
        Span::styled(
            s.f("reports.scale", &[("top", &minutes_text(s, (top * 60.0) as i64))]),
            theme::dim(),
        ),
    ]);
    let mut weeks = String::new();
    let last = c.weeks.len().saturating_sub(1).max(1);
    for (i, w) in c.weeks.iter().enumerate() {
        // Each label under its point, or after the one before where that reaches further.
        let at = i * (area.width as usize).saturating_sub(3) / last;
        let x = at.max(crate::text::width(&weeks) + usize::from(i > 0));
        weeks.push_str(&" ".repeat(x - crate::text::width(&weeks)));
        weeks.push_str(&w.label);
    }
    let under = |dy: u16| Rect {
        y: plot.y + plot.height + dy,
        height: 1.min(area.height.saturating_sub(plot.height + dy)),
        ..area
    };
    f.render_widget(
        Paragraph::new(fit(&weeks, area.width as usize)).style(theme::dim()),
        under(0),
    );
    f.render_widget(Paragraph::new(legend), under(1));
}

fn steps(s: &Strings, c: &Charts, f: &mut Frame, area: Rect) {
    let total = |i: usize| c.weeks.iter().map(|w| w.steps[i]).sum::<i64>().to_string();
    let text = s.f(
        "reports.steps",
        &[("supervisor", &total(0)), ("manager", &total(1)), ("leader", &total(2))],
    );
    let area = titled(f, area, &text);
    let levels = [Level::Supervisor, Level::Manager, Level::Leader];
    let groups = c
        .weeks
        .iter()
        .map(|w| {
            let bars: Vec<Bar> = levels
                .iter()
                .zip(w.steps)
                .map(|(l, n)| count_bar(n, theme::level(*l)))
                .collect();
            (w.label.clone(), bars)
        })
        .collect();
    f.render_widget(chart(groups, area.width, 3), area);
}

fn satisfaction(s: &Strings, c: &Charts, f: &mut Frame, area: Rect) {
    let r = |i: usize| c.ratings[i].to_string();
    let text = s.f(
        "reports.satisfaction",
        &[
            ("r5", &r(4)),
            ("r4", &r(3)),
            ("r3", &r(2)),
            ("r2", &r(1)),
            ("r1", &r(0)),
        ],
    );
    let area = titled(f, area, &text);
    let groups = c
        .weeks
        .iter()
        .map(|w| {
            let bar = match w.mean_rating() {
                Some(m) => Bar::default()
                    .value((m * 10.0).round() as u64)
                    .text_value(format!("{m:.1}"))
                    .style(theme::ok()),
                None => Bar::default().value(0).text_value("-".to_string()),
            };
            (w.label.clone(), vec![bar])
        })
        .collect();
    f.render_widget(chart(groups, area.width, 1).max(50), area);
}

fn duties(s: &Strings, c: &Charts, f: &mut Frame, area: Rect) {
    let (met, missed) = c
        .weeks
        .iter()
        .fold((0, 0), |(a, b), w| (a + w.duties_met, b + w.duties_missed));
    let text = s.f(
        "reports.duties",
        &[("met", &met.to_string()), ("missed", &missed.to_string())],
    );
    let area = titled(f, area, &text);
    let groups = c
        .weeks
        .iter()
        .map(|w| {
            (
                w.label.clone(),
                vec![
                    count_bar(w.duties_met, theme::ok()),
                    count_bar(w.duties_missed, theme::missed()),
                ],
            )
        })
        .collect();
    f.render_widget(chart(groups, area.width, 2), area);
}

fn outages(s: &Strings, c: &Charts, f: &mut Frame, area: Rect) {
    let text = s.f(
        "reports.outages",
        &[
            ("month", &c.month),
            ("single", &c.single_limit_minutes.to_string()),
            ("monthly", &c.monthly_limit_minutes.to_string()),
        ],
    );
    let area = titled(f, area, &text);
    if c.budgets.is_empty() {
        f.render_widget(
            Paragraph::new(fit(&format!(" {}", s.t("reports.no_outage")), area.width as usize)).style(theme::dim()),
            area,
        );
        return;
    }
    let name_w = c
        .budgets
        .iter()
        .map(|b| crate::text::width(&sanitize_line(&b.service)))
        .max()
        .unwrap_or(0)
        .clamp(6, 16) as u16;
    let gauge_w = area.width.saturating_sub(name_w + 2) / 2;
    for (i, b) in c.budgets.iter().enumerate() {
        let y = area.y + i as u16 * 2;
        if y + 1 >= area.y + area.height {
            break;
        }
        let row = |x: u16, w: u16| Rect {
            x,
            y,
            width: w,
            height: 1,
        };
        let breach = b.monthly_breach || b.single_breach;
        let name = fit(&format!(" {}", sanitize_line(&b.service)), name_w as usize + 1);
        f.render_widget(
            Paragraph::new(name).style(if breach { theme::error() } else { Style::new() }),
            row(area.x, name_w + 1),
        );
        let gauge = |used: i64, limit: i64, key: &str, over: bool| {
            let ratio = (used as f64 / (limit.max(1) * 60) as f64).clamp(0.0, 1.0);
            let mut label = s.f(
                key,
                &[
                    ("used", &minutes_text(s, used)),
                    ("limit", &minutes_text(s, limit * 60)),
                ],
            );
            if over {
                label = format!("{label} {}", s.t("reports.breach"));
            }
            let style = if over { theme::error() } else { theme::ok() };
            LineGauge::default()
                .ratio(ratio)
                .label(Span::styled(label, style))
                .filled_symbol("⣿")
                .unfilled_symbol("⣀")
                .filled_style(style)
                .unfilled_style(theme::dim())
        };
        let x = area.x + name_w + 2;
        f.render_widget(
            gauge(
                b.used_seconds,
                b.monthly_limit_minutes,
                "reports.budget_month",
                b.monthly_breach,
            ),
            row(x, gauge_w.saturating_sub(1)),
        );
        f.render_widget(
            gauge(
                b.longest_seconds,
                b.single_limit_minutes,
                "reports.budget_longest",
                b.single_breach,
            ),
            row(x + gauge_w, gauge_w.saturating_sub(1)),
        );
    }
}

fn ranking(s: &Strings, c: &Charts, f: &mut Frame, area: Rect) {
    let r = &c.ranking;
    let w = &r.weights;
    let text = s.f(
        "reports.ranking",
        &[
            ("month", &r.period.label),
            (
                "weights",
                &format!("{}/{}/{}/{}", w.availability, w.accuracy, w.timeliness, w.satisfaction),
            ),
        ],
    );
    let area = titled(f, area, &text);
    if r.rows.is_empty() {
        f.render_widget(
            Paragraph::new(fit(&format!(" {}", s.t("reports.no_departments")), area.width as usize))
                .style(theme::dim()),
            area,
        );
        return;
    }
    // The totals as bars, the four scores beside each.
    let score = |v: Option<f64>| v.map_or_else(|| "-".to_string(), |v| format!("{v:.0}"));
    let head = s.t("reports.ranking_columns");
    f.render_widget(
        Paragraph::new(fit(&format!(" {head}"), area.width as usize)).style(theme::column_header()),
        Rect { height: 1, ..area },
    );
    let bars: Vec<Bar> = r
        .rows
        .iter()
        .map(|row| {
            let name = sanitize_line(&row.figures.name);
            let label = format!("{:>2} {}", row.rank, fit(&name, 12));
            let text = format!(
                "{:.1}  {} {} {} {}",
                row.total,
                score(Some(row.availability)),
                score(Some(row.accuracy)),
                score(row.timeliness),
                score(row.satisfaction)
            );
            Bar::default()
                .value(row.total.max(0.0).round() as u64)
                .label(Line::from(label))
                .text_value(text)
                .style(theme::ok())
                .value_style(theme::key())
        })
        .collect();
    let body = pane_body(area);
    let chart = BarChart::default()
        .direction(Direction::Horizontal)
        .bar_set(BARS)
        .bar_width(1)
        .bar_gap(0)
        .max(100)
        .data(BarGroup::default().bars(&bars));
    f.render_widget(chart, body);
}
