//! Every user intent, as data. Keys map to these through the keymap table.

use ratatui_textarea::Input;

use super::FileId;
use crate::domain::draft::Drafts;
use crate::domain::medication::Medication;
use crate::domain::safety_plan::SafetyPlan;
use crate::domain::side_effect::SideEffect;
use crate::domain::skill::{CopingCard, SkillsData};
use crate::domain::{Day, YearMonth};

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Quit,
    GoTab(usize),
    NextTab,
    PrevTab,
    Help,
    Crisis,
    Search,
    /// Esc: close the topmost popup, leave a field, or cancel a form.
    Close,
    CheckIn,
    NewNote,
    Up,
    Down,
    Left,
    Right,
    PageUp,
    PageDown,
    PrevMonth,
    NextMonth,
    GoToday,
    Enter,
    Back,
    Edit,
    Delete,
    TagFilter,
    Save,
    Yes,
    No,
    ToggleAllRegions,
    /// A key typed into the focused text field.
    Text(Input),
    Paste(String),
    Click {
        column: u16,
        row: u16,
    },
    ScrollUp,
    ScrollDown,
    /// A file was read (or could not be): data reaches the app only this way.
    Loaded(Loaded),
    /// The result of writing a file, with what went wrong in words.
    Saved(FileId, Result<(), String>),
    EditSafetyPlan,
    Favourite,
    CopyCard,
    Longer,
    Shorter,
    NextPattern,
    PrevPattern,
    /// A new minute (or day) began: dose statuses and the date move on.
    Clock,
    /// Time passed while an exercise runs, in milliseconds (from the event loop's clock).
    Tick(u64),
    LogEffect,
    Rerate,
    ResolveReopen,
    CycleSort,
    CycleFilter,
    CycleMed,
    Take,
    Skip,
    FixTime,
    FixAmount,
    Unmark,
    Add,
    DoseChange,
    StopRestart,
    Refill,
    DoseLog,
    Overview,
    NextField,
    PrevField,
}

/// What was read from disk, each with what went wrong in words when it could not be read.
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded {
    Month(YearMonth, Result<Vec<Day>, String>),
    /// The first screen's months are in; older ones follow, one at a time.
    OlderMonths,
    /// Every month has been read, with any problems listing them.
    AllMonths(Vec<String>),
    Medications(Result<Vec<Medication>, String>),
    SideEffects(Result<Vec<SideEffect>, String>),
    SafetyPlan(Result<Box<SafetyPlan>, String>),
    Skills(Result<SkillsData, String>),
    /// The built-in coping-skill cards (compiled in; read after the first frame).
    Cards(&'static [CopingCard]),
    /// Drafts the last session left (none, or the problem when they could not be read).
    Drafts(Result<Option<Box<Drafts>>, String>),
}
