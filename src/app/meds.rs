//! The medication slice: the medications (`medications.ron`), the Meds tab's view, and the
//! dose selected on Today.

mod dose;
pub mod doses;
pub mod forms;
pub(crate) mod keys;
mod update;

pub(crate) use update::{meds_action, today_action};

use chrono::NaiveDate;

use super::{Doc, MedsView, TodayView};
use crate::domain::medication::Medication;

#[derive(Default)]
pub struct MedsState {
    pub list: Doc<Vec<Medication>>,
    pub view: MedsView,
    /// The dose row selected on Today.
    pub today_view: TodayView,
}

impl MedsState {
    /// Medications as listed: active ones by name, then stopped ones.
    pub fn in_order(&self, today: NaiveDate) -> Vec<usize> {
        let mut idx: Vec<usize> = (0..self.list.len()).collect();
        idx.sort_by_key(|i| (self.list[*i].is_stopped(today), self.list[*i].name.to_lowercase()));
        idx
    }

    /// The medication selected on the Meds tab.
    pub fn selected(&self, today: NaiveDate) -> Option<&Medication> {
        let order = self.in_order(today);
        order.get(self.view.selected.min(order.len().saturating_sub(1))).and_then(|i| self.list.get(*i))
    }

    pub fn get(&self, id: &str) -> Option<&Medication> {
        self.list.iter().find(|m| m.id == id)
    }
}
