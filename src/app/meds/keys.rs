//! Medication keys: Today's doses, the Meds tab, its day log and dose history.

use ratatui_textarea::Key;

use crate::app::action::{Action, DoseAction, MedsAction, Move};
use crate::app::keymap::{Binding, bind, k, named};

#[rustfmt::skip]
pub(crate) static KEYS: &[Binding] = &[
    bind!(Today, [k('k'), named(Key::Up)], Action::Move(Move::Up), "previous dose", false),
    bind!(Today, [k('j'), named(Key::Down)], Action::Move(Move::Down), "next dose", false),
    bind!(Today, [k(' ')], Action::Dose(DoseAction::Take), "taken", true),
    bind!(Today, [k('s')], Action::Dose(DoseAction::Skip), "skip", true),
    bind!(Today, [k('t')], Action::Dose(DoseAction::FixTime), "correct the time", false),
    bind!(Today, [k('a')], Action::Dose(DoseAction::FixAmount), "amount taken", false),
    bind!(Today, [k('u')], Action::Dose(DoseAction::Unmark), "unmark", false),
    bind!(Meds, [k('k'), named(Key::Up)], Action::Move(Move::Up), "previous medication", false),
    bind!(Meds, [k('j'), named(Key::Down)], Action::Move(Move::Down), "next medication", false),
    bind!(Meds, [k('a')], Action::Meds(MedsAction::Add), "add", true),
    bind!(Meds, [k('e')], Action::Meds(MedsAction::Edit), "edit", true),
    bind!(Meds, [k('+')], Action::Meds(MedsAction::DoseChange), "dose change", true),
    bind!(Meds, [k('x')], Action::Meds(MedsAction::StopRestart), "stop / restart", false),
    bind!(Meds, [k('r')], Action::Meds(MedsAction::Refill), "refill", false),
    bind!(Meds, [k('l')], Action::Meds(MedsAction::OpenLog), "past days", true),
    bind!(Meds, [k(' ')], Action::Meds(MedsAction::TakeAsNeeded), "take as needed", false),
    bind!(Meds, [named(Key::Enter)], Action::Meds(MedsAction::History), "dose history", true),
    bind!(Meds, [k('o')], Action::Meds(MedsAction::Overview), "all medication together", false),
    bind!(Meds, [k('D')], Action::Meds(MedsAction::Delete), "delete (asks first)", false),
    bind!(Meds, [named(Key::Esc)], Action::Close, "back to the medication", false),
    bind!(MedsHistory, [k('k'), named(Key::Up)], Action::Move(Move::Up), "scroll up", false),
    bind!(MedsHistory, [k('j'), named(Key::Down)], Action::Move(Move::Down), "scroll down", false),
    bind!(MedsHistory, [named(Key::Esc), named(Key::Enter)], Action::Close, "back", true),
    bind!(MedsLog, [k('h'), named(Key::Left)], Action::Meds(MedsAction::LogDayBefore), "day before", true),
    bind!(MedsLog, [k('l'), named(Key::Right)], Action::Meds(MedsAction::LogDayAfter), "day after", true),
    bind!(MedsLog, [k('k'), named(Key::Up)], Action::Move(Move::Up), "previous dose", false),
    bind!(MedsLog, [k('j'), named(Key::Down)], Action::Move(Move::Down), "next dose", false),
    bind!(MedsLog, [k(' ')], Action::Dose(DoseAction::Take), "taken", true),
    bind!(MedsLog, [k('s')], Action::Dose(DoseAction::Skip), "skipped", true),
    bind!(MedsLog, [k('t')], Action::Dose(DoseAction::FixTime), "time", false),
    bind!(MedsLog, [k('a')], Action::Dose(DoseAction::FixAmount), "amount", false),
    bind!(MedsLog, [k('u')], Action::Dose(DoseAction::Unmark), "unmark", false),
    bind!(MedsLog, [named(Key::Esc)], Action::Close, "done", true),
];
