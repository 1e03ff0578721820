//! Patterns in the person's own record, in plain words: mood on days with something and on
//! days without, only where each side has at least [`MIN_DAYS`] days, always with the counts.
//! They are associations, never causes; the screen says so.

use chrono::{Days, NaiveDate};

use super::Journal;
use super::day::Day;
use super::dose::{DoseStatus, event_for};
use super::medication::Medication;
use super::trends::{Measure, MedMarker, med_markers, value_words};

/// Days each side needs before a difference is mentioned.
pub const MIN_DAYS: usize = 14;

/// The mean mood of two groups of days, with their sizes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Split {
    pub with: (f64, usize),
    pub without: (f64, usize),
}

impl Split {
    /// Mood on the days `side` says yes and no to (days it has no answer for are left out);
    /// `None` unless each side has enough days.
    pub fn of<'a>(days: impl Iterator<Item = &'a Day>, side: impl Fn(&Day) -> Option<bool>) -> Option<Split> {
        let (mut yes, mut no) = ((0.0, 0usize), (0.0, 0usize));
        for day in days {
            let (Some(mood), Some(s)) = (day.mood(), side(day)) else { continue };
            let group = if s { &mut yes } else { &mut no };
            group.0 += f64::from(mood);
            group.1 += 1;
        }
        (yes.1 >= MIN_DAYS && no.1 >= MIN_DAYS)
            .then(|| Split { with: (yes.0 / yes.1 as f64, yes.1), without: (no.0 / no.1 as f64, no.1) })
    }

    /// "6.1, otherwise 4.8 (42 vs 38 days)".
    fn words(&self) -> String {
        format!(
            "{}, otherwise {} ({} vs {} days)",
            value_words(Measure::Mood, self.with.0),
            value_words(Measure::Mood, self.without.0),
            self.with.1,
            self.without.1
        )
    }
}

/// What was found, or why nothing can be said yet.
#[derive(Debug, Clone, PartialEq)]
pub struct Patterns {
    pub found: Vec<String>,
    /// Days with a mood logged in the range.
    pub mood_days: usize,
}

/// Every pattern there is enough data for, `from..=to`.
pub fn find(journal: &Journal, meds: &[Medication], from: NaiveDate, to: NaiveDate) -> Patterns {
    let days: Vec<&Day> = journal.days_between(from, to).collect();
    let mut found = Vec::new();
    let sleep = |d: &Day| d.check_in.as_ref().and_then(|c| c.sleep_hours).map(|h| h >= 7.0);
    if let Some(s) = Split::of(days.iter().copied(), sleep) {
        found.push(format!("After nights of 7 hours' sleep or more your mood averaged {}.", s.words()));
    }
    if let Some(s) = Split::of(days.iter().copied(), |d| Some(!d.practices.is_empty())) {
        found.push(format!("On days you practised a skill your mood averaged {}.", s.words()));
    }
    found.extend(tag_patterns(&days));
    if let Some(s) = Split::of(days.iter().copied(), |d| all_doses_taken(meds, d)) {
        found.push(format!(
            "On days every scheduled dose was logged as taken your mood averaged {}; on days one was skipped or not \
             logged, {} ({} vs {} days).",
            value_words(Measure::Mood, s.with.0),
            value_words(Measure::Mood, s.without.0),
            s.with.1,
            s.without.1
        ));
    }
    found.extend(dose_change_pattern(journal, meds, from, to));
    Patterns { found, mood_days: days.iter().filter(|d| d.mood().is_some()).count() }
}

/// The tags with enough days on each side, the three with the largest difference.
fn tag_patterns(days: &[&Day]) -> Vec<String> {
    let mut tags: Vec<String> = days.iter().flat_map(|d| d.tags()).map(|t| t.to_string()).collect();
    tags.sort();
    tags.dedup();
    let mut splits: Vec<(String, Split)> = tags
        .into_iter()
        .filter_map(|t| Split::of(days.iter().copied(), |d| Some(d.has_tag(&t))).map(|s| (t, s)))
        .collect();
    splits.sort_by(|a, b| {
        let gap = |s: &Split| (s.with.0 - s.without.0).abs();
        gap(&b.1).total_cmp(&gap(&a.1)).then_with(|| a.0.cmp(&b.0))
    });
    splits.into_iter().take(3).map(|(t, s)| format!("On days tagged #{t} your mood averaged {}.", s.words())).collect()
}

/// Whether every dose scheduled that day was logged as taken; `None` with none scheduled.
fn all_doses_taken(meds: &[Medication], day: &Day) -> Option<bool> {
    let mut any = false;
    for m in meds.iter().filter(|m| m.is_active_on(day.date) && !m.is_prn_on(day.date)) {
        for slot in m.slots_on(day.date).iter() {
            any = true;
            let taken =
                event_for(&day.doses, &m.id, slot.time).is_some_and(|e| matches!(e.status, DoseStatus::Taken { .. }));
            if !taken {
                return Some(false);
            }
        }
    }
    any.then_some(true)
}

/// Mood in the four weeks after the latest dose change in the range against the four before.
fn dose_change_pattern(journal: &Journal, meds: &[Medication], from: NaiveDate, to: NaiveDate) -> Option<String> {
    let markers: Vec<MedMarker> = med_markers(meds, from, to);
    let change = markers.iter().rev().find(|m| m.label.starts_with('↑') || m.label.starts_with('↓'))?;
    let before_from = change.date.checked_sub_days(Days::new(28))?;
    let after_to = change.date.checked_add_days(Days::new(27))?.min(to);
    let days = journal.days_between(before_from, after_to);
    let s = Split::of(days, |d| Some(d.date >= change.date))?;
    Some(format!(
        "Since {} went to {} on {} your mood averaged {}; in the four weeks before, {} ({} vs {} days).",
        change.med,
        change.label.trim_start_matches(['↑', '↓']),
        change.date.format("%-d %b"),
        value_words(Measure::Mood, s.with.0),
        value_words(Measure::Mood, s.without.0),
        s.with.1,
        s.without.1
    ))
}

#[cfg(test)]
mod tests;
