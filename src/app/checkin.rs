//! The check-in slice: the questions being answered, one a screen.

use super::Wizard;

#[derive(Default)]
pub struct CheckInState {
    /// The check-in in progress.
    pub wizard: Option<Wizard>,
}
