//! The selected medication: what it is, the plan now, supply, how doses went and the dose
//! history, fitted to the room there is (the history gives way first: it can be long).

use crate::app::keymap::{Ctx, key};
use crate::app::{Action, MedsAction, Move};
use chrono::{Days, NaiveDate};
use ratatui::Frame;
use ratatui::layout::{Margin, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{flow, problem_lines, short_date};
use crate::app::App;
use crate::app::meds::doses;
use crate::domain::YearMonth;
use crate::domain::dose::{Adherence, adherence, on_hand, refill_soon, run_out};
use crate::domain::medication::Medication;
use crate::ui::{Theme, panel, text};

mod table;
use table::{prn_table, table};

/// Width of the "Now" and "Supply" labels.
const LABEL_W: usize = 8;
/// The periods doses are counted over, in days.
const PERIODS: [u32; 3] = [7, 30, 90];
/// Room for the dose history's date column ("2026-10-15  ").
const DATE_W: usize = 12;

/// The selected medication; its whole dose history, when open, says how far it can scroll.
pub fn render(frame: &mut Frame, area: Rect, app: &App, med: &Medication, theme: Theme) -> Option<u16> {
    let block = panel(&med.name, theme);
    let inner = block.inner(area).inner(Margin::new(1, 0));
    frame.render_widget(block, area);
    if inner.is_empty() {
        return None;
    }
    let width = usize::from(inner.width);
    if let Some(scroll) = app.meds.view.history {
        let lines = whole_history(med, app.today, width, theme);
        let (scroll, max) = crate::ui::text::scroll_fit(lines.len(), inner.height, scroll);
        frame.render_widget(Paragraph::new(lines).scroll((scroll, 0)), inner);
        return Some(max);
    }
    frame.render_widget(Paragraph::new(fitted_lines(app, med, width, usize::from(inner.height), theme)), inner);
    None
}

/// The whole history, newest last, scrolled by the person (j/k); Esc goes back.
fn whole_history(med: &Medication, today: NaiveDate, width: usize, theme: Theme) -> Vec<Line<'static>> {
    let mut lines = vec![Line::from(vec![
        Span::styled("Dose history", theme.title()),
        Span::styled(
            format!(
                " · {}/{} scroll · {} back",
                key(Ctx::MedsHistory, &Action::Move(Move::Down)),
                key(Ctx::MedsHistory, &Action::Move(Move::Up)),
                key(Ctx::MedsHistory, &Action::Close)
            ),
            theme.dim(),
        ),
    ])];
    lines.extend(history(med, today, width, theme).into_iter().flatten());
    lines
}

/// The detail fitted to `height` rows. What to keep when space is short: the plan now and
/// supply, then the counts, then what the medication is; the history takes what is left.
fn fitted_lines(app: &App, med: &Medication, width: usize, height: usize, theme: Theme) -> Vec<Line<'static>> {
    let mut lines = problem_lines(app, width, theme);
    let now = now_lines(app, med, width, theme);
    let info = info_lines(med, width, theme);
    let plan = med.regimen_on(app.today).or_else(|| med.changes.first().map(|c| &c.regimen));
    let table = if plan.is_some_and(|r| r.pattern.is_prn()) {
        prn_table(app, med, width, theme)
    } else {
        adherence_table(app, med, width, theme)
    };
    let mut used = lines.len() + now.len();
    let show_table = !table.is_empty() && used + 1 + table.len() <= height;
    if show_table {
        used += 1 + table.len();
    }
    let show_info = used + info.len() <= height;
    if show_info {
        used += info.len();
        lines.extend(info);
    }
    lines.extend(now);
    if show_table {
        lines.push(Line::default());
        lines.extend(table);
    }
    let room = height.saturating_sub(used + 2);
    if room > 0 {
        lines.push(Line::default());
        lines.push(Line::from(Span::styled("Dose history", theme.title())));
        let history = fit_history(history(med, app.today, width, theme), room, theme);
        used += 2 + history.len();
        lines.extend(history);
    }
    // Tall terminals: the recent days too, for a look at the detail behind the counts.
    let room = height.saturating_sub(used + 2);
    if room >= 3 {
        lines.extend(recent_days(app, med, width, room, theme));
    }
    lines
}

/// "Recent days" and how to fill in past doses, over the days that fit in `room` rows;
/// nothing when there are none.
fn recent_days(app: &App, med: &Medication, width: usize, room: usize, theme: Theme) -> Vec<Line<'static>> {
    let recent = super::recent::lines(app, med, width, room, theme);
    if recent.is_empty() {
        return Vec::new();
    }
    let mut lines = vec![
        Line::default(),
        Line::from(vec![
            Span::styled("Recent days", theme.title()),
            Span::styled(
                format!(" · {} to fill in past doses", key(Ctx::Meds, &Action::Meds(MedsAction::OpenLog))),
                theme.dim(),
            ),
        ]),
    ];
    lines.extend(recent);
    lines
}

/// "50 mg tablet · for depression · prescribed by Dr Okafor · with breakfast".
fn info_lines(med: &Medication, width: usize, theme: Theme) -> Vec<Line<'static>> {
    let mut parts = vec![vec![Span::styled(med.strength_label(), theme.bold())]];
    for (prefix, value) in [("for ", &med.purpose), ("prescribed by ", &med.prescriber), ("", &med.instructions)] {
        if !value.trim().is_empty() {
            parts.push(vec![Span::raw(format!("{prefix}{}", value.trim()))]);
        }
    }
    flow(Vec::new(), parts, width, 0, theme)
}

fn label(s: &str, theme: Theme) -> Span<'static> {
    Span::styled(format!("{s:<LABEL_W$}"), theme.dim())
}

/// The plan on today (or the stop, or the start to come), "as needed" doses taken today,
/// and the supply when it is tracked.
fn now_lines(app: &App, med: &Medication, width: usize, theme: Theme) -> Vec<Line<'static>> {
    let today = app.today;
    let now = if med.is_stopped(today) {
        let pause = med.pauses.last();
        let since = pause.map(|p| short_date(p.stopped, today)).unwrap_or_default();
        let reason = pause.map(|p| p.reason.trim()).filter(|r| !r.is_empty()).map(|r| format!(" ({r})"));
        format!("stopped since {since}{}", reason.unwrap_or_default())
    } else if med.start > today || med.regimen_on(today).is_none() {
        let first = med.changes.first().map(|c| med.regimen_label(&c.regimen)).unwrap_or_default();
        format!("starts {}: {first}", short_date(med.start, today))
    } else if let Some(p) = med.pauses.iter().find(|p| p.stopped <= today && p.restarted.is_some_and(|r| r > today)) {
        let restart = p.restarted.map(|r| short_date(r, today)).unwrap_or_default();
        format!("stopped since {}; restart planned {restart}", short_date(p.stopped, today))
    } else {
        med.regimen_on(today).map(|r| med.regimen_label(r)).unwrap_or_default()
    };
    let mut lines = flow(vec![label("Now", theme)], vec![vec![Span::styled(now, theme.bold())]], width, LABEL_W, theme);
    if med.is_prn_on(today) {
        let mut times = doses::prn_taken(app, today, &med.id);
        times.sort();
        let taken = match times.len() {
            0 => "none taken".to_string(),
            n => {
                let at: Vec<String> = times.iter().map(|t| t.format("%H:%M").to_string()).collect();
                format!("{n} taken ({})", at.join(", "))
            }
        };
        lines.extend(flow(vec![label("Today", theme)], vec![vec![Span::raw(taken)]], width, LABEL_W, theme));
    }
    if let Some(left) = on_hand(med, today, |d| app.journal.events_on(d)) {
        let mut parts = vec![vec![Span::raw(format!("{} on hand", med.form.count_label(left)))]];
        if let Some(end) = run_out(med, today, left) {
            parts.push(vec![Span::raw(format!("lasts to {}", short_date(end, today)))]);
        }
        if refill_soon(med, today, left) {
            parts.push(vec![Span::styled("refill soon", theme.error())]);
        }
        lines.extend(flow(vec![label("Supply", theme)], parts, width, LABEL_W, theme));
    }
    lines
}

/// The periods to count over, each cut to the days since `start` (a medication's, or the
/// first of them all).
fn periods(start: NaiveDate, today: NaiveDate) -> Vec<u32> {
    let since = (today - start).num_days() + 1;
    let Ok(since) = u32::try_from(since) else { return Vec::new() };
    let mut out: Vec<u32> = PERIODS.iter().map(|p| (*p).min(since)).filter(|p| *p > 0).collect();
    out.dedup();
    out
}

/// False while a month the period reaches into is still loading: its doses would read
/// as "not logged" until then.
fn loaded(app: &App, days: u32) -> bool {
    let start = app.today.checked_sub_days(Days::new(u64::from(days.saturating_sub(1)))).unwrap_or(app.today);
    let mut ym = YearMonth::of(start);
    while ym <= YearMonth::of(app.today) {
        if app.journal.loading && !app.journal.months.contains_key(&ym) {
            return false;
        }
        ym = ym.next();
    }
    true
}

/// How scheduled doses went over 7, 30 and 90 days: one row per period where the table
/// fits that way, otherwise one row per count.
fn adherence_table(app: &App, med: &Medication, width: usize, theme: Theme) -> Vec<Line<'static>> {
    let periods = periods(med.start, app.today);
    let counts: Vec<Adherence> =
        periods.iter().map(|p| adherence(med, *p, app.now, app.dose_window(), |d| app.journal.events_on(d))).collect();
    table(app, &periods, &counts, width, theme)
}

/// Every medication together: the same table summed over all of them, then each one's
/// share of doses taken in the last 30 days.
pub fn render_overview(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    let block = panel("All medication", theme);
    let inner = block.inner(area).inner(Margin::new(1, 0));
    frame.render_widget(block, area);
    let width = usize::from(inner.width);
    let first = app.meds.list.iter().map(|m| m.start).min().unwrap_or(app.today);
    let periods = periods(first, app.today);
    let counts: Vec<Adherence> = periods
        .iter()
        .map(|p| {
            let mut all = Adherence::default();
            for m in app.meds.list.iter() {
                all.add(&adherence(m, *p, app.now, app.dose_window(), |d| app.journal.events_on(d)));
            }
            all
        })
        .collect();
    let back = key(Ctx::Meds, &Action::Close);
    let mut lines =
        vec![Line::from(Span::styled(format!("Every medication's scheduled doses · {back} back"), theme.dim()))];
    lines.push(Line::default());
    lines.extend(table(app, &periods, &counts, width, theme));
    lines.push(Line::default());
    lines.push(Line::from(Span::styled("Last 30 days", theme.title())));
    for m in app.meds.list.iter() {
        let a = adherence(m, 30, app.now, app.dose_window(), |d| app.journal.events_on(d));
        let text = match a.taken_percent() {
            Some(p) => {
                let mut parts = vec![format!("{p}% taken")];
                for (n, what) in
                    [(a.early, "early"), (a.late, "late"), (a.skipped, "skipped"), (a.not_logged, "not logged")]
                {
                    if n > 0 {
                        parts.push(format!("{n} {what}"));
                    }
                }
                parts.join(" · ")
            }
            None if m.is_stopped(app.today) => "stopped".to_string(),
            None if m.is_prn_on(app.today) => "as needed".to_string(),
            None => "nothing scheduled".to_string(),
        };
        let name = text::truncate(&m.name, 16);
        lines.push(Line::from(vec![
            Span::raw(format!("{name:<17}")),
            Span::styled(text::truncate(&text, width.saturating_sub(17)), theme.dim()),
        ]));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The start, every dose change, stops and restarts, in date order; steps still ahead
/// are marked "planned".
/// Each entry is returned as the lines it takes.
fn history(med: &Medication, today: NaiveDate, width: usize, theme: Theme) -> Vec<Vec<Line<'static>>> {
    let mut items: Vec<(NaiveDate, String)> = Vec::new();
    let mut before: Option<Option<f32>> = None;
    for (i, c) in med.changes.iter().enumerate() {
        let label = med.regimen_label(&c.regimen);
        let daily = c.regimen.daily_units();
        let mut s = match before {
            None => format!("started · {label}"),
            Some(prev) => format!("{} {label}", arrow(prev, daily)),
        };
        if med.changes.get(i + 1).is_some_and(|next| next.effective == c.effective) {
            s.push_str(" · replaced the same day");
        } else if c.effective > today {
            s.push_str(" · planned");
        }
        if !c.reason.trim().is_empty() {
            s.push_str(&format!(" · {}", c.reason.trim()));
        }
        // Recorded as the person answered, either way, without judgement.
        s.push_str(if c.with_prescriber { " (with your prescriber)" } else { " (on your own)" });
        before = Some(daily);
        items.push((if i == 0 { med.start } else { c.effective }, s));
    }
    for p in &med.pauses {
        let planned = if p.stopped > today { " · planned" } else { "" };
        let reason = if p.reason.trim().is_empty() { String::new() } else { format!(" · {}", p.reason.trim()) };
        items.push((p.stopped, format!("stopped{planned}{reason}")));
        if let Some(r) = p.restarted {
            let planned = if r > today { " · planned" } else { "" };
            let reason = if p.restart_reason.trim().is_empty() {
                String::new()
            } else {
                format!(" · {}", p.restart_reason.trim())
            };
            items.push((r, format!("restarted{planned}{reason}")));
        }
    }
    items.sort_by_key(|(d, _)| *d);
    let text_w = width.saturating_sub(DATE_W).max(8);
    items
        .into_iter()
        .map(|(date, s)| {
            let style = if date > today { theme.accent() } else { theme.base() };
            text::wrap(&s, text_w)
                .into_iter()
                .enumerate()
                .map(|(i, l)| {
                    let left =
                        if i == 0 { format!("{:<DATE_W$}", date.format("%Y-%m-%d")) } else { " ".repeat(DATE_W) };
                    Line::from(vec![Span::styled(left, date_style(date, today, theme)), Span::styled(l, style)])
                })
                .collect()
        })
        .collect()
}

fn date_style(date: NaiveDate, today: NaiveDate, theme: Theme) -> Style {
    if date > today { theme.accent() } else { theme.dim() }
}

/// ↑ or ↓ when the amount a day goes up or down, → otherwise (a new time, "as needed").
fn arrow(before: Option<f32>, after: Option<f32>) -> char {
    match (before, after) {
        (Some(b), Some(a)) if a > b + 1e-3 => '↑',
        (Some(b), Some(a)) if a < b - 1e-3 => '↓',
        _ => '→',
    }
}

/// The latest entries that fit in `room` lines, after a "… N earlier" line when some
/// are left out (the latest and the planned ones matter most).
fn fit_history(entries: Vec<Vec<Line<'static>>>, room: usize, theme: Theme) -> Vec<Line<'static>> {
    let total: usize = entries.iter().map(Vec::len).sum();
    if total <= room {
        return entries.into_iter().flatten().collect();
    }
    let mut kept = Vec::new();
    let mut used = 1;
    let count = entries.len();
    for e in entries.into_iter().rev() {
        if used + e.len() > room {
            break;
        }
        used += e.len();
        kept.push(e);
    }
    let left_out = count - kept.len();
    let more = if left_out == 1 {
        format!("… 1 earlier entry · {} shows all", key(Ctx::Meds, &Action::Meds(MedsAction::History)))
    } else {
        format!("… {left_out} earlier entries · {} shows all", key(Ctx::Meds, &Action::Meds(MedsAction::History)))
    };
    let mut lines = vec![Line::from(Span::styled(more, theme.dim()))];
    lines.extend(kept.into_iter().rev().flatten());
    lines.truncate(room);
    lines
}
