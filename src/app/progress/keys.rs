//! The Progress tab's keys.

use ratatui_textarea::Key;

use super::ProgressAction as P;
use crate::app::action::{Action, Move};
use crate::app::keymap::{Binding, bind, k, named};
use crate::domain::assessment::Scale;

#[rustfmt::skip]
pub(crate) static KEYS: &[Binding] = &[
    bind!(Progress, [k('h'), named(Key::Left)], Action::Progress(P::PrevSection), "previous part", false),
    bind!(Progress, [k('l'), named(Key::Right)], Action::Progress(P::NextSection), "next part", true),
    bind!(Progress, [k('r')], Action::Progress(P::NextRange), "range 30/90/365/all", true),
    bind!(Progress, [k('j'), named(Key::Down)], Action::Move(Move::Down), "next measure", false),
    bind!(Progress, [k('k'), named(Key::Up)], Action::Move(Move::Up), "previous measure", false),
    bind!(Progress, [k('P')], Action::Progress(P::StartQuestionnaire(Scale::Phq9)), "PHQ-9", true),
    bind!(Progress, [k('G')], Action::Progress(P::StartQuestionnaire(Scale::Gad7)), "GAD-7", true),
    bind!(Progress, [k('[')], Action::Progress(P::PrevYear), "year before", false),
    bind!(Progress, [k(']')], Action::Progress(P::NextYear), "year after", false),
];
