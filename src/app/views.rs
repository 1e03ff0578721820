//! View state of the tabs: what is selected, sorted and filtered.

use chrono::NaiveDate;

use crate::domain::MedId;

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
    pub med: Option<MedId>,
}

/// How far a scrolling view (help, crisis lines, dose history, a card) can go: set by the
/// view each time it is drawn, read by the keys, so scrolling stops at the end and the first
/// key back moves at once.
#[derive(Debug, Default)]
pub struct ScrollLimit(std::cell::Cell<u16>);

impl ScrollLimit {
    pub fn new(max: u16) -> ScrollLimit {
        ScrollLimit(std::cell::Cell::new(max))
    }

    pub fn get(&self) -> u16 {
        self.0.get()
    }

    /// Records how far `rows` lines shown in `height` rows can scroll, and returns `scroll`
    /// kept within that.
    pub fn fit(&self, rows: usize, height: u16, scroll: u16) -> u16 {
        let max = u16::try_from(rows.saturating_sub(usize::from(height))).unwrap_or(u16::MAX);
        self.0.set(max);
        scroll.min(max)
    }

    /// `by` lines further down from `scroll`, never past the end.
    pub fn down(&self, scroll: u16, by: u16) -> u16 {
        scroll.saturating_add(by).min(self.get())
    }

    /// `by` lines back up from `scroll` (counted from the end when it had gone past it).
    pub fn up(&self, scroll: u16, by: u16) -> u16 {
        scroll.min(self.get()).saturating_sub(by)
    }
}
