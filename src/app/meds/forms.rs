//! The medication forms: what each asks, pre-filled, and how its answers become records.
//! tend records dose changes as decided with the prescriber; it never proposes one.

use crate::app::keymap::{Ctx, key};
use chrono::NaiveDate;

use crate::app::form::{Field, Form, FormKind, MedForm};
use crate::app::{App, Effect};
use crate::domain::med_input::{
    parse_date, parse_max_per_day, parse_min_hours, parse_pattern, parse_prn_steps, parse_slots, parse_steps,
    prn_step_text, step_text,
};
use crate::domain::medication::{
    DoseChange, Form as MedicineForm, MedId, Medication, Pattern, Refill, Regimen, Supply, Unit, fmt_num, slug,
};

// The medication form's fields, by name.
const NAME: &str = "Name";
const STRENGTH: &str = "Strength";
const FORM: &str = "Form";
const SCHEDULE: &str = "Schedule";
const TIMES: &str = "Times and amounts";
const MAX: &str = "Most per day";
const GAP: &str = "Hours between";
const START: &str = "Start date";
const PURPOSE: &str = "What it is for";
const PRESCRIBER: &str = "Prescribed by";
const INSTRUCTIONS: &str = "Instructions";
const SUPPLY: &str = "On hand";
const WARN: &str = "Refill warning";
const WITH: &str = "With prescriber";
// The dose-change form's.
const STEPS: &str = "Steps";
const REASON: &str = "Reason";

/// "Decided with your prescriber?" is asked with no answer filled in: a change made on one's
/// own is recorded as honestly as one made together.
fn with_prescriber_field() -> Field {
    Field::new(WITH, "was this decided with your prescriber? yes or no", "")
}

fn read_with_prescriber(text: &str) -> Result<bool, String> {
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
        Field::new(MAX, "as needed only; leave empty if none was given", ""),
        Field::new(GAP, "as needed only; leave empty if none was given", ""),
        Field::new(START, "2026-11-01, today, yesterday", &today.to_string()),
        Field::new(PURPOSE, "optional", ""),
        Field::new(PRESCRIBER, "optional", ""),
        Field::new(INSTRUCTIONS, "optional: e.g. with food", ""),
        Field::new(SUPPLY, "optional: how many tablets (or ml) you have now", ""),
        Field::new(WARN, "days of supply left when Today says refill soon", "7"),
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
            *field = Field::new(label, field.hint.clone(), &v);
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
        vec![Field::new("Received", format!("how many {unit}"), "")],
    )
}

fn parse_strength(text: &str) -> Result<(f32, Unit), String> {
    let t = text.trim().to_lowercase().replace(',', ".");
    let split = t.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    let value: f32 = num.trim().parse().map_err(|_| "write the strength like 50 mg".to_string())?;
    if !value.is_finite() || value <= 0.0 {
        return Err("the strength must be more than zero".into());
    }
    if unit.trim().is_empty() {
        return Err("add the unit: mg, mcg, g, ml, IU, drops, puffs or other".into());
    }
    let unit = Unit::parse(unit)
        .ok_or_else(|| format!("“{}” is not a unit: mg, mcg, g, ml, IU, drops, puffs or other", unit.trim()))?;
    Ok((value, unit))
}

fn parse_count(text: &str) -> Result<Option<f32>, String> {
    let t = text.trim().replace(',', ".");
    if t.is_empty() {
        return Ok(None);
    }
    match t.parse::<f32>() {
        Ok(v) if v.is_finite() && v >= 0.0 => Ok(Some(v)),
        _ => Err(format!("“{t}” is not a count")),
    }
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
            Some(save_meds(app))
        }
    }
}

pub(super) fn save_meds(app: &mut App) -> Vec<Effect> {
    app.meds.list.edit();
    vec![Effect::Save(crate::app::FileId::Medications)]
}

fn submit_med(app: &mut App, form: &mut Form, today: NaiveDate) -> Option<Vec<Effect>> {
    let editing = match &form.kind {
        FormKind::Meds(MedForm::Edit(id)) => Some(id.clone()),
        _ => None,
    };
    let mut errors: Vec<(usize, String)> = Vec::new();
    let name = form.text(NAME);
    if name.is_empty() {
        errors.push((form.at(NAME), "give it a name".into()));
    } else if app.meds.list.iter().any(|m| Some(&m.id) != editing.as_ref() && m.name.eq_ignore_ascii_case(&name)) {
        errors
            .push((form.at(NAME), format!("you already have {name}; edit that one, or add the strength to the name")));
    }
    let strength = parse_strength(&form.text(STRENGTH));
    if let Err(e) = &strength {
        errors.push((form.at(STRENGTH), e.clone()));
    }
    let med_form = MedicineForm::parse(&form.text(FORM));
    if med_form.is_none() {
        errors
            .push((form.at(FORM), "choose tablet, capsule, liquid, drops, inhaler, patch, injection or other".into()));
    }
    let start = parse_date(&form.text(START), today, today);
    if let Err(e) = &start {
        errors.push((form.at(START), e.clone()));
    }
    let supply = parse_count(&form.text(SUPPLY));
    if let Err(e) = &supply {
        errors.push((form.at(SUPPLY), e.clone()));
    }
    let warn = form.text(WARN).parse::<u32>().map_err(|_| "a whole number of days, like 7".to_string());
    if let Err(e) = &warn {
        errors.push((form.at(WARN), e.clone()));
    }
    let with_prescriber = if editing.is_none() {
        read_with_prescriber(&form.text(WITH)).map_err(|e| errors.push((form.at(WITH), e))).ok()
    } else {
        Some(true)
    };
    let regimen = if editing.is_none() {
        match read_regimen(form, strength.as_ref().ok().copied()) {
            Ok(r) => Some(r),
            Err(mut e) => {
                errors.append(&mut e);
                None
            }
        }
    } else {
        None
    };
    errors.sort_by_key(|e| e.0);
    if !form.show_errors(errors) {
        return None;
    }
    let ((strength, unit), med_form, start, supply, warn) =
        (strength.ok()?, med_form?, start.ok()?, supply.ok()?, warn.ok()?);
    let count_changed = form.fields.get(form.at(SUPPLY)).is_some_and(Field::is_changed);
    let supply = supply.map(|counted| Supply::counted_now(counted, app.now, warn));
    let (purpose, prescriber, instructions) = (form.text(PURPOSE), form.text(PRESCRIBER), form.text(INSTRUCTIONS));
    match editing {
        Some(id) => {
            let m = app.meds.list.edit().iter_mut().find(|m| m.id == id)?;
            let first_effective = m.changes.first().map(|c| c.effective);
            m.name = name;
            (m.strength, m.unit, m.form, m.start) = (strength, unit, med_form, start);
            (m.purpose, m.prescriber, m.instructions) = (purpose, prescriber, instructions);
            // The starting plan moves with the start date.
            if let (Some(first), Some(c)) = (first_effective, m.changes.first_mut())
                && first > start
            {
                c.effective = start;
            }
            // A changed count is a new count now (refills recorded so far are kept); otherwise
            // the warning alone changes.
            match (&mut m.supply, supply) {
                (Some(old), Some(_)) if !count_changed => old.warn_days = warn,
                (Some(old), Some(new)) => *old = Supply { refills: std::mem::take(&mut old.refills), ..new },
                (old, new) => *old = new,
            }
            app.set_info("Saved.");
        }
        None => {
            let taken: Vec<&str> = app.meds.list.iter().map(|m| m.id.as_str()).collect();
            let id = MedId::from(slug(&name, &taken));
            let change = DoseChange {
                effective: start,
                regimen: regimen?,
                reason: String::new(),
                with_prescriber: with_prescriber?,
            };
            app.meds.list.edit().push(Medication {
                id: id.clone(),
                name,
                strength,
                unit,
                form: med_form,
                purpose,
                prescriber,
                instructions,
                start,
                changes: vec![change],
                pauses: Vec::new(),
                supply,
            });
            app.meds.view.selected =
                app.meds.in_order(app.today).iter().position(|i| app.meds.list[*i].id == id).unwrap_or(0);
            app.set_info("Medication added. Its doses show on Today.");
        }
    }
    Some(save_meds(app))
}

fn read_regimen(form: &Form, strength: Option<(f32, Unit)>) -> Result<Regimen, Vec<(usize, String)>> {
    let mut errors = Vec::new();
    let (s, unit) = strength.unwrap_or((1.0, Unit::Other));
    let pattern = parse_pattern(&form.text(SCHEDULE)).map_err(|e| errors.push((form.at(SCHEDULE), e))).ok();
    let prn = pattern.as_ref().is_some_and(Pattern::is_prn);
    let times = form.text(TIMES);
    // For "as needed" a bare amount is enough: it is the usual dose, not a time.
    let times = if prn && !times.contains(':') { format!("00:00 {times}") } else { times };
    let doses = parse_slots(&times, s, unit.label()).map_err(|e| errors.push((form.at(TIMES), e))).ok();
    let max = parse_max_per_day(&form.text(MAX)).map_err(|e| errors.push((form.at(MAX), e))).ok().flatten();
    let gap = parse_min_hours(&form.text(GAP)).map_err(|e| errors.push((form.at(GAP), e))).ok().flatten();
    if !prn && (max.is_some() || gap.is_some()) {
        errors.push((form.at(MAX), "limits are for “as needed” medication; leave these empty".into()));
    }
    match (pattern, doses) {
        (Some(p), Some(d)) if errors.is_empty() => {
            let pattern = if p.is_prn() { Pattern::AsNeeded { max_per_day: max, min_hours: gap } } else { p };
            Ok(Regimen { pattern, doses: d })
        }
        _ => Err(errors),
    }
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
    Some(save_meds(app))
}

pub mod dose_forms;
mod stop;
pub use stop::stop;

#[cfg(test)]
mod tests;
