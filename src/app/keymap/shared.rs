//! Keys that work alike everywhere, and in the popups every feature shares (forms, search,
//! help, the crisis lines, questions).

use ratatui_textarea::Key;

use crate::app::action::{Action, CheckInAction, EffectsAction, FormAction, JournalAction, Move};
use crate::app::keymap::{BACKTAB, Binding, ctrl, k, named};

#[rustfmt::skip]
pub(crate) static KEYS: &[Binding] = &[
    bind!(Global, [k('1')], Action::GoTab(0), "Today", false),
    bind!(Global, [k('2')], Action::GoTab(1), "Journal", false),
    bind!(Global, [k('3')], Action::GoTab(2), "Meds", false),
    bind!(Global, [k('4')], Action::GoTab(3), "Side effects", false),
    bind!(Global, [k('5')], Action::GoTab(4), "Skills", false),
    bind!(Global, [k('6')], Action::GoTab(5), "Progress", false),
    bind!(Global, [k('E')], Action::Effects(EffectsAction::Log), "log a side effect", false),
    bind!(Form, [named(Key::Tab)], Action::Form(FormAction::NextField), "next field", true),
    bind!(Form, [BACKTAB], Action::Form(FormAction::PrevField), "previous field", false),
    bind!(Form, [named(Key::Enter)], Action::Form(FormAction::Enter), "next / save", false),
    bind!(Form, [ctrl('s')], Action::Form(FormAction::Save), "save", true),
    bind!(Form, [named(Key::Esc)], Action::Close, "cancel", true),
    bind!(Form, [ctrl('c')], Action::Quit, "quit", false),
    bind!(Global, [named(Key::Tab)], Action::NextTab, "next tab", false),
    bind!(Global, [BACKTAB], Action::PrevTab, "previous tab", false),
    bind!(Global, [k('c')], Action::CheckIn(CheckInAction::Start), "check in", true),
    bind!(Global, [k('n')], Action::Journal(JournalAction::NewNote), "note", true),
    bind!(Global, [k('/')], Action::Search, "search", false),
    bind!(Global, [k('?')], Action::Help, "help", true),
    bind!(Global, [k('!')], Action::Crisis, "crisis lines", true),
    bind!(Global, [k('q')], Action::Quit, "quit", true),
    bind!(Global, [ctrl('c')], Action::Quit, "quit now (asks if unsaved)", false),
    bind!(TextField, [ctrl('g')], Action::Crisis, "crisis lines", true),
    bind!(NumberField, [k('!')], Action::Crisis, "crisis lines", true),
    bind!(Always, [ctrl('c')], Action::Quit, "quit now (asks if unsaved)", false),
    bind!(Search, [named(Key::Enter)], Action::KeepSearch, "keep results", true),
    bind!(Search, [named(Key::Esc)], Action::Close, "clear search", true),
    bind!(Search, [named(Key::Down)], Action::Move(Move::Down), "older match", false),
    bind!(Search, [named(Key::Up)], Action::Move(Move::Up), "newer match", false),
    bind!(Help, [named(Key::Esc), k('?'), k('q')], Action::Close, "close", true),
    bind!(Help, [k('j'), named(Key::Down)], Action::Move(Move::Down), "scroll down", true),
    bind!(Help, [k('k'), named(Key::Up)], Action::Move(Move::Up), "scroll up", true),
    bind!(Crisis, [named(Key::Esc), k('!'), k('q')], Action::Close, "close", true),
    bind!(Crisis, [k('a')], Action::AllRegions, "all regions", true),
    bind!(Crisis, [k('p')], Action::EditSafetyPlan, "edit my safety plan", true),
    bind!(Crisis, [k('j'), named(Key::Down)], Action::Move(Move::Down), "scroll down", true),
    bind!(Crisis, [k('k'), named(Key::Up)], Action::Move(Move::Up), "scroll up", false),
    bind!(Help, [k('!'), ctrl('g')], Action::Crisis, "crisis lines", true),
    bind!(Confirm, [k('y')], Action::Yes, "yes", true),
    bind!(Confirm, [k('n')], Action::No, "no", true),
    // Esc is "not now": a no everywhere but the question about drafts, which it leaves open.
    bind!(Confirm, [named(Key::Esc)], Action::Close, "back", false),
    bind!(Confirm, [k('!'), ctrl('g')], Action::Crisis, "crisis lines", true),
];
