//! The check-in's actions: starting one (for today or a past day), answering, and saving it
//! with the side effects re-rated on the way.

use chrono::{DateTime, FixedOffset, NaiveDate};

use super::wizard::{EffectRow, EffectToday, Outcome};
use crate::app::journal::save_effect;
use crate::app::{Action, App, CheckInAction, Confirm, Effect, EffectsAction, Overlay, Wizard};
use crate::domain::day::friendly_date;

pub(crate) fn start_check_in(app: &mut App, date: NaiveDate) {
    if date > app.today {
        app.set_error("Check-ins can be made for today or earlier days.");
        return;
    }
    if let Err(e) = app.writable(date) {
        app.set_error(e);
        return;
    }
    app.checkin.wizard = Some(check_in_wizard(app, date));
}

/// The check-in for a date, opened on what is saved, with the side effects to re-rate.
pub(crate) fn check_in_wizard(app: &App, date: NaiveDate) -> Wizard {
    let existing = app.journal.days.day(date).and_then(|d| d.check_in.as_ref());
    let rows = app
        .effects
        .list
        .iter()
        // Ongoing that day, or marked gone that day (an edit shows it, and can take it back).
        .filter(|e| e.present_on(date) || e.answer_on(date) == Some(EffectToday::Gone))
        .map(|e| EffectRow {
            id: e.id.clone(),
            name: e.name.clone(),
            // The level the answer is compared with: the one before that day.
            level: e.rating_before(date).or(e.rating_on(date)).map_or(0, |r| r.level()),
            answer: e.answer_on(date),
            was: e.answer_on(date),
        })
        .collect();
    let mut w =
        Wizard::new(date, &app.setup.config.symptoms, existing).with_side_effects(rows, !app.meds.list.is_empty());
    w.past_day = date != app.today;
    w
}

pub(crate) fn wizard_action(app: &mut App, action: Action, now: DateTime<FixedOffset>) -> Vec<Effect> {
    let Some(w) = app.checkin.wizard.as_mut() else {
        return Vec::new();
    };
    match action {
        Action::CheckIn(CheckInAction::Answer) if w.enter() == Outcome::Save => return save_check_in(app, now),
        Action::CheckIn(CheckInAction::Save) => return save_check_in(app, now),
        Action::CheckIn(CheckInAction::Back) => w.back(),
        Action::CheckIn(CheckInAction::Up) => w.up(),
        Action::CheckIn(CheckInAction::Down) => w.effect_down(),
        Action::CheckIn(CheckInAction::Previous) => w.previous(),
        Action::CheckIn(CheckInAction::Less) => w.adjust(-1),
        Action::CheckIn(CheckInAction::More) => w.adjust(1),
        Action::CheckIn(CheckInAction::RateEffect(answer)) => {
            let taken = w.rate_effect(answer);
            if !taken {
                let tab = crate::app::keymap::key(crate::app::Ctx::Global, &Action::GoTab(3));
                app.set_info(format!("Already recorded for this day; the Side effects tab ({tab}) changes it."));
            }
        }
        Action::Effects(EffectsAction::Log) => crate::app::effects::forms::open_log_form(app),
        Action::Text(input) => w.type_key(input),
        Action::Paste(text) => w.paste(&text),
        Action::Close => {
            if w.has_changes() {
                app.overlay = Some(Overlay::Confirm(Confirm::CancelCheckIn));
            } else {
                app.checkin.wizard = None;
            }
        }
        _ => {}
    }
    Vec::new()
}

fn save_check_in(app: &mut App, now: DateTime<FixedOffset>) -> Vec<Effect> {
    let Some(w) = app.checkin.wizard.as_mut() else {
        return Vec::new();
    };
    let date = w.date;
    let check_in = match w.finish(now) {
        Ok(c) => c,
        Err(_) => return Vec::new(), // the wizard shows the message at the field
    };
    let answers: Vec<(String, EffectToday)> =
        w.effects.iter().filter(|e| e.answer != e.was).filter_map(|e| e.answer.map(|a| (e.id.clone(), a))).collect();
    if let Err(e) = app.writable(date) {
        app.set_error(e);
        return Vec::new();
    }
    app.checkin.wizard = None;
    let mut effects = crate::app::effects::rate_side_effects(app, date, &answers);
    let had = app.journal.days.day(date).is_some_and(|d| d.check_in.is_some());
    let label = friendly_date(date, app.today);
    if check_in.is_blank() {
        if had {
            app.journal.days.day_mut(date).check_in = None;
            app.set_info(format!("Every answer was empty, so {label}'s check-in was removed."));
            effects.extend(save_effect(app, date));
        } else if effects.is_empty() {
            app.set_info("Nothing answered, so nothing was saved.");
        } else {
            app.set_info("Side effects updated.");
        }
        return effects;
    }
    app.journal.days.day_mut(date).check_in = Some(check_in);
    app.set_info(format!("Check-in saved for {label}."));
    effects.extend(save_effect(app, date));
    effects
}
