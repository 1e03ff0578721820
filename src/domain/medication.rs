//! Medications: what is taken, how much, when, and every change to that over time.
//! tend records changes "as decided with your prescriber"; it never proposes one.

use std::borrow::Cow;

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveTime, Weekday};
use serde::{Deserialize, Serialize};

mod id;
pub use id::MedId;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Unit {
    Mg,
    Mcg,
    G,
    Ml,
    Iu,
    Drops,
    Puffs,
    Other,
}

impl Unit {
    pub const ALL: [Unit; 8] =
        [Unit::Mg, Unit::Mcg, Unit::G, Unit::Ml, Unit::Iu, Unit::Drops, Unit::Puffs, Unit::Other];

    pub fn label(self) -> &'static str {
        match self {
            Unit::Mg => "mg",
            Unit::Mcg => "mcg",
            Unit::G => "g",
            Unit::Ml => "ml",
            Unit::Iu => "IU",
            Unit::Drops => "drops",
            Unit::Puffs => "puffs",
            Unit::Other => "units",
        }
    }

    pub fn parse(text: &str) -> Option<Unit> {
        let t = text.trim().to_lowercase();
        let t = if t == "µg" || t == "ug" { "mcg".to_string() } else { t };
        Unit::ALL.into_iter().find(|u| u.label().eq_ignore_ascii_case(&t) || (t == "other" && *u == Unit::Other))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Form {
    Tablet,
    Capsule,
    Liquid,
    Drops,
    Inhaler,
    Patch,
    Injection,
    Other,
}

impl Form {
    pub const ALL: [Form; 8] = [
        Form::Tablet,
        Form::Capsule,
        Form::Liquid,
        Form::Drops,
        Form::Inhaler,
        Form::Patch,
        Form::Injection,
        Form::Other,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Form::Tablet => "tablet",
            Form::Capsule => "capsule",
            Form::Liquid => "liquid",
            Form::Drops => "drops",
            Form::Inhaler => "inhaler",
            Form::Patch => "patch",
            Form::Injection => "injection",
            Form::Other => "other",
        }
    }

    /// What one counted unit of this form is called ("1 tablet", "2 capsules", "5 ml").
    pub fn count_label(self, units: f32) -> String {
        let n = fmt_num(units);
        match self {
            Form::Liquid => format!("{n} ml"),
            Form::Drops => format!("{n} drop{}", if (units - 1.0).abs() < f32::EPSILON { "" } else { "s" }),
            Form::Inhaler => format!("{n} puff{}", if (units - 1.0).abs() < f32::EPSILON { "" } else { "s" }),
            Form::Other => format!("{n} unit{}", if (units - 1.0).abs() < f32::EPSILON { "" } else { "s" }),
            f => format!("{n} {}{}", f.label(), if (units - 1.0).abs() < f32::EPSILON { "" } else { "s" }),
        }
    }

    pub fn parse(text: &str) -> Option<Form> {
        let t = text.trim().to_lowercase();
        let t = t.trim_end_matches('s');
        Form::ALL.into_iter().find(|f| f.label().trim_end_matches('s') == t)
    }
}

/// Numbers as people write them: 1, 0.5, 12.5 (no trailing zeros).
pub fn fmt_num(v: f32) -> String {
    let s = format!("{:.2}", v);
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// One scheduled dose in a day: a wall-clock time and how many units (tablets, ml…).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Slot {
    pub time: NaiveTime,
    pub units: f32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Pattern {
    Daily,
    Weekdays(Vec<Weekday>),
    /// Every n days, counted from the day the regimen took effect.
    EveryNDays(u32),
    /// As needed (PRN), with the plan's limits where the prescriber gave any.
    AsNeeded {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max_per_day: Option<u32>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        min_hours: Option<f32>,
    },
}

impl Pattern {
    pub fn is_prn(&self) -> bool {
        matches!(self, Pattern::AsNeeded { .. })
    }

    pub fn describe(&self) -> String {
        match self {
            Pattern::Daily => "every day".into(),
            Pattern::Weekdays(days) => {
                let names: Vec<String> = days.iter().map(|d| d.to_string()).collect();
                format!("on {}", names.join(", "))
            }
            Pattern::EveryNDays(n) => format!("every {n} days"),
            Pattern::AsNeeded { max_per_day, min_hours } => {
                let mut s = "as needed".to_string();
                if let Some(m) = max_per_day {
                    s.push_str(&format!(", at most {m} a day"));
                }
                if let Some(h) = min_hours {
                    s.push_str(&format!(", {} h apart", fmt_num(*h)));
                }
                s
            }
        }
    }
}

/// What to take: on which days, at which times, how much.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Regimen {
    pub pattern: Pattern,
    /// Times and amounts; for "as needed", the usual amount (its time is ignored).
    pub doses: Vec<Slot>,
}

impl Regimen {
    /// Units a day on average; `None` for "as needed".
    pub fn daily_units(&self) -> Option<f32> {
        let per_day: f32 = self.doses.iter().map(|s| s.units).sum();
        match &self.pattern {
            Pattern::Daily => Some(per_day),
            Pattern::Weekdays(days) => Some(per_day * days.len() as f32 / 7.0),
            Pattern::EveryNDays(n) => Some(per_day / (*n).max(1) as f32),
            Pattern::AsNeeded { .. } => None,
        }
    }
}

/// A regimen taking effect on a date: the first one is the starting plan. Two on the same
/// date are both kept (the history shows what was first set); the one recorded later applies.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DoseChange {
    pub effective: NaiveDate,
    pub regimen: Regimen,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
    /// Recorded as decided with the prescriber.
    #[serde(default)]
    pub with_prescriber: bool,
}

/// A stop, and the restart when there was one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pause {
    pub stopped: NaiveDate,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restarted: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub restart_reason: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Refill {
    pub date: NaiveDate,
    pub units: f32,
    /// When it was recorded (older files lack it): a refill made before a count that day
    /// is already in that count.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<DateTime<FixedOffset>>,
}

/// Optional supply tracking: a count on a date, refills since, and when to say "refill soon".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Supply {
    pub counted: f32,
    pub counted_on: NaiveDate,
    /// The moment of the count: doses taken that day before it were already out of the pack.
    /// Older files lack it, and then every dose of that day counts against it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counted_at: Option<DateTime<FixedOffset>>,
    #[serde(default = "default_warn_days")]
    pub warn_days: u32,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub refills: Vec<Refill>,
}

impl Supply {
    /// "What you have now": a count made at this moment.
    pub fn counted_now(counted: f32, now: DateTime<FixedOffset>, warn_days: u32) -> Supply {
        Supply { counted, counted_on: now.date_naive(), counted_at: Some(now), warn_days, refills: Vec::new() }
    }
}

fn default_warn_days() -> u32 {
    7
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Medication {
    /// A readable slug, unique among the person's medications ("sertraline").
    pub id: MedId,
    pub name: String,
    /// Amount of the active ingredient in one unit of the form (50 for a 50 mg tablet).
    pub strength: f32,
    pub unit: Unit,
    pub form: Form,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub purpose: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub prescriber: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub instructions: String,
    pub start: NaiveDate,
    /// The starting regimen and every change after it, in date order.
    pub changes: Vec<DoseChange>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pauses: Vec<Pause>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supply: Option<Supply>,
}

impl Medication {
    /// The change in force on `date` (the latest that took effect on or before it).
    pub fn change_on(&self, date: NaiveDate) -> Option<&DoseChange> {
        // `max_by_key` gives the last of equals: of two changes on one date, the later one.
        self.changes.iter().filter(|c| c.effective <= date).max_by_key(|c| c.effective)
    }

    pub fn regimen_on(&self, date: NaiveDate) -> Option<&Regimen> {
        self.change_on(date).map(|c| &c.regimen)
    }

    /// Started and not stopped on that date.
    pub fn is_active_on(&self, date: NaiveDate) -> bool {
        date >= self.start && !self.pauses.iter().any(|p| p.stopped <= date && p.restarted.is_none_or(|r| r > date))
    }

    /// Whether it can be stopped (`restart` false) or restarted on `date`: not before it
    /// started, not ahead of today, not before its last stop (restart) or restart (stop).
    pub fn check_stop_date(&self, date: NaiveDate, today: NaiveDate, restart: bool) -> Result<(), String> {
        if date < self.start {
            return Err(format!("that is before it started ({})", self.start));
        }
        if date > today {
            return Err("that date is still ahead".into());
        }
        match self.pauses.last() {
            Some(p) if restart && date < p.stopped => Err(format!("that is before it was stopped ({})", p.stopped)),
            Some(p) if !restart && p.restarted.is_some_and(|r| date < r) => {
                Err("that is before the last restart".into())
            }
            _ => Ok(()),
        }
    }

    /// Stopped now with no restart yet.
    pub fn is_stopped(&self, today: NaiveDate) -> bool {
        self.pauses.last().is_some_and(|p| p.stopped <= today && p.restarted.is_none())
    }

    pub fn is_prn_on(&self, date: NaiveDate) -> bool {
        self.is_active_on(date) && self.regimen_on(date).is_some_and(|r| r.pattern.is_prn())
    }

    /// Scheduled doses on a date, in time order (none for "as needed" or inactive days).
    /// Borrowed from the plan when its doses are in time order, as the forms save them; a
    /// hand-edited file out of order is sorted on a copy. Called for every day drawn.
    pub fn slots_on(&self, date: NaiveDate) -> Cow<'_, [Slot]> {
        if !self.is_active_on(date) {
            return Cow::Borrowed(&[]);
        }
        let Some(change) = self.change_on(date) else { return Cow::Borrowed(&[]) };
        let scheduled = match &change.regimen.pattern {
            Pattern::Daily => true,
            Pattern::Weekdays(days) => days.contains(&date.weekday()),
            Pattern::EveryNDays(n) => (date - change.effective).num_days().rem_euclid(i64::from((*n).max(1))) == 0,
            Pattern::AsNeeded { .. } => false,
        };
        if !scheduled {
            return Cow::Borrowed(&[]);
        }
        let doses = change.regimen.doses.as_slice();
        if doses.is_sorted_by_key(|s| s.time) {
            return Cow::Borrowed(doses);
        }
        let mut slots = doses.to_vec();
        slots.sort_by_key(|s| s.time);
        Cow::Owned(slots)
    }

    /// Average units a day under the regimen on `date`; `None` for "as needed".
    pub fn daily_units_on(&self, date: NaiveDate) -> Option<f32> {
        self.regimen_on(date)?.daily_units()
    }

    /// "50 mg" for a number of units.
    pub fn amount(&self, units: f32) -> String {
        format!("{} {}", fmt_num(units * self.strength), self.unit.label())
    }

    /// "100 mg (2 tablets)".
    pub fn dose_label(&self, units: f32) -> String {
        format!("{} ({})", self.amount(units), self.form.count_label(units))
    }

    /// "50 mg tablet".
    pub fn strength_label(&self) -> String {
        format!("{} {} {}", fmt_num(self.strength), self.unit.label(), self.form.label())
    }

    /// "08:00 50 mg, 20:00 25 mg every day".
    pub fn regimen_label(&self, r: &Regimen) -> String {
        if r.pattern.is_prn() {
            let usual = r.doses.first().map(|s| self.amount(s.units)).unwrap_or_default();
            return format!("{usual} {}", r.pattern.describe()).trim().to_string();
        }
        let doses: Vec<String> =
            r.doses.iter().map(|s| format!("{} {}", s.time.format("%H:%M"), self.amount(s.units))).collect();
        format!("{} {}", doses.join(", "), r.pattern.describe())
    }
}

/// A readable id from a name, unique among `taken` ("sertraline", "sertraline-2").
pub fn slug(name: &str, taken: &[&str]) -> String {
    let mut base = String::new();
    for c in name.trim().to_lowercase().chars() {
        if c.is_alphanumeric() {
            base.push(c);
        } else if !base.ends_with('-') && !base.is_empty() {
            base.push('-');
        }
    }
    let base = base.trim_end_matches('-').to_string();
    let base = if base.is_empty() { "medication".to_string() } else { base };
    if !taken.contains(&base.as_str()) {
        return base;
    }
    (2..).map(|n| format!("{base}-{n}")).find(|s| !taken.contains(&s.as_str())).unwrap_or(base)
}

#[cfg(test)]
pub(crate) mod tests;
