//! The medication forms: what each asks, pre-filled, and how its answers become records.
//! tend records dose changes as decided with the prescriber; it never proposes one.

use crate::app::keymap::{Ctx, key};
use chrono::NaiveDate;

use crate::app::form::{Field, Form, FormKind, MedForm};
use crate::app::{App, Effect};
use crate::domain::med_input::{parse_pattern, parse_prn_steps, parse_steps, prn_step_text, step_text};
use crate::domain::medication::{DoseChange, Medication, Pattern, Refill, Regimen, Supply, fmt_num};

// The medication form's fields, by name.
pub(super) const NAME: &str = "Name";
pub(super) const STRENGTH: &str = "Strength";
pub(super) const FORM: &str = "Form";
pub(super) const SCHEDULE: &str = "Schedule";
pub(super) const TIMES: &str = "Times and amounts";
pub(super) const MAX: &str = "Most per day";
pub(super) const GAP: &str = "Hours between";
pub(super) const START: &str = "Start date";
pub(super) const PURPOSE: &str = "What it is for";
pub(super) const PRESCRIBER: &str = "Prescribed by";
pub(super) const INSTRUCTIONS: &str = "Instructions";
pub(super) const SUPPLY: &str = "On hand";
pub(super) const WARN: &str = "Refill warning";
pub(super) const WITH: &str = "With prescriber";
// The dose-change form's.
const STEPS: &str = "Steps";
const REASON: &str = "Reason";

/// "Decided with your prescriber?" is asked with no answer filled in: a change made on one's
/// own is recorded as honestly as one made together.
fn with_prescriber_field() -> Field {
    Field::new(WITH, "was this decided with your prescriber? yes or no", "")
}

pub(super) fn read_with_prescriber(text: &str) -> Result<bool, String> {
    match text.to_lowercase().as_str() {
        "yes" | "y" => Ok(true),
        "no" | "n" => Ok(false),
        "" => Err("yes or no: was it decided with your prescriber?".into()),
        _ => Err("yes or no".into()),
    }
}

pub fn new_med_form(today: NaiveDate) -> Form {
    let fields = vec![
        Field::new(NAME, "e.g. Sertraline", ""),
        Field::new(STRENGTH, "of one tablet, capsule or ml: e.g. 50 mg", ""),
        Field::new(FORM, "tablet, capsule, liquid, drops, inhaler, patch, injection, other", "tablet"),
        Field::new(SCHEDULE, "daily · mon wed fri · every 2 days · as needed", "daily"),
        Field::new(TIMES, "08:00 1, 20:00 0.5 (or 25mg); as needed: the usual amount", "08:00 1"),
        Field::new(MAX, "as needed only; leave empty if none was given", "").numeric(),
        Field::new(GAP, "as needed only; leave empty if none was given", "").numeric(),
        Field::new(START, "2026-11-01, today, yesterday", &today.to_string()),
        Field::new(PURPOSE, "optional", ""),
        Field::new(PRESCRIBER, "optional", ""),
        Field::new(INSTRUCTIONS, "optional: e.g. with food", ""),
        Field::new(SUPPLY, "optional: how many tablets (or ml) you have now", "").numeric(),
        Field::new(WARN, "days of supply left when Today says refill soon", "7").numeric(),
        with_prescriber_field(),
    ];
    Form::new("New medication", FormKind::Meds(MedForm::New), fields)
}

/// `on_hand`: what the Meds detail shows now (the last count, plus refills, less doses since).
pub fn edit_med_form(m: &Medication, on_hand: Option<f32>) -> Form {
    let mut f = new_med_form(m.start);
    let supply = m.supply.as_ref();
    let set = |f: &mut Form, label: &str, v: String| {
        if let Some(field) = f.fields.iter_mut().find(|x| x.label == label) {
            field.set_value(&v);
        }
    };
    set(&mut f, NAME, m.name.clone());
    set(&mut f, STRENGTH, format!("{} {}", fmt_num(m.strength), m.unit.label()));
    set(&mut f, FORM, m.form.label().into());
    set(&mut f, PURPOSE, m.purpose.clone());
    set(&mut f, PRESCRIBER, m.prescriber.clone());
    set(&mut f, INSTRUCTIONS, m.instructions.clone());
    set(&mut f, SUPPLY, on_hand.map(fmt_num).unwrap_or_default());
    set(&mut f, WARN, supply.map_or(7, |s| s.warn_days).to_string());
    // The schedule changes through a dose change (+), so its history is kept.
    f.fields.retain(|x| ![SCHEDULE, TIMES, MAX, GAP, WITH].contains(&x.label.as_str()));
    f.title = format!("Edit {}", m.name);
    f.kind = FormKind::Meds(MedForm::Edit(m.id.clone()));
    f.note = Some(format!(
        "To change the dose or times, use {} (dose change) so the history is kept.",
        key(Ctx::Meds, &crate::app::Action::Meds(crate::app::MedsAction::DoseChange))
    ));
    f
}

pub fn dose_change_form(m: &Medication, today: NaiveDate) -> Form {
    let current = m.regimen_on(today).or_else(|| m.changes.last().map(|c| &c.regimen));
    let prn = current.is_some_and(|r| r.pattern.is_prn());
    let steps = match current {
        Some(r) if prn => prn_step_text(today, &r.doses),
        Some(r) => step_text(today, &r.doses),
        None => format!("{today} 08:00 1"),
    };
    let pattern = current.map_or("daily".to_string(), |r| pattern_text(&r.pattern));
    let hint = if prn {
        "one a line: DATE AMOUNT, the usual dose (as needed has no set time). DATE: today, 2026-12-01, or +7"
    } else {
        "one a line: DATE TIMES. DATE: today, 2026-12-01, or +7 (days after the line above)"
    };
    let fields = vec![
        Field::new(STEPS, hint, &steps.replacen(&today.to_string(), "today", 1)).multiline(),
        Field::new(SCHEDULE, "daily · mon wed fri · every 2 days · as needed", &pattern),
        Field::new(REASON, "e.g. planned increase; side effects", ""),
        with_prescriber_field(),
    ];
    let mut f =
        Form::new(format!("Dose change · {}", m.name), FormKind::Meds(MedForm::DoseChange(m.id.clone())), fields);
    f.note = Some(format!(
        "Now: {}. Record the change as your prescriber set it out; several steps can go on separate lines.",
        current.map(|r| m.regimen_label(r)).unwrap_or_default()
    ));
    f
}

fn pattern_text(p: &Pattern) -> String {
    match p {
        Pattern::Daily => "daily".into(),
        Pattern::Weekdays(days) => days.iter().map(|d| d.to_string().to_lowercase()).collect::<Vec<_>>().join(" "),
        Pattern::EveryNDays(n) => format!("every {n} days"),
        Pattern::AsNeeded { .. } => "as needed".into(),
    }
}

pub fn stop_form(m: &Medication, today: NaiveDate) -> Form {
    let (kind, title) = if m.is_stopped(today) {
        (FormKind::Meds(MedForm::Restart(m.id.clone())), format!("Restart {}", m.name))
    } else {
        (FormKind::Meds(MedForm::Stop(m.id.clone())), format!("Stop {}", m.name))
    };
    let mut f = Form::new(
        title,
        kind,
        vec![Field::new("Date", "today, yesterday or 2026-11-20", "today"), Field::new("Reason", "optional", "")],
    );
    if matches!(f.kind, FormKind::Meds(MedForm::Stop(_))) {
        f.note = Some("Stopping some medicines suddenly can cause withdrawal effects; the NHS advises talking to your prescriber first.".into());
    }
    f
}

pub fn refill_form(m: &Medication) -> Form {
    let unit = m.form.count_label(2.0).split_whitespace().nth(1).unwrap_or("units").to_string();
    Form::new(
        format!("Refill · {}", m.name),
        FormKind::Meds(MedForm::Refill(m.id.clone())),
        vec![Field::new("Received", format!("how many {unit}"), "").numeric()],
    )
}

/// Reads a form and applies it. On any error the form stays open with the messages at
/// their fields and nothing is saved.
pub fn submit(app: &mut App, form: &mut Form, kind: MedForm) -> Option<Vec<Effect>> {
    let today = app.today;
    match kind {
        MedForm::New | MedForm::Edit(_) => submit_med(app, form, today),
        MedForm::DoseChange(id) => submit_change(app, form, &id, today),
        MedForm::Stop(id) | MedForm::Restart(id) => stop::submit(app, form, &id, today),
        MedForm::Refill(id) => {
            let units = match parse_count(&form.value(0)) {
                Ok(Some(u)) if u > 0.0 => u,
                Ok(_) => return form.show_errors(vec![(0, "how many did you receive?".into())]).then(Vec::new),
                Err(e) => return form.show_errors(vec![(0, e)]).then(Vec::new),
            };
            let m = app.meds.list.edit().iter_mut().find(|m| m.id == id)?;
            match &mut m.supply {
                Some(s) => s.refills.push(Refill { date: today, units, at: Some(app.now) }),
                None => m.supply = Some(Supply::counted_now(units, app.now, 7)),
            }
            app.set_info("Refill recorded.");
            Some(save_meds())
        }
    }
}

/// The medications changed (through `edit`) are owed to disk.
pub(super) fn save_meds() -> Vec<Effect> {
    vec![Effect::Save(crate::app::FileId::Medications)]
}

fn submit_change(app: &mut App, form: &mut Form, id: &str, today: NaiveDate) -> Option<Vec<Effect>> {
    let m = app.meds.get(id)?;
    let mut errors = Vec::new();
    let pattern = parse_pattern(&form.text(SCHEDULE)).map_err(|e| errors.push((form.at(SCHEDULE), e))).ok();
    let parse = if pattern.as_ref().is_some_and(Pattern::is_prn) { parse_prn_steps } else { parse_steps };
    let steps =
        parse(&form.text(STEPS), today, m.strength, m.unit.label()).map_err(|e| errors.push((form.at(STEPS), e))).ok();
    if let Some(first) = steps.as_ref().and_then(|s| s.first())
        && first.effective < m.start
    {
        errors.push((form.at(STEPS), format!("a step starts before {} started ({})", m.name, m.start)));
    }
    let with_prescriber = read_with_prescriber(&form.text(WITH)).map_err(|e| errors.push((form.at(WITH), e))).ok();
    errors.sort_by_key(|e| e.0);
    if !form.show_errors(errors) {
        return None;
    }
    let (steps, pattern, with_prescriber) = (steps?, pattern?, with_prescriber?);
    let keep_limits = m.regimen_on(today).map(|r| r.pattern.clone()).filter(Pattern::is_prn);
    let pattern = match (pattern, keep_limits) {
        (p, Some(limits)) if p.is_prn() => limits,
        (p, _) => p,
    };
    let reason = form.text(REASON);
    let count = steps.len();
    let m = app.meds.list.edit().iter_mut().find(|m| m.id == id)?;
    // A step on a date that already has one is kept as well: the history shows both, and the
    // one recorded now applies (the sort below is stable).
    for step in steps {
        m.changes.push(DoseChange {
            effective: step.effective,
            regimen: Regimen { pattern: pattern.clone(), doses: step.doses },
            reason: reason.clone(),
            with_prescriber,
        });
    }
    m.changes.sort_by_key(|c| c.effective);
    app.set_info(if count == 1 { "Dose change recorded.".to_string() } else { format!("{count} steps recorded.") });
    Some(save_meds())
}

pub mod dose_forms;
mod medication;
mod stop;
pub use stop::stop;

use medication::{parse_count, submit_med};

#[cfg(test)]
mod tests;
