//! A year in pixels: a row a month, a cell a day, coloured by mood on a ramp that colour-blind
//! eyes can still order (dark blue to yellow, like viridis), with the digit itself wherever a
//! cell is two columns wide, and always without colour. `[`/`]` show another year.
//!
//! ratatui's `calendar::Monthly` lays out one month as weeks; a row a month is this view's
//! whole point, so the rows are drawn as spans.

use chrono::{Datelike, NaiveDate};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::keymap::{Ctx, key};
use crate::app::progress::ProgressAction;
use crate::app::{Action, App};
use crate::domain::trends::value_words;
use crate::ui::{Theme, panel};

/// Mood 0–10 from dark to light: viridis in the 256-colour palette.
const RAMP: [u8; 11] = [53, 54, 60, 61, 24, 30, 36, 35, 71, 149, 185];

fn cell_style(mood: u8) -> Style {
    let bg = Color::Indexed(RAMP[usize::from(mood.min(10))]);
    let fg = if mood >= 8 { Color::Black } else { Color::White };
    Style::new().bg(bg).fg(fg)
}

/// The cell of one day, `w` columns wide: the digit on its colour (a coloured cell alone where
/// one column must do), `·` for no mood logged.
fn cell(mood: Option<u8>, w: usize, theme: Theme) -> Span<'static> {
    match (mood, w > 1, theme.color) {
        (None, _, _) => Span::styled(format!("{:<w$}", "·"), theme.dim()),
        (Some(m), true, true) => Span::styled(format!("{m:<w$}"), cell_style(m)),
        (Some(m), true, false) => Span::raw(format!("{m:<w$}")),
        (Some(m), false, true) => Span::styled(" ", cell_style(m)),
        // One column and no colour: the digit, with + for 10.
        (Some(m), false, false) => Span::raw(if m >= 10 { "+".to_string() } else { m.to_string() }),
    }
}

pub fn render(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    let year = app.progress.year(app.today);
    let keys = format!(
        "{}/{} another year",
        key(Ctx::Progress, &Action::Progress(ProgressAction::PrevYear)),
        key(Ctx::Progress, &Action::Progress(ProgressAction::NextYear))
    );
    let block = panel(&format!("Mood in {year} · {keys}"), theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    // "Jan " then 31 cells, then the month's mean: two or three columns a cell when there is room.
    let wide = if inner.width >= 4 + 93 + 11 {
        3
    } else if inner.width >= 4 + 62 + 11 {
        2
    } else {
        1
    };
    let mut lines = vec![day_numbers(wide, theme)];
    for month in 1..=12u32 {
        lines.push(month_row(app, year, month, wide, theme));
    }
    lines.push(Line::default());
    lines.push(legend(theme));
    frame.render_widget(Paragraph::new(lines), inner);
}

fn day_numbers(wide: usize, theme: Theme) -> Line<'static> {
    let mut s = String::from("    ");
    for d in 1..=31u32 {
        if wide > 1 {
            s.push_str(&format!("{:<wide$}", if d % 5 == 0 || d == 1 { d.to_string() } else { String::new() }));
        } else {
            s.push(if d % 5 == 0 { '|' } else { ' ' });
        }
    }
    Line::from(Span::styled(s, theme.dim()))
}

fn month_row(app: &App, year: i32, month: u32, wide: usize, theme: Theme) -> Line<'static> {
    let Some(first) = NaiveDate::from_ymd_opt(year, month, 1) else { return Line::default() };
    let mut spans = vec![Span::styled(first.format("%b ").to_string(), theme.bold())];
    let (mut sum, mut n) = (0u32, 0u32);
    for day in first.iter_days().take_while(|d| d.month() == month) {
        if day > app.today {
            break;
        }
        let mood = app.journal.days.day(day).and_then(crate::domain::Day::mood);
        if let Some(m) = mood {
            sum += u32::from(m);
            n += 1;
        }
        spans.push(cell(mood, wide, theme));
    }
    if n > 0 {
        let pad = 31 * wide;
        let used: usize = spans.iter().skip(1).map(|s| s.content.chars().count()).sum();
        spans.push(Span::raw(" ".repeat(pad - used.min(pad))));
        let mean = value_words(crate::domain::trends::Measure::Mood, f64::from(sum) / f64::from(n));
        spans.push(Span::styled(format!(" {mean} ({n} d)"), theme.dim()));
    }
    Line::from(spans)
}

fn legend(theme: Theme) -> Line<'static> {
    let mut spans = vec![Span::styled("Mood ", theme.dim())];
    for m in 0..=10u8 {
        spans.push(if theme.color {
            Span::styled(format!("{m:<2}"), cell_style(m))
        } else {
            Span::raw(format!("{m} "))
        });
    }
    spans.push(Span::styled("  · not logged · at right: average (days logged)", theme.dim()));
    Line::from(spans)
}
