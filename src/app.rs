//! App state, the `Action` enum and `update`: pure, testable without a terminal.

pub mod action;
pub mod assessments;
pub mod checkin;
mod context;
pub mod delete;
pub mod doc;
mod drafts;
pub mod effects;
pub mod form;
pub mod journal;
pub mod keymap;
mod locked;
pub mod meds;
mod overlay;
pub mod progress;
pub mod safety_plan;
pub mod sessions;
pub mod skills;
pub mod update;
mod views;

use chrono::{DateTime, FixedOffset, NaiveDate};

pub use action::{
    Action, CheckInAction, DoseAction, EffectsAction, ExerciseAction, FormAction, JournalAction, Loaded, MedsAction,
    Move, SkillsAction,
};
pub use checkin::CheckInState;
pub use checkin::wizard::{StepKind, Wizard};
pub use doc::{Doc, FileId};
pub use effects::EffectsState;
pub use form::Form;
pub use journal::JournalState;
pub use journal::editor::NoteEditor;
pub use journal::view::{Focus, JournalView};
pub use keymap::Ctx;
pub use meds::MedsState;
pub use overlay::{Confirm, Overlay};
pub use views::{EffectFilter, EffectSort, EffectsView, MedsView, ScrollLimits, TodayView, scroll_down, scroll_up};

use crate::config::Config;
use crate::domain::YearMonth;
use crate::domain::safety_plan::SafetyPlan;

/// What the event loop must do after an update: the only side effects there are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Write this file (its value is in the app); the result comes back as `Action::Saved`.
    Save(FileId),
    Quit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Today,
    Journal,
    Meds,
    Effects,
    Skills,
    Progress,
}

impl Tab {
    pub const ALL: [Tab; 6] = [Tab::Today, Tab::Journal, Tab::Meds, Tab::Effects, Tab::Skills, Tab::Progress];

    pub fn title(self) -> &'static str {
        match self {
            Tab::Today => "Today",
            Tab::Journal => "Journal",
            Tab::Meds => "Meds",
            Tab::Effects => "Side effects",
            Tab::Skills => "Skills",
            Tab::Progress => "Progress",
        }
    }

    pub fn index(self) -> usize {
        Tab::ALL.iter().position(|t| *t == self).unwrap_or(0)
    }

    /// Column ranges of the tab titles in the header (shared by drawing and mouse clicks).
    pub fn header_spans() -> Vec<(Tab, u16, u16)> {
        let mut x = HEADER_TABS_START;
        Tab::ALL
            .iter()
            .map(|t| {
                let w = u16::try_from(t.title().chars().count() + 3).unwrap_or(0);
                let span = (*t, x, x + w);
                x += w;
                span
            })
            .collect()
    }
}

/// The header starts with " tend " before the tabs.
pub const HEADER_TABS_START: u16 = 7;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MonthStatus {
    Loaded,
    /// The file could not be read; the month is read-only until it is fixed.
    Failed(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusKind {
    Info,
    Error,
}

/// The whole app: what every feature shares (the day, the tab, the popups, the status line)
/// and one slice per feature, each owning its state (see the README's map of the code).
pub struct App {
    pub today: NaiveDate,
    /// The moment of the last update, with its UTC offset (Today's dose statuses use it).
    pub now: DateTime<FixedOffset>,
    pub tab: Tab,
    pub overlay: Option<Overlay>,
    /// The form open over the screen; the feature named by its kind reads and saves it.
    pub form: Option<Form>,
    pub status: Option<(String, StatusKind)>,
    /// Files that could not be read, with what went wrong, for the person to fix.
    pub problems: Vec<String>,
    pub setup: Setup,
    /// Drafts found at start, waiting for the person's yes or no.
    pub draft_offer: Option<crate::domain::draft::Drafts>,
    /// How far the scrolling views on screen can go, as last drawn.
    pub limits: ScrollLimits,
    pub journal: JournalState,
    pub checkin: CheckInState,
    pub meds: MedsState,
    pub effects: EffectsState,
    pub skills: skills::SkillsState,
    pub plan: Doc<SafetyPlan>,
    pub assessments: assessments::AssessmentsState,
    pub progress: progress::ProgressView,
    pub sessions: sessions::SessionsState,
}

/// How this session was started: settings, and what the terminal and the folder allow.
pub struct Setup {
    pub config: Config,
    pub demo: bool,
    pub color: bool,
    /// Set when the data folder cannot be written (why, in a few words): everything is shown
    /// and nothing can be changed.
    pub read_only: Option<String>,
}

impl App {
    pub fn new(config: Config, today: NaiveDate) -> App {
        App {
            today,
            now: today
                .and_hms_opt(12, 0, 0)
                .and_then(|t| t.and_local_timezone(FixedOffset::east_opt(0)?).single())
                .unwrap_or_default(),
            tab: Tab::Today,
            overlay: None,
            form: None,
            status: None,
            problems: Vec::new(),
            setup: Setup { config, demo: false, color: true, read_only: None },
            draft_offer: None,
            limits: ScrollLimits::default(),
            journal: JournalState::new(today),
            checkin: CheckInState::default(),
            meds: MedsState::default(),
            effects: EffectsState::default(),
            skills: skills::SkillsState::default(),
            plan: Doc::default(),
            assessments: assessments::AssessmentsState::default(),
            progress: progress::ProgressView::default(),
            sessions: sessions::SessionsState::default(),
        }
    }

    /// Whether entries of `date` can be changed now, with the reason when not.
    pub fn writable(&self, date: NaiveDate) -> Result<(), String> {
        if let Some(s) = self.read_only_sentence() {
            return Err(s);
        }
        let ym = YearMonth::of(date);
        match self.journal.months.get(&ym) {
            Some(MonthStatus::Failed(_)) => Err(format!(
                "{} is read-only until its file, days/{ym}.ron, is fixed (Today shows what is wrong).",
                ym.title()
            )),
            Some(MonthStatus::Loaded) => Ok(()),
            None if self.journal.loading => Err(format!("{} is still loading; try again in a moment", ym.title())),
            None => Ok(()),
        }
    }

    /// The saves still owed to disk: changed months and top-level files not yet written.
    pub fn unsaved_files(&self) -> Vec<Effect> {
        let months = self.journal.dirty.iter().map(|ym| FileId::Month(*ym));
        let top = [
            (self.meds.list.is_dirty(), FileId::Medications),
            (self.effects.list.is_dirty(), FileId::SideEffects),
            (self.plan.is_dirty(), FileId::SafetyPlan),
            (self.skills.mine.is_dirty(), FileId::Skills),
            (self.assessments.data.is_dirty(), FileId::Assessments),
            (self.sessions.data.is_dirty(), FileId::Sessions),
        ];
        let top = top.into_iter().filter(|(dirty, _)| *dirty).map(|(_, file)| file);
        months.chain(top).map(Effect::Save).collect()
    }

    /// Gives up on the saves still owed (the person chose to quit without them).
    pub fn forget_unsaved_files(&mut self) {
        self.journal.dirty.clear();
        self.meds.list.forget();
        self.effects.list.forget();
        self.plan.forget();
        self.skills.mine.forget();
        self.assessments.data.forget();
        self.sessions.data.forget();
    }

    pub fn has_unsaved_input(&self) -> bool {
        self.checkin.wizard.as_ref().is_some_and(Wizard::has_changes)
            || self.journal.editor.as_ref().is_some_and(NoteEditor::has_changes)
            || self.form.as_ref().is_some_and(|f| f.has_changes() || f.kind.holds_practice())
            || self.skills.run.is_some()
            || self.assessments.run.as_ref().is_some_and(crate::domain::questionnaire::Questionnaire::has_answers)
    }

    pub fn set_info(&mut self, text: impl Into<String>) {
        self.status = Some((text.into(), StatusKind::Info));
    }

    pub fn set_error(&mut self, text: impl Into<String>) {
        self.status = Some((text.into(), StatusKind::Error));
    }
}

pub use update::update;

#[cfg(test)]
pub(crate) mod tests;
