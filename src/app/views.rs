//! View state of the tabs: what is selected, sorted and filtered.

use chrono::NaiveDate;

/// Which dose row is selected on Today.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TodayView {
    pub selected: usize,
}

/// The Meds tab: the selected medication (index into `App::meds_in_order`) and the day
/// whose doses are being filled in, when that log is open.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MedsView {
    pub selected: usize,
    pub log_date: Option<NaiveDate>,
    pub log_row: usize,
    /// The whole dose history of the selected medication, scrolled this far.
    pub history: Option<u16>,
    /// Adherence of every medication together, in place of one medication's detail.
    pub overview: bool,
}

/// How the side-effect list is sorted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum EffectSort {
    #[default]
    Onset,
    Severity,
    Medication,
}

/// Which side effects the list shows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum EffectFilter {
    #[default]
    All,
    Ongoing,
    Resolved,
}

/// The Side effects tab: the selected row of the (sorted, filtered) list, and the
/// medication whose timeline is shown (`None`: all).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EffectsView {
    pub selected: usize,
    pub sort: EffectSort,
    pub filter: EffectFilter,
    pub med: Option<String>,
}
