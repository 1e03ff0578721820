//! The side-effect slice: every side effect with its ratings (`side_effects.ron`) and the
//! tab's view (selection, sort, filter).

pub mod forms;
pub(crate) mod keys;
mod update;

pub(crate) use update::{effects_action, rate_side_effects};

use super::{Doc, EffectFilter, EffectSort, EffectsView};
use crate::domain::medication::MedId;
use crate::domain::side_effect::SideEffect;

#[derive(Default)]
pub struct EffectsState {
    pub list: Doc<Vec<SideEffect>>,
    pub view: EffectsView,
}

impl EffectsState {
    /// Side effects as the list shows them: filtered, then sorted (indices into `effects`).
    pub fn in_order(&self) -> Vec<usize> {
        let v = &self.view;
        let mut idx: Vec<usize> = (0..self.list.len())
            .filter(|i| {
                let e = &self.list[*i];
                let status = match v.filter {
                    EffectFilter::All => true,
                    EffectFilter::Ongoing => e.is_ongoing(),
                    EffectFilter::Resolved => !e.is_ongoing(),
                };
                status && v.med.as_ref().is_none_or(|m| e.meds.contains(m))
            })
            .collect();
        let level = |i: &usize| self.list[*i].latest().map_or(0, |r| r.level());
        match v.sort {
            EffectSort::Onset => idx.sort_by_key(|i| std::cmp::Reverse(self.list[*i].onset)),
            EffectSort::Severity => {
                idx.sort_by_key(|i| (std::cmp::Reverse(level(i)), std::cmp::Reverse(self.list[*i].onset)))
            }
            EffectSort::Medication => {
                idx.sort_by_key(|i| (self.list[*i].meds.first().map_or("", MedId::as_str), self.list[*i].onset))
            }
        }
        idx
    }

    /// The side effect selected on its tab: the last one listed when the list has shrunk
    /// under the selection (after a filter or a change), as the screen shows it.
    pub fn selected(&self) -> Option<&SideEffect> {
        let order = self.in_order();
        order.get(self.view.selected.min(order.len().saturating_sub(1))).and_then(|i| self.list.get(*i))
    }
}
