//! Meds: the list of medications, the selected one's detail and pill calendar, and the day
//! log where past doses are filled in.

mod calendar;
mod detail;
mod log;
mod recent;

use crate::app::keymap::{Ctx, key};
use crate::app::{Action, MedsAction};
use chrono::{Datelike, NaiveDate};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::{Theme, panel, text};
use crate::app::App;
use crate::domain::medication::{Medication, fmt_num};

/// The list column: the pill calendar below it needs 28 columns inside its border.
const LIST_W: u16 = 30;
/// From this terminal width the list gets more room.
const WIDE: u16 = 120;
const LIST_W_WIDE: u16 = 40;
/// Rows kept for the pill calendar below the list when the list is long.
const CALENDAR_MIN_H: u16 = 10;

/// Draws the tab; an open dose history says how far it can scroll.
pub fn render(frame: &mut Frame, area: Rect, app: &App, theme: Theme) -> Option<u16> {
    if area.is_empty() {
        return None;
    }
    if app.meds.list.is_empty() {
        empty(frame, area, app, theme);
        return None;
    }
    let list_w = if area.width >= WIDE { LIST_W_WIDE } else { LIST_W.min(area.width / 2) };
    let [left, right] = Layout::horizontal([Constraint::Length(list_w), Constraint::Min(0)]).areas(area);
    let order = app.meds.in_order(app.today);
    let selected = app.meds.view.selected.min(order.len().saturating_sub(1));
    // A blank line before the stopped ones where there is room for it.
    let gap = left.height >= 20;
    let (lines, selected_line) = list_lines(app, &order, selected, usize::from(list_w.saturating_sub(2)), gap, theme);
    let wanted = u16::try_from(lines.len()).unwrap_or(u16::MAX).saturating_add(2);
    // The list comes first; the calendar keeps four weeks where the column is tall enough.
    let list_h = wanted.min(left.height.saturating_sub(CALENDAR_MIN_H).max(left.height * 3 / 5)).min(left.height);
    let [list_area, calendar_area] = Layout::vertical([Constraint::Length(list_h), Constraint::Min(0)]).areas(left);
    let block = panel("Medications", theme);
    let inner = block.inner(list_area);
    frame.render_widget(block, list_area);
    // Keep the selected row in view.
    let offset = selected_line.saturating_sub(usize::from(inner.height).saturating_sub(1));
    frame.render_widget(Paragraph::new(lines).scroll((u16::try_from(offset).unwrap_or(0), 0)), inner);

    let med = order.get(selected).and_then(|i| app.meds.list.get(*i))?;
    calendar::render(frame, calendar_area, app, med, theme);
    match app.meds.view.log_date {
        Some(date) => log::render(frame, right, app, med, date, theme),
        None if app.meds.view.overview => detail::render_overview(frame, right, app, theme),
        None => return detail::render(frame, right, app, med, theme),
    }
    None
}

/// No medication: one line saying what to do, or why nothing can be added yet.
fn empty(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    let block = panel("Medications", theme);
    let inner = block.inner(area).inner(Margin::new(1, 0));
    frame.render_widget(block, area);
    let width = usize::from(inner.width);
    let mut lines = problem_lines(app, width, theme);
    match app.meds.list.problem() {
        Some(p) => lines.extend(text::lines(p, width, theme.dim())),
        None => lines.push(Line::from(vec![
            Span::raw("No medication yet. "),
            Span::styled(key(Ctx::Meds, &Action::Meds(MedsAction::Add)), theme.accent()),
            Span::raw(" adds one: name, strength, schedule."),
        ])),
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), inner);
}

/// The list rows (active by name, then a "Stopped" heading) and which line is selected.
fn list_lines(
    app: &App,
    order: &[usize],
    selected: usize,
    width: usize,
    gap: bool,
    theme: Theme,
) -> (Vec<Line<'static>>, usize) {
    let mut lines = Vec::new();
    let mut selected_line = 0;
    let mut heading = false;
    let inside = width.saturating_sub(2);
    for (pos, i) in order.iter().enumerate() {
        let Some(m) = app.meds.list.get(*i) else { continue };
        let stopped = m.is_stopped(app.today);
        if stopped && !heading {
            heading = true;
            if gap && !lines.is_empty() {
                lines.push(Line::default());
            }
            lines.push(Line::from(Span::styled(" Stopped", theme.dim())));
        }
        let variants = if stopped {
            m.pauses.last().map(|p| vec![format!("since {}", p.stopped.format("%-d %b"))]).unwrap_or_default()
        } else {
            dose_variants(m, app.today)
        };
        // The longest dose text that leaves the name whole; else the shortest, or none
        // when the column is very narrow.
        let name_w = text::width(&m.name);
        let right = variants
            .iter()
            .find(|v| name_w + 1 + text::width(v) <= inside)
            .or(variants.last())
            .filter(|v| text::width(v) + 6 <= inside)
            .cloned()
            .unwrap_or_default();
        let right_w = text::width(&right);
        let name = text::truncate(&m.name, inside.saturating_sub(right_w + usize::from(right_w > 0)));
        let pad = inside.saturating_sub(text::width(&name) + right_w);
        let name_style = if stopped { theme.dim() } else { theme.base() };
        let mut line = Line::from(vec![
            Span::raw(" "),
            Span::styled(name, name_style),
            Span::raw(" ".repeat(pad)),
            Span::styled(right, theme.dim()),
            Span::raw(" "),
        ]);
        if pos == selected {
            selected_line = lines.len();
            line = line.style(theme.selected());
        }
        lines.push(line);
    }
    // Every scheduled medication together, over the last 30 days.
    let mut all = crate::domain::dose::Adherence::default();
    for m in app.meds.list.iter() {
        all.add(&crate::domain::dose::adherence(m, 30, app.now, app.dose_window(), |d| app.journal.events_on(d)));
    }
    if let Some(pct) = all.taken_percent() {
        lines.push(Line::default());
        // Of the doses logged: one not logged is not counted as missed.
        lines.push(Line::from(Span::styled(" Doses logged, 30 days:", theme.dim())));
        lines.push(Line::from(Span::styled(text::truncate(&format!(" {pct}% taken · o"), width), theme.dim())));
    }
    (lines, selected_line)
}

/// The dose in the list, longest wording first: "100 mg", "75 mg ×2", "25 + 50 mg",
/// "10 mg as needed" (or "as needed" where the name needs the room).
fn dose_variants(m: &Medication, today: NaiveDate) -> Vec<String> {
    let Some(r) = m.regimen_on(today).or_else(|| m.changes.first().map(|c| &c.regimen)) else {
        return Vec::new();
    };
    if r.pattern.is_prn() {
        let usual = r.doses.first().map(|s| m.amount(s.units)).unwrap_or_default();
        return vec![format!("{usual} as needed").trim().to_string(), "as needed".to_string()];
    }
    let text = match r.doses.as_slice() {
        [] => return Vec::new(),
        [one] => m.amount(one.units),
        [first, rest @ ..] if rest.iter().all(|s| (s.units - first.units).abs() < 1e-3) => {
            format!("{} ×{}", m.amount(first.units), r.doses.len())
        }
        all => {
            let amounts: Vec<String> = all.iter().map(|s| fmt_num(s.units * m.strength)).collect();
            format!("{} {}", amounts.join(" + "), m.unit.label())
        }
    };
    vec![text]
}

/// "Tue 1 Dec" this year, "1 Dec 2025" otherwise.
fn short_date(date: NaiveDate, today: NaiveDate) -> String {
    if date.year() == today.year() {
        date.format("%a %-d %b").to_string()
    } else {
        date.format("%-d %b %Y").to_string()
    }
}

/// The line that says medication cannot be changed, when `medications.ron` is unreadable.
fn problem_lines(app: &App, width: usize, theme: Theme) -> Vec<Line<'static>> {
    if app.meds.list.problem().is_none() {
        return Vec::new();
    }
    let msg = "⚠ medications.ron could not be read; medication is read-only until it is fixed.";
    text::lines(msg, width, theme.error())
}

/// Lays out `segments` after `first`, joined by a dim " · "; a segment that does not fit
/// moves to the next line, indented by `indent`; one wider than a line is wrapped.
fn flow(
    first: Vec<Span<'static>>,
    segments: Vec<Vec<Span<'static>>>,
    width: usize,
    indent: usize,
    theme: Theme,
) -> Vec<Line<'static>> {
    let sep = Span::styled(" · ", theme.dim());
    let mut lines = Vec::new();
    let mut cur_w: usize = first.iter().map(Span::width).sum();
    let mut cur = first;
    let mut fresh = true;
    let room = width.saturating_sub(indent).max(1);
    for seg in segments {
        let seg_w: usize = seg.iter().map(Span::width).sum();
        let sep_w = if fresh { 0 } else { sep.width() };
        if !fresh && cur_w + sep_w + seg_w > width {
            lines.push(Line::from(std::mem::take(&mut cur)));
            cur = vec![Span::raw(" ".repeat(indent))];
            cur_w = indent;
            fresh = true;
        }
        if !fresh {
            cur.push(sep.clone());
            cur_w += sep_w;
        }
        fresh = false;
        if cur_w + seg_w <= width {
            cur_w += seg_w;
            cur.extend(seg);
            continue;
        }
        // Too wide for any line: wrap its words, keeping the first span's style.
        let style = seg.first().map(|s| s.style).unwrap_or_default();
        let words: String = seg.iter().map(|s| s.content.as_ref()).collect();
        let pieces = text::wrap(&words, room);
        let count = pieces.len();
        for (i, piece) in pieces.into_iter().enumerate() {
            cur_w += text::width(&piece);
            cur.push(Span::styled(piece, style));
            if i + 1 < count {
                lines.push(Line::from(std::mem::take(&mut cur)));
                cur = vec![Span::raw(" ".repeat(indent))];
                cur_w = indent;
            }
        }
    }
    lines.push(Line::from(cur));
    lines
}

#[cfg(test)]
mod tests;
