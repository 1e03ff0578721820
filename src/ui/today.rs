//! Today: the check-in, today's notes and the last 14 days of mood.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::widgets::{check_in_lines, mood_chart};
use super::{Theme, panel, text};
use crate::app::App;

pub fn render(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    let problems =
        if app.problems.is_empty() { 0 } else { 4 + 2 * u16::try_from(app.problems.len().min(3)).unwrap_or(3) };
    // The check-in and notes get what they need; taller terminals also show recent days.
    let top_h = (area.height.saturating_sub(7 + problems)).clamp(6, 13);
    let [top, chart, recent, problem_area] = Layout::vertical([
        Constraint::Length(top_h),
        Constraint::Length(7),
        Constraint::Min(0),
        Constraint::Length(problems),
    ])
    .areas(area);
    if recent.height >= 4 {
        draw_recent(frame, recent, app, theme);
    }
    let [left, right] = Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(top);
    draw_check_in(frame, left, app, theme);
    draw_notes(frame, right, app, theme);
    let block = panel("Mood, last 14 days", theme);
    let inner = block.inner(chart);
    frame.render_widget(block, chart);
    let series = app.journal.mood_series(app.today, 14);
    mood_chart(frame, inner.inner(ratatui::layout::Margin::new(1, 0)), &series, theme);
    if problems > 0 {
        let block = panel("Files that need attention", theme);
        let inner = block.inner(problem_area);
        frame.render_widget(block, problem_area);
        let mut lines: Vec<Line> =
            app.problems.iter().take(3).map(|p| Line::from(Span::styled(format!("⚠ {p}"), theme.error()))).collect();
        lines.push(Line::from(Span::styled(
            "Those months are read-only in tend until the file is fixed; nothing was overwritten.",
            theme.dim(),
        )));
        frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), inner);
    }
}

fn draw_check_in(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    let block = panel("Check-in", theme);
    let inner = block.inner(area).inner(ratatui::layout::Margin::new(1, 0));
    frame.render_widget(block, area);
    let day = app.journal.day(app.today);
    let lines = match day.and_then(|d| d.check_in.as_ref()) {
        Some(ci) => {
            let mut lines = vec![Line::from(vec![
                Span::styled(format!("Checked in at {}", ci.at.format("%H:%M")), theme.bold()),
                Span::styled(" · c to edit", theme.dim()),
            ])];
            lines.extend(check_in_lines(ci, theme, usize::from(inner.width), ""));
            lines
        }
        None => vec![
            Line::from(Span::styled("Not yet today.", theme.bold())),
            Line::from(vec![
                Span::styled("c", theme.accent()),
                Span::raw(" to check in: a few numbers, under a minute."),
            ]),
            Line::from(Span::styled("Every question can be skipped with Enter.", theme.dim())),
        ],
    };
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}

fn draw_notes(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    let block = panel("Today's notes", theme);
    let inner = block.inner(area).inner(ratatui::layout::Margin::new(1, 0));
    frame.render_widget(block, area);
    let notes = app.journal.day(app.today).map(|d| d.notes.as_slice()).unwrap_or_default();
    if notes.is_empty() {
        let line = Line::from(vec![
            Span::raw("No notes today. "),
            Span::styled("n", theme.accent()),
            Span::raw(" to write one."),
        ]);
        frame.render_widget(Paragraph::new(line).wrap(Wrap { trim: true }), inner);
        return;
    }
    let width = usize::from(inner.width).saturating_sub(6);
    let mut lines = Vec::new();
    // Newest first: the latest thought is the one most likely wanted.
    for note in notes.iter().rev() {
        for (i, l) in text::wrap(&note.text, width).into_iter().enumerate() {
            let time = if i == 0 { note.at.format("%H:%M ").to_string() } else { "      ".into() };
            lines.push(Line::from(vec![Span::styled(time, theme.dim()), Span::raw(l)]));
        }
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The days before today, newest first (shown when the terminal has room).
fn draw_recent(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    let block = panel("Recent days · 2 for the journal", theme);
    let inner = block.inner(area).inner(ratatui::layout::Margin::new(1, 0));
    frame.render_widget(block, area);
    let rows = usize::from(inner.height.saturating_sub(1));
    let width = usize::from(inner.width);
    let mut lines = vec![Line::from(Span::styled(
        format!("{:<14}{:>4}{:>5}{:>8}   note", "", "mood", "anx", "sleep"),
        theme.dim(),
    ))];
    let days = app.journal.newest_first().filter(|d| d.date < app.today).take(rows);
    for day in days {
        let ci = day.check_in.as_ref();
        let num = |v: Option<u8>| v.map_or("–".to_string(), |v| v.to_string());
        let sleep = ci.and_then(|c| c.sleep_hours).map_or("–".to_string(), crate::domain::checkin::format_hours);
        let mood = day.mood().map_or(Span::styled(format!("{:>4}", "–"), theme.dim()), |m| {
            Span::styled(format!("{m:>4}"), theme.mood(m))
        });
        lines.push(Line::from(vec![
            Span::raw(format!("{:<14}", day.date.format("%a %e %b"))),
            mood,
            Span::raw(format!("{:>5}{:>8}   ", num(day.anxiety()), sleep)),
            Span::raw(text::truncate(day.headline(), width.saturating_sub(34))),
        ]));
    }
    if lines.len() == 1 {
        lines.push(Line::from(Span::styled("Earlier days will show here once you have logged some.", theme.dim())));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
