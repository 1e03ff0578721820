//! The safety plan slice: the person's own plan for hard moments (`safety_plan.ron`), shown
//! with the crisis lines, and the form it is written in.

use super::form::{Field, Form, FormKind};
use super::{Action, FormAction};
use super::{App, Effect, FileId};
use crate::app::keymap::{Ctx, key};
use crate::domain::safety_plan::{SECTIONS, SHORT, SafetyPlan};

/// The safety plan, one multi-line field a section (Stanley & Brown's structure).
pub fn safety_plan_form(plan: &SafetyPlan) -> Form {
    let next = Action::Form(FormAction::NextField);
    let fields = SHORT
        .iter()
        .zip(SECTIONS)
        .zip(plan.sections())
        .map(|((label, heading), text)| {
            Field::new(*label, format!("{heading}. {}: next part", key(Ctx::Form, &next)), text).multiline()
        })
        .collect();
    let mut f = Form::new("My safety plan", FormKind::SafetyPlan, fields);
    f.note = Some(
        "For when things get hard. Write it with your therapist if you can; it is yours to change any time.".into(),
    );
    f
}

/// Saves the plan as written.
pub fn submit(app: &mut App, form: &Form) -> Vec<Effect> {
    let plan = app.plan.edit();
    for i in 0..SECTIONS.len() {
        plan.set(i, form.value(i));
    }
    app.set_info(format!(
        "Safety plan saved. {} shows it with the crisis lines from any screen.",
        key(Ctx::Global, &Action::Crisis)
    ));
    vec![Effect::Save(FileId::SafetyPlan)]
}
