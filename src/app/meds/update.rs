//! Actions on Today's doses, the Meds tab, its day log, and the medication forms.

use crate::app::keymap::{Ctx, key};
use chrono::NaiveDate;

use super::dose::dose_action;
use crate::app::meds::doses::{self};
use crate::app::meds::forms as med_forms;
use crate::app::{Action, App, DoseAction, Effect, MedsAction, Move};

pub(crate) fn today_action(app: &mut App, action: Action) -> Vec<Effect> {
    let date = app.today;
    let count = doses::rows(app, date, None).len();
    match action {
        Action::Move(Move::Up) | Action::ScrollUp => {
            app.meds.today_view.selected = app.meds.today_view.selected.saturating_sub(1)
        }
        Action::Move(Move::Down) | Action::ScrollDown => {
            app.meds.today_view.selected = (app.meds.today_view.selected + 1).min(count.saturating_sub(1));
        }
        Action::Dose(dose) => {
            let selected = app.meds.today_view.selected;
            return dose_action(app, date, None, selected, dose);
        }
        _ => {}
    }
    Vec::new()
}

fn meds_key(action: MedsAction) -> String {
    key(Ctx::Meds, &Action::Meds(action))
}

pub(crate) fn meds_action(app: &mut App, action: Action) -> Vec<Effect> {
    if let Some(date) = app.meds.view.log_date {
        return log_action(app, date, action);
    }
    if let Some(scroll) = app.meds.view.history {
        app.meds.view.history = match action {
            Action::Move(Move::Up) | Action::ScrollUp => Some(crate::app::scroll_up(scroll, 1, app.limits.view)),
            Action::Move(Move::Down) | Action::ScrollDown => Some(crate::app::scroll_down(scroll, 1, app.limits.view)),
            Action::Close => None,
            _ => Some(scroll),
        };
        return Vec::new();
    }
    let count = app.meds.list.len();
    if let Some(why) = app.locked(crate::app::FileId::Medications)
        && matches!(
            action,
            Action::Meds(
                MedsAction::Add
                    | MedsAction::Edit
                    | MedsAction::DoseChange
                    | MedsAction::StopRestart
                    | MedsAction::Refill
                    | MedsAction::TakeAsNeeded
            )
        )
    {
        app.set_error(why);
        return Vec::new();
    }
    if matches!(action, Action::Move(Move::Up | Move::Down) | Action::ScrollUp | Action::ScrollDown) {
        app.meds.view.overview = false;
    }
    match action {
        Action::Move(Move::Up) | Action::ScrollUp => app.meds.view.selected = app.meds.view.selected.saturating_sub(1),
        Action::Move(Move::Down) | Action::ScrollDown => {
            app.meds.view.selected = (app.meds.view.selected + 1).min(count.saturating_sub(1))
        }
        Action::Meds(MedsAction::Add) => app.form = Some(med_forms::new_med_form(app.today)),
        _ if app.meds.selected(app.today).is_none() => {
            app.set_info(format!("No medication yet: {} adds one.", meds_key(MedsAction::Add)));
        }
        Action::Meds(MedsAction::Edit) => {
            app.form = app.meds.selected(app.today).map(|m| {
                let left = crate::domain::dose::on_hand(m, app.today, |d| app.journal.events_on(d));
                med_forms::edit_med_form(m, left)
            });
        }
        Action::Meds(MedsAction::DoseChange) => {
            app.form = app.meds.selected(app.today).map(|m| med_forms::dose_change_form(m, app.today))
        }
        Action::Meds(MedsAction::StopRestart) => {
            app.form = app.meds.selected(app.today).map(|m| med_forms::stop_form(m, app.today))
        }
        Action::Meds(MedsAction::Refill) => app.form = app.meds.selected(app.today).map(med_forms::refill_form),
        Action::Meds(MedsAction::Overview) => app.meds.view.overview = !app.meds.view.overview,
        Action::Meds(MedsAction::Delete) => app.ask_delete_med(),
        Action::Close => app.meds.view.overview = false,
        Action::Meds(MedsAction::History) => {
            app.meds.view.overview = false;
            app.meds.view.history = Some(0);
        }
        Action::Meds(MedsAction::OpenLog) => {
            app.meds.view.log_date = app.today.pred_opt();
            app.meds.view.log_row = 0;
        }
        Action::Meds(MedsAction::TakeAsNeeded) => return take_as_needed(app),
        _ => {}
    }
    Vec::new()
}

/// An as-needed dose of the selected medication, taken now; a scheduled one is pointed to
/// Today and the log instead.
fn take_as_needed(app: &mut App) -> Vec<Effect> {
    let Some(m) = app.meds.selected(app.today) else { return Vec::new() };
    if !m.is_prn_on(app.today) {
        app.set_info(format!(
            "Scheduled doses are ticked off on Today ({}), or filled in here with {}.",
            key(Ctx::Global, &Action::GoTab(0)),
            meds_key(MedsAction::OpenLog)
        ));
        return Vec::new();
    }
    let id = m.id.clone();
    let date = app.today;
    let rows = doses::rows(app, date, Some(&id));
    let selected = rows.iter().position(|r| r.slot.is_none()).unwrap_or(0);
    dose_action(app, date, Some(&id), selected, DoseAction::Take)
}

fn log_action(app: &mut App, date: NaiveDate, action: Action) -> Vec<Effect> {
    let Some(id) = app.meds.selected(app.today).map(|m| m.id.clone()) else {
        app.meds.view.log_date = None;
        return Vec::new();
    };
    let count = doses::rows(app, date, Some(&id)).len();
    let v = &mut app.meds.view;
    match action {
        Action::Meds(MedsAction::LogDayBefore) => {
            v.log_date = date.pred_opt();
            v.log_row = 0;
        }
        Action::Meds(MedsAction::LogDayAfter) if date < app.today => {
            v.log_date = date.succ_opt();
            v.log_row = 0;
        }
        Action::Move(Move::Up) | Action::ScrollUp => v.log_row = v.log_row.saturating_sub(1),
        Action::Move(Move::Down) | Action::ScrollDown => v.log_row = (v.log_row + 1).min(count.saturating_sub(1)),
        Action::Close => v.log_date = None,
        Action::Dose(dose) => {
            let row = v.log_row;
            return dose_action(app, date, Some(&id), row, dose);
        }
        _ => {}
    }
    Vec::new()
}
