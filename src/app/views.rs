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

/// How far the scrolling views on screen can go, as the last frame measured them (help, the
/// crisis lines, a dose history or a long day's entries; and the selected card): handed to
/// `update` after each draw, so scrolling stops at the end and the first key back moves at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScrollLimits {
    pub view: u16,
    pub card: u16,
    /// The window was too small for anything but the crisis lines.
    pub too_small: bool,
}

impl Default for ScrollLimits {
    fn default() -> ScrollLimits {
        ScrollLimits { view: u16::MAX, card: u16::MAX, too_small: false }
    }
}

/// `by` lines further down from `scroll`, never past `max`.
pub fn scroll_down(scroll: u16, by: u16, max: u16) -> u16 {
    scroll.saturating_add(by).min(max)
}

/// `by` lines back up from `scroll` (counted from the end when it had gone past it).
pub fn scroll_up(scroll: u16, by: u16, max: u16) -> u16 {
    scroll.min(max).saturating_sub(by)
}
