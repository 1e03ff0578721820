//! The timeline: a date axis from a little before the first relevant date to today; above,
//! one dose lane per medication (the daily amount as bar height, its changes marked);
//! below, one lane per side effect (its rating over time as shading, its onset and
//! resolution marked). Shading and symbols carry the meaning; colour only repeats it.

use chrono::{Days, NaiveDate};
use ratatui::Frame;
use ratatui::layout::{Margin, Rect};
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::pad;
use crate::app::App;
use crate::domain::medication::Medication;
use crate::domain::side_effect::SideEffect;
use crate::ui::{Theme, panel, text};

mod axis;
mod doses;
use axis::axis;

/// Days shown before the first start or onset.
const MARGIN_DAYS: i64 = 3;
/// The shortest stretch of time the axis covers.
const MIN_DAYS: i64 = 21;
/// At most this many columns for one day: a short history is not stretched thinner.
const MAX_COLS_PER_DAY: i64 = 3;
/// A lane's shading by rating level 0–3 (the highest of the three answers).
pub const SHADES: [char; 4] = ['·', '░', '▒', '▓'];
const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
const ONSET: char = '▸';
const GONE: char = '✓';
const GUIDE: char = '┊';
/// Explains the symbols, in the panel's bottom border.
const LEGEND: &str = "·░▒▓ rating 0–3 · ▸ began · ✓ gone · ↑↓ dose change";
const LEGEND_SHORT: &str = "·░▒▓ rating 0–3 · ▸ began · ✓ gone";

/// The columns of the axis: `days` days ending today spread evenly over `width` columns;
/// a column covers one day or more (compressed), or a day covers one column or more.
#[derive(Debug, Clone, Copy)]
pub struct Scale {
    start: NaiveDate,
    days: i64,
    width: usize,
}

impl Scale {
    pub fn new(first: NaiveDate, today: NaiveDate, width: usize) -> Scale {
        let width = width.max(1);
        let wanted = (today - first.min(today)).num_days() + 1 + MARGIN_DAYS;
        let w = i64::try_from(width).unwrap_or(i64::MAX);
        let days = wanted.max(MIN_DAYS).max((w + MAX_COLS_PER_DAY - 1) / MAX_COLS_PER_DAY);
        let start = today.checked_sub_days(Days::new(u64::try_from(days - 1).unwrap_or(0))).unwrap_or(today);
        Scale { start, days, width }
    }

    /// The first and last day a column covers.
    fn span(&self, col: usize) -> (NaiveDate, NaiveDate) {
        let w = i64::try_from(self.width).unwrap_or(1).max(1);
        let c = i64::try_from(col).unwrap_or(0);
        let lo = c * self.days / w;
        let hi = ((c + 1) * self.days / w - 1).max(lo);
        (self.day(lo), self.day(hi))
    }

    fn day(&self, i: i64) -> NaiveDate {
        self.start.checked_add_days(Days::new(u64::try_from(i).unwrap_or(0))).unwrap_or(self.start)
    }

    /// The first column showing `date`, when it is on the axis.
    fn col(&self, date: NaiveDate) -> Option<usize> {
        (0..self.width).find(|c| {
            let (lo, hi) = self.span(*c);
            lo <= date && date <= hi
        })
    }

    fn dates(&self, col: usize) -> impl Iterator<Item = NaiveDate> {
        let (lo, hi) = self.span(col);
        lo.iter_days().take_while(move |d| *d <= hi)
    }
}

/// The side effects' lanes and the medications drawn above them.
pub struct Timeline<'a> {
    pub meds: Vec<&'a Medication>,
    pub effects: Vec<&'a SideEffect>,
    /// Position of the selected side effect in `effects`.
    pub selected: Option<usize>,
}

impl Timeline<'_> {
    /// The earliest date worth showing: the first start or onset in view.
    fn first(&self, today: NaiveDate) -> NaiveDate {
        let starts = self.meds.iter().map(|m| m.start);
        let onsets = self.effects.iter().map(|e| e.onset);
        starts.chain(onsets).min().unwrap_or(today)
    }

    fn label_width(&self, inner: usize) -> usize {
        let names = self
            .meds
            .iter()
            .map(|m| crate::ui::text::width(&m.name))
            .chain(self.effects.iter().map(|e| crate::ui::text::width(&e.name)));
        let cap = if inner >= 110 { 22 } else { 18 };
        (names.max().unwrap_or(8) + 2).clamp(10, cap)
    }

    /// Rows inside the border: two per medication (changes, then amounts) or one when
    /// `tall` is false; one per side effect (at least one); the axis.
    pub fn rows(&self, tall: bool) -> usize {
        self.meds.len() * if tall { 2 } else { 1 } + self.effects.len().max(1) + 1
    }
}

/// `spacious`: a row between the medications and the side effects where there is room.
pub fn render(frame: &mut Frame, area: Rect, app: &App, tl: &Timeline, title: &str, spacious: bool, theme: Theme) {
    if area.height < 3 || area.width < 4 {
        return;
    }
    let inner_h = usize::from(area.height - 2);
    // Each medication's changes get their own row when everything still fits.
    let tall = tl.rows(true) <= inner_h || tl.meds.len() * 2 + 2 <= inner_h.saturating_sub(tl.effects.len().min(3));
    let gap = spacious && tall && !tl.meds.is_empty() && tl.rows(true) < inner_h;
    let dose_rows = tl.meds.len() * if tall { 2 } else { 1 } + usize::from(gap);
    let lanes_room = inner_h.saturating_sub(dose_rows + 1).max(1);
    let count = tl.effects.len();
    let selected = tl.selected.unwrap_or(0);
    let offset = if count > lanes_room { (selected + 1).saturating_sub(lanes_room).min(count - lanes_room) } else { 0 };
    let block = bordered(title, area.width, (offset, lanes_room, count), theme);
    let inner = block.inner(area).inner(Margin::new(1, 0));
    frame.render_widget(block, area);
    if inner.is_empty() {
        return;
    }
    let inner_w = usize::from(inner.width);
    let label_w = tl.label_width(inner_w).min(inner_w / 3);
    let plot_w = inner_w.saturating_sub(label_w);
    if plot_w == 0 {
        return;
    }
    let scale = Scale::new(tl.first(app.today), app.today, plot_w);
    let (mut lines, guides) = doses::med_lanes(app, &tl.meds, &scale, label_w, tall, theme);
    if gap {
        lines.push(guide_row(&scale, &guides, label_w, theme));
    }
    if tl.effects.is_empty() {
        lines.push(Line::from(Span::styled("None to show here · f and m change what shows", theme.dim())));
    }
    for (i, e) in tl.effects.iter().enumerate().skip(offset).take(lanes_room) {
        lines.push(effect_lane(e, Some(i) == tl.selected, &scale, &guides, label_w, theme));
    }
    // The axis stays on the last row even when the lanes leave room above it.
    lines.truncate(usize::from(inner.height).saturating_sub(1));
    frame.render_widget(Paragraph::new(lines), inner);
    let y = inner.y + inner.height - 1;
    frame.render_widget(Paragraph::new(axis(&scale, app.today, label_w, theme)), Rect { y, height: 1, ..inner });
}

/// The panel `width` wide, with which side effects are shown (`offset`, `room` of `count`)
/// when not all fit, and the legend where it fits beside that, the long one where there is room.
fn bordered(title: &str, width: u16, (offset, room, count): (usize, usize, usize), theme: Theme) -> Block<'static> {
    let mut block = panel(title, theme);
    let mut bottom_w = 0;
    if count > room {
        let last = (offset + room).min(count);
        let shown = format!(" {}–{last} of {count} ", offset + 1);
        bottom_w = crate::ui::text::width(&shown) + 2;
        block = block.title_bottom(Span::styled(shown, theme.dim()));
    }
    let room = usize::from(width).saturating_sub(bottom_w + 4);
    if let Some(legend) = [LEGEND, LEGEND_SHORT].into_iter().find(|l| crate::ui::text::width(l) + 2 <= room) {
        block = block.title_bottom(Line::from(Span::styled(format!(" {legend} "), theme.dim())).right_aligned());
    }
    block
}

/// The blank row between the medications and the side effects, with a guide under each dose change.
fn guide_row(scale: &Scale, guides: &[usize], label_w: usize, theme: Theme) -> Line<'static> {
    let mut row = vec![Span::raw(" ".repeat(label_w))];
    let cells = (0..scale.width)
        .map(|c| if guides.contains(&c) { (GUIDE.to_string(), theme.dim()) } else { (" ".to_string(), theme.base()) });
    row.extend(merge(cells.collect()));
    Line::from(row)
}

/// One side effect's lane: its name (highlighted when `selected`), then its cells.
fn effect_lane(
    e: &SideEffect,
    selected: bool,
    scale: &Scale,
    guides: &[usize],
    label_w: usize,
    theme: Theme,
) -> Line<'static> {
    let name_w = label_w.saturating_sub(2);
    let name = pad(&text::truncate(&e.name, name_w), name_w);
    let style = if selected { theme.selected() } else { theme.base() };
    let mut spans = vec![Span::styled(name, style), Span::raw("  ")];
    spans.extend(merge(effect_cells(e, scale, guides, theme)));
    Line::from(spans)
}

/// Joins cells of the same style into spans.
fn merge(cells: Vec<(String, Style)>) -> Vec<Span<'static>> {
    let mut out: Vec<Span<'static>> = Vec::new();
    for (s, style) in cells {
        match out.last_mut() {
            Some(last) if last.style == style => last.content.to_mut().push_str(&s),
            _ => out.push(Span::styled(s, style)),
        }
    }
    out
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Cell {
    Blank,
    Guide,
    Level(u8),
    Onset,
    Gone,
}

/// A side effect's lane: the highest rating level on the days each column covers,
/// blank where it was not present, `▸` where it began (or came back), `✓` where it
/// went; a faint guide below each dose change where the lane is blank.
fn effect_cells(e: &SideEffect, scale: &Scale, guides: &[usize], theme: Theme) -> Vec<(String, Style)> {
    let mut cells: Vec<Cell> = (0..scale.width)
        .map(|c| {
            scale
                .dates(c)
                .filter(|d| e.present_on(*d))
                .map(|d| e.rating_on(d).map_or(0, |r| r.level()))
                .max()
                .map_or(Cell::Blank, Cell::Level)
        })
        .collect();
    for g in guides {
        if let Some(cell @ Cell::Blank) = cells.get_mut(*g) {
            *cell = Cell::Guide;
        }
    }
    let free = |c: &Cell| matches!(c, Cell::Blank | Cell::Guide);
    // `▸` on the column of the day it began (or came back), so it lines up with a dose change
    // that day; the shading carries on from the next column.
    let begins = std::iter::once(e.onset).chain(e.changes.iter().filter(|c| !c.resolved).map(|c| c.date));
    for date in begins {
        if let Some(cell) = scale.col(date).and_then(|c| cells.get_mut(c)) {
            *cell = Cell::Onset;
        }
    }
    for date in e.changes.iter().filter(|c| c.resolved).map(|c| c.date) {
        let Some(c) = scale.col(date) else { continue };
        if let Some(cell) = cells.get_mut(c).filter(|x| free(x)) {
            *cell = Cell::Gone;
        } else if let Some(cell) = cells.get_mut(c + 1).filter(|x| free(x)) {
            *cell = Cell::Gone;
        }
    }
    cells
        .into_iter()
        .map(|c| match c {
            Cell::Blank => (" ".to_string(), theme.base()),
            Cell::Guide => (GUIDE.to_string(), theme.dim()),
            Cell::Level(l) => (SHADES[usize::from(l.min(3))].to_string(), level_style(theme, l)),
            Cell::Onset => (ONSET.to_string(), theme.bold()),
            Cell::Gone => (GONE.to_string(), theme.base()),
        })
        .collect()
}

/// Severity on a colour-blind-safe light-to-strong ramp, red only for the strongest; the
/// shading character always says the same.
pub fn level_style(theme: Theme, level: u8) -> Style {
    match level {
        0 => theme.dim(),
        3 => theme.urgent(),
        _ if !theme.color => theme.base(),
        1 => Style::new().fg(Color::Indexed(180)),
        _ => Style::new().fg(Color::Indexed(214)),
    }
}
