//! Every user intent, as data. Keys map to these through the keymap table.

use ratatui_textarea::Input;

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
    /// A month file finished loading in the background.
    MonthLoaded(YearMonth, Result<Vec<Day>, String>),
    /// Background loading finished (all months are in), with any listing problems.
    LoadingDone(Vec<String>),
    /// The result of writing a month file.
    Saved(YearMonth, Result<(), String>),
    /// The result of writing `medications.ron`.
    MedsSaved(Result<(), String>),
    /// The result of writing `safety_plan.ron`.
    PlanSaved(Result<(), String>),
    EditSafetyPlan,
    Favourite,
    CopyCard,
    Longer,
    Shorter,
    NextPattern,
    PrevPattern,
    /// Time passed while an exercise runs, in milliseconds (from the event loop's clock).
    Tick(u64),
    SkillsSaved(Result<(), String>),
    /// The result of writing `side_effects.ron`.
    EffectsSaved(Result<(), String>),
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
