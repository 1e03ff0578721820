//! The check-in slice: the questions being answered, one a screen.

pub(crate) mod keys;
pub(crate) mod update;
pub mod wizard;

use super::Wizard;

#[derive(Default)]
pub struct CheckInState {
    /// The check-in in progress.
    pub wizard: Option<Wizard>,
}
