//! Keys are declared once: the key handler, the footer hints and the `?` overlay all read
//! every feature's table (see [`bindings`]).

use ratatui_textarea::{Input, Key};

use super::action::{Action, CheckInAction};

/// Where a binding applies. The app decides which contexts are active (see `App::contexts`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Ctx {
    Global,
    Today,
    JournalList,
    JournalDay,
    Wizard,
    /// The check-in's question about side effects today.
    CheckInEffects,
    /// A form field that takes a number: `!` opens the crisis lines there.
    NumberField,
    /// Under every other context: quitting at once.
    Always,
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
    Progress,
    /// The Progress tab's part with appointments and questions.
    Appointments,
    /// A PHQ-9 or GAD-7 on screen.
    Questionnaire,
}

impl Ctx {
    pub fn title(self) -> &'static str {
        match self {
            Ctx::Global => "Everywhere",
            Ctx::Today => "Today",
            Ctx::JournalList => "Journal",
            Ctx::JournalDay => "Journal · a day's entries",
            Ctx::Wizard => "Check-in",
            Ctx::CheckInEffects => "Check-in · side effects today",
            Ctx::NumberField => "A number field in a form",
            Ctx::Always => "Always",
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
            Ctx::Progress => "Progress",
            Ctx::Appointments => "Progress · appointments and questions",
            Ctx::Questionnaire => "Progress · a questionnaire",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeySpec {
    pub key: Key,
    pub ctrl: bool,
    pub shift: bool,
}

pub(crate) const fn k(c: char) -> KeySpec {
    KeySpec { key: Key::Char(c), ctrl: false, shift: false }
}
pub(crate) const fn ctrl(c: char) -> KeySpec {
    KeySpec { key: Key::Char(c), ctrl: true, shift: false }
}
pub(crate) const fn named(key: Key) -> KeySpec {
    KeySpec { key, ctrl: false, shift: false }
}
pub(crate) const BACKTAB: KeySpec = KeySpec { key: Key::Tab, ctrl: false, shift: true };

impl KeySpec {
    pub fn matches(&self, input: &Input) -> bool {
        if input.alt || self.ctrl != input.ctrl || self.key != input.key {
            return false;
        }
        // Shift is part of a letter's case already; it only matters for Tab.
        !matches!(self.key, Key::Tab) || self.shift == input.shift
    }

    /// The key as a sentence names it: as its label, but Backspace in full.
    pub fn name(&self) -> String {
        match self.key {
            Key::Backspace if !self.ctrl => "Backspace".into(),
            _ => self.label(),
        }
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
        $crate::app::keymap::Binding {
            ctx: $crate::app::keymap::Ctx::$ctx,
            keys: &[$($key),+],
            action: $action,
            label: $label,
            hint: $hint,
        }
    };
}
pub(crate) use bind;

mod shared;

/// Every feature's key table; each context's keys live in one of them.
const TABLES: [&[Binding]; 9] = [
    shared::KEYS,
    super::journal::keys::KEYS,
    super::checkin::keys::KEYS,
    super::meds::keys::KEYS,
    super::effects::keys::KEYS,
    super::skills::keys::KEYS,
    super::progress::keys::KEYS,
    super::assessments::keys::KEYS,
    super::sessions::keys::KEYS,
];

/// Every binding of every feature.
pub fn bindings() -> impl Iterator<Item = &'static Binding> {
    TABLES.into_iter().flatten()
}

/// Every key that does `action` in `ctx`, named as in a sentence (`h`, `←`).
pub fn keys(ctx: Ctx, action: &Action) -> Vec<String> {
    bindings()
        .find(|b| b.ctx == ctx && b.action == *action)
        .map(|b| b.keys.iter().map(KeySpec::name).collect())
        .unwrap_or_default()
}

/// The arrow (or other named key) that does `action` in `ctx`, rather than its letter: for
/// hints that show ←/→.
pub fn arrow(ctx: Ctx, action: &Action) -> String {
    keys(ctx, action).pop().unwrap_or_default()
}

/// The key (its first) that does `action` in `ctx`, named as in a sentence ("Backspace",
/// "space", "^S"): every message that names a key takes the name from here, so it always says
/// what the table says.
pub fn key(ctx: Ctx, action: &Action) -> String {
    bindings()
        .find(|b| b.ctx == ctx && b.action == *action)
        .and_then(|b| b.keys.first())
        .map(KeySpec::name)
        .unwrap_or_default()
}

/// The first binding, in the given contexts (most specific first), that matches `input`.
pub fn lookup(contexts: &[Ctx], input: &Input) -> Option<&'static Binding> {
    contexts.iter().find_map(|ctx| bindings().find(|b| b.ctx == *ctx && b.keys.iter().any(|key| key.matches(input))))
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
        for b in bindings().filter(|b| b.ctx == *ctx && b.hint && !(typing && plain(b))) {
            if !out.iter().any(|(_, label, _)| *label == b.label) {
                let essential = matches!(
                    b.action,
                    Action::Crisis | Action::Help | Action::Quit | Action::CheckIn(CheckInAction::Start)
                );
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
        let rows: Vec<&Binding> = bindings().filter(|b| b.ctx == ctx).collect();
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

pub const HELP_ORDER: [Ctx; 24] = [
    Ctx::Global,
    Ctx::Today,
    Ctx::Meds,
    Ctx::MedsLog,
    Ctx::MedsHistory,
    Ctx::Effects,
    Ctx::Skills,
    Ctx::Exercise,
    Ctx::Progress,
    Ctx::Appointments,
    Ctx::Questionnaire,
    Ctx::Form,
    Ctx::JournalList,
    Ctx::JournalDay,
    Ctx::Search,
    Ctx::TagPicker,
    Ctx::Wizard,
    Ctx::CheckInEffects,
    Ctx::NumberField,
    Ctx::TextField,
    Ctx::Editor,
    Ctx::Help,
    Ctx::Crisis,
    Ctx::Confirm,
];

#[cfg(test)]
mod tests;
