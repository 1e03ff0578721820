//! Side effects: each tied to the medication(s) suspected and the dose it began on, rated
//! over time in our own words, resolved (or reopened) on a date. Information, never advice.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::medication::{MedId, Medication, Regimen, fmt_num};

mod today;
pub use today::EffectToday;

/// Common with SSRIs (NHS, "SSRI antidepressants – side effects"); the person may type their own.
pub const COMMON: [&str; 14] = [
    "nausea",
    "headache",
    "dizziness",
    "feeling agitated, shaky or anxious",
    "indigestion",
    "diarrhoea",
    "constipation",
    "loss of appetite",
    "blurred vision",
    "dry mouth",
    "sweating",
    "trouble sleeping",
    "drowsiness",
    "sexual problems",
];

/// The three questions, each answered 0–3 in our own words.
pub const OFTEN: [&str; 4] = ["not at all", "now and then", "often", "nearly all the time"];
pub const STRONG: [&str; 4] = ["not at all", "mild", "moderate", "strong"];
pub const IN_THE_WAY: [&str; 4] = ["not at all", "a little", "quite a lot", "very much"];

/// Timing facts from REFERENCES.md, each with where it comes from (NPS MedicineWise closed at the
/// end of 2022, so it is not cited).
pub const FACTS: [(&str, &str); 4] = [
    (
        "Side effects of SSRIs often start in the first week, and many settle within about two weeks.",
        "NHS and Mind leaflets",
    ),
    ("Some, such as sexual problems, can persist.", "NHS, SSRI antidepressants – side effects"),
    (
        "Many complaints are there before any medication, so a baseline helps show what is new.",
        "Uher et al. 2009, British Journal of Psychiatry",
    ),
    ("Stopping an antidepressant suddenly can cause withdrawal effects.", "NHS"),
];

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rating {
    pub date: NaiveDate,
    pub often: u8,
    pub strong: u8,
    pub in_the_way: u8,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl Rating {
    /// The highest of the three answers: what a lane's shading shows.
    pub fn level(&self) -> u8 {
        self.often.max(self.strong).max(self.in_the_way).min(3)
    }
}

/// A side effect resolved, or back again, on a date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusChange {
    pub date: NaiveDate,
    pub resolved: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SideEffect {
    /// A readable slug, unique among the person's side effects ("nausea", "nausea-2").
    pub id: String,
    pub name: String,
    /// Ids of the suspected medications; empty means "not sure".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub meds: Vec<MedId>,
    pub onset: NaiveDate,
    /// Every rating in date order; the first is from the onset.
    pub ratings: Vec<Rating>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<StatusChange>,
}

impl SideEffect {
    /// The date it was last marked resolved, when it is resolved now.
    pub fn resolved_on(&self) -> Option<NaiveDate> {
        self.changes.last().filter(|c| c.resolved).map(|c| c.date)
    }

    pub fn is_ongoing(&self) -> bool {
        self.resolved_on().is_none()
    }

    pub fn latest(&self) -> Option<&Rating> {
        self.ratings.iter().max_by_key(|r| r.date)
    }

    /// Whether it was present on a date: after onset and not within a resolved stretch.
    pub fn present_on(&self, date: NaiveDate) -> bool {
        if date < self.onset {
            return false;
        }
        self.changes.iter().filter(|c| c.date <= date).max_by_key(|c| c.date).is_none_or(|c| !c.resolved)
    }

    /// The rating in force on a date (the latest on or before it), while present.
    pub fn rating_on(&self, date: NaiveDate) -> Option<&Rating> {
        if !self.present_on(date) {
            return None;
        }
        self.ratings.iter().filter(|r| r.date <= date).max_by_key(|r| r.date)
    }

    /// Days from onset to resolution, or to `today` while ongoing.
    pub fn duration_days(&self, today: NaiveDate) -> i64 {
        (self.resolved_on().unwrap_or(today) - self.onset).num_days()
    }

    /// Logged before every suspected medication started: a baseline to compare with.
    pub fn is_baseline(&self, meds: &[Medication]) -> bool {
        let suspected: Vec<&Medication> = meds.iter().filter(|m| self.meds.contains(&m.id)).collect();
        !suspected.is_empty() && suspected.iter().all(|m| self.onset < m.start)
    }
}

/// What happened to a medication last before a side effect began.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    Start,
    Increase,
    Decrease,
    Change,
    Restart,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Onset {
    pub event: Event,
    pub date: NaiveDate,
    /// Days from the event to the onset (negative: before the medication started).
    pub days: i64,
    /// The dose in force at onset, as words ("100 mg", "150 mg a day").
    pub dose: Option<String>,
}

fn daily_units(r: &Regimen) -> f32 {
    r.doses.iter().map(|s| s.units).sum()
}

/// A regimen's amount in words: one dose a day reads "100 mg", more "150 mg a day".
pub fn amount_words(m: &Medication, r: &Regimen) -> String {
    match r.doses.as_slice() {
        [one] => m.amount(one.units),
        _ if r.pattern.is_prn() => {
            format!("{} as needed", r.doses.first().map_or(String::new(), |s| m.amount(s.units)))
        }
        _ => format!("{} {} a day", fmt_num(daily_units(r) * m.strength), m.unit.label()),
    }
}

/// The onset of a side effect relative to the medication's start, latest dose change or
/// restart, and the dose in force then (derived from the timeline, never typed).
pub fn onset_for(se: &SideEffect, m: &Medication) -> Onset {
    let dose = m.regimen_on(se.onset).map(|r| amount_words(m, r));
    if se.onset < m.start {
        return Onset { event: Event::Start, date: m.start, days: (se.onset - m.start).num_days(), dose: None };
    }
    let mut events: Vec<(NaiveDate, Event)> = vec![(m.start, Event::Start)];
    let mut changes: Vec<_> = m.changes.iter().filter(|c| c.effective > m.start).collect();
    changes.sort_by_key(|c| c.effective);
    for c in changes {
        let before = m.regimen_on(c.effective.pred_opt().unwrap_or(c.effective)).map(daily_units);
        let after = daily_units(&c.regimen);
        let event = match before {
            Some(b) if after > b + 1e-3 => Event::Increase,
            Some(b) if after < b - 1e-3 => Event::Decrease,
            _ => Event::Change,
        };
        events.push((c.effective, event));
    }
    events.extend(m.pauses.iter().filter_map(|p| p.restarted).map(|d| (d, Event::Restart)));
    let (date, event) =
        events.into_iter().filter(|(d, _)| *d <= se.onset).max_by_key(|(d, _)| *d).unwrap_or((m.start, Event::Start));
    Onset { event, date, days: (se.onset - date).num_days(), dose }
}

/// "1 day", "3 days".
pub fn days_words(n: i64) -> String {
    if n == 1 { "1 day".into() } else { format!("{n} days") }
}

/// "began 3 days after the increase to 100 mg", "noted 4 days before Sertraline started".
pub fn describe_onset(se: &SideEffect, m: &Medication) -> String {
    let o = onset_for(se, m);
    // The name as the person wrote it (never the id).
    let name = &m.name;
    if o.days < 0 {
        return format!("noted {} before {name} started (a baseline)", days_words(-o.days));
    }
    let dose = o.dose.clone().unwrap_or_default();
    let what = match o.event {
        Event::Start => format!("starting {name} ({dose})"),
        Event::Increase => format!("the increase to {dose}"),
        Event::Decrease => format!("the decrease to {dose}"),
        Event::Change => format!("the change to {dose}"),
        Event::Restart => format!("restarting {name} ({dose})"),
    };
    match o.days {
        0 => format!("began the day of {what}"),
        n => format!("began {} after {what}", days_words(n)),
    }
}

/// Ongoing count, the one that gets in the way most now, and how long resolved ones lasted.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub ongoing: usize,
    pub most_in_the_way: Option<(String, u8)>,
    pub median_resolved_days: Option<f32>,
}

pub fn summary(effects: &[SideEffect]) -> Summary {
    let ongoing: Vec<&SideEffect> = effects.iter().filter(|e| e.is_ongoing()).collect();
    let most_in_the_way = ongoing
        .iter()
        .filter_map(|e| e.latest().map(|r| (e.name.clone(), r.in_the_way)))
        .filter(|(_, w)| *w > 0)
        .max_by_key(|(_, w)| *w);
    let mut durations: Vec<i64> =
        effects.iter().filter_map(|e| e.resolved_on().map(|r| (r - e.onset).num_days())).collect();
    durations.sort_unstable();
    let median_resolved_days = match durations.len() {
        0 => None,
        n if n % 2 == 1 => Some(durations[n / 2] as f32),
        n => Some((durations[n / 2 - 1] + durations[n / 2]) as f32 / 2.0),
    };
    Summary { ongoing: ongoing.len(), most_in_the_way, median_resolved_days }
}

/// A gentle pointer, only for a high "gets in the way" rating: information, not advice.
pub fn worth_raising(se: &SideEffect) -> bool {
    se.is_ongoing() && se.latest().is_some_and(|r| r.in_the_way >= 2)
}

#[cfg(test)]
mod tests;
