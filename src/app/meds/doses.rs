//! Doses of a day as rows (scheduled ones in time order, then "as needed" ones), and the
//! changes a person makes to them: taken, skipped, time or amount corrected, unmarked.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime};

use crate::app::{App, Effect};
use crate::domain::dose::{DoseEvent, DoseStatus, SlotStatus, event_for, slot_status};
use crate::domain::medication::{MedId, Slot};

#[derive(Debug, Clone, PartialEq)]
pub struct DoseRow {
    pub med: MedId,
    /// The scheduled dose; `None` for an "as needed" medication.
    pub slot: Option<Slot>,
}

/// The rows of a day for every medication (or one, with `only`).
pub fn rows(app: &App, date: NaiveDate, only: Option<&str>) -> Vec<DoseRow> {
    let meds: Vec<&crate::domain::medication::Medication> = app
        .meds
        .in_order(app.today)
        .into_iter()
        .filter_map(|i| app.meds.list.get(i))
        .filter(|m| only.is_none_or(|id| m.id == id))
        .collect();
    let mut out: Vec<DoseRow> = meds
        .iter()
        .flat_map(|m| m.slots_on(date).into_owned().into_iter().map(|s| DoseRow { med: m.id.clone(), slot: Some(s) }))
        .collect();
    // A dose logged at a time the plan no longer has (it was stopped, or changed since) is
    // still shown: what was recorded never disappears from the screen.
    for e in app.journal.events_on(date) {
        let Some(time) = e.slot else { continue };
        if meds.iter().any(|m| *m.id == *e.med)
            && !out.iter().any(|r| *r.med == *e.med && r.slot.is_some_and(|s| s.time == time))
        {
            out.push(DoseRow { med: e.med.clone(), slot: Some(Slot { time, units: e.taken_units() }) });
        }
    }
    out.sort_by_key(|r| r.slot.map(|s| s.time));
    out.extend(meds.iter().filter(|m| m.is_prn_on(date)).map(|m| DoseRow { med: m.id.clone(), slot: None }));
    out
}

/// The status of a scheduled row; `None` for "as needed" rows.
pub fn status(app: &App, date: NaiveDate, row: &DoseRow) -> Option<SlotStatus> {
    let slot = row.slot?;
    Some(slot_status(
        &slot,
        event_for(app.journal.events_on(date), &row.med, slot.time),
        date,
        app.now,
        app.dose_window(),
    ))
}

impl App {
    /// How far from its time a dose still counts as on time (config, default 2 h).
    pub fn dose_window(&self) -> chrono::TimeDelta {
        crate::domain::dose::window_of(self.setup.config.dose_window_hours)
    }
}

/// Before an "as needed" dose at `at` past the plan's limits: asks (a warning, never a
/// block) and returns true; false when nothing needs asking.
pub fn ask_before_prn(app: &mut App, date: NaiveDate, med: &MedId, at: DateTime<FixedOffset>) -> bool {
    let events = app.journal.events_on(date);
    let warnings =
        app.meds.get(med).map(|m| crate::domain::dose::prn_warnings(m, events, at, app.today)).unwrap_or_default();
    if warnings.is_empty() {
        return false;
    }
    let warnings = warnings.join(" ");
    app.overlay =
        Some(crate::app::Overlay::Confirm(crate::app::Confirm::TakeAnyway { date, med: med.clone(), at, warnings }));
    true
}

/// Times an "as needed" medication was taken that day.
pub fn prn_taken(app: &App, date: NaiveDate, med: &str) -> Vec<DateTime<FixedOffset>> {
    app.journal
        .events_on(date)
        .iter()
        .filter(|e| *e.med == *med && e.slot.is_none())
        .filter_map(DoseEvent::taken_at)
        .collect()
}

/// Whether doses of that date can be changed now, with the reason when not.
pub fn writable(app: &App, date: NaiveDate) -> Result<(), String> {
    if let Some(why) = app.locked(crate::app::FileId::Medications) {
        return Err(why);
    }
    if date > app.today {
        return Err("Doses can be logged for today or earlier days.".into());
    }
    app.writable(date)
}

/// The moment a dose on `date` at `time` happened, in the current UTC offset.
pub fn moment(app: &App, date: NaiveDate, time: NaiveTime) -> DateTime<FixedOffset> {
    date.and_time(time).and_local_timezone(*app.now.offset()).single().unwrap_or(app.now)
}

/// Records a scheduled dose's outcome, replacing any earlier record of the same slot.
fn set_slot(app: &mut App, date: NaiveDate, med: &MedId, slot: NaiveTime, status: DoseStatus) {
    let doses = &mut app.journal.days.day_mut(date).doses;
    doses.retain(|e| !(e.med == *med && e.slot == Some(slot)));
    doses.push(DoseEvent { med: med.clone(), slot: Some(slot), status });
}

/// Marks a row taken at `at`: a scheduled dose at its planned amount, or one more
/// "as needed" dose at the usual amount.
pub fn take(app: &mut App, date: NaiveDate, row: &DoseRow, at: DateTime<FixedOffset>) -> Vec<Effect> {
    match row.slot {
        Some(slot) => set_slot(app, date, &row.med, slot.time, DoseStatus::Taken { at, units: slot.units }),
        None => {
            let units = app
                .meds
                .get(&row.med)
                .and_then(|m| m.regimen_on(date))
                .and_then(|r| r.doses.first())
                .map_or(1.0, |s| s.units);
            app.journal.days.day_mut(date).doses.push(DoseEvent {
                med: row.med.clone(),
                slot: None,
                status: DoseStatus::Taken { at, units },
            });
        }
    }
    app.journal.day_changed(date)
}

pub fn skip(app: &mut App, date: NaiveDate, med: &MedId, slot: NaiveTime, reason: String) -> Vec<Effect> {
    let at = app.now;
    set_slot(app, date, med, slot, DoseStatus::Skipped { at, reason: reason.into() });
    app.journal.day_changed(date)
}

/// Removes the record of a scheduled dose, or the latest "as needed" dose of that day.
pub fn unmark(app: &mut App, date: NaiveDate, row: &DoseRow) -> Vec<Effect> {
    let doses = &mut app.journal.days.day_mut(date).doses;
    match row.slot {
        Some(slot) => doses.retain(|e| !(*e.med == *row.med && e.slot == Some(slot.time))),
        None => {
            let last = doses
                .iter()
                .enumerate()
                .filter(|(_, e)| *e.med == *row.med && e.slot.is_none())
                .max_by_key(|(_, e)| e.taken_at())
                .map(|(i, _)| i);
            if let Some(i) = last {
                doses.remove(i);
            }
        }
    }
    app.journal.day_changed(date)
}

/// The event a correction applies to: the slot's, or the latest "as needed" one.
fn event_mut<'a>(app: &'a mut App, date: NaiveDate, med: &str, slot: Option<NaiveTime>) -> Option<&'a mut DoseEvent> {
    let doses = &mut app.journal.days.day_mut(date).doses;
    match slot {
        Some(_) => doses.iter_mut().find(|e| *e.med == *med && e.slot == slot),
        None => doses.iter_mut().filter(|e| *e.med == *med && e.slot.is_none()).max_by_key(|e| e.taken_at()),
    }
}

/// Corrects when a taken dose was taken.
pub fn set_time(app: &mut App, date: NaiveDate, med: &str, slot: Option<NaiveTime>, time: NaiveTime) -> Vec<Effect> {
    let at = moment(app, date, time);
    if let Some(e) = event_mut(app, date, med, slot)
        && let DoseStatus::Taken { at: old, .. } = &mut e.status
    {
        *old = at;
    }
    app.journal.day_changed(date)
}

/// Records the amount actually taken.
pub fn set_amount(app: &mut App, date: NaiveDate, med: &MedId, slot: Option<NaiveTime>, units: f32) -> Vec<Effect> {
    let now = moment(app, date, slot.unwrap_or(app.now.time()));
    match event_mut(app, date, med, slot) {
        Some(DoseEvent { status: DoseStatus::Taken { units: u, .. }, .. }) => *u = units,
        _ => {
            if let Some(time) = slot {
                set_slot(app, date, med, time, DoseStatus::Taken { at: now, units });
            }
        }
    }
    app.journal.day_changed(date)
}
