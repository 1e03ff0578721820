//! The selected day's entries: its check-in, notes and practices, scrolled to the one selected.

use crate::app::keymap::{Ctx, key};
use crate::app::{Action, App, Focus, JournalAction};
use crate::domain::Day;
use crate::domain::practice::Practice;
use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::layout::{Margin, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::super::widgets::check_in_lines;
use super::super::{Theme, panel, text};

/// The selected day; a long entry read on with PgDn says how far it can go.
pub(super) fn day_detail(frame: &mut Frame, area: Rect, app: &App, theme: Theme) -> Option<u16> {
    let v = &app.journal.view;
    let block = panel(&v.selected.format("%A %-d %B %Y").to_string(), theme);
    let inner = block.inner(area).inner(Margin::new(1, 0));
    frame.render_widget(block, area);
    let width = usize::from(inner.width);
    let Some(day) = app.journal.days.day(v.selected) else {
        let msg = if v.selected > app.today {
            "This day is still ahead.".to_string()
        } else {
            add_hint(app, v.selected, "Nothing logged this day.")
        };
        frame.render_widget(Paragraph::new(Span::styled(msg, theme.dim())).wrap(Wrap { trim: true }), inner);
        return None;
    };
    let selected_entry = match v.focus {
        Focus::Entries { entry } => Some(entry),
        Focus::Days => None,
    };
    let (mut lines, entry_start) = entries(app, day, selected_entry, width, theme);
    if selected_entry.is_none() {
        lines.extend(text::lines(&select_hint(app, day, !entry_start.is_empty()), width, theme.dim()));
    }
    let height = usize::from(inner.height);
    let (scroll, left) = scroll_to_entry(selected_entry, &entry_start, lines.len(), height, v.read_on);
    frame.render_widget(Paragraph::new(lines).scroll((scroll, 0)), inner);
    selected_entry.map(|_| left)
}

/// The lines of a day's entries, each under its heading and followed by a blank line, and the
/// line each entry starts on (so the selected one can be scrolled to).
fn entries(
    app: &App,
    day: &Day,
    selected_entry: Option<usize>,
    width: usize,
    theme: Theme,
) -> (Vec<Line<'static>>, Vec<usize>) {
    let query = &app.journal.view.query;
    let mut lines: Vec<Line> = Vec::new();
    let mut entry_start = Vec::new();
    let mut heading = |lines: &mut Vec<Line<'static>>, label: String| {
        let is_sel = selected_entry == Some(entry_start.len());
        entry_start.push(lines.len());
        lines.extend(entry_heading(&label, is_sel, width, theme));
    };
    if let Some(ci) = &day.check_in {
        heading(&mut lines, format!("Check-in · {}", super::super::checkin::when(ci, day.date)));
        lines.extend(check_in_lines(ci, theme, width, query));
        lines.push(Line::from(""));
    }
    for note in &day.notes {
        heading(&mut lines, format!("Note · {}", note.at.format("%H:%M")));
        for l in text::wrap(&note.text, width) {
            lines.push(Line::from(text::highlighted(&l, query, theme.base(), theme.highlight())));
        }
        lines.push(Line::from(""));
    }
    // Skills practised that day (selectable to delete; a practice is not edited).
    for p in &day.practices {
        heading(&mut lines, format!("Practice · {}", p.at.format("%H:%M")));
        lines.extend(practice_lines(app, p, width, theme));
        lines.push(Line::from(""));
    }
    (lines, entry_start)
}

/// An entry's heading, wrapped in a narrow pane rather than cut (an edit time is kept).
fn entry_heading(label: &str, is_sel: bool, width: usize, theme: Theme) -> Vec<Line<'static>> {
    let marker = if is_sel { "▶ " } else { "" };
    let style = if is_sel { theme.selected().add_modifier(Modifier::BOLD) } else { theme.accent() };
    text::lines(&format!("{marker}{label}"), width, style)
}

/// A practice under its heading: the skill, how long, distress before and after, and the answers.
fn practice_lines(app: &App, p: &Practice, width: usize, theme: Theme) -> Vec<Line<'static>> {
    let title = app.card(&p.card).map_or(p.card.clone(), |c| c.title.clone());
    let length = if p.seconds < 60 { format!("{} s", p.seconds) } else { format!("{} min", (p.seconds + 30) / 60) };
    let distress = match (p.before, p.after) {
        (Some(b), Some(a)) => format!(" · distress {b} → {a}"),
        _ => String::new(),
    };
    let mut lines: Vec<Line> =
        text::wrap(&format!("{title} · {length}{distress}"), width).into_iter().map(Line::from).collect();
    for (q, a) in &p.answers {
        lines.extend(text::lines(&format!("{q}: {}", a.replace('\n', ", ")), width, theme.dim()));
    }
    lines
}

/// The hint under a day's entries while none is selected: how to select, edit and delete.
fn select_hint(app: &App, day: &Day, has_entries: bool) -> String {
    if day.check_in.is_some() || !day.notes.is_empty() {
        return format!(
            "{} to select an entry, then {} to edit or {} to delete.",
            key(Ctx::JournalList, &Action::Journal(JournalAction::OpenDay)),
            key(Ctx::JournalDay, &Action::Journal(JournalAction::Edit)),
            key(Ctx::JournalDay, &Action::Journal(JournalAction::Delete))
        );
    }
    // Only practices (or doses) that day: a practice can be selected, to delete it.
    let what = add_hint(app, day.date, "No check-in or note this day.");
    let (open, delete) = (
        key(Ctx::JournalList, &Action::Journal(JournalAction::OpenDay)),
        key(Ctx::JournalDay, &Action::Journal(JournalAction::Delete)),
    );
    if has_entries { format!("{what} {open} selects a practice, {delete} deletes it.") } else { what }
}

/// Where to scroll `lines` rows in a pane `height` high, and the rows left below: the limit
/// PgDn stops at. The selected entry's heading is brought into view only when the entries do
/// not fit; PgDn (`read_on`) reads on past it and stops at the end.
fn scroll_to_entry(
    selected_entry: Option<usize>,
    entry_start: &[usize],
    lines: usize,
    height: usize,
    read_on: u16,
) -> (u16, u16) {
    let scroll = match selected_entry.and_then(|e| Some((*entry_start.get(e)?, entry_start.get(e + 1).copied()))) {
        Some((start, next)) if next.unwrap_or(lines) > height => start.saturating_sub(height / 3),
        _ => 0,
    };
    let base = u16::try_from(scroll).unwrap_or(0);
    let end = u16::try_from(lines.saturating_sub(height)).unwrap_or(u16::MAX);
    let left = end.saturating_sub(base);
    let read_on = if selected_entry.is_some() { read_on.min(left) } else { 0 };
    (base.saturating_add(read_on).min(end.max(base)), left)
}

/// What to do on an empty day: check in or write a note, or why neither can be done now.
fn add_hint(app: &App, date: NaiveDate, what: &str) -> String {
    let hint = match app.writable(date) {
        Ok(()) => super::check_in_or_note(),
        Err(_) => " This month cannot be changed now (Today says why).".into(),
    };
    format!("{what}{hint}")
}
