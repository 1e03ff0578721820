//! App state, the `Action` enum and `update`: pure, testable without a terminal.

pub mod action;
pub mod checkin;
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
pub mod safety_plan;
pub mod skills;
pub mod update;
mod views;

use chrono::{DateTime, FixedOffset, NaiveDate};
use ratatui_textarea::{Input, Key};

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
use crate::domain::medication::{MedId, Medication};
use crate::domain::safety_plan::SafetyPlan;
use crate::domain::side_effect::SideEffect;

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
}

impl Tab {
    pub const ALL: [Tab; 5] = [Tab::Today, Tab::Journal, Tab::Meds, Tab::Effects, Tab::Skills];

    pub fn title(self) -> &'static str {
        match self {
            Tab::Today => "Today",
            Tab::Journal => "Journal",
            Tab::Meds => "Meds",
            Tab::Effects => "Side effects",
            Tab::Skills => "Skills",
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
                let w = u16::try_from(t.title().chars().count() + 4).unwrap_or(0);
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
        }
    }

    /// Side effects as the list shows them: filtered, then sorted (indices into `effects`).
    pub fn effects_in_order(&self) -> Vec<usize> {
        let v = &self.effects.view;
        let mut idx: Vec<usize> = (0..self.effects.list.len())
            .filter(|i| {
                let e = &self.effects.list[*i];
                let status = match v.filter {
                    EffectFilter::All => true,
                    EffectFilter::Ongoing => e.is_ongoing(),
                    EffectFilter::Resolved => !e.is_ongoing(),
                };
                status && v.med.as_ref().is_none_or(|m| e.meds.contains(m))
            })
            .collect();
        let level = |i: &usize| self.effects.list[*i].latest().map_or(0, |r| r.level());
        match v.sort {
            EffectSort::Onset => idx.sort_by_key(|i| std::cmp::Reverse(self.effects.list[*i].onset)),
            EffectSort::Severity => {
                idx.sort_by_key(|i| (std::cmp::Reverse(level(i)), std::cmp::Reverse(self.effects.list[*i].onset)))
            }
            EffectSort::Medication => idx.sort_by_key(|i| {
                (self.effects.list[*i].meds.first().map_or("", MedId::as_str), self.effects.list[*i].onset)
            }),
        }
        idx
    }

    /// The side effect selected on its tab: the last one listed when the list has shrunk
    /// under the selection (after a filter or a change), as the screen shows it.
    pub fn selected_effect(&self) -> Option<&SideEffect> {
        let order = self.effects_in_order();
        order.get(self.effects.view.selected.min(order.len().saturating_sub(1))).and_then(|i| self.effects.list.get(*i))
    }

    /// Medications as listed: active ones by name, then stopped ones.
    pub fn meds_in_order(&self) -> Vec<usize> {
        let mut idx: Vec<usize> = (0..self.meds.list.len()).collect();
        idx.sort_by_key(|i| (self.meds.list[*i].is_stopped(self.today), self.meds.list[*i].name.to_lowercase()));
        idx
    }

    /// The medication selected on the Meds tab.
    pub fn selected_med(&self) -> Option<&Medication> {
        let order = self.meds_in_order();
        order.get(self.meds.view.selected.min(order.len().saturating_sub(1))).and_then(|i| self.meds.list.get(*i))
    }

    pub fn med(&self, id: &str) -> Option<&Medication> {
        self.meds.list.iter().find(|m| m.id == id)
    }

    /// Dose events recorded on a date.
    pub fn events_on(&self, date: NaiveDate) -> &[crate::domain::dose::DoseEvent] {
        self.journal.days.day(date).map_or(&[], |d| d.doses.as_slice())
    }

    /// A month loaded (or failed to load) from disk.
    pub fn month_loaded(&mut self, ym: YearMonth, result: Result<Vec<crate::domain::Day>, String>) {
        if self.journal.dirty.contains(&ym) {
            return; // never replace changes made meanwhile
        }
        match result {
            Ok(days) => {
                self.journal.days.set_month(ym, days);
                self.journal.months.insert(ym, MonthStatus::Loaded);
            }
            Err(message) => {
                self.problems.push(message.clone());
                self.journal.months.insert(ym, MonthStatus::Failed(message));
            }
        }
        if self.journal.view.filtered.is_some() {
            self.journal.view.refilter(&self.journal.days);
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

    /// A day was changed in memory: drop it if now empty, and mark its month to be written.
    pub fn day_changed(&mut self, date: NaiveDate) -> Vec<Effect> {
        self.journal.days.tidy(date);
        let ym = YearMonth::of(date);
        self.journal.dirty.insert(ym);
        self.journal.months.entry(ym).or_insert(MonthStatus::Loaded);
        vec![Effect::Save(FileId::Month(ym))]
    }

    /// The saves still owed to disk: changed months and top-level files not yet written.
    pub fn unsaved_files(&self) -> Vec<Effect> {
        let months = self.journal.dirty.iter().map(|ym| FileId::Month(*ym));
        let top = [
            (self.meds.list.is_dirty(), FileId::Medications),
            (self.effects.list.is_dirty(), FileId::SideEffects),
            (self.plan.is_dirty(), FileId::SafetyPlan),
            (self.skills.mine.is_dirty(), FileId::Skills),
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
    }

    pub fn has_unsaved_input(&self) -> bool {
        self.checkin.wizard.as_ref().is_some_and(Wizard::has_changes)
            || self.journal.editor.as_ref().is_some_and(NoteEditor::has_changes)
            || self.form.as_ref().is_some_and(|f| f.has_changes() || f.kind.holds_practice())
            || self.skills.run.is_some()
    }

    /// True when printable keys go into a text field rather than to commands.
    pub fn typing_free_text(&self) -> bool {
        if self.overlay.is_some() {
            return false;
        }
        self.journal.editor.is_some()
            || self.form.is_some()
            || self.checkin.wizard.as_ref().is_some_and(|w| matches!(w.kind(), StepKind::Text | StepKind::MultiLine))
            || (self.tab == Tab::Journal && self.journal.view.search_input.is_some())
            || (self.tab == Tab::Skills && self.skills.view.search.is_some())
    }

    /// The key contexts in force, most specific first.
    pub fn contexts(&self) -> Vec<Ctx> {
        if let Some(o) = &self.overlay {
            let here = match o {
                Overlay::Help { .. } => Ctx::Help,
                Overlay::Crisis { .. } => Ctx::Crisis,
                Overlay::Confirm(_) => Ctx::Confirm,
                Overlay::TagPicker => Ctx::TagPicker,
            };
            return vec![here, Ctx::Always];
        }
        let text = self.typing_free_text();
        // An exercise in progress takes only its own keys (and the crisis lines).
        if self.tab == Tab::Skills && self.skills.run.is_some() && self.form.is_none() {
            return vec![Ctx::Exercise, Ctx::Always];
        }
        let mut ctx = Vec::new();
        if let Some(form) = &self.form {
            if form.focus_is_numeric() {
                ctx.push(Ctx::NumberField);
            }
            ctx.push(Ctx::Form);
        } else if self.journal.editor.is_some() {
            ctx.push(Ctx::Editor);
        } else if let Some(w) = &self.checkin.wizard {
            if w.kind() == StepKind::SideEffects {
                ctx.push(Ctx::CheckInEffects);
            }
            ctx.push(Ctx::Wizard);
        }
        if self.form.is_none() && self.journal.editor.is_none() && self.checkin.wizard.is_none() {
            match self.tab {
                Tab::Today => ctx.push(Ctx::Today),
                Tab::Meds if self.meds.view.log_date.is_some() => ctx.push(Ctx::MedsLog),
                Tab::Meds if self.meds.view.history.is_some() => ctx.push(Ctx::MedsHistory),
                Tab::Meds => ctx.push(Ctx::Meds),
                Tab::Effects => ctx.push(Ctx::Effects),
                Tab::Skills if self.skills.view.search.is_some() => ctx.push(Ctx::Search),
                Tab::Skills => ctx.push(Ctx::Skills),
                Tab::Journal => {
                    if self.journal.view.search_input.is_some() {
                        ctx.push(Ctx::Search);
                    } else if matches!(self.journal.view.focus, Focus::Entries { .. }) {
                        ctx.push(Ctx::JournalDay);
                    } else {
                        ctx.push(Ctx::JournalList);
                    }
                }
            }
            if !text {
                ctx.push(Ctx::Global);
            }
        }
        if text {
            ctx.push(Ctx::TextField);
        }
        ctx.push(Ctx::Always);
        ctx
    }

    /// Turns a key into an action through the keymap; unbound keys go to the focused field.
    pub fn action_for_key(&self, input: Input) -> Option<Action> {
        if input.key == Key::Null {
            return None;
        }
        let printable = matches!(input.key, Key::Char(_)) && !input.ctrl && !input.alt;
        let ctx = self.contexts();
        // Typed text goes to the field; a number field still looks its keys up (`!`).
        if printable && self.typing_free_text() && !ctx.contains(&Ctx::NumberField) {
            return Some(Action::Text(input));
        }
        if let Some(b) = keymap::lookup(&ctx, &input) {
            return Some(b.action.clone());
        }
        // Other keys (Backspace, arrows, Home…) go to whichever field has the focus; a check-in
        // step that takes a number counts as a field too.
        let in_field = self.typing_free_text() || (self.checkin.wizard.is_some() && self.overlay.is_none());
        (in_field && input.key != Key::Tab).then_some(Action::Text(input))
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
