//! Stopping and restarting a medication: dated, with a reason, the history kept. Stopping on
//! a date before doses already logged asks first and lists them.

use chrono::NaiveDate;

use super::save_meds;
use crate::app::form::{Form, FormKind, MedForm};
use crate::app::{App, Confirm, Effect, Overlay};
use crate::domain::med_input::parse_date;
use crate::domain::medication::{MedId, Pause};

/// Doses this many or fewer are listed by date and time in the question; more are counted.
const LISTED: usize = 4;

pub(super) fn submit(app: &mut App, form: &mut Form, id: &MedId, today: NaiveDate) -> Option<Vec<Effect>> {
    let date = parse_date(&form.value(0), today, today);
    let med = app.meds.get(id)?;
    let restart = matches!(form.kind, FormKind::Meds(MedForm::Restart(_)));
    let errors: Vec<(usize, String)> = match date.clone().and_then(|d| med.check_stop_date(d, today, restart)) {
        Err(e) => vec![(0, e)],
        Ok(()) => Vec::new(),
    };
    if !form.show_errors(errors) {
        return None;
    }
    let date = date.ok()?;
    let reason = form.value(1);
    if restart {
        let m = app.meds.list.edit().iter_mut().find(|m| m.id == *id)?;
        if let Some(p) = m.pauses.last_mut() {
            p.restarted = Some(date);
            p.restart_reason = reason;
        }
        let info = format!("{} restarted.", m.name);
        app.set_info(info);
        keep_selected(app, id);
        return Some(save_meds());
    }
    let logged = logged_from(app, id, date);
    if !logged.is_empty() {
        // The form stays under the question, so "no" goes back to it as typed.
        app.overlay = Some(Overlay::Confirm(Confirm::StopAnyway { med: id.clone(), date, reason, logged }));
        return None;
    }
    Some(stop(app, id, date, reason))
}

/// Records the stop (after the question, when doses were logged after the date).
pub fn stop(app: &mut App, id: &str, date: NaiveDate, reason: String) -> Vec<Effect> {
    let Some(m) = app.meds.list.edit().iter_mut().find(|m| m.id == id) else { return Vec::new() };
    m.pauses.push(Pause { stopped: date, reason, restarted: None, restart_reason: String::new() });
    let info = format!("{} stopped; its history is kept.", m.name);
    app.set_info(info);
    keep_selected(app, id);
    save_meds()
}

/// A stopped medication moves down the list (and a restarted one up): the selection moves
/// with it, so the next key acts on the same one.
fn keep_selected(app: &mut App, id: &str) {
    if let Some(at) = app.meds.in_order(app.today).iter().position(|i| app.meds.list[*i].id == id) {
        app.meds.view.selected = at;
    }
}

/// Doses of this medication logged (taken or skipped) on or after `date`, the first day it
/// is stopped, in words: "Wed 2 Dec 08:00, …".
fn logged_from(app: &App, id: &str, date: NaiveDate) -> String {
    use crate::domain::dose::DoseStatus;
    let mut taken: Vec<chrono::DateTime<chrono::FixedOffset>> = app
        .journal
        .days
        .days_between(date, app.today)
        .flat_map(|day| day.doses.iter())
        .filter(|e| *e.med == *id)
        .map(|e| match &e.status {
            DoseStatus::Taken { at, .. } | DoseStatus::Skipped { at, .. } => *at,
        })
        .collect();
    taken.sort();
    let words: Vec<String> = taken.iter().take(LISTED).map(|t| t.format("%a %-d %b %H:%M").to_string()).collect();
    match taken.len() {
        n if n > LISTED => format!("{} and {} more", words.join(", "), n - LISTED),
        _ => words.join(", "),
    }
}
