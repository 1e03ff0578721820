//! The pill calendar: one symbol a day for the last weeks, Monday first, today in
//! brackets. The symbols carry the meaning; colour only helps.

use chrono::{Datelike, Days, NaiveDate};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::App;
use crate::app::meds::doses;
use crate::domain::dose::{DayMark, day_mark};
use crate::domain::medication::Medication;
use crate::ui::{Theme, panel};

/// About 90 days, the longest period the counts cover.
const MAX_WEEKS: usize = 13;
/// The week label ("23 Nov ").
const LABEL_W: usize = 7;

pub fn render(frame: &mut Frame, area: Rect, app: &App, med: &Medication, theme: Theme) {
    let inner_h = usize::from(area.height.saturating_sub(2));
    if inner_h < 2 || area.width < 2 + 7 * 3 {
        return;
    }
    let width = usize::from(area.width - 2);
    let prn = med.is_prn_on(app.today);
    let monday = week_start(app.today);
    // No empty weeks from before the medication started.
    let since_start = usize::try_from((monday - week_start(med.start)).num_days() / 7 + 1).unwrap_or(1);
    let mut legend = legend(prn, width, theme);
    let mut weeks = inner_h.saturating_sub(1 + legend.len()).min(MAX_WEEKS).min(since_start.max(1));
    if weeks == 0 {
        legend.clear();
        weeks = (inner_h - 1).min(MAX_WEEKS);
    }
    let title = if weeks == 1 { "This week".to_string() } else { format!("Last {weeks} weeks") };
    let block = panel(&title, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let labels = width >= LABEL_W + 7 * 3;
    let cell_w = if width >= LABEL_W + 7 * 4 { 4 } else { 3 };
    let mut head = if labels { " ".repeat(LABEL_W) } else { String::new() };
    for day in ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"] {
        head.push_str(&format!("{:<cell_w$}", format!(" {day}")));
    }
    let mut lines = vec![Line::from(Span::styled(head, theme.dim()))];
    let back = u64::try_from(7 * (weeks - 1)).unwrap_or(0);
    let Some(first) = monday.checked_sub_days(Days::new(back)) else { return };
    for week in first.iter_weeks().take(weeks) {
        let mut spans = Vec::new();
        if labels {
            spans.push(Span::styled(format!("{:>6} ", week.format("%-d %b")), theme.dim()));
        }
        spans.extend(week.iter_days().take(7).map(|date| cell(app, med, date, prn, cell_w, theme)));
        lines.push(Line::from(spans));
    }
    lines.extend(legend);
    frame.render_widget(Paragraph::new(lines), inner);
}

fn week_start(date: NaiveDate) -> NaiveDate {
    date - Days::new(u64::from(date.weekday().num_days_from_monday()))
}

/// One day: its symbol in `cell_w` columns; today in brackets; the day being filled in
/// (in the day log) reversed.
fn cell(app: &App, med: &Medication, date: NaiveDate, prn: bool, cell_w: usize, theme: Theme) -> Span<'static> {
    if date > app.today {
        return Span::raw(" ".repeat(cell_w));
    }
    let (symbol, mut style) = if prn {
        match doses::prn_taken(app, date, &med.id).len() {
            0 => (' ', theme.base()),
            n @ 1..=9 => (char::from_digit(u32::try_from(n).unwrap_or(9), 10).unwrap_or('+'), theme.accent()),
            _ => ('+', theme.accent()),
        }
    } else {
        let mark = day_mark(med, date, app.journal.events_on(date), app.now);
        (mark.symbol(), mark_style(mark, theme))
    };
    if date == app.today {
        style = style.add_modifier(Modifier::BOLD);
    }
    if app.meds.view.log_date == Some(date) {
        style = theme.selected();
    }
    let text = if date == app.today { format!("[{symbol}]") } else { format!(" {symbol} ") };
    Span::styled(format!("{text:<cell_w$}"), style)
}

fn mark_style(mark: DayMark, theme: Theme) -> Style {
    match mark {
        DayMark::AllTaken => theme.accent(),
        DayMark::NotLogged => theme.dim(),
        _ => theme.base(),
    }
}

/// What the symbols mean, flowed over as many lines as the width needs.
fn legend(prn: bool, width: usize, theme: Theme) -> Vec<Line<'static>> {
    let item = |symbol: &str, style: Style, label: &str| {
        vec![Span::styled(symbol.to_string(), style), Span::styled(format!(" {label}"), theme.dim())]
    };
    let items = if prn {
        vec![item("2", theme.accent(), "= taken twice that day"), item("[ ]", theme.bold(), "today")]
    } else {
        vec![
            item("✓", mark_style(DayMark::AllTaken, theme), "all taken"),
            item("◐", theme.base(), "some"),
            item("✗", theme.base(), "skipped"),
            item("·", mark_style(DayMark::NotLogged, theme), "not logged"),
            item("○", theme.base(), "due"),
            item("[ ]", theme.bold(), "today"),
        ]
    };
    flow_plain(items, width)
}

/// Legend items two spaces apart (no dots: "·" is one of the symbols).
fn flow_plain(items: Vec<Vec<Span<'static>>>, width: usize) -> Vec<Line<'static>> {
    let mut lines: Vec<Line<'static>> = Vec::new();
    let mut cur: Vec<Span<'static>> = Vec::new();
    let mut cur_w = 0;
    for item in items {
        let w: usize = item.iter().map(Span::width).sum();
        if cur_w > 0 && cur_w + 2 + w > width {
            lines.push(Line::from(std::mem::take(&mut cur)));
            cur_w = 0;
        }
        if cur_w > 0 {
            cur.push(Span::raw("  "));
            cur_w += 2;
        }
        cur_w += w;
        cur.extend(item);
    }
    if !cur.is_empty() {
        lines.push(Line::from(cur));
    }
    lines
}
