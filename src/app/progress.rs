//! The Progress tab: trends over a range of days with medication changes marked, the
//! questionnaires, a year of moods, and patterns in plain words. What it shows is worked out
//! from the other slices' data when drawn; this slice keeps only where the person is looking.

pub mod keys;

use super::{Action, App, Effect, Move};
use crate::domain::assessment::Scale;
use chrono::Datelike;

/// The parts of the tab, switched with ←/→.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Section {
    #[default]
    Trends,
    Questionnaires,
    Year,
    Patterns,
    Appointments,
}

impl Section {
    pub const ALL: [Section; 5] =
        [Section::Trends, Section::Questionnaires, Section::Year, Section::Patterns, Section::Appointments];

    pub fn title(self) -> &'static str {
        match self {
            Section::Trends => "Trends",
            Section::Questionnaires => "Questionnaires",
            Section::Year => "Year",
            Section::Patterns => "Patterns",
            Section::Appointments => "Appointments",
        }
    }
}

/// How many days the trends show, switched with one key.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Range {
    #[default]
    Days30,
    Days90,
    Days365,
    All,
}

impl Range {
    pub fn label(self) -> &'static str {
        match self {
            Range::Days30 => "30 days",
            Range::Days90 => "90 days",
            Range::Days365 => "365 days",
            Range::All => "all",
        }
    }

    /// Days in the range, `None` for all of them.
    pub fn days(self) -> Option<u64> {
        match self {
            Range::Days30 => Some(30),
            Range::Days90 => Some(90),
            Range::Days365 => Some(365),
            Range::All => None,
        }
    }

    fn next(self) -> Range {
        match self {
            Range::Days30 => Range::Days90,
            Range::Days90 => Range::Days365,
            Range::Days365 => Range::All,
            Range::All => Range::Days30,
        }
    }
}

pub use crate::domain::trends::Measure;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProgressAction {
    StartQuestionnaire(Scale),
    NextRange,
    PrevSection,
    NextSection,
    PrevYear,
    NextYear,
}

/// Where the person is looking on the tab.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProgressView {
    pub section: Section,
    pub range: Range,
    pub measure: Measure,
    /// The questionnaire the chart of totals shows.
    pub scale: Scale,
    /// The year the year view shows (`None`: this year).
    pub year: Option<i32>,
}

impl ProgressView {
    pub fn year(&self, today: chrono::NaiveDate) -> i32 {
        self.year.unwrap_or(today.year())
    }
}

pub fn progress_action(app: &mut App, action: Action) -> Vec<Effect> {
    if let Action::Progress(ProgressAction::StartQuestionnaire(scale)) = action {
        super::assessments::start(app, scale);
        return Vec::new();
    }
    if matches!(action, Action::Sessions(_))
        || (app.progress.section == Section::Appointments && matches!(action, Action::Move(_)))
    {
        return super::sessions::sessions_action(app, action);
    }
    let today = app.today;
    let view = &mut app.progress;
    match action {
        Action::Progress(ProgressAction::NextRange) => view.range = view.range.next(),
        Action::Progress(ProgressAction::NextSection) => view.section = cycle(&Section::ALL, view.section, 1),
        Action::Progress(ProgressAction::PrevSection) => view.section = cycle(&Section::ALL, view.section, -1),
        Action::Progress(ProgressAction::PrevYear) => view.year = Some(view.year(today) - 1),
        Action::Progress(ProgressAction::NextYear) => {
            let year = (view.year(today) + 1).min(today.year());
            view.year = Some(year);
        }
        Action::Move(Move::Up | Move::Down) if view.section == Section::Questionnaires => {
            view.scale = if view.scale == Scale::Phq9 { Scale::Gad7 } else { Scale::Phq9 };
        }
        Action::Move(Move::Down) if view.section == Section::Trends => {
            view.measure = cycle(&Measure::ALL, view.measure, 1)
        }
        Action::Move(Move::Up) if view.section == Section::Trends => {
            view.measure = cycle(&Measure::ALL, view.measure, -1)
        }
        _ => {}
    }
    Vec::new()
}

/// The item `by` places from `now` in `list`, round at either end.
fn cycle<T: Copy + PartialEq>(list: &[T], now: T, by: isize) -> T {
    let i = list.iter().position(|x| *x == now).unwrap_or(0) as isize;
    list[(i + by).rem_euclid(list.len() as isize) as usize]
}
