//! The medication form read and saved: a new medication with its first plan, or an edit of
//! one (its schedule changes only through a dose change, so the history is kept).

use chrono::NaiveDate;

use super::{
    FORM, GAP, INSTRUCTIONS, MAX, NAME, PRESCRIBER, PURPOSE, SCHEDULE, START, STRENGTH, SUPPLY, TIMES, WARN, WITH,
    read_with_prescriber, save_meds,
};
use crate::app::form::{Field, Form, FormKind, MedForm};
use crate::app::{App, Effect};
use crate::domain::med_input::{parse_date, parse_max_per_day, parse_min_hours, parse_pattern, parse_slots};
use crate::domain::medication::{
    DoseChange, Form as MedicineForm, MedId, Medication, Pattern, Regimen, Supply, Unit, slug,
};

/// What the medication form says, read and checked (the schedule only for a new one).
struct Details {
    name: String,
    strength: f32,
    unit: Unit,
    form: MedicineForm,
    start: NaiveDate,
    supply: Option<Supply>,
    warn: u32,
    purpose: String,
    prescriber: String,
    instructions: String,
}

/// Reads the medication form (new or edit) and saves it. On any error the form stays open
/// with the messages at their fields and nothing is saved.
pub(super) fn submit_med(app: &mut App, form: &mut Form, today: NaiveDate) -> Option<Vec<Effect>> {
    let editing = match &form.kind {
        FormKind::Meds(MedForm::Edit(id)) => Some(id.clone()),
        _ => None,
    };
    let mut errors: Vec<(usize, String)> = Vec::new();
    let details = read_details(app, form, editing.as_ref(), today, &mut errors);
    // The schedule, and whether it was decided together, are asked of a new medication only.
    let plan = match (&editing, &details) {
        (None, Some(d)) => {
            let with = read_with_prescriber(&form.text(WITH)).map_err(|e| errors.push((form.at(WITH), e))).ok();
            let regimen = read_regimen(form, Some((d.strength, d.unit))).map_err(|mut e| errors.append(&mut e)).ok();
            regimen.zip(with)
        }
        (None, None) => {
            let _ = read_with_prescriber(&form.text(WITH)).map_err(|e| errors.push((form.at(WITH), e)));
            let strength = parse_strength(&form.text(STRENGTH)).ok();
            let _ = read_regimen(form, strength).map_err(|mut e| errors.append(&mut e));
            None
        }
        (Some(_), _) => None,
    };
    errors.sort_by_key(|e| e.0);
    if !form.show_errors(errors) {
        return None;
    }
    let details = details?;
    match editing {
        Some(id) => {
            let count_changed = form.fields.get(form.at(SUPPLY)).is_some_and(Field::is_changed);
            let m = app.meds.list.edit().iter_mut().find(|m| m.id == id)?;
            apply_edit(m, details, count_changed);
            app.set_info("Saved.");
        }
        None => {
            let (regimen, with_prescriber) = plan?;
            add(app, details, DoseChange { effective: today, regimen, reason: String::new(), with_prescriber });
            app.set_info("Medication added. Its doses show on Today.");
        }
    }
    Some(save_meds())
}

/// The fields every medication has, each checked; problems go to `errors` at their fields.
fn read_details(
    app: &App,
    form: &Form,
    editing: Option<&MedId>,
    today: NaiveDate,
    errors: &mut Vec<(usize, String)>,
) -> Option<Details> {
    let name = form.text(NAME);
    if name.is_empty() {
        errors.push((form.at(NAME), "give it a name".into()));
    } else if app.meds.list.iter().any(|m| Some(&m.id) != editing && m.name.eq_ignore_ascii_case(&name)) {
        errors
            .push((form.at(NAME), format!("you already have {name}; edit that one, or add the strength to the name")));
    }
    let strength = parse_strength(&form.text(STRENGTH)).map_err(|e| errors.push((form.at(STRENGTH), e))).ok();
    let med_form = MedicineForm::parse(&form.text(FORM));
    if med_form.is_none() {
        errors
            .push((form.at(FORM), "choose tablet, capsule, liquid, drops, inhaler, patch, injection or other".into()));
    }
    let start = parse_date(&form.text(START), today, today).map_err(|e| errors.push((form.at(START), e))).ok();
    let supply = parse_count(&form.text(SUPPLY)).map_err(|e| errors.push((form.at(SUPPLY), e))).ok();
    let warn = form
        .text(WARN)
        .parse::<u32>()
        .map_err(|_| errors.push((form.at(WARN), "a whole number of days, like 7".to_string())))
        .ok();
    let ((strength, unit), form_kind, start, supply, warn) = (strength?, med_form?, start?, supply?, warn?);
    if name.is_empty() {
        return None;
    }
    Some(Details {
        name,
        strength,
        unit,
        form: form_kind,
        start,
        supply: supply.map(|counted| Supply::counted_now(counted, app.now, warn)),
        warn,
        purpose: form.text(PURPOSE),
        prescriber: form.text(PRESCRIBER),
        instructions: form.text(INSTRUCTIONS),
    })
}

/// An edit: the plan's first step moves with the start date; a changed count is a new count
/// now (refills recorded so far are kept), otherwise the warning alone changes.
fn apply_edit(m: &mut Medication, d: Details, count_changed: bool) {
    let first_effective = m.changes.first().map(|c| c.effective);
    m.name = d.name;
    (m.strength, m.unit, m.form, m.start) = (d.strength, d.unit, d.form, d.start);
    (m.purpose, m.prescriber, m.instructions) = (d.purpose, d.prescriber, d.instructions);
    if let (Some(first), Some(c)) = (first_effective, m.changes.first_mut())
        && first > d.start
    {
        c.effective = d.start;
    }
    match (&mut m.supply, d.supply) {
        (Some(old), Some(_)) if !count_changed => old.warn_days = d.warn,
        (Some(old), Some(new)) => *old = Supply { refills: std::mem::take(&mut old.refills), ..new },
        (old, new) => *old = new,
    }
}

/// A new medication, starting on its plan, selected on the list.
fn add(app: &mut App, d: Details, first: DoseChange) {
    let taken: Vec<&str> = app.meds.list.iter().map(|m| m.id.as_str()).collect();
    let id = MedId::from(slug(&d.name, &taken));
    app.meds.list.edit().push(Medication {
        id: id.clone(),
        name: d.name,
        strength: d.strength,
        unit: d.unit,
        form: d.form,
        purpose: d.purpose,
        prescriber: d.prescriber,
        instructions: d.instructions,
        start: d.start,
        changes: vec![DoseChange { effective: d.start, ..first }],
        pauses: Vec::new(),
        supply: d.supply,
    });
    app.meds.view.selected = app.meds.in_order(app.today).iter().position(|i| app.meds.list[*i].id == id).unwrap_or(0);
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

pub(super) fn parse_count(text: &str) -> Result<Option<f32>, String> {
    let t = text.trim().replace(',', ".");
    if t.is_empty() {
        return Ok(None);
    }
    match t.parse::<f32>() {
        Ok(v) if v.is_finite() && v >= 0.0 => Ok(Some(v)),
        _ => Err(format!("“{t}” is not a count")),
    }
}
