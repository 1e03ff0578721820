//! The medications' lanes above the side effects: the daily amount as bar height, and each
//! start, change, stop and restart marked at its date.

use chrono::NaiveDate;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::super::pad;
use super::{BARS, Scale, merge};
use crate::app::App;
use crate::domain::medication::Medication;
use crate::domain::side_effect::amount_words;
use crate::ui::{Theme, text};

/// The rows of each medication's lane, and the columns of its changes (the guides below them).
/// `tall`: the changes get a row of their own above the bars; else they replace a bar.
pub(super) fn med_lanes(
    app: &App,
    meds: &[&Medication],
    scale: &Scale,
    label_w: usize,
    tall: bool,
    theme: Theme,
) -> (Vec<Line<'static>>, Vec<usize>) {
    let mut lines: Vec<Line<'static>> = Vec::new();
    let mut guides: Vec<usize> = Vec::new();
    for m in meds {
        let marks = marks(m, app.today);
        let cols: Vec<(usize, &Mark)> = marks.iter().filter_map(|k| scale.col(k.date).map(|c| (c, k))).collect();
        guides.extend(cols.iter().map(|(c, _)| *c));
        let bars = dose_cells(app, m, scale, theme);
        let label = Span::styled(pad(&text::truncate(&m.name, label_w.saturating_sub(1)), label_w), theme.bold());
        if tall {
            lines.push(Line::from(marker_row(m, &cols, scale, label_w, theme)));
            lines.push(Line::from(std::iter::once(label).chain(merge(bars)).collect::<Vec<_>>()));
        } else {
            let mut bars = bars;
            for (c, k) in &cols {
                if let (Some(g), Some(cell)) = (k.glyph, bars.get_mut(*c)) {
                    *cell = (g.to_string(), theme.accent());
                }
            }
            lines.push(Line::from(std::iter::once(label).chain(merge(bars)).collect::<Vec<_>>()));
        }
    }
    (lines, guides)
}

/// A dose change or other event on a medication's lane.
#[derive(Debug, Clone)]
struct Mark {
    date: NaiveDate,
    glyph: Option<char>,
    label: String,
}

/// The starts, changes, stops and restarts of a medication, up to today.
fn marks(m: &Medication, today: NaiveDate) -> Vec<Mark> {
    let amount = |d: NaiveDate| m.regimen_on(d).map(|r| amount_words(m, r)).unwrap_or_default();
    let mut out = vec![Mark { date: m.start, glyph: None, label: amount(m.start) }];
    for c in m.changes.iter().filter(|c| c.effective > m.start) {
        let before = c.effective.pred_opt().and_then(|d| m.daily_units_on(d));
        let after = m.daily_units_on(c.effective);
        let glyph = match (before, after) {
            (Some(b), Some(a)) if a > b + 1e-3 => '↑',
            (Some(b), Some(a)) if a < b - 1e-3 => '↓',
            _ => '~',
        };
        out.push(Mark { date: c.effective, glyph: Some(glyph), label: amount(c.effective) });
    }
    for p in &m.pauses {
        out.push(Mark { date: p.stopped, glyph: Some('■'), label: "stopped".into() });
        if let Some(r) = p.restarted {
            out.push(Mark { date: r, glyph: Some('↺'), label: amount(r) });
        }
    }
    out.retain(|k| k.date <= today);
    out.sort_by_key(|k| k.date);
    out
}

/// The amount per day as bar height, scaled to the medication's largest on the axis:
/// the plan for scheduled doses, what was taken for "as needed" ones; blank when not taken.
fn dose_cells(app: &App, m: &Medication, scale: &Scale, theme: Theme) -> Vec<(String, Style)> {
    let values: Vec<Option<f32>> = (0..scale.width)
        .map(|c| {
            let active: Vec<NaiveDate> = scale.dates(c).filter(|d| m.is_active_on(*d)).collect();
            let last = *active.last()?;
            if m.is_prn_on(last) {
                let taken: f32 = active
                    .iter()
                    .flat_map(|d| app.journal.events_on(*d).iter())
                    .filter(|e| *e.med == *m.id)
                    .map(|e| e.taken_units())
                    .sum();
                Some(taken)
            } else {
                Some(m.daily_units_on(last).unwrap_or(0.0))
            }
        })
        .collect();
    let max = values.iter().flatten().fold(0.0f32, |a, b| a.max(*b));
    values
        .into_iter()
        .map(|v| match v {
            None => (" ".to_string(), theme.base()),
            Some(v) if v <= 0.0 || max <= 0.0 => ("·".to_string(), theme.dim()),
            Some(v) => {
                let i = ((v / max) * 8.0).ceil().clamp(1.0, 8.0) as usize;
                (BARS[i - 1].to_string(), theme.accent())
            }
        })
        .collect()
}

/// The row above a medication's bars: each change at its column, with the new amount
/// where there is room before the next one ("↑100 mg"), else the arrow alone.
fn marker_row(
    m: &Medication,
    cols: &[(usize, &Mark)],
    scale: &Scale,
    label_w: usize,
    theme: Theme,
) -> Vec<Span<'static>> {
    let mut cells: Vec<(String, Style)> = vec![(" ".to_string(), theme.base()); scale.width];
    let mut placed: Vec<(usize, String, Option<char>)> =
        cols.iter().map(|(c, k)| (*c, k.label.clone(), k.glyph)).collect();
    // Started before the axis: the amount in force where it begins.
    let first = scale.span(0).0;
    if m.start < first && m.is_active_on(first) && !placed.iter().any(|p| p.0 == 0) {
        let amount = m.regimen_on(first).map(|r| amount_words(m, r)).unwrap_or_default();
        placed.insert(0, (0, amount, None));
    }
    for (i, (c, label, glyph)) in placed.iter().enumerate() {
        let end = placed.get(i + 1).map_or(scale.width, |n| n.0.saturating_sub(1)).max(*c);
        let room = end - c;
        let full: String = glyph.map(String::from).unwrap_or_default() + label;
        let text = if crate::ui::text::width(&full) <= room {
            full
        } else if let Some(g) = glyph {
            g.to_string()
        } else {
            continue;
        };
        for (j, ch) in text.chars().enumerate() {
            if let Some(cell) = cells.get_mut(c + j) {
                *cell = (ch.to_string(), theme.accent());
            }
        }
    }
    let mut spans = vec![Span::raw(" ".repeat(label_w))];
    spans.extend(merge(cells));
    spans
}
