//! The journal's keys: the list of days, a day's entries, the note editor, the tag list.

use ratatui_textarea::Key;

use crate::app::action::{Action, JournalAction, Move};
use crate::app::keymap::{Binding, bind, ctrl, k, named};

#[rustfmt::skip]
pub(crate) static KEYS: &[Binding] = &[
    bind!(JournalList, [k('k'), named(Key::Up)], Action::Move(Move::Up), "newer entry", false),
    bind!(JournalList, [k('j'), named(Key::Down)], Action::Move(Move::Down), "older entry", false),
    bind!(JournalList, [k('h'), named(Key::Left)], Action::Journal(JournalAction::DayBefore), "day before", false),
    bind!(JournalList, [k('l'), named(Key::Right)], Action::Journal(JournalAction::DayAfter), "day after", false),
    bind!(JournalList, [k('['), named(Key::PageUp)], Action::Journal(JournalAction::PrevMonth), "month before", false),
    bind!(JournalList, [k(']'), named(Key::PageDown)], Action::Journal(JournalAction::NextMonth), "month after", false),
    bind!(JournalList, [k('g'), named(Key::Home)], Action::Journal(JournalAction::GoToday), "today", false),
    bind!(JournalList, [named(Key::Enter)], Action::Journal(JournalAction::OpenDay), "open day", true),
    bind!(JournalList, [k('e')], Action::Journal(JournalAction::Edit), "edit", false),
    bind!(JournalList, [k('t')], Action::Journal(JournalAction::TagFilter), "tag filter", true),
    bind!(JournalList, [named(Key::Esc)], Action::Close, "clear filter", false),
    bind!(JournalDay, [k('k'), named(Key::Up)], Action::Move(Move::Up), "previous entry", false),
    bind!(JournalDay, [k('j'), named(Key::Down)], Action::Move(Move::Down), "next entry", false),
    bind!(JournalDay, [k('e'), named(Key::Enter)], Action::Journal(JournalAction::Edit), "edit", true),
    bind!(JournalDay, [k('d')], Action::Journal(JournalAction::Delete), "delete", true),
    bind!(JournalDay, [named(Key::PageDown)], Action::Move(Move::PageDown), "read on", false),
    bind!(JournalDay, [named(Key::PageUp)], Action::Move(Move::PageUp), "read back", false),
    bind!(JournalDay, [named(Key::Esc), k('h'), named(Key::Left)], Action::Close, "back to days", true),
    bind!(Editor, [ctrl('c')], Action::Quit, "quit", false),
    bind!(Editor, [ctrl('s')], Action::Journal(JournalAction::SaveNote), "save note", true),
    bind!(Editor, [named(Key::Esc)], Action::Close, "cancel", true),
    bind!(TagPicker, [k('j'), named(Key::Down)], Action::Move(Move::Down), "down", false),
    bind!(TagPicker, [k('k'), named(Key::Up)], Action::Move(Move::Up), "up", false),
    bind!(TagPicker, [named(Key::Enter)], Action::Journal(JournalAction::FilterByTag), "filter by tag", true),
    bind!(TagPicker, [named(Key::Esc)], Action::Close, "close", true),
    bind!(TagPicker, [k('!'), ctrl('g')], Action::Crisis, "crisis lines", true),
];
