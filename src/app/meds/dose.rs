//! One dose of a day (Today, or the Meds tab's day log): taken, skipped with a reason, its time
//! or amount corrected, or unmarked.

use chrono::NaiveDate;

use super::doses::{self, DoseRow};
use crate::app::form::{DoseForm, Field, Form, FormKind};
use crate::app::keymap::{Ctx, key};
use crate::app::{Action, App, DoseAction, Effect, FormAction, MedsAction};
use crate::domain::dose::SlotStatus;
use crate::domain::medication::fmt_num;

/// Take, skip, correct or unmark the selected dose of a day.
pub(super) fn dose_action(
    app: &mut App,
    date: NaiveDate,
    only: Option<&str>,
    selected: usize,
    action: DoseAction,
) -> Vec<Effect> {
    let rows = doses::rows(app, date, only);
    let Some(row) = rows.get(selected.min(rows.len().saturating_sub(1))).cloned() else {
        // No doses because medications.ron cannot be read: say that, not "no medication yet".
        if let Some(why) = app.meds.list.problem().and(app.locked(crate::app::FileId::Medications)) {
            app.set_error(why);
            return Vec::new();
        }
        app.set_info(if app.meds.list.is_empty() {
            format!(
                "No medication yet. Add one on the Meds tab ({}, then {}).",
                key(Ctx::Global, &Action::GoTab(2)),
                key(Ctx::Meds, &Action::Meds(MedsAction::Add))
            )
        } else {
            "No doses on this day.".into()
        });
        return Vec::new();
    };
    if let Err(e) = doses::writable(app, date) {
        app.set_error(e);
        return Vec::new();
    }
    let status = doses::status(app, date, &row);
    let taken = matches!(status, Some(SlotStatus::Taken { .. }))
        || (row.slot.is_none() && !doses::prn_taken(app, date, &row.med).is_empty());
    match action {
        // An "as needed" dose on a past day has no planned time: ask when.
        DoseAction::Take if row.slot.is_none() && date != app.today => {
            let kind = FormKind::Dose(DoseForm::PrnTime { date, med: row.med });
            open_form(app, kind, "When was it taken?", Field::new("Time", "e.g. 14:30", ""));
        }
        // A planned dose already taken keeps its time: one stray key must not rewrite it.
        DoseAction::Take if row.slot.is_some() && taken => {
            let name = app.meds.get(&row.med).map(|m| m.name.clone()).unwrap_or_default();
            let at = match &status {
                Some(SlotStatus::Taken { at, .. }) => format!(" at {}", at.format("%H:%M")),
                _ => String::new(),
            };
            let (time, unmark) = (dose_key(DoseAction::FixTime), dose_key(DoseAction::Unmark));
            app.set_info(format!("{name}: already taken{at}. {time} corrects the time; {unmark} removes the record."));
        }
        DoseAction::Take => return take(app, date, &row),
        DoseAction::Skip => ask_reason(app, date, row),
        DoseAction::FixTime | DoseAction::FixAmount if !taken => {
            app.set_info(format!("Mark the dose taken first ({}), then correct it.", dose_key(DoseAction::Take)));
        }
        DoseAction::FixTime => ask_time(app, date, row, status.as_ref()),
        DoseAction::FixAmount => ask_amount(app, date, row, status.as_ref()),
        DoseAction::Unmark => {
            let name = app.meds.get(&row.med).map(|m| m.name.clone()).unwrap_or_default();
            app.set_info(format!("{name}: record removed."));
            return doses::unmark(app, date, &row);
        }
    }
    Vec::new()
}

/// Taken: now, today; on a past day at its planned time (`t` corrects it). An "as needed" dose
/// past the plan's limits asks first.
fn take(app: &mut App, date: NaiveDate, row: &DoseRow) -> Vec<Effect> {
    if row.slot.is_none() && doses::ask_before_prn(app, date, &row.med, app.now) {
        return Vec::new();
    }
    let at = match row.slot {
        Some(s) if date != app.today => doses::moment(app, date, s.time),
        _ => app.now,
    };
    let name = app.meds.get(&row.med).map(|m| m.name.clone()).unwrap_or_default();
    let (time, amount) = (dose_key(DoseAction::FixTime), dose_key(DoseAction::FixAmount));
    app.set_info(format!("{name}: taken at {}. {time} corrects the time, {amount} the amount.", at.format("%H:%M")));
    doses::take(app, date, row, at)
}

/// Skipped: with a reason, if the person gives one ("as needed" doses are only logged when taken).
fn ask_reason(app: &mut App, date: NaiveDate, row: DoseRow) {
    let Some(slot) = row.slot else {
        app.set_info("“As needed” doses are only logged when taken.");
        return;
    };
    let enter = key(Ctx::Form, &Action::Form(FormAction::Enter));
    open_form(
        app,
        FormKind::Dose(DoseForm::Skip { date, med: row.med, slot: Some(slot.time) }),
        "Skip dose",
        Field::new("Reason", format!("optional: {enter} to skip without one"), ""),
    );
}

/// The time it was taken, opened on the time recorded.
fn ask_time(app: &mut App, date: NaiveDate, row: DoseRow, status: Option<&SlotStatus>) {
    let at = match status {
        Some(SlotStatus::Taken { at, .. }) => at.format("%H:%M").to_string(),
        _ => doses::prn_taken(app, date, &row.med)
            .iter()
            .max()
            .map(|t| t.format("%H:%M").to_string())
            .unwrap_or_default(),
    };
    let kind = FormKind::Dose(DoseForm::TakenTime { date, med: row.med, slot: row.slot.map(|s| s.time) });
    open_form(app, kind, "When was it taken?", Field::new("Time", "e.g. 08:30", &at));
}

/// The amount taken, opened on the amount recorded (or planned).
fn ask_amount(app: &mut App, date: NaiveDate, row: DoseRow, status: Option<&SlotStatus>) {
    let units = match status {
        Some(SlotStatus::Taken { units, .. }) => *units,
        _ => row.slot.map_or(1.0, |s| s.units),
    };
    let unit = app.meds.get(&row.med).map(|m| m.unit.label()).unwrap_or("mg");
    let hint = format!("tablets (0.5, 1, 2) or {unit} (e.g. 25{unit})");
    let kind = FormKind::Dose(DoseForm::Amount { date, med: row.med, slot: row.slot.map(|s| s.time) });
    open_form(app, kind, "Amount taken", Field::new("Amount", hint, &fmt_num(units)));
}

/// The key for a dose on Today (the day log has the same), for a message.
fn dose_key(action: DoseAction) -> String {
    key(Ctx::Today, &Action::Dose(action))
}

fn open_form(app: &mut App, kind: FormKind, title: &str, field: Field) {
    app.form = Some(Form::new(title, kind, vec![field]));
}
