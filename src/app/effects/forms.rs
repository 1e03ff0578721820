//! Side-effect forms: log one (name, suspected medication, onset, three ratings, note),
//! re-rate it, resolve it, reopen it. Every problem is shown at its field; nothing typed is lost.

use crate::app::keymap::{Ctx, key};
use crate::app::{Action, EffectsAction};
use chrono::NaiveDate;

use crate::app::form::{EffectForm, Field, Form, FormKind};
use crate::app::{App, Effect};
use crate::domain::med_input::parse_date;
use crate::domain::medication::{MedId, slug};
use crate::domain::side_effect::{COMMON, IN_THE_WAY, OFTEN, Rating, STRONG, SideEffect, StatusChange};

fn scale_hint(words: &[&str; 4]) -> String {
    words.iter().enumerate().map(|(i, w)| format!("{i} {w}")).collect::<Vec<_>>().join(" · ")
}

fn rating_fields(r: Option<&Rating>) -> Vec<Field> {
    let v = |f: fn(&Rating) -> u8| r.map(|r| f(r).to_string()).unwrap_or_default();
    vec![
        Field::new("How often", scale_hint(&OFTEN), &v(|r| r.often)).numeric(),
        Field::new("How strong", scale_hint(&STRONG), &v(|r| r.strong)).numeric(),
        Field::new("Gets in the way", scale_hint(&IN_THE_WAY), &v(|r| r.in_the_way)).numeric(),
        Field::new("Note", "optional", ""),
    ]
}

fn log_form(app: &App) -> Form {
    let active: Vec<String> =
        app.meds.list.iter().filter(|m| !m.is_stopped(app.today)).map(|m| m.name.to_lowercase()).collect();
    let suggestion = if active.len() == 1 { active[0].clone() } else { "not sure".to_string() };
    let mut fields = vec![
        Field::new("Side effect", "a number from the list above, or your own words", ""),
        Field::new(
            "Medication",
            format!(
                "which you suspect: {}; or not sure",
                if active.is_empty() { "none yet".into() } else { active.join(", ") }
            ),
            &suggestion,
        ),
        Field::new("Began", "today, yesterday, -3 (three days ago) or 2026-11-20", "today"),
    ];
    fields.extend(rating_fields(None));
    let mut f = Form::new("Log a side effect", FormKind::Effects(EffectForm::Log), fields);
    let common: Vec<String> = COMMON.iter().enumerate().map(|(i, c)| format!("{} {c}", i + 1)).collect();
    f.note = Some(format!(
        "Common with SSRIs (NHS): {}. Noted before a medication starts? Log it anyway: it becomes a baseline.",
        common.join(" · ")
    ));
    f
}

pub fn rerate_form(e: &SideEffect) -> Form {
    Form::new(
        format!("How is the {} now?", e.name),
        FormKind::Effects(EffectForm::Rerate(e.id.clone())),
        rating_fields(e.latest()),
    )
}

pub fn status_form(e: &SideEffect) -> Form {
    let (kind, title, hint) = if e.is_ongoing() {
        (
            FormKind::Effects(EffectForm::Resolve(e.id.clone())),
            format!("{} has gone", e.name),
            "the day it went: today, yesterday or a date",
        )
    } else {
        (FormKind::Effects(EffectForm::Reopen(e.id.clone())), format!("{} is back", e.name), "the day it came back")
    };
    Form::new(title, kind, vec![Field::new("Date", hint, "today")])
}

/// Reads a 0–3 answer; empty is refused so every rating is complete.
fn scale(text: &str, what: &str) -> Result<u8, String> {
    match text.trim().parse::<u8>() {
        Ok(n) if n <= 3 => Ok(n),
        _ if text.trim().is_empty() => Err(format!("{what}: type 0, 1, 2 or 3")),
        _ => Err(format!("“{}” is not 0 to 3", text.trim())),
    }
}

/// Ratings from the last four fields starting at `first`.
fn read_rating(form: &Form, first: usize, date: NaiveDate, errors: &mut Vec<(usize, String)>) -> Option<Rating> {
    let often = scale(&form.value(first), "how often").map_err(|e| errors.push((first, e))).ok();
    let strong = scale(&form.value(first + 1), "how strong").map_err(|e| errors.push((first + 1, e))).ok();
    let way = scale(&form.value(first + 2), "gets in the way").map_err(|e| errors.push((first + 2, e))).ok();
    Some(Rating { date, often: often?, strong: strong?, in_the_way: way?, note: form.value(first + 3) })
}

/// The form to log a side effect, unless `side_effects.ron` could not be read: then it is
/// read-only until fixed, and saying so now spares filling in a form that cannot be saved.
pub fn open_log_form(app: &mut App) {
    match app.locked(crate::app::FileId::SideEffects) {
        Some(why) => app.set_error(why),
        None => app.form = Some(log_form(app)),
    }
}

/// The side effects changed (through `edit`) are owed to disk.
fn save() -> Vec<Effect> {
    vec![Effect::Save(crate::app::FileId::SideEffects)]
}

pub fn submit(app: &mut App, form: &mut Form, kind: EffectForm) -> Option<Vec<Effect>> {
    match kind {
        EffectForm::Log => submit_log(app, form),
        EffectForm::Rerate(id) => submit_rerate(app, form, &id),
        EffectForm::Resolve(id) => submit_status(app, form, &id, true),
        EffectForm::Reopen(id) => submit_status(app, form, &id, false),
    }
}

/// A new side effect: what it is (a number picks from the common list), which medications,
/// since when, and the first rating.
fn submit_log(app: &mut App, form: &mut Form) -> Option<Vec<Effect>> {
    let today = app.today;
    let mut errors = Vec::new();
    // A number picks from the common list; anything else is the person's own words.
    let typed = form.value(0).to_lowercase();
    let name = match typed.parse::<usize>() {
        Ok(n) if (1..=COMMON.len()).contains(&n) => COMMON[n - 1].to_string(),
        Ok(_) => {
            errors.push((0, format!("the list goes from 1 to {}", COMMON.len())));
            typed
        }
        Err(_) => typed,
    };
    if name.is_empty() {
        errors.push((0, "what is it? e.g. nausea".into()));
    }
    let meds = read_meds(app, &form.value(1)).map_err(|e| errors.push((1, e))).ok();
    let onset = match parse_date(&form.value(2), today, today) {
        Ok(d) if d > today => {
            errors.push((2, "that day is still ahead".into()));
            None
        }
        Ok(d) => Some(d),
        Err(e) => {
            errors.push((2, e));
            None
        }
    };
    let rating = read_rating(form, 3, onset.unwrap_or(today), &mut errors);
    if !form.show_errors(errors) {
        return None;
    }
    let taken: Vec<&str> = app.effects.list.iter().map(|e| e.id.as_str()).collect();
    let id = slug(&name, &taken);
    let onset = onset?;
    app.effects.list.edit().push(SideEffect {
        id,
        name: name.clone(),
        meds: meds?,
        onset,
        ratings: vec![rating?],
        changes: Vec::new(),
    });
    let (rerate, gone) = (effects_key(EffectsAction::Rerate), effects_key(EffectsAction::ResolveReopen));
    app.set_info(format!("Logged: {name}. {rerate} re-rates it later; {gone} marks it gone."));
    Some(save())
}

/// Today's rating of a side effect, in place of one already given today.
fn submit_rerate(app: &mut App, form: &mut Form, id: &str) -> Option<Vec<Effect>> {
    let mut errors = Vec::new();
    let rating = read_rating(form, 0, app.today, &mut errors);
    if !form.show_errors(errors) {
        return None;
    }
    let today = app.today;
    let e = app.effects.list.edit().iter_mut().find(|e| e.id == id)?;
    e.ratings.retain(|r| r.date != today);
    e.ratings.push(rating?);
    e.ratings.sort_by_key(|r| r.date);
    app.set_info("Rating saved.");
    Some(save())
}

/// Marks a side effect gone (`resolved`) or back again, on a day no earlier than its last change.
fn submit_status(app: &mut App, form: &mut Form, id: &str, resolved: bool) -> Option<Vec<Effect>> {
    let today = app.today;
    let e = app.effects.list.iter().find(|e| e.id == id)?;
    let last = e.changes.last().map_or(e.onset, |c| c.date);
    let date = match parse_date(&form.value(0), today, today) {
        Ok(d) if d > today => Err("that day is still ahead".to_string()),
        Ok(d) if d < last => Err(format!(
            "that is before {} ({last})",
            if e.changes.is_empty() { "it began" } else { "its last change" }
        )),
        other => other,
    };
    let date = match date {
        Ok(d) => d,
        Err(e) => return form.show_errors(vec![(0, e)]).then(Vec::new),
    };
    let e = app.effects.list.edit().iter_mut().find(|e| e.id == id)?;
    e.changes.push(StatusChange { date, resolved });
    let name = e.name.clone();
    app.set_info(if resolved {
        format!("{name}: marked gone.")
    } else {
        format!("{name}: back again; {} to rate it.", effects_key(EffectsAction::Rerate))
    });
    Some(save())
}

/// The key that does `action` on the Side effects tab, for a message.
fn effects_key(action: EffectsAction) -> String {
    key(Ctx::Effects, &Action::Effects(action))
}

/// "sertraline, propranolol" or "not sure" (empty) into medication ids.
fn read_meds(app: &App, text: &str) -> Result<Vec<MedId>, String> {
    let t = text.trim().to_lowercase();
    if t.is_empty() || t == "not sure" || t == "unsure" || t == "?" {
        return Ok(Vec::new());
    }
    let mut ids = Vec::new();
    for part in t.split([',', ';']).map(str::trim).filter(|p| !p.is_empty()) {
        let m = app
            .meds
            .list
            .iter()
            .find(|m| m.name.to_lowercase() == part || m.id == part)
            .or_else(|| app.meds.list.iter().find(|m| m.name.to_lowercase().starts_with(part)))
            .ok_or_else(|| format!("no medication called “{part}”; write its name or not sure"))?;
        if !ids.contains(&m.id) {
            ids.push(m.id.clone());
        }
    }
    Ok(ids)
}

#[cfg(test)]
mod tests;
