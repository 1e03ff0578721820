//! The timeline's axis: month names (or years, over more than two years) where they begin,
//! and "today" at the right end.

use chrono::{Datelike, NaiveDate};
use ratatui::text::{Line, Span};

use super::Scale;
use crate::ui::Theme;

/// Month names at the columns where months begin, and "today" at the right end.
pub(super) fn axis(scale: &Scale, today: NaiveDate, label_w: usize, theme: Theme) -> Line<'static> {
    let mut cells: Vec<char> = vec![' '; scale.width];
    let first = scale.span(0).0;
    let years = first.year() != today.year();
    // Over more than two years a month name says little: each year is labelled instead.
    let by_year = (today - first).num_days() > 730;
    let mut labels: Vec<(usize, String)> = Vec::new();
    let month_name = |d: NaiveDate| {
        if by_year {
            d.format("%Y").to_string()
        } else if years && d.month() == 1 {
            d.format("%b %Y").to_string()
        } else {
            d.format("%b").to_string()
        }
    };
    let step = chrono::Months::new(if by_year { 12 } else { 1 });
    let mut d = NaiveDate::from_ymd_opt(first.year(), if by_year { 1 } else { first.month() }, 1).unwrap_or(first);
    while d <= today {
        if d >= first
            && let Some(c) = scale.col(d)
        {
            labels.push((c, month_name(d)));
        }
        d = d.checked_add_months(step).unwrap_or(today.succ_opt().unwrap_or(today));
    }
    // The month the axis begins in, where there is room before the next label.
    if labels.first().is_none_or(|l| l.0 > 0) {
        let name =
            if years && !by_year && first.month() != 1 { first.format("%b %Y").to_string() } else { month_name(first) };
        let next = labels.first().map_or(scale.width, |l| l.0);
        if crate::ui::text::width(&name) < next {
            labels.insert(0, (0, name));
        }
    }
    let mut free_from = 0;
    for (c, name) in &labels {
        let w = crate::ui::text::width(name);
        if *c < free_from || c + w > scale.width {
            continue;
        }
        for (j, ch) in name.chars().enumerate() {
            cells[c + j] = ch;
        }
        free_from = c + w + 1;
    }
    let tail = "today";
    if scale.width >= free_from + tail.len() {
        let at = scale.width - tail.len();
        for (j, ch) in tail.chars().enumerate() {
            cells[at + j] = ch;
        }
    }
    Line::from(vec![Span::raw(" ".repeat(label_w)), Span::styled(cells.into_iter().collect::<String>(), theme.dim())])
}
