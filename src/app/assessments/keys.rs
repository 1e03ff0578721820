//! The keys of a questionnaire on screen.

use ratatui_textarea::Key;

use super::QuestionnaireAction as Q;
use crate::app::action::Action;
use crate::app::keymap::{Binding, bind, ctrl, k, named};

#[rustfmt::skip]
pub(crate) static KEYS: &[Binding] = &[
    bind!(Questionnaire, [k('0')], Action::Questionnaire(Q::Answer(0)), "not at all", false),
    bind!(Questionnaire, [k('1')], Action::Questionnaire(Q::Answer(1)), "several days", false),
    bind!(Questionnaire, [k('2')], Action::Questionnaire(Q::Answer(2)), "more than half the days", false),
    bind!(Questionnaire, [k('3')], Action::Questionnaire(Q::Answer(3)), "nearly every day", false),
    bind!(Questionnaire, [named(Key::Enter), named(Key::Down)], Action::Questionnaire(Q::Next), "next / done", false),
    bind!(Questionnaire, [named(Key::Backspace), named(Key::Up)], Action::Questionnaire(Q::Back), "back a question", true),
    bind!(Questionnaire, [named(Key::Esc)], Action::Questionnaire(Q::Leave), "leave", true),
    bind!(Questionnaire, [k('!'), ctrl('g')], Action::Crisis, "crisis lines", true),
    bind!(Questionnaire, [k('?')], Action::Help, "help", false),
    bind!(Today, [k('x')], Action::DismissNote, "put the questionnaire note away", false),
];
