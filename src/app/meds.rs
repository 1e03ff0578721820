//! The medication slice: the medications (`medications.ron`), the Meds tab's view, and the
//! dose selected on Today.

pub mod doses;
pub mod forms;
pub(crate) mod keys;
mod update;

pub(crate) use update::{meds_action, today_action};

use super::{Doc, MedsView, TodayView};
use crate::domain::medication::Medication;

#[derive(Default)]
pub struct MedsState {
    pub list: Doc<Vec<Medication>>,
    pub view: MedsView,
    /// The dose row selected on Today.
    pub today_view: TodayView,
}
