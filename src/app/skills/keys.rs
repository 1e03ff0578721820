//! The Skills tab's keys, and those of an exercise running.

use ratatui_textarea::Key;

use crate::app::action::{Action, ExerciseAction, Move, SkillsAction};
use crate::app::keymap::{Binding, bind, k, named};

#[rustfmt::skip]
pub(crate) static KEYS: &[Binding] = &[
    bind!(Skills, [k('k'), named(Key::Up)], Action::Move(Move::Up), "previous card", false),
    bind!(Skills, [k('j'), named(Key::Down)], Action::Move(Move::Down), "next card", false),
    bind!(Skills, [k('h'), named(Key::Left)], Action::Skills(SkillsAction::PrevCategory), "previous category", false),
    bind!(Skills, [k('l'), named(Key::Right)], Action::Skills(SkillsAction::NextCategory), "next category", false),
    bind!(Skills, [named(Key::PageDown)], Action::Move(Move::PageDown), "scroll the card down", false),
    bind!(Skills, [named(Key::PageUp)], Action::Move(Move::PageUp), "scroll the card up", false),
    bind!(Skills, [named(Key::Enter)], Action::Skills(SkillsAction::Start), "start", true),
    bind!(Skills, [k('f')], Action::Skills(SkillsAction::Favourite), "favourite", true),
    bind!(Skills, [k('o')], Action::Skills(SkillsAction::CycleSort), "sort", false),
    bind!(Skills, [k('a')], Action::Skills(SkillsAction::AddCard), "add my own card", false),
    bind!(Skills, [k('e')], Action::Skills(SkillsAction::EditCard), "edit my card", false),
    bind!(Skills, [k('C')], Action::Skills(SkillsAction::CopyCard), "copy to edit", false),
    bind!(Skills, [named(Key::Esc)], Action::Close, "all cards", false),
    bind!(Exercise, [k(' ')], Action::Exercise(ExerciseAction::TogglePause), "pause / resume", true),
    bind!(Exercise, [k('n')], Action::Exercise(ExerciseAction::NextStep), "next step", false),
    bind!(Exercise, [k('p')], Action::Exercise(ExerciseAction::PrevStep), "previous step", false),
    bind!(Exercise, [named(Key::Enter), named(Key::Esc)], Action::Exercise(ExerciseAction::End), "end", true),
    bind!(Exercise, [k('!')], Action::Crisis, "crisis lines", true),
    bind!(Exercise, [k('+'), k('=')], Action::Exercise(ExerciseAction::Longer), "a minute longer", false),
    bind!(Exercise, [k('-')], Action::Exercise(ExerciseAction::Shorter), "a minute shorter", false),
    bind!(Exercise, [k(']')], Action::Exercise(ExerciseAction::NextPattern), "next breathing pattern", false),
    bind!(Exercise, [k('[')], Action::Exercise(ExerciseAction::PrevPattern), "previous breathing pattern", false),
];
