//! The check-in's keys.

use ratatui_textarea::Key;

use crate::app::action::{Action, CheckInAction, EffectsAction};
use crate::app::keymap::{BACKTAB, Binding, bind, ctrl, k, named};
use crate::domain::side_effect::EffectToday;

#[rustfmt::skip]
pub(crate) static KEYS: &[Binding] = &[
    bind!(Wizard, [named(Key::Enter)], Action::CheckIn(CheckInAction::Answer), "answer / skip", true),
    bind!(Wizard, [ctrl('s')], Action::CheckIn(CheckInAction::Save), "save", true),
    bind!(Wizard, [named(Key::Esc)], Action::Close, "cancel", true),
    bind!(Wizard, [named(Key::Backspace)], Action::CheckIn(CheckInAction::Back), "back", true),
    bind!(Wizard, [BACKTAB], Action::CheckIn(CheckInAction::Previous), "previous question", false),
    bind!(Wizard, [named(Key::Up)], Action::CheckIn(CheckInAction::Up), "previous question (or line, or side effect)", false),
    bind!(Wizard, [named(Key::Left)], Action::CheckIn(CheckInAction::Less), "less", false),
    bind!(Wizard, [named(Key::Right)], Action::CheckIn(CheckInAction::More), "more", false),
    bind!(Wizard, [k('!')], Action::Crisis, "crisis lines", true),
    bind!(Wizard, [ctrl('g')], Action::Crisis, "crisis lines", false),
    bind!(Wizard, [ctrl('c')], Action::Quit, "quit", false),
    // The side effects asked about in the check-in: one key each.
    bind!(CheckInEffects, [k('s'), k('=')], Action::CheckIn(CheckInAction::RateEffect(EffectToday::Same)), "same", false),
    bind!(CheckInEffects, [k('b'), k('-')], Action::CheckIn(CheckInAction::RateEffect(EffectToday::Better)), "better", false),
    bind!(CheckInEffects, [k('w'), k('+')], Action::CheckIn(CheckInAction::RateEffect(EffectToday::Worse)), "worse", false),
    bind!(CheckInEffects, [k('g')], Action::CheckIn(CheckInAction::RateEffect(EffectToday::Gone)), "gone (again: undo)", false),
    bind!(CheckInEffects, [k('j'), named(Key::Down)], Action::CheckIn(CheckInAction::Down), "next side effect", false),
    bind!(CheckInEffects, [k('k')], Action::CheckIn(CheckInAction::Up), "previous side effect", false),
    bind!(CheckInEffects, [k('a')], Action::Effects(EffectsAction::Log), "log a new one", false),
];
