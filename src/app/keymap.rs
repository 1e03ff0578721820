//! Keys are declared once: the key handler, the footer hints and the `?` overlay all read
//! [`BINDINGS`].

use ratatui_textarea::{Input, Key};

use super::Action;

/// Where a binding applies. The app decides which contexts are active (see `App::contexts`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Ctx {
    Global,
    Today,
    JournalList,
    JournalDay,
    Wizard,
    /// A free-text field (tags, note, search, note editor): printable keys are typed.
    TextField,
    Editor,
    Search,
    Help,
    Crisis,
    Confirm,
    TagPicker,
    Meds,
    MedsLog,
    MedsHistory,
    Effects,
    Skills,
    Exercise,
    Form,
}

impl Ctx {
    pub fn title(self) -> &'static str {
        match self {
            Ctx::Global => "Everywhere",
            Ctx::Today => "Today",
            Ctx::JournalList => "Journal",
            Ctx::JournalDay => "Journal · a day's entries",
            Ctx::Wizard => "Check-in",
            Ctx::TextField => "Typing in a text field",
            Ctx::Editor => "Note editor",
            Ctx::Search => "Search",
            Ctx::Help => "Help",
            Ctx::Crisis => "Crisis & safety",
            Ctx::Confirm => "Question",
            Ctx::TagPicker => "Tag filter",
            Ctx::Meds => "Meds",
            Ctx::MedsLog => "Meds · filling in a day's doses",
            Ctx::MedsHistory => "Meds · dose history",
            Ctx::Effects => "Side effects",
            Ctx::Skills => "Skills",
            Ctx::Exercise => "Skills · an exercise running",
            Ctx::Form => "Forms (medication, dose change, …)",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeySpec {
    pub key: Key,
    pub ctrl: bool,
    pub shift: bool,
}

const fn k(c: char) -> KeySpec {
    KeySpec { key: Key::Char(c), ctrl: false, shift: false }
}
const fn ctrl(c: char) -> KeySpec {
    KeySpec { key: Key::Char(c), ctrl: true, shift: false }
}
const fn named(key: Key) -> KeySpec {
    KeySpec { key, ctrl: false, shift: false }
}
const BACKTAB: KeySpec = KeySpec { key: Key::Tab, ctrl: false, shift: true };

impl KeySpec {
    pub fn matches(&self, input: &Input) -> bool {
        if input.alt || self.ctrl != input.ctrl || self.key != input.key {
            return false;
        }
        // Shift is part of a letter's case already; it only matters for Tab.
        !matches!(self.key, Key::Tab) || self.shift == input.shift
    }

    pub fn label(&self) -> String {
        let base = match self.key {
            Key::Char(' ') => "space".to_string(),
            Key::Char(c) => c.to_string(),
            Key::Enter => "Enter".into(),
            Key::Esc => "Esc".into(),
            Key::Tab if self.shift => "Shift-Tab".into(),
            Key::Tab => "Tab".into(),
            Key::Backspace => "Bksp".into(),
            Key::Up => "↑".into(),
            Key::Down => "↓".into(),
            Key::Left => "←".into(),
            Key::Right => "→".into(),
            Key::PageUp => "PgUp".into(),
            Key::PageDown => "PgDn".into(),
            Key::Home => "Home".into(),
            Key::End => "End".into(),
            Key::F(n) => format!("F{n}"),
            _ => "?".into(),
        };
        if self.ctrl { format!("^{}", base.to_uppercase()) } else { base }
    }
}

pub struct Binding {
    pub ctx: Ctx,
    pub keys: &'static [KeySpec],
    pub action: Action,
    pub label: &'static str,
    /// Shown in the footer (all bindings show in `?`).
    pub hint: bool,
}

impl Binding {
    pub fn keys_label(&self) -> String {
        self.keys.iter().map(KeySpec::label).collect::<Vec<_>>().join("/")
    }
}

macro_rules! bind {
    ($ctx:ident, [$($key:expr),+], $action:expr, $label:expr, $hint:expr) => {
        Binding { ctx: Ctx::$ctx, keys: &[$($key),+], action: $action, label: $label, hint: $hint }
    };
}

pub static BINDINGS: &[Binding] = &[
    // Everywhere (outside forms)
    bind!(Global, [k('1')], Action::GoTab(0), "Today", false),
    bind!(Global, [k('2')], Action::GoTab(1), "Journal", false),
    bind!(Global, [k('3')], Action::GoTab(2), "Meds", false),
    bind!(Global, [k('4')], Action::GoTab(3), "Side effects", false),
    bind!(Global, [k('5')], Action::GoTab(4), "Skills", false),
    bind!(Global, [k('E')], Action::LogEffect, "log a side effect", false),
    bind!(Skills, [k('k'), named(Key::Up)], Action::Up, "previous card", false),
    bind!(Skills, [k('j'), named(Key::Down)], Action::Down, "next card", false),
    bind!(Skills, [k('h'), named(Key::Left)], Action::Left, "previous category", false),
    bind!(Skills, [k('l'), named(Key::Right)], Action::Right, "next category", false),
    bind!(Skills, [named(Key::PageDown)], Action::PageDown, "scroll the card down", false),
    bind!(Skills, [named(Key::PageUp)], Action::PageUp, "scroll the card up", false),
    bind!(Skills, [named(Key::Enter)], Action::Enter, "start", true),
    bind!(Skills, [k('f')], Action::Favourite, "favourite", true),
    bind!(Skills, [k('o')], Action::CycleSort, "sort", false),
    bind!(Skills, [k('a')], Action::Add, "add my own card", false),
    bind!(Skills, [k('e')], Action::Edit, "edit my card", false),
    bind!(Skills, [k('C')], Action::CopyCard, "copy to edit", false),
    bind!(Skills, [named(Key::Esc)], Action::Close, "all cards", false),
    bind!(Exercise, [k(' ')], Action::Take, "pause / resume", true),
    bind!(Exercise, [k('n')], Action::NextField, "next step", false),
    bind!(Exercise, [k('p')], Action::PrevField, "previous step", false),
    bind!(Exercise, [named(Key::Enter), named(Key::Esc)], Action::Close, "end", true),
    bind!(Exercise, [k('!')], Action::Crisis, "crisis lines", true),
    bind!(Exercise, [k('+'), k('=')], Action::Longer, "a minute longer", false),
    bind!(Exercise, [k('-')], Action::Shorter, "a minute shorter", false),
    bind!(Exercise, [k(']')], Action::NextPattern, "next breathing pattern", false),
    bind!(Exercise, [k('[')], Action::PrevPattern, "previous breathing pattern", false),
    // Today: the doses of the day
    bind!(Today, [k('k'), named(Key::Up)], Action::Up, "previous dose", false),
    bind!(Today, [k('j'), named(Key::Down)], Action::Down, "next dose", false),
    bind!(Today, [k(' ')], Action::Take, "taken", true),
    bind!(Today, [k('s')], Action::Skip, "skip", true),
    bind!(Today, [k('t')], Action::FixTime, "correct the time", false),
    bind!(Today, [k('a')], Action::FixAmount, "amount taken", false),
    bind!(Today, [k('u')], Action::Unmark, "unmark", false),
    // Meds
    bind!(Meds, [k('k'), named(Key::Up)], Action::Up, "previous medication", false),
    bind!(Meds, [k('j'), named(Key::Down)], Action::Down, "next medication", false),
    bind!(Meds, [k('a')], Action::Add, "add", true),
    bind!(Meds, [k('e')], Action::Edit, "edit", true),
    bind!(Meds, [k('+')], Action::DoseChange, "dose change", true),
    bind!(Meds, [k('x')], Action::StopRestart, "stop / restart", false),
    bind!(Meds, [k('r')], Action::Refill, "refill", false),
    bind!(Meds, [k('l')], Action::DoseLog, "past days", true),
    bind!(Meds, [k(' ')], Action::Take, "take as needed", false),
    bind!(Meds, [named(Key::Enter)], Action::Enter, "dose history", true),
    bind!(Meds, [k('o')], Action::Overview, "all medication together", false),
    bind!(Meds, [k('D')], Action::Delete, "delete (asks first)", false),
    bind!(Meds, [named(Key::Esc)], Action::Close, "back to the medication", false),
    bind!(Effects, [k('k'), named(Key::Up)], Action::Up, "previous", false),
    bind!(Effects, [k('j'), named(Key::Down)], Action::Down, "next", false),
    bind!(Effects, [k('a')], Action::LogEffect, "log", true),
    bind!(Effects, [k('r')], Action::Rerate, "re-rate", true),
    bind!(Effects, [k('x')], Action::ResolveReopen, "gone / back", true),
    bind!(Effects, [k('s')], Action::CycleSort, "sort", false),
    bind!(Effects, [k('f')], Action::CycleFilter, "filter", true),
    bind!(Effects, [k('m')], Action::CycleMed, "medication", false),
    bind!(Effects, [k('D')], Action::Delete, "delete (asks first)", false),
    bind!(MedsHistory, [k('k'), named(Key::Up)], Action::Up, "scroll up", false),
    bind!(MedsHistory, [k('j'), named(Key::Down)], Action::Down, "scroll down", false),
    bind!(MedsHistory, [named(Key::Esc), named(Key::Enter)], Action::Close, "back", true),
    bind!(MedsLog, [k('h'), named(Key::Left)], Action::Left, "day before", true),
    bind!(MedsLog, [k('l'), named(Key::Right)], Action::Right, "day after", true),
    bind!(MedsLog, [k('k'), named(Key::Up)], Action::Up, "previous dose", false),
    bind!(MedsLog, [k('j'), named(Key::Down)], Action::Down, "next dose", false),
    bind!(MedsLog, [k(' ')], Action::Take, "taken", true),
    bind!(MedsLog, [k('s')], Action::Skip, "skipped", true),
    bind!(MedsLog, [k('t')], Action::FixTime, "time", false),
    bind!(MedsLog, [k('a')], Action::FixAmount, "amount", false),
    bind!(MedsLog, [k('u')], Action::Unmark, "unmark", false),
    bind!(MedsLog, [named(Key::Esc)], Action::Close, "done", true),
    // Forms
    bind!(Form, [named(Key::Tab)], Action::NextField, "next field", true),
    bind!(Form, [BACKTAB], Action::PrevField, "previous field", false),
    bind!(Form, [named(Key::Enter)], Action::Enter, "next / save", false),
    bind!(Form, [ctrl('s')], Action::Save, "save", true),
    bind!(Form, [named(Key::Esc)], Action::Close, "cancel", true),
    bind!(Form, [ctrl('c')], Action::Quit, "quit", false),
    bind!(Global, [named(Key::Tab)], Action::NextTab, "next tab", false),
    bind!(Global, [BACKTAB], Action::PrevTab, "previous tab", false),
    bind!(Global, [k('c')], Action::CheckIn, "check in", true),
    bind!(Global, [k('n')], Action::NewNote, "note", true),
    bind!(Global, [k('/')], Action::Search, "search", false),
    bind!(Global, [k('?')], Action::Help, "help", true),
    bind!(Global, [k('!')], Action::Crisis, "crisis lines", true),
    bind!(Global, [k('q')], Action::Quit, "quit", true),
    bind!(Global, [ctrl('c')], Action::Quit, "quit now (asks if unsaved)", false),
    // Journal: the list of days and the calendar
    bind!(JournalList, [k('k'), named(Key::Up)], Action::Up, "newer entry", false),
    bind!(JournalList, [k('j'), named(Key::Down)], Action::Down, "older entry", false),
    bind!(JournalList, [k('h'), named(Key::Left)], Action::Left, "day before", false),
    bind!(JournalList, [k('l'), named(Key::Right)], Action::Right, "day after", false),
    bind!(JournalList, [k('['), named(Key::PageUp)], Action::PrevMonth, "month before", false),
    bind!(JournalList, [k(']'), named(Key::PageDown)], Action::NextMonth, "month after", false),
    bind!(JournalList, [k('g'), named(Key::Home)], Action::GoToday, "today", false),
    bind!(JournalList, [named(Key::Enter)], Action::Enter, "open day", true),
    bind!(JournalList, [k('e')], Action::Edit, "edit", false),
    bind!(JournalList, [k('t')], Action::TagFilter, "tag filter", true),
    bind!(JournalList, [named(Key::Esc)], Action::Close, "clear filter", false),
    // Journal: inside one day
    bind!(JournalDay, [k('k'), named(Key::Up)], Action::Up, "previous entry", false),
    bind!(JournalDay, [k('j'), named(Key::Down)], Action::Down, "next entry", false),
    bind!(JournalDay, [k('e'), named(Key::Enter)], Action::Edit, "edit", true),
    bind!(JournalDay, [k('d')], Action::Delete, "delete", true),
    bind!(JournalDay, [named(Key::PageDown)], Action::PageDown, "read on", false),
    bind!(JournalDay, [named(Key::PageUp)], Action::PageUp, "read back", false),
    bind!(JournalDay, [named(Key::Esc), k('h'), named(Key::Left)], Action::Close, "back to days", true),
    // Check-in wizard
    bind!(Wizard, [named(Key::Enter)], Action::Enter, "answer / skip", true),
    bind!(Wizard, [ctrl('s')], Action::Save, "save", true),
    bind!(Wizard, [named(Key::Esc)], Action::Close, "cancel", true),
    bind!(Wizard, [named(Key::Backspace)], Action::Back, "back", true),
    bind!(Wizard, [BACKTAB], Action::PrevField, "previous question", false),
    bind!(Wizard, [named(Key::Up)], Action::Up, "previous question (or line, or side effect)", false),
    bind!(Wizard, [named(Key::Left)], Action::Left, "less", false),
    bind!(Wizard, [named(Key::Right)], Action::Right, "more", false),
    bind!(Wizard, [k('!')], Action::Crisis, "crisis lines", true),
    bind!(Wizard, [ctrl('g')], Action::Crisis, "crisis lines", false),
    bind!(Wizard, [ctrl('c')], Action::Quit, "quit", false),
    bind!(Editor, [ctrl('c')], Action::Quit, "quit", false),
    // Free-text fields inside forms
    bind!(TextField, [ctrl('g')], Action::Crisis, "crisis lines", true),
    // Note editor
    bind!(Editor, [ctrl('s')], Action::Save, "save note", true),
    bind!(Editor, [named(Key::Esc)], Action::Close, "cancel", true),
    // Search field
    bind!(Search, [named(Key::Enter)], Action::Enter, "keep results", true),
    bind!(Search, [named(Key::Esc)], Action::Close, "clear search", true),
    bind!(Search, [named(Key::Down)], Action::Down, "older match", false),
    bind!(Search, [named(Key::Up)], Action::Up, "newer match", false),
    // Overlays
    bind!(Help, [named(Key::Esc), k('?'), k('q')], Action::Close, "close", true),
    bind!(Help, [k('j'), named(Key::Down)], Action::Down, "scroll down", true),
    bind!(Help, [k('k'), named(Key::Up)], Action::Up, "scroll up", true),
    bind!(Crisis, [named(Key::Esc), k('!'), k('q')], Action::Close, "close", true),
    bind!(Crisis, [k('a')], Action::ToggleAllRegions, "all regions", true),
    bind!(Crisis, [k('p')], Action::EditSafetyPlan, "edit my safety plan", true),
    bind!(Crisis, [k('j'), named(Key::Down)], Action::Down, "scroll down", true),
    bind!(Crisis, [k('k'), named(Key::Up)], Action::Up, "scroll up", false),
    bind!(Help, [k('!'), ctrl('g')], Action::Crisis, "crisis lines", true),
    bind!(Confirm, [k('y')], Action::Yes, "yes", true),
    bind!(Confirm, [k('n')], Action::No, "no", true),
    // Esc is "not now": a no everywhere but the question about drafts, which it leaves open.
    bind!(Confirm, [named(Key::Esc)], Action::Close, "back", false),
    bind!(TagPicker, [k('j'), named(Key::Down)], Action::Down, "down", false),
    bind!(TagPicker, [k('k'), named(Key::Up)], Action::Up, "up", false),
    bind!(TagPicker, [named(Key::Enter)], Action::Enter, "filter by tag", true),
    bind!(TagPicker, [named(Key::Esc)], Action::Close, "close", true),
    bind!(TagPicker, [k('!'), ctrl('g')], Action::Crisis, "crisis lines", true),
    bind!(Confirm, [k('!'), ctrl('g')], Action::Crisis, "crisis lines", true),
];

/// The first binding, in the given contexts (most specific first), that matches `input`.
pub fn lookup(contexts: &[Ctx], input: &Input) -> Option<&'static Binding> {
    contexts
        .iter()
        .find_map(|ctx| BINDINGS.iter().find(|b| b.ctx == *ctx && b.keys.iter().any(|key| key.matches(input))))
}

/// Footer hints for the active contexts, most specific first, without repeating an action.
/// The third field marks the hints that must never be dropped for lack of room (crisis
/// lines, help and quit).
pub fn hints(contexts: &[Ctx]) -> Vec<(String, &'static str, bool)> {
    let mut out: Vec<(String, &'static str, bool)> = Vec::new();
    // While typing, plain letters are text: their bindings would mislead.
    let typing = contexts.contains(&Ctx::TextField);
    let plain = |b: &Binding| b.keys.iter().all(|k| matches!(k.key, Key::Char(_)) && !k.ctrl);
    for ctx in contexts {
        for b in BINDINGS.iter().filter(|b| b.ctx == *ctx && b.hint && !(typing && plain(b))) {
            if !out.iter().any(|(_, label, _)| *label == b.label) {
                let essential = matches!(b.action, Action::Crisis | Action::Help | Action::Quit | Action::CheckIn);
                out.push((b.keys_label(), b.label, essential));
            }
        }
    }
    out
}

/// Contexts in the order the help overlay lists them.
/// The help's sections in order, each with its bindings (contexts without keys are left out).
pub fn help_sections() -> impl Iterator<Item = (Ctx, Vec<&'static Binding>)> {
    HELP_ORDER.into_iter().filter_map(|ctx| {
        let rows: Vec<&Binding> = BINDINGS.iter().filter(|b| b.ctx == ctx).collect();
        (!rows.is_empty()).then_some((ctx, rows))
    })
}

/// The help's line where the section of `ctx` begins (a heading, its keys, a blank line each),
/// so `?` opens at the keys of the screen it was asked from.
pub fn help_line_of(ctx: Ctx) -> u16 {
    let before: usize = help_sections().take_while(|(c, _)| *c != ctx).map(|(_, rows)| rows.len() + 2).sum();
    let found = help_sections().any(|(c, _)| c == ctx);
    u16::try_from(if found { before } else { 0 }).unwrap_or(0)
}

pub const HELP_ORDER: [Ctx; 19] = [
    Ctx::Global,
    Ctx::Today,
    Ctx::Meds,
    Ctx::MedsLog,
    Ctx::MedsHistory,
    Ctx::Effects,
    Ctx::Skills,
    Ctx::Exercise,
    Ctx::Form,
    Ctx::JournalList,
    Ctx::JournalDay,
    Ctx::Search,
    Ctx::TagPicker,
    Ctx::Wizard,
    Ctx::TextField,
    Ctx::Editor,
    Ctx::Help,
    Ctx::Crisis,
    Ctx::Confirm,
];

#[cfg(test)]
mod tests;
