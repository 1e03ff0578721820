//! Keys in the open form, and its submit: each kind of form is read by its own feature.

use super::super::form::FormKind;
use super::super::{Action, App, Confirm, Effect, FormAction, Overlay, effects, meds, safety_plan, skills};

pub(super) fn form_action(app: &mut App, action: Action) -> Vec<Effect> {
    let Some(form) = app.form.as_mut() else { return Vec::new() };
    match action {
        Action::Form(FormAction::NextField) => form.next(),
        Action::Form(FormAction::PrevField) => form.prev(),
        // Enter saves from a one-line prompt, and from the last field of a form.
        Action::Form(FormAction::Enter) if form.is_prompt() || form.on_last_line_field() => return save_form(app),
        Action::Form(FormAction::Enter) => form.enter(),
        Action::Form(FormAction::Save) => return save_form(app),
        Action::Text(input) => form.type_key(input),
        Action::Paste(text) => form.paste(&text),
        Action::Close => {
            if form.has_changes() {
                app.overlay = Some(Overlay::Confirm(Confirm::CancelForm));
            } else {
                app.form = None;
            }
        }
        _ => {}
    }
    Vec::new()
}

fn save_form(app: &mut App) -> Vec<Effect> {
    let Some(mut form) = app.form.take() else { return Vec::new() };
    match submit(app, &mut form) {
        // A form may open the next one itself (a practice's answers, then its after-rating).
        Some(effects) => effects,
        None => {
            app.form = Some(form);
            Vec::new()
        }
    }
}

/// Reads the form and applies it, by the feature it belongs to. On any error the form stays
/// open with the messages at their fields and nothing is saved.
fn submit(app: &mut App, form: &mut super::super::Form) -> Option<Vec<Effect>> {
    match form.kind.clone() {
        FormKind::Meds(kind) => meds::forms::submit(app, form, kind),
        FormKind::Dose(kind) => meds::forms::dose_forms::submit(app, form, kind),
        FormKind::Effects(kind) => effects::forms::submit(app, form, kind),
        FormKind::SafetyPlan => Some(safety_plan::submit(app, form)),
        FormKind::Skills(kind) => skills::submit(app, form, kind),
        FormKind::Sessions(kind) => crate::app::sessions::submit(app, form, kind),
    }
}
