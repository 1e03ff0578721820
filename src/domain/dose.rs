//! Doses as they happened: taken (when, how much) or skipped (why), and what follows from
//! them: each scheduled dose's status, adherence over a period, supply, "as needed" limits.

use chrono::{DateTime, Days, FixedOffset, NaiveDate, NaiveTime, TimeDelta};
use serde::{Deserialize, Serialize};

use super::medication::{MedId, Medication, Pattern, Refill, Slot};

/// A dose taken this long after its time still counts as on time.
/// Doses taken within this many hours of their time count as on time, unless the person sets
/// another window in config.
pub const ON_TIME_HOURS: f32 = 2.0;

/// When a scheduled dose was taken, against its time and the on-time window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Timing {
    OnTime,
    Early,
    Late,
}

impl Timing {
    /// `taken - due` against a window either side of the planned time.
    pub fn of(offset: TimeDelta, window: TimeDelta) -> Timing {
        if offset > window {
            Timing::Late
        } else if offset < -window {
            Timing::Early
        } else {
            Timing::OnTime
        }
    }
}

/// The on-time window as a duration, from hours (a bad value falls back to the default).
pub fn window_of(hours: f32) -> TimeDelta {
    let hours = if hours.is_finite() && hours >= 0.0 { hours.min(24.0) } else { ON_TIME_HOURS };
    TimeDelta::minutes((hours * 60.0).round() as i64)
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum DoseStatus {
    Taken {
        at: DateTime<FixedOffset>,
        units: f32,
    },
    Skipped {
        at: DateTime<FixedOffset>,
        /// Boxed: one word less on each of years of dose events.
        #[serde(default, skip_serializing_if = "str::is_empty")]
        reason: Box<str>,
    },
}

/// One dose logged on a day: a scheduled one (its slot time) or an "as needed" one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DoseEvent {
    pub med: MedId,
    /// The scheduled time this answers; `None` for an "as needed" dose.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slot: Option<NaiveTime>,
    pub status: DoseStatus,
}

impl DoseEvent {
    pub fn taken_units(&self) -> f32 {
        match self.status {
            DoseStatus::Taken { units, .. } => units,
            DoseStatus::Skipped { .. } => 0.0,
        }
    }

    pub fn taken_at(&self) -> Option<DateTime<FixedOffset>> {
        match self.status {
            DoseStatus::Taken { at, .. } => Some(at),
            DoseStatus::Skipped { .. } => None,
        }
    }
}

/// Where a scheduled dose stands. Past days with nothing recorded are "not logged", never
/// assumed missed.
#[derive(Debug, Clone, PartialEq)]
pub enum SlotStatus {
    Taken {
        at: DateTime<FixedOffset>,
        timing: Timing,
        units: f32,
        differs: bool,
    },
    Skipped {
        reason: String,
    },
    /// Today, before its time (or any later day).
    Due,
    /// Today, past its time and not yet logged.
    Late,
    NotLogged,
}

impl SlotStatus {
    pub fn label(&self) -> String {
        match self {
            SlotStatus::Taken { at, timing, .. } => format!(
                "taken {}{}",
                at.format("%H:%M"),
                match timing {
                    Timing::OnTime => "",
                    Timing::Early => " (early)",
                    Timing::Late => " (late)",
                }
            ),
            SlotStatus::Skipped { reason } if reason.is_empty() => "skipped".into(),
            SlotStatus::Skipped { reason } => format!("skipped: {reason}"),
            SlotStatus::Due => "due".into(),
            SlotStatus::Late => "past its time".into(),
            SlotStatus::NotLogged => "not logged".into(),
        }
    }

    pub fn symbol(&self) -> char {
        match self {
            SlotStatus::Taken { .. } => '✓',
            SlotStatus::Skipped { .. } => '✗',
            SlotStatus::Due => '○',
            SlotStatus::Late => '!',
            SlotStatus::NotLogged => '·',
        }
    }
}

/// The event that answers a slot on a day, if any.
pub fn event_for<'a>(events: &'a [DoseEvent], med: &str, slot: NaiveTime) -> Option<&'a DoseEvent> {
    events.iter().find(|e| *e.med == *med && e.slot == Some(slot))
}

/// Where a scheduled dose stands at `now`; a dose taken more than `window` before or after
/// its time counts as early or late.
pub fn slot_status(
    slot: &Slot,
    event: Option<&DoseEvent>,
    date: NaiveDate,
    now: DateTime<FixedOffset>,
    window: TimeDelta,
) -> SlotStatus {
    match event.map(|e| &e.status) {
        Some(DoseStatus::Taken { at, units }) => {
            let timing = Timing::of(at.naive_local() - date.and_time(slot.time), window);
            SlotStatus::Taken { at: *at, timing, units: *units, differs: (units - slot.units).abs() > 1e-3 }
        }
        Some(DoseStatus::Skipped { reason, .. }) => SlotStatus::Skipped { reason: reason.to_string() },
        None => {
            let today = now.date_naive();
            if date > today || (date == today && now.time() < slot.time) {
                SlotStatus::Due
            } else if date == today {
                SlotStatus::Late
            } else {
                SlotStatus::NotLogged
            }
        }
    }
}

/// Counts over a period. Doses still due today are not counted as anything yet.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Adherence {
    pub scheduled: u32,
    pub on_time: u32,
    pub early: u32,
    pub late: u32,
    pub skipped: u32,
    pub not_logged: u32,
    /// Days when the amount taken differed from the prescribed amount.
    pub differing_days: u32,
}

impl Adherence {
    pub fn add(&mut self, other: &Adherence) {
        self.scheduled += other.scheduled;
        self.on_time += other.on_time;
        self.early += other.early;
        self.late += other.late;
        self.skipped += other.skipped;
        self.not_logged += other.not_logged;
        self.differing_days += other.differing_days;
    }

    pub fn taken(&self) -> u32 {
        self.on_time + self.early + self.late
    }

    /// Share taken (on time, early or late) of the doses logged as taken or skipped, 0–100.
    /// Doses not logged are left out, never assumed missed (they have their own count); `None`
    /// until one is logged.
    pub fn taken_percent(&self) -> Option<u32> {
        let counted = self.taken() + self.skipped;
        (counted > 0).then(|| (self.taken() * 100 + counted / 2) / counted)
    }
}

/// Adherence of one medication over the `days` days ending `now`'s date.
pub fn adherence<'a>(
    med: &Medication,
    days: u32,
    now: DateTime<FixedOffset>,
    window: TimeDelta,
    events_on: impl Fn(NaiveDate) -> &'a [DoseEvent],
) -> Adherence {
    let today = now.date_naive();
    let start = today.checked_sub_days(Days::new(u64::from(days.saturating_sub(1)))).unwrap_or(today);
    let mut a = Adherence::default();
    for date in start.iter_days().take_while(|d| *d <= today) {
        let events = events_on(date);
        let mut differs = false;
        for slot in med.slots_on(date).iter() {
            match slot_status(slot, event_for(events, &med.id, slot.time), date, now, window) {
                SlotStatus::Due => continue,
                SlotStatus::Taken { timing, differs: d, .. } => {
                    differs |= d;
                    match timing {
                        Timing::OnTime => a.on_time += 1,
                        Timing::Early => a.early += 1,
                        Timing::Late => a.late += 1,
                    }
                }
                SlotStatus::Skipped { .. } => a.skipped += 1,
                SlotStatus::Late | SlotStatus::NotLogged => a.not_logged += 1,
            }
            a.scheduled += 1;
        }
        if differs {
            a.differing_days += 1;
        }
    }
    a
}

/// One cell of the pill calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayMark {
    NoneScheduled,
    AllTaken,
    Partly,
    Skipped,
    NotLogged,
    Upcoming,
}

impl DayMark {
    pub fn symbol(self) -> char {
        match self {
            DayMark::NoneScheduled => ' ',
            DayMark::AllTaken => '✓',
            DayMark::Partly => '◐',
            DayMark::Skipped => '✗',
            DayMark::NotLogged => '·',
            DayMark::Upcoming => '○',
        }
    }
}

pub fn day_mark(med: &Medication, date: NaiveDate, events: &[DoseEvent], now: DateTime<FixedOffset>) -> DayMark {
    let slots = med.slots_on(date);
    if slots.is_empty() {
        // Nothing planned (stopped, say), but what was logged that day still shows.
        let logged = events.iter().filter(|e| *e.med == *med.id && e.slot.is_some());
        let (mut taken, mut skipped) = (false, false);
        for e in logged {
            taken |= e.taken_at().is_some();
            skipped |= e.taken_at().is_none();
        }
        return match (taken, skipped) {
            (true, false) => DayMark::AllTaken,
            (true, true) => DayMark::Partly,
            (false, true) => DayMark::Skipped,
            (false, false) => DayMark::NoneScheduled,
        };
    }
    let statuses: Vec<SlotStatus> =
        // Only taken or not matters for the mark, so the on-time window plays no part.
        slots.iter().map(|s| slot_status(s, event_for(events, &med.id, s.time), date, now, TimeDelta::MAX)).collect();
    let taken = statuses.iter().filter(|s| matches!(s, SlotStatus::Taken { .. })).count();
    let skipped = statuses.iter().filter(|s| matches!(s, SlotStatus::Skipped { .. })).count();
    let due = statuses.iter().filter(|s| matches!(s, SlotStatus::Due)).count();
    if taken == statuses.len() {
        DayMark::AllTaken
    } else if due > 0 && taken + due == statuses.len() {
        // Everything that has come due was taken and more is still to come today: not "some".
        DayMark::Upcoming
    } else if taken > 0 {
        DayMark::Partly
    } else if skipped > 0 {
        DayMark::Skipped
    } else if statuses.iter().any(|s| matches!(s, SlotStatus::Due)) {
        DayMark::Upcoming
    } else {
        DayMark::NotLogged
    }
}

/// Warnings (never blocks) for an "as needed" dose taken at `at`, against the plan's most per
/// day and hours between, counting the doses already logged that day; `today` only picks the
/// words ("today" or "that day").
pub fn prn_warnings(
    med: &Medication,
    events_that_day: &[DoseEvent],
    at: DateTime<FixedOffset>,
    today: NaiveDate,
) -> Vec<String> {
    let Some(Pattern::AsNeeded { max_per_day, min_hours }) = med.regimen_on(at.date_naive()).map(|r| &r.pattern) else {
        return Vec::new();
    };
    let taken: Vec<DateTime<FixedOffset>> = events_that_day
        .iter()
        .filter(|e| *e.med == *med.id && e.slot.is_none())
        .filter_map(DoseEvent::taken_at)
        .collect();
    let day = if at.date_naive() == today { "today" } else { "that day" };
    let mut out = Vec::new();
    if let Some(max) = max_per_day
        && taken.len() >= *max as usize
    {
        out.push(format!("This would be dose {} {day}; your plan says at most {max} a day.", taken.len() + 1));
    }
    // The nearest dose either side: a dose filled in for a past day can fall between two.
    let nearest = taken.iter().min_by_key(|t| (at - **t).num_minutes().abs());
    if let (Some(min), Some(other)) = (min_hours, nearest) {
        let hours = (at - *other).num_minutes().abs() as f32 / 60.0;
        if hours < *min {
            let gap = hours_label(hours);
            let fact = if *other <= at {
                format!("The last one was {gap} before")
            } else {
                format!("Another was logged {gap} after")
            };
            out.push(format!("{fact}; your plan says at least {} h between doses.", super::medication::fmt_num(*min)));
        }
    }
    out
}

fn hours_label(hours: f32) -> String {
    let minutes = (hours * 60.0).round().max(0.0) as i64;
    if minutes < 60 { format!("{minutes} min") } else { format!("{} h {:02} min", minutes / 60, minutes % 60) }
}

/// Units on hand today: the last count, plus refills since, minus doses taken since.
pub fn on_hand<'a>(
    med: &Medication,
    today: NaiveDate,
    events_on: impl Fn(NaiveDate) -> &'a [DoseEvent],
) -> Option<f32> {
    let s = med.supply.as_ref()?;
    // A refill counts from the count on; one recorded before the count is already in it.
    let after_count = |r: &&Refill| match (r.at, s.counted_at) {
        (Some(at), Some(count)) => at >= count,
        _ => r.date >= s.counted_on,
    };
    let refilled: f32 = s.refills.iter().filter(after_count).filter(|r| r.date <= today).map(|r| r.units).sum();
    let taken: f32 = s
        .counted_on
        .iter_days()
        .take_while(|d| *d <= today)
        .flat_map(|d| events_on(d).iter().filter(|e| *e.med == *med.id))
        // A dose taken before the count was already out of the pack when it was counted.
        .filter(|e| s.counted_at.zip(e.taken_at()).is_none_or(|(count, taken)| taken > count))
        .map(DoseEvent::taken_units)
        .sum();
    Some((s.counted + refilled - taken).max(0.0))
}

/// The date the supply runs out at the current regimen, if it is scheduled.
pub fn run_out(med: &Medication, today: NaiveDate, units_left: f32) -> Option<NaiveDate> {
    let per_day = med.daily_units_on(today).filter(|u| *u > 0.0)?;
    let days = (units_left / per_day).floor() as u64;
    today.checked_add_days(Days::new(days))
}

/// True when the supply lasts fewer days than the person's warning threshold.
pub fn refill_soon(med: &Medication, today: NaiveDate, units_left: f32) -> bool {
    let Some(s) = &med.supply else { return false };
    run_out(med, today, units_left).is_some_and(|end| (end - today).num_days() < i64::from(s.warn_days))
}

#[cfg(test)]
mod tests;
