//! What the Progress tab and the visit summary draw: a measure day by day with its 7-day
//! rolling mean (gaps stay gaps), the medication changes to mark, side effects as lanes,
//! and practices per week. Plain numbers from the record; no drawing here.

use chrono::{Datelike, Days, NaiveDate};

use super::Journal;
use super::day::Day;
use super::medication::{Medication, fmt_num};
use super::side_effect::SideEffect;

/// What a check-in measures, as the charts show it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Measure {
    #[default]
    Mood,
    Anxiety,
    Energy,
    Sleep,
}

impl Measure {
    pub const ALL: [Measure; 4] = [Measure::Mood, Measure::Anxiety, Measure::Energy, Measure::Sleep];

    pub fn title(self) -> &'static str {
        match self {
            Measure::Mood => "Mood",
            Measure::Anxiety => "Anxiety",
            Measure::Energy => "Energy",
            Measure::Sleep => "Sleep",
        }
    }

    /// The top of its axis: 10 for the 0–10 answers, 12 hours for sleep.
    pub fn max(self) -> f64 {
        match self {
            Measure::Sleep => 12.0,
            _ => 10.0,
        }
    }

    /// What a value reads as: "6", or "7.5 h".
    pub fn unit(self) -> &'static str {
        match self {
            Measure::Sleep => " h",
            _ => "",
        }
    }

    pub fn of(self, day: &Day) -> Option<f64> {
        let c = day.check_in.as_ref()?;
        match self {
            Measure::Mood => c.mood.map(f64::from),
            Measure::Anxiety => c.anxiety.map(f64::from),
            Measure::Energy => c.energy.map(f64::from),
            Measure::Sleep => c.sleep_hours.map(f64::from),
        }
    }
}

/// The days `from..=to`, oldest first.
pub fn dates(from: NaiveDate, to: NaiveDate) -> impl Iterator<Item = NaiveDate> {
    from.iter_days().take_while(move |d| *d <= to)
}

/// A measure for each day `from..=to`; `None` where it was not logged.
pub fn daily(journal: &Journal, measure: Measure, from: NaiveDate, to: NaiveDate) -> Vec<(NaiveDate, Option<f64>)> {
    let mut values: Vec<(NaiveDate, Option<f64>)> = dates(from, to).map(|d| (d, None)).collect();
    for day in journal.days_between(from, to) {
        if let Some(slot) = values.get_mut(index(from, day.date)) {
            slot.1 = measure.of(day);
        }
    }
    values
}

fn index(from: NaiveDate, date: NaiveDate) -> usize {
    usize::try_from((date - from).num_days()).unwrap_or(usize::MAX)
}

/// Days a rolling mean needs logged out of its seven, or it is left out (a gap, not a guess).
pub const MEAN_NEEDS: usize = 4;

/// The mean of each day and the six before it, where at least [`MEAN_NEEDS`] are logged.
/// The window reaches only into the days given (`daily` as returned above).
pub fn rolling_mean(daily: &[(NaiveDate, Option<f64>)]) -> Vec<(NaiveDate, Option<f64>)> {
    (0..daily.len())
        .map(|i| {
            let window = &daily[i.saturating_sub(6)..=i];
            let logged: Vec<f64> = window.iter().filter_map(|(_, v)| *v).collect();
            let mean = (logged.len() >= MEAN_NEEDS).then(|| logged.iter().sum::<f64>() / logged.len() as f64);
            (daily[i].0, mean)
        })
        .collect()
}

/// Runs of consecutive values, split where a value is missing: each run is drawn as its own
/// line, so a gap is never bridged or drawn as zero.
pub fn runs(series: &[(NaiveDate, Option<f64>)]) -> Vec<Vec<(NaiveDate, f64)>> {
    let mut out: Vec<Vec<(NaiveDate, f64)>> = Vec::new();
    let mut current = Vec::new();
    for (d, v) in series {
        match v {
            Some(v) => current.push((*d, *v)),
            None if !current.is_empty() => out.push(std::mem::take(&mut current)),
            None => {}
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// What happened to a medication on a date, as a chart marks it.
#[derive(Debug, Clone, PartialEq)]
pub struct MedMarker {
    pub date: NaiveDate,
    pub med: String,
    /// "▶ 50 mg", "↑100 mg", "↓50 mg", "■ stopped", "▶ restarted".
    pub label: String,
}

/// Starts, dose changes, stops and restarts of every medication within `from..=to`.
pub fn med_markers(meds: &[Medication], from: NaiveDate, to: NaiveDate) -> Vec<MedMarker> {
    let mut out = Vec::new();
    let within = |d: NaiveDate| d >= from && d <= to;
    for m in meds {
        let mut before: Option<f32> = None;
        for (i, c) in m.changes.iter().enumerate() {
            let units = c.regimen.daily_units();
            let amount = |u: Option<f32>| match u {
                Some(u) => m.amount(u),
                None => "as needed".into(),
            };
            let label = match (i, before, units) {
                (0, _, u) => format!("▶ {}", amount(u)),
                (_, Some(b), Some(u)) if u > b => format!("↑{}", amount(Some(u))),
                (_, Some(b), Some(u)) if u < b => format!("↓{}", amount(Some(u))),
                (_, _, u) => format!("~{}", amount(u)),
            };
            before = units;
            if within(c.effective) {
                out.push(MedMarker { date: c.effective, med: m.name.clone(), label });
            }
        }
        for p in &m.pauses {
            if within(p.stopped) {
                out.push(MedMarker { date: p.stopped, med: m.name.clone(), label: "■ stopped".into() });
            }
            if let Some(r) = p.restarted.filter(|r| within(*r)) {
                out.push(MedMarker { date: r, med: m.name.clone(), label: "▶ restarted".into() });
            }
        }
    }
    out.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.med.cmp(&b.med)));
    out
}

/// A side effect's level (0–3, the highest of its three answers) on each day `from..=to`;
/// `None` where it was not present. Only effects present at some point in the range.
pub fn effect_lanes(effects: &[SideEffect], from: NaiveDate, to: NaiveDate) -> Vec<(&SideEffect, Vec<Option<u8>>)> {
    effects
        .iter()
        .map(|e| (e, dates(from, to).map(|d| e.rating_on(d).map(|r| r.level())).collect::<Vec<_>>()))
        .filter(|(_, lane)| lane.iter().any(Option::is_some))
        .collect()
}

/// Practices a day `from..=to`.
pub fn practices_per_day(journal: &Journal, from: NaiveDate, to: NaiveDate) -> Vec<u32> {
    let mut out = vec![0u32; index(from, to) + 1];
    for day in journal.days_between(from, to) {
        if let Some(n) = out.get_mut(index(from, day.date)) {
            *n = u32::try_from(day.practices.len()).unwrap_or(u32::MAX);
        }
    }
    out
}

/// The first day of the range that ends `to` and is `days` long; `None` (all) starts at the
/// first day logged.
pub fn range_start(journal: &Journal, to: NaiveDate, days: Option<u64>) -> NaiveDate {
    match days {
        Some(n) => to.checked_sub_days(Days::new(n.saturating_sub(1))).unwrap_or(to),
        None => journal.oldest().map_or(to, |d| d.date.min(to)),
    }
}

/// A value as a person reads it: "6", "6.5", "7.5 h".
pub fn value_words(measure: Measure, v: f64) -> String {
    format!("{}{}", fmt_num(((v * 10.0).round() / 10.0) as f32), measure.unit())
}

/// "Mon 3 Nov" or, in another year, "3 Nov 2025".
pub fn short_date(d: NaiveDate, today: NaiveDate) -> String {
    if d.year() == today.year() { d.format("%-d %b").to_string() } else { d.format("%-d %b %Y").to_string() }
}

#[cfg(test)]
mod tests;
