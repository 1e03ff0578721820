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
    // What works alike everywhere.
    Quit,
    GoTab(usize),
    NextTab,
    PrevTab,
    Help,
    Crisis,
    /// The crisis lines of every region, or of the person's own again.
    AllRegions,
    EditSafetyPlan,
    /// Search the Journal (or, on Skills, the cards).
    Search,
    /// Keep the search results and leave the search field.
    KeepSearch,
    /// Esc: close the topmost popup, leave a field, or cancel a form.
    Close,
    /// Move the selection (or scroll) in whatever has the focus.
    Move(Move),
    /// The answer to the question asked.
    Yes,
    No,
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
    /// A frame was drawn; how far its scrolling views can go.
    Drawn(super::ScrollLimits),
    /// A new minute (or day) began: dose statuses and the date move on.
    Clock,
    /// Time passed while an exercise runs, in milliseconds (from the event loop's clock).
    Tick(u64),
    // Each feature's own.
    Form(FormAction),
    Journal(JournalAction),
    CheckIn(CheckInAction),
    Meds(MedsAction),
    Dose(DoseAction),
    Effects(EffectsAction),
    Skills(SkillsAction),
    Exercise(ExerciseAction),
    Progress(super::progress::ProgressAction),
    Questionnaire(super::assessments::QuestionnaireAction),
    Sessions(super::sessions::SessionsAction),
    /// `x` on Today: put the note about the next questionnaire away.
    DismissNote,
}

/// Up and down a list, or a page of a long text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    Up,
    Down,
    PageUp,
    PageDown,
}

/// In an open form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormAction {
    NextField,
    PrevField,
    /// The next field, a new line in a longer text, or save from the last field.
    Enter,
    Save,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JournalAction {
    NewNote,
    DayBefore,
    DayAfter,
    PrevMonth,
    NextMonth,
    GoToday,
    OpenDay,
    Edit,
    Delete,
    TagFilter,
    FilterByTag,
    SaveNote,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckInAction {
    Start,
    /// Answer this question (or skip it when empty) and go on; save from the summary.
    Answer,
    Save,
    /// Delete a character, or go back a question from an empty field.
    Back,
    Previous,
    /// Up a line in a longer note, to the side effect above, or back a question.
    Up,
    Down,
    Less,
    More,
    /// Today's answer for the side effect picked.
    RateEffect(crate::domain::side_effect::EffectToday),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MedsAction {
    Add,
    Edit,
    DoseChange,
    StopRestart,
    Refill,
    TakeAsNeeded,
    History,
    Overview,
    Delete,
    OpenLog,
    LogDayBefore,
    LogDayAfter,
}

/// On a dose of a day (Today, or the Meds tab's day log).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DoseAction {
    Take,
    Skip,
    FixTime,
    FixAmount,
    Unmark,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EffectsAction {
    Log,
    Rerate,
    ResolveReopen,
    CycleSort,
    CycleFilter,
    CycleMed,
    Delete,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SkillsAction {
    PrevCategory,
    NextCategory,
    Start,
    Favourite,
    CycleSort,
    AddCard,
    EditCard,
    CopyCard,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExerciseAction {
    TogglePause,
    NextStep,
    PrevStep,
    End,
    Longer,
    Shorter,
    NextPattern,
    PrevPattern,
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
    Assessments(Result<crate::domain::assessment::AssessmentsData, String>),
    Sessions(Result<crate::domain::session::SessionsData, String>),
    /// The built-in coping-skill cards (compiled in; read after the first frame).
    Cards(&'static [CopingCard]),
    /// Drafts the last session left (none, or the problem when they could not be read).
    Drafts(Result<Option<Box<Drafts>>, String>),
}
