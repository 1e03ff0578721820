//! The one-field forms about a logged dose: skipped with a reason, the time it was taken, the
//! amount, and when an "as needed" dose was taken on a past day.

use crate::app::form::{DoseForm, Form};
use crate::app::meds::doses::{self, DoseRow};
use crate::app::{App, Effect};
use crate::domain::med_input::{parse_time, parse_units};

pub fn submit(app: &mut App, form: &mut Form, kind: DoseForm) -> Option<Vec<Effect>> {
    match kind {
        DoseForm::Skip { date, med, slot } => {
            let slot = slot?;
            app.set_info("Dose marked skipped.");
            Some(doses::skip(app, date, &med, slot, form.value(0)))
        }
        DoseForm::TakenTime { date, med, slot } => match taken_time(app, form, date) {
            Ok(t) => {
                app.set_info(format!("Time corrected to {}.", t.format("%H:%M")));
                Some(doses::set_time(app, date, &med, slot, t))
            }
            Err(e) => form.show_errors(vec![(0, e)]).then(Vec::new),
        },
        DoseForm::PrnTime { date, med } => match taken_time(app, form, date) {
            Ok(t) => {
                let at = doses::moment(app, date, t);
                // Past the plan's limits: the same question as on Today (the form stays under it,
                // so "no" goes back to the time typed), then logged on yes.
                if doses::ask_before_prn(app, date, &med, at) {
                    return None;
                }
                let name = app.meds.get(&med).map(|m| m.name.clone()).unwrap_or_default();
                app.set_info(format!("{name}: taken at {}.", t.format("%H:%M")));
                Some(doses::take(app, date, &DoseRow { med, slot: None }, at))
            }
            Err(e) => form.show_errors(vec![(0, e)]).then(Vec::new),
        },
        DoseForm::Amount { date, med, slot } => {
            let m = app.meds.get(&med)?;
            match parse_units(&form.value(0), m.strength, m.unit.label()) {
                Ok(units) => {
                    app.set_info(format!("Amount recorded: {}.", m.dose_label(units)));
                    Some(doses::set_amount(app, date, &med, slot, units))
                }
                Err(e) => form.show_errors(vec![(0, e)]).then(Vec::new),
            }
        }
    }
}

/// A time a dose was taken on `date`: a time of day, and not later than now.
fn taken_time(app: &App, form: &Form, date: chrono::NaiveDate) -> Result<chrono::NaiveTime, String> {
    let t = parse_time(&form.value(0))?;
    if doses::moment(app, date, t) > app.now {
        let now = app.now.format("%H:%M");
        return Err(format!("{} is later than now ({now}); a dose can be logged up to now", t.format("%H:%M")));
    }
    Ok(t)
}
