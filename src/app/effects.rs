//! The side-effect slice: every side effect with its ratings (`side_effects.ron`) and the
//! tab's view (selection, sort, filter).

pub mod forms;
pub(crate) mod keys;
mod update;

pub(crate) use update::{effects_action, rate_side_effects};

use super::{Doc, EffectsView};
use crate::domain::side_effect::SideEffect;

#[derive(Default)]
pub struct EffectsState {
    pub list: Doc<Vec<SideEffect>>,
    pub view: EffectsView,
}
