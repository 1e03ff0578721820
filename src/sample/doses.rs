//! Doses as the sample person logged them, day by day: most scheduled doses ticked off
//! within the hour, some late, a few skipped with a short reason, the odd different amount,
//! "as needed" doses on anxious days, and days with no doses logged at all (mostly days
//! without a check-in too). The schedule always comes from `Medication::slots_on`.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, Timelike};

use super::at;
use super::meds::PACK;
use super::model::Rng;
use crate::domain::dose::{DoseEvent, DoseStatus};
use crate::domain::medication::{Medication, Pattern, Refill, Slot};

/// On the last day, which the demo shows as today, only doses due before this minute of the
/// day (09:00) are logged, each taken before it: the demo opens with the morning dose ticked
/// off and the evening ones still due. (Opened before 09:00, the morning dose shows as taken
/// a little ahead of the clock; that is the price of a fixed, clock-free generator.)
pub const LAST_DAY_CUTOFF: u32 = 9 * 60;

/// The latest minute of a day a dose is logged at, so an event stays on its own date.
const DAY_END: u32 = 23 * 60 + 55;

/// Reasons given for a skipped dose; the last two ("ran out", and none given) only for a
/// medication whose supply is not counted, since a counted one is refilled in time.
const SKIP_REASONS: &[&str] = &["felt sick", "forgot to pack it", "away overnight", "stomach upset", "ran out", ""];

/// What the day's other records say about it.
pub struct DayInfo {
    pub date: NaiveDate,
    /// The modelled anxiety, about 0–10: "as needed" doses follow it.
    pub anxiety: f64,
    pub checked_in: bool,
    /// Part of a run of days with no check-in or notes (a holiday, a hard week).
    pub in_gap: bool,
}

/// Writes each day's dose events and keeps the supply count, adding refills as it runs low.
pub struct DoseLog {
    rng: Rng,
    meds: Vec<Medication>,
    /// Simulated units on hand, for the medications with a supply.
    stock: Vec<f32>,
    offset: FixedOffset,
    end: NaiveDate,
    in_gap: bool,
    gap_logged: bool,
}

impl DoseLog {
    pub fn new(meds: Vec<Medication>, rng: Rng, offset: FixedOffset, end: NaiveDate) -> DoseLog {
        let stock = meds.iter().map(|m| m.supply.as_ref().map_or(0.0, |s| s.counted)).collect();
        DoseLog { rng, meds, stock, offset, end, in_gap: false, gap_logged: true }
    }

    /// The medications, with the refills added along the way.
    pub fn finish(self) -> Vec<Medication> {
        self.meds
    }

    /// The day's dose events in time order. Days must come oldest first.
    pub fn day(&mut self, info: &DayInfo) -> Vec<DoseEvent> {
        let date = info.date;
        if info.in_gap && !self.in_gap {
            // In some runs of days without check-ins the doses are still mostly ticked off.
            self.gap_logged = self.rng.chance(0.6);
        }
        self.in_gap = info.in_gap;
        self.refill(date);
        let last = date == self.end;
        let logged = last
            || if info.in_gap {
                !self.rng.chance(if self.gap_logged { 0.1 } else { 0.75 })
            } else if info.checked_in {
                !self.rng.chance(0.005)
            } else {
                !self.rng.chance(0.25)
            };
        let mut events = Vec::new();
        if !logged {
            return events;
        }
        let DoseLog { rng, meds, offset, .. } = self;
        for med in meds.iter() {
            for slot in med.slots_on(date).iter() {
                let event =
                    if last { last_day(rng, med, slot, date, *offset) } else { past(rng, med, slot, date, *offset) };
                events.extend(event);
            }
            if !last && med.is_prn_on(date) {
                as_needed(rng, med, date, info.anxiety, *offset, &mut events);
            }
        }
        events.sort_by_key(moment);
        for (med, stock) in self.meds.iter().zip(self.stock.iter_mut()) {
            if med.supply.as_ref().is_some_and(|s| s.counted_on <= date) {
                *stock -= events.iter().filter(|e| *e.med == *med.id).map(DoseEvent::taken_units).sum::<f32>();
            }
        }
        events
    }

    /// A month's worth of whole packs when only a few days' doses are left.
    fn refill(&mut self, date: NaiveDate) {
        for (med, stock) in self.meds.iter_mut().zip(self.stock.iter_mut()) {
            if !med.is_active_on(date) {
                continue;
            }
            let Some(per_day) = med.daily_units_on(date).filter(|u| *u > 0.0) else { continue };
            let Some(supply) = med.supply.as_mut().filter(|s| s.counted_on < date) else { continue };
            let days_left = 3.0 + self.rng.below(6) as f32;
            if *stock < days_left * per_day {
                let units = PACK * per_day.ceil();
                supply.refills.push(Refill { date, units, at: None });
                *stock += units;
            }
        }
    }
}

/// When the event was logged: taken or skipped.
fn moment(e: &DoseEvent) -> DateTime<FixedOffset> {
    match e.status {
        DoseStatus::Taken { at, .. } | DoseStatus::Skipped { at, .. } => at,
    }
}

fn minute_of(t: NaiveTime) -> u32 {
    t.hour() * 60 + t.minute()
}

fn event(med: &Medication, slot: Option<NaiveTime>, status: DoseStatus) -> DoseEvent {
    DoseEvent { med: med.id.clone(), slot, status }
}

fn taken(
    med: &Medication,
    slot: Option<NaiveTime>,
    date: NaiveDate,
    minute: u32,
    units: f32,
    offset: FixedOffset,
) -> Option<DoseEvent> {
    let at = at(date, minute.min(DAY_END) as usize, offset)?;
    Some(event(med, slot, DoseStatus::Taken { at, units }))
}

/// A scheduled dose on a past day: mostly on time, sometimes late, now and then skipped or
/// not logged, and on a handful of days half a tablet less than prescribed.
fn past(rng: &mut Rng, med: &Medication, slot: &Slot, date: NaiveDate, offset: FixedOffset) -> Option<DoseEvent> {
    let due = minute_of(slot.time);
    let roll = rng.unit();
    if roll < 0.025 {
        // Taken or not, it was never ticked off.
        return None;
    }
    if roll < 0.05 {
        let reasons = if med.supply.is_some() { &SKIP_REASONS[..4] } else { SKIP_REASONS };
        let reason = rng.pick(reasons).to_string();
        let at = at(date, (due + 10 + rng.below(170) as u32).min(DAY_END) as usize, offset)?;
        return Some(event(med, Some(slot.time), DoseStatus::Skipped { at, reason: reason.into() }));
    }
    let minute = if roll < 0.09 {
        // Late: two to five hours after its time (a late evening dose stays before midnight).
        due + 130 + rng.below(170) as u32
    } else {
        // A few minutes early to about an hour after, mostly soon after.
        (due + (rng.unit().powi(2) * 65.0) as u32).saturating_sub(5)
    };
    let units = if slot.units >= 1.0 && rng.chance(0.005) { slot.units - 0.5 } else { slot.units };
    taken(med, Some(slot.time), date, minute, units, offset)
}

/// The last day ("today" in the demo): the doses due before the cutoff, taken as prescribed
/// within the hour and before the cutoff; nothing later.
fn last_day(rng: &mut Rng, med: &Medication, slot: &Slot, date: NaiveDate, offset: FixedOffset) -> Option<DoseEvent> {
    let due = minute_of(slot.time);
    if due >= LAST_DAY_CUTOFF {
        return None;
    }
    let minute = due + rng.below((LAST_DAY_CUTOFF - due).min(40) as usize) as u32;
    taken(med, Some(slot.time), date, minute, slot.units, offset)
}

/// "As needed" doses on anxious days, now and then a second one later in the day, always
/// within the plan's limits.
fn as_needed(
    rng: &mut Rng,
    med: &Medication,
    date: NaiveDate,
    anxiety: f64,
    offset: FixedOffset,
    out: &mut Vec<DoseEvent>,
) {
    let Some(regimen) = med.regimen_on(date) else { return };
    let Pattern::AsNeeded { max_per_day, min_hours } = &regimen.pattern else { return };
    if !rng.chance(((anxiety - 5.0) * 0.15).clamp(0.0, 0.5)) {
        return;
    }
    let units = regimen.doses.first().map_or(1.0, |s| s.units);
    let max = max_per_day.unwrap_or(2).min(2);
    let gap = (min_hours.unwrap_or(4.0).max(0.0) * 60.0).ceil() as u32;
    let mut minute = 9 * 60 + rng.below(6 * 60) as u32;
    for n in 0..max {
        if n > 0 {
            if !rng.chance(0.15) {
                break;
            }
            minute += gap + 20 + rng.below(180) as u32;
        }
        if minute > 22 * 60 {
            break;
        }
        out.extend(taken(med, None, date, minute, units, offset));
    }
}
