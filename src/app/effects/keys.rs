//! The Side effects tab's keys.

use ratatui_textarea::Key;

use crate::app::action::{Action, EffectsAction, Move};
use crate::app::keymap::{Binding, bind, k, named};

#[rustfmt::skip]
pub(crate) static KEYS: &[Binding] = &[
    bind!(Effects, [k('k'), named(Key::Up)], Action::Move(Move::Up), "previous", false),
    bind!(Effects, [k('j'), named(Key::Down)], Action::Move(Move::Down), "next", false),
    bind!(Effects, [k('a')], Action::Effects(EffectsAction::Log), "log", true),
    bind!(Effects, [k('r')], Action::Effects(EffectsAction::Rerate), "re-rate", true),
    bind!(Effects, [k('x')], Action::Effects(EffectsAction::ResolveReopen), "gone / back", true),
    bind!(Effects, [k('s')], Action::Effects(EffectsAction::CycleSort), "sort", false),
    bind!(Effects, [k('f')], Action::Effects(EffectsAction::CycleFilter), "filter", true),
    bind!(Effects, [k('m')], Action::Effects(EffectsAction::CycleMed), "medication", false),
    bind!(Effects, [k('D')], Action::Effects(EffectsAction::Delete), "delete (asks first)", false),
];
