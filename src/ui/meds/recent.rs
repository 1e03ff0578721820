//! The last four weeks of one medication, newest first: what was logged for each dose
//! (shown on tall terminals, under the dose history).

use chrono::Days;
use ratatui::text::{Line, Span};

use super::log::cells;
use super::short_date;
use crate::app::App;
use crate::app::meds::doses;
use crate::domain::medication::Medication;
use crate::ui::{Theme, text};

/// Four weeks: the pill calendar shows further back.
const MAX_DAYS: u64 = 28;
const DATE_W: usize = 12;

/// Up to `max` lines; days with nothing planned (and "as needed" rows with nothing taken)
/// are left out.
pub fn lines(app: &App, med: &Medication, width: usize, max: usize, theme: Theme) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for back in 0..MAX_DAYS {
        let Some(date) = app.today.checked_sub_days(Days::new(back)) else { break };
        if date < med.start || out.len() >= max {
            break;
        }
        let rows: Vec<_> = doses::rows(app, date, Some(&med.id))
            .into_iter()
            .filter(|r| r.slot.is_some() || !doses::prn_taken(app, date, &med.id).is_empty())
            .collect();
        for (i, row) in rows.iter().enumerate() {
            if out.len() >= max {
                break;
            }
            let c = cells(app, med, date, row, theme);
            let day = if i == 0 { short_date(date, app.today) } else { String::new() };
            let left = match row.slot {
                Some(_) => format!("{day:<DATE_W$}{} {}  {:>7}  ", c.symbol, c.time, c.short_amount),
                // "As needed" is said once, in the plan above: no time column here.
                None => format!("{day:<DATE_W$}{} {}  ", c.symbol, c.short_amount),
            };
            let left = text::truncate(&left, width.saturating_sub(8));
            let state = text::truncate(&c.state, width.saturating_sub(crate::ui::text::width(&left)));
            out.push(Line::from(vec![Span::raw(left), Span::styled(state, c.style)]));
        }
    }
    out
}
