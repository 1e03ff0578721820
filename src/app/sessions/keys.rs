//! The keys of appointments and questions.

use ratatui_textarea::Key;

use super::SessionsAction as S;
use crate::app::action::Action;
use crate::app::keymap::{Binding, bind, k, named};

#[rustfmt::skip]
pub(crate) static KEYS: &[Binding] = &[
    bind!(Global, [k('Q')], Action::Sessions(S::AddQuestion), "a question for the next appointment", false),
    bind!(Progress, [k('s')], Action::Sessions(S::LogSession), "log an appointment", false),
    bind!(Appointments, [k(' ')], Action::Sessions(S::Tick), "tick off as asked", true),
    bind!(Appointments, [k('e')], Action::Sessions(S::Edit), "edit", false),
    bind!(Appointments, [k('d')], Action::Sessions(S::Delete), "delete", false),
    bind!(Appointments, [named(Key::Enter)], Action::Sessions(S::OpenCard), "open the homework's skill card", false),
];
