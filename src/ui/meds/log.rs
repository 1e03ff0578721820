//! The day log: one medication's doses on one day, to fill in what happened.

use crate::app::keymap::{Ctx, arrow, key};
use crate::app::{Action, DoseAction, MedsAction};
use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::layout::{Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{flow, problem_lines, short_date};
use crate::app::App;
use crate::app::meds::doses::{self, DoseRow};
use crate::domain::dose::SlotStatus;
use crate::domain::medication::Medication;
use crate::ui::{Theme, panel, text};

/// The day log's keys, as its table gives them.
fn hints() -> [(String, &'static str); 7] {
    let k = |a: Action| key(Ctx::MedsLog, &a);
    let (before, after) = (Action::Meds(MedsAction::LogDayBefore), Action::Meds(MedsAction::LogDayAfter));
    [
        (k(Action::Dose(DoseAction::Take)), "taken"),
        (k(Action::Dose(DoseAction::Skip)), "skipped"),
        (k(Action::Dose(DoseAction::FixTime)), "time"),
        (k(Action::Dose(DoseAction::FixAmount)), "amount"),
        (k(Action::Dose(DoseAction::Unmark)), "unmark"),
        (format!("{}/{}", arrow(Ctx::MedsLog, &before), arrow(Ctx::MedsLog, &after)), "day"),
        (k(Action::Close), "done"),
    ]
}

pub fn render(frame: &mut Frame, area: Rect, app: &App, med: &Medication, date: NaiveDate, theme: Theme) {
    let day = format!("Doses on {}", short_date(date, app.today));
    let full = format!("{day} · {}", med.name);
    // The medication's name only where the title has room for all of it.
    let title = if crate::ui::text::width(&full) + 4 <= usize::from(area.width) { full } else { day };
    let block = panel(&title, theme);
    let inner = block.inner(area).inner(Margin::new(1, 0));
    frame.render_widget(block, area);
    if inner.is_empty() {
        return;
    }
    let width = usize::from(inner.width);
    let mut lines = problem_lines(app, width, theme);
    let first_row = lines.len();
    let rows = doses::rows(app, date, Some(&med.id));
    let selected = app.meds.view.log_row.min(rows.len().saturating_sub(1));
    let cells: Vec<Cells> = rows.iter().map(|r| cells(app, med, date, r, theme)).collect();
    // "100 mg (2 tablets)" where rows fit with it, else "100 mg".
    let row_w = |c: &Cells, amount: &str| {
        crate::ui::text::width(&c.time) + crate::ui::text::width(amount) + crate::ui::text::width(&c.state) + 6
    };
    let short = cells.iter().any(|c| row_w(c, &c.amount) > width);
    let amount = |c: &Cells| if short { c.short_amount.clone() } else { c.amount.clone() };
    let amount_w = cells.iter().map(|c| crate::ui::text::width(&amount(c))).max().unwrap_or(0);
    for (i, c) in cells.iter().enumerate() {
        let gap = if short { " " } else { "  " };
        let left = format!("{} {}{gap}{:<amount_w$}{gap}", c.symbol, c.time, amount(c));
        let left = text::truncate(&left, width.saturating_sub(8));
        let state = text::truncate(&c.state, width.saturating_sub(crate::ui::text::width(&left)));
        let pad = width.saturating_sub(crate::ui::text::width(&left) + crate::ui::text::width(&state));
        let mut line = Line::from(vec![Span::raw(left), Span::styled(state, c.style), Span::raw(" ".repeat(pad))]);
        if i == selected {
            line = line.style(theme.selected());
        }
        lines.push(line);
    }
    if rows.is_empty() {
        let msg = if date < med.start {
            format!("{} was started on {}.", med.name, short_date(med.start, app.today))
        } else {
            "No doses were planned on this day.".to_string()
        };
        lines.extend(text::lines(&msg, width, theme.dim()));
    }
    if let Some(plan) = med.regimen_on(date).filter(|_| med.is_active_on(date)) {
        let plan = format!("Plan that day: {}", med.regimen_label(plan));
        lines.extend(text::lines(&plan, width, theme.dim()));
    }
    lines.push(Line::default());
    let hints = hints()
        .into_iter()
        .map(|(k, l)| vec![Span::styled(k, theme.accent()), Span::styled(format!(" {l}"), theme.dim())])
        .collect();
    lines.extend(flow(Vec::new(), hints, width, 0, theme));
    // Keep the selected row in view on short terminals.
    let offset = (first_row + selected).saturating_sub(usize::from(inner.height).saturating_sub(1));
    frame.render_widget(Paragraph::new(lines).scroll((u16::try_from(offset).unwrap_or(0), 0)), inner);
}

/// A dose row's parts, shared with the recent days in the detail.
pub(super) struct Cells {
    pub symbol: char,
    pub time: String,
    /// "100 mg (2 tablets)": the amount taken, or the planned one.
    pub amount: String,
    /// "100 mg", the same without the count.
    pub short_amount: String,
    pub state: String,
    pub style: ratatui::style::Style,
}

/// A row's symbol, time, amount and status: a scheduled dose, or the "as needed" doses of
/// the day.
pub(super) fn cells(app: &App, med: &Medication, date: NaiveDate, row: &DoseRow, theme: Theme) -> Cells {
    match (row.slot, doses::status(app, date, row)) {
        (Some(slot), Some(st)) => {
            let units = match &st {
                SlotStatus::Taken { units, .. } => *units,
                _ => slot.units,
            };
            let style = match &st {
                SlotStatus::Taken { timing: crate::domain::dose::Timing::OnTime, .. } => theme.accent(),
                SlotStatus::Late => theme.error(),
                SlotStatus::Skipped { .. } | SlotStatus::NotLogged => theme.dim(),
                _ => theme.base(),
            };
            let mut state = st.label();
            if let SlotStatus::Taken { differs: true, .. } = st {
                state.push_str(&format!(", planned {}", med.amount(slot.units)));
            }
            Cells {
                symbol: st.symbol(),
                time: slot.time.format("%H:%M").to_string(),
                amount: med.dose_label(units),
                short_amount: med.amount(units),
                state,
                style,
            }
        }
        _ => {
            let mut times = doses::prn_taken(app, date, &row.med);
            times.sort();
            let usual = med.regimen_on(date).and_then(|r| r.doses.first()).map_or(1.0, |s| s.units);
            let state = if times.is_empty() {
                "none taken".to_string()
            } else {
                let at: Vec<String> = times.iter().map(|t| t.format("%H:%M").to_string()).collect();
                format!("taken {}", at.join(", "))
            };
            let style = if times.is_empty() { theme.dim() } else { theme.accent() };
            Cells {
                symbol: '+',
                time: "as needed".into(),
                amount: med.dose_label(usual),
                short_amount: med.amount(usual),
                state,
                style,
            }
        }
    }
}
