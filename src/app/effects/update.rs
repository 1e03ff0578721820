//! Side-effect actions: the Side effects tab, and the check-in's one-key answers.

use crate::app::keymap::{Ctx, key};
use chrono::NaiveDate;

use crate::app::checkin::wizard::EffectToday;
use crate::app::{Action, App, Effect, EffectsAction, Move};
use crate::domain::MedId;

/// Applies the check-in's one-key answers that changed (each relative to the rating before
/// that day, so nothing compounds and no note written that day is dropped).
pub(crate) fn rate_side_effects(app: &mut App, date: NaiveDate, answers: &[(String, EffectToday)]) -> Vec<Effect> {
    if answers.is_empty() {
        return Vec::new();
    }
    if let Some(why) = app.locked(crate::app::FileId::SideEffects) {
        app.set_error(format!("Side effects were not updated. {why}"));
        return Vec::new();
    }
    let effects = app.effects.list.edit();
    for (id, answer) in answers {
        if let Some(e) = effects.iter_mut().find(|e| &e.id == id) {
            e.answer(date, *answer);
        }
    }
    vec![Effect::Save(crate::app::FileId::SideEffects)]
}

pub(crate) fn effects_action(app: &mut App, action: Action) {
    use crate::app::{EffectFilter, EffectSort};
    let count = app.effects.in_order().len();
    let v = &mut app.effects.view;
    match action {
        Action::Move(Move::Up) | Action::ScrollUp => v.selected = v.selected.saturating_sub(1),
        Action::Move(Move::Down) | Action::ScrollDown => v.selected = (v.selected + 1).min(count.saturating_sub(1)),
        Action::Effects(EffectsAction::CycleSort) => {
            v.sort = match v.sort {
                EffectSort::Onset => EffectSort::Severity,
                EffectSort::Severity => EffectSort::Medication,
                EffectSort::Medication => EffectSort::Onset,
            };
        }
        Action::Effects(EffectsAction::CycleFilter) => {
            v.filter = match v.filter {
                EffectFilter::All => EffectFilter::Ongoing,
                EffectFilter::Ongoing => EffectFilter::Resolved,
                EffectFilter::Resolved => EffectFilter::All,
            };
            v.selected = 0;
        }
        Action::Effects(EffectsAction::CycleMed) => {
            // All medications, then each one with side effects in turn.
            let mut ids: Vec<MedId> = app.meds.list.iter().map(|m| m.id.clone()).collect();
            ids.retain(|id| app.effects.list.iter().any(|e| e.meds.contains(id)));
            let next = match &v.med {
                None => ids.first().cloned(),
                Some(m) => ids.iter().position(|i| i == m).and_then(|p| ids.get(p + 1)).cloned(),
            };
            v.med = next;
            v.selected = 0;
        }
        Action::Effects(EffectsAction::Delete) => app.ask_delete_effect(),
        Action::Effects(which @ (EffectsAction::Rerate | EffectsAction::ResolveReopen)) => {
            if let Some(why) = app.locked(crate::app::FileId::SideEffects) {
                app.set_error(why);
                return;
            }
            let Some(e) = app.effects.selected() else {
                app.set_info(format!(
                    "No side effects logged. {} logs one.",
                    key(Ctx::Effects, &Action::Effects(EffectsAction::Log))
                ));
                return;
            };
            app.form = Some(match which {
                EffectsAction::Rerate => crate::app::effects::forms::rerate_form(e),
                _ => crate::app::effects::forms::status_form(e),
            });
        }
        _ => {}
    }
}
