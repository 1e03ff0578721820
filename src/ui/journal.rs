//! Journal: a month calendar, the list of days and the selected day's entries.

use crate::app::keymap::{Ctx, key};
use crate::app::{Action, CheckInAction, JournalAction};
use chrono::{Datelike, NaiveDate};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{Theme, panel, text};
use crate::app::{App, MonthStatus};
use crate::domain::{Day, YearMonth};

mod day;

use day::day_detail;

const CALENDAR_W: u16 = 44;

/// Draws the tab; an open day says how far its entry can be read on.
pub fn render(frame: &mut Frame, area: Rect, app: &App, theme: Theme) -> Option<u16> {
    if area.width >= 120 {
        let [cal_col, list, detail] =
            Layout::horizontal([Constraint::Length(CALENDAR_W), Constraint::Percentage(40), Constraint::Min(30)])
                .areas(area);
        let [cal, summary] = Layout::vertical([Constraint::Length(11), Constraint::Length(9)]).areas(cal_col);
        calendar(frame, cal, app, theme);
        month_summary(frame, summary, app, theme);
        day_list(frame, list, app, theme);
        day_detail(frame, detail, app, theme)
    } else {
        let [left, detail] = Layout::horizontal([Constraint::Length(CALENDAR_W), Constraint::Min(20)]).areas(area);
        let [cal, list] = Layout::vertical([Constraint::Length(11), Constraint::Min(3)]).areas(left);
        calendar(frame, cal, app, theme);
        day_list(frame, list, app, theme);
        day_detail(frame, detail, app, theme)
    }
}

fn calendar(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    let v = &app.journal.view;
    let ym = YearMonth::of(v.selected);
    let block = panel(&ym.title(), theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let mut lines = vec![Line::from(Span::styled("  Mo    Tu    We    Th    Fr    Sa    Su", theme.dim()))];
    if let Some(MonthStatus::Failed(_)) = app.journal.months.get(&ym) {
        lines.push(Line::from(Span::styled("⚠ this month's file could not be read", theme.error())));
    }
    let first = ym.first_day();
    let offset = first.weekday().num_days_from_monday() as usize;
    let mut spans: Vec<Span> = vec![Span::raw("      "); offset];
    for day in 1..=ym.days_in_month() {
        let Some(date) = NaiveDate::from_ymd_opt(ym.year, ym.month, day) else {
            continue;
        };
        let entry = app.journal.days.day(date);
        let mood = entry.and_then(Day::mood);
        let mark = match (mood, entry) {
            (Some(m), _) => m.to_string(),
            (None, Some(_)) => "•".into(),
            (None, None) => " ".into(),
        };
        let mut style = mood.map_or(theme.base(), |m| theme.mood(m));
        if date == app.today {
            style = style.add_modifier(ratatui::style::Modifier::UNDERLINED | ratatui::style::Modifier::BOLD);
        }
        let filtered_out = v.filtered.as_ref().is_some_and(|f| entry.is_some() && !f.contains(&date));
        if filtered_out {
            style = theme.dim();
        }
        if date == v.selected {
            style = theme.selected().add_modifier(ratatui::style::Modifier::BOLD);
        }
        spans.push(Span::raw(" "));
        spans.push(Span::styled(format!("{day:>2} {mark:<2}"), style));
        if (offset + day as usize).is_multiple_of(7) {
            lines.push(Line::from(std::mem::take(&mut spans)));
        }
    }
    if !spans.is_empty() {
        lines.push(Line::from(spans));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

fn day_list(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    let v = &app.journal.view;
    let title = match (&v.tag, v.query.is_empty(), &v.filtered) {
        (_, _, Some(f)) => {
            let mut parts = Vec::new();
            if !v.query.is_empty() {
                parts.push(format!("“{}”", v.query));
            }
            if let Some(t) = &v.tag {
                parts.push(format!("#{t}"));
            }
            format!("Days · {} · {} found", parts.join(" "), f.len())
        }
        _ => "Days".to_string(),
    };
    let block = panel(&title, theme);
    let mut inner = block.inner(area);
    frame.render_widget(block, area);
    if let Some(ta) = &v.search_input {
        let [field, rest] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(inner);
        let mut ta = ta.clone();
        ta.set_cursor_line_style(ratatui::style::Style::new());
        ta.set_placeholder_text("type to search notes");
        let [label, input] = Layout::horizontal([Constraint::Length(9), Constraint::Min(1)]).areas(field);
        frame.render_widget(Span::styled(" Search: ", theme.accent()), label);
        frame.render_widget(&ta, input);
        inner = rest;
    }
    if inner.height > 1 {
        let [head, rest] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(inner);
        frame.render_widget(Span::styled("                mood anx  note", theme.dim()), head);
        inner = rest;
    }
    let rows = usize::from(inner.height);
    if rows == 0 {
        return;
    }
    let (dates, selected_pos) = visible_dates(app, rows);
    if dates.is_empty() {
        let msg = if v.filtered.is_some() {
            format!("No days match. {} clears the filter.", key(Ctx::JournalList, &Action::Close))
        } else {
            format!("No entries yet.{}", check_in_or_note())
        };
        frame.render_widget(
            Paragraph::new(Span::styled(msg, theme.dim())).wrap(ratatui::widgets::Wrap { trim: true }),
            inner.inner(Margin::new(1, 0)),
        );
        return;
    }
    let width = usize::from(inner.width);
    let lines: Vec<Line> = dates
        .iter()
        .enumerate()
        .filter_map(|(i, date)| {
            let day = app.journal.days.day(*date)?;
            let date_s = if date.year() == app.today.year() {
                date.format(" %a %e %b   ").to_string()
            } else {
                date.format(" %a %e %b %y").to_string()
            };
            let mood = day
                .mood()
                .map_or(Span::styled("  –", theme.dim()), |m| Span::styled(format!("{m:>3}"), theme.mood(m)));
            let anx = day.anxiety().map_or(Span::styled("  –", theme.dim()), |a| Span::raw(format!("{a:>3}")));
            let head_w = width.saturating_sub(22);
            let headline = text::truncate(&app.day_headline(day), head_w);
            let mut spans = vec![Span::raw(date_s), mood, anx, Span::raw("  ")];
            spans.extend(text::highlighted(&headline, &v.query, theme.base(), theme.highlight()));
            let mut line = Line::from(spans);
            if Some(i) == selected_pos {
                line = line.style(theme.selected());
            }
            Some(line)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The dates to show in a list of `rows` rows, newest first, and where the selection is.
fn visible_dates(app: &App, rows: usize) -> (Vec<NaiveDate>, Option<usize>) {
    let v = &app.journal.view;
    let sel = v.selected;
    // Up to `rows` entries on each side of the selection; then a window keeps it in view.
    let (newer, older): (Vec<NaiveDate>, Vec<NaiveDate>) = match &v.filtered {
        Some(f) => {
            let split = f.partition_point(|d| *d > sel);
            let newer = f[split.saturating_sub(rows)..split].iter().rev().copied().collect();
            let older = f[split..].iter().take(rows + 1).copied().collect();
            (newer, older)
        }
        None => {
            let mut newer = Vec::new();
            let mut d = sel;
            while newer.len() < rows {
                match app.journal.days.after(d) {
                    Some(day) => {
                        d = day.date;
                        newer.push(d);
                    }
                    None => break,
                }
            }
            let mut older = Vec::new();
            if app.journal.days.day(sel).is_some() {
                older.push(sel);
            }
            let mut d = sel;
            while older.len() <= rows {
                match app.journal.days.before(d) {
                    Some(day) => {
                        d = day.date;
                        older.push(d);
                    }
                    None => break,
                }
            }
            (newer, older)
        }
    };
    let selected_here = older.first() == Some(&sel);
    let above = newer.len().min(rows / 3).max(rows.saturating_sub(older.len()));
    let above = above.min(newer.len());
    let mut dates: Vec<NaiveDate> = newer[..above].iter().rev().copied().collect();
    dates.extend(older.iter().take(rows - above.min(rows)));
    dates.truncate(rows);
    (dates, selected_here.then_some(above))
}

/// The selected month at a glance (wide layouts only).
fn month_summary(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    let ym = YearMonth::of(app.journal.view.selected);
    let s = app.journal.days.month_summary(ym);
    let block = panel("This month", theme);
    let inner = block.inner(area).inner(Margin::new(1, 0));
    frame.render_widget(block, area);
    let avg = |v: Option<f32>, unit: &str| v.map_or("–".to_string(), |v| format!("{v:.1}{unit}"));
    let label = |s: &str| Span::styled(format!("{s:<16}"), theme.dim());
    let tags = s.top_tags.iter().map(|(t, n)| format!("#{t} {n}")).collect::<Vec<_>>().join("  ");
    let lines = vec![
        Line::from(vec![label("Days logged"), Span::raw(format!("{} of {}", s.days_with_entries, ym.days_in_month()))]),
        Line::from(vec![label("Check-ins"), Span::raw(s.check_ins.to_string())]),
        Line::from(vec![label("Average mood"), Span::raw(avg(s.mood, "/10"))]),
        Line::from(vec![label("Average anxiety"), Span::raw(avg(s.anxiety, "/10"))]),
        Line::from(vec![label("Average sleep"), Span::raw(avg(s.sleep_hours, " h"))]),
        Line::from(vec![
            label("Tags"),
            Span::styled(text::truncate(&tags, usize::from(inner.width).saturating_sub(16)), theme.accent()),
        ]),
    ];
    frame.render_widget(Paragraph::new(lines), inner);
}

/// " c to check in, n to write a note.", with the keys the table gives.
fn check_in_or_note() -> String {
    format!(
        " {} to check in, {} to write a note.",
        key(Ctx::Global, &Action::CheckIn(CheckInAction::Start)),
        key(Ctx::Global, &Action::Journal(JournalAction::NewNote))
    )
}
