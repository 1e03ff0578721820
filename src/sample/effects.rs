//! Side effects as the sample person logged them, tied to the real dates of the
//! medications' starts and dose changes: nausea a few days after starting sertraline,
//! easing within about two weeks; a headache after the planned step up; dizziness or a dry
//! mouth after the twice-daily increase; sexual problems that persist; drowsiness when
//! mirtazapine is added. Trouble sleeping is logged a few days before the first dose (a
//! baseline), the odd complaint is put down to nothing in particular ("not sure"), and
//! over years each later change brings a few more, most of them short. Each is rated now
//! and then, in the person's own words, until it is marked resolved; once in a while one
//! comes back. Nothing is ever dated after the last day.

use chrono::{Days, NaiveDate};

use super::model::Rng;
use crate::domain::medication::{MedId, Medication, slug};
use crate::domain::side_effect::{Rating, SideEffect, StatusChange};

/// Seeds the side effects' own stream of random numbers, so adding them left the rest of
/// the history as it was.
const EFFECT_STREAM: u64 = 0x7369_6465_6566_0001;

/// How a side effect runs its course.
#[derive(Debug, Clone, Copy)]
enum Course {
    /// Holds at `peak` until `from`, then eases, and is marked resolved on `resolved`.
    Eases { peak: u8, from: NaiveDate, resolved: NaiveDate },
    /// Mild to moderate, gets in the way a little or quite a lot, never resolved.
    Persists,
}

/// A side effect to log, before its ratings are drawn.
struct Plan {
    name: &'static str,
    meds: Vec<MedId>,
    onset: NaiveDate,
    course: Course,
    /// Days between ratings, at least and at most.
    every: (usize, usize),
    reopens: bool,
}

fn after(date: NaiveDate, days: usize) -> NaiveDate {
    date.checked_add_days(Days::new(days as u64)).unwrap_or(date)
}

fn before(date: NaiveDate, days: usize) -> NaiveDate {
    date.checked_sub_days(Days::new(days as u64)).unwrap_or(date)
}

/// `lo..=hi`.
fn between(rng: &mut Rng, lo: usize, hi: usize) -> usize {
    lo + rng.below(hi.saturating_sub(lo) + 1)
}

impl Plan {
    /// One that starts at `peak`, begins to ease at once and is resolved `lasts` days in.
    fn easing(name: &'static str, med: Option<&Medication>, onset: NaiveDate, peak: u8, lasts: usize) -> Plan {
        let course = Course::Eases { peak, from: onset, resolved: after(onset, lasts.max(2)) };
        let meds = med.map(|m| vec![m.id.clone()]).unwrap_or_default();
        Plan { name, meds, onset, course, every: (3, 7), reopens: false }
    }

    fn every(self, lo: usize, hi: usize) -> Plan {
        Plan { every: (lo, hi), ..self }
    }
}

/// The side effects for a history from `start` to `end` (inclusive), oldest onset first,
/// each with a unique id. The medications are the generator's own (see `meds`).
pub fn side_effects(meds: &[Medication], start: NaiveDate, end: NaiveDate, seed: u64) -> Vec<SideEffect> {
    let mut rng = Rng::new(seed ^ EFFECT_STREAM);
    let find = |id: &str| meds.iter().find(|m| m.id == id);
    let mut plans = Vec::new();
    if let Some(m) = find("sertraline") {
        sertraline(&mut rng, m, find("mirtazapine").map(|n| n.start), &mut plans);
    }
    if let Some(m) = find("mirtazapine") {
        mirtazapine(&mut rng, m, &mut plans);
    }
    not_sure(&mut rng, start, end, &mut plans);
    for p in plans.iter_mut() {
        p.reopens = p.reopens || rng.chance(0.1);
    }
    let mut out: Vec<SideEffect> = plans.iter().filter_map(|p| log(&mut rng, p, end)).collect();
    out.sort_by(|a, b| (a.onset, &a.name).cmp(&(b.onset, &b.name)));
    let mut taken: Vec<String> = Vec::with_capacity(out.len());
    for e in out.iter_mut() {
        e.id = slug(&e.name, &taken.iter().map(String::as_str).collect::<Vec<_>>());
        taken.push(e.id.clone());
    }
    out
}

/// Daily amount of a regimen, in tablets.
fn units(m: &Medication, i: usize) -> f32 {
    m.changes.get(i).map_or(0.0, |c| c.regimen.doses.iter().map(|s| s.units).sum())
}

fn sertraline(rng: &mut Rng, m: &Medication, sleep_med: Option<NaiveDate>, plans: &mut Vec<Plan>) {
    let start = m.start;
    // A baseline: poor sleep logged a few days before the first dose, which settles once the
    // medication for sleep is added.
    let onset = before(start, between(rng, 2, 5));
    let from = sleep_med.unwrap_or_else(|| after(start, 40));
    let resolved = after(from, between(rng, 10, 20));
    let course = Course::Eases { peak: 2, from, resolved };
    plans.push(Plan {
        name: "trouble sleeping",
        meds: vec![m.id.clone()],
        onset,
        course,
        every: (4, 8),
        reopens: false,
    });

    let onset = after(start, between(rng, 1, 4));
    let resolved = after(start, between(rng, 8, 16)).max(after(onset, 5));
    let course = Course::Eases { peak: 2 + rng.below(2) as u8, from: onset, resolved };
    plans.push(Plan { name: "nausea", meds: vec![m.id.clone()], onset, course, every: (3, 7), reopens: false });
    if rng.chance(0.4) {
        let onset = after(start, between(rng, 2, 6));
        let lasts = between(rng, 10, 20);
        plans.push(Plan::easing("feeling agitated, shaky or anxious", Some(m), onset, 2, lasts));
    }

    let mut persisting = None;
    for (i, change) in m.changes.iter().enumerate().skip(1) {
        let on = change.effective;
        let (was, now) = (units(m, i - 1), units(m, i));
        if now > was && change.regimen.doses.len() == 1 {
            // The planned step up: a headache for a couple of weeks, and sexual problems
            // that stay.
            let onset = after(on, between(rng, 1, 5));
            plans.push(Plan::easing("headache", Some(m), onset, 2, between(rng, 10, 18)).every(3, 6));
            persisting.get_or_insert(after(on, between(rng, 7, 20)));
        } else if now > was {
            let name = if rng.chance(0.5) { "dizziness" } else { "dry mouth" };
            let onset = after(on, between(rng, 2, 6));
            let peak = 1 + rng.below(2) as u8;
            plans.push(Plan::easing(name, Some(m), onset, peak, between(rng, 12, 24)).every(4, 8));
        } else if now < was {
            // Agreed reductions: a few short-lived complaints.
            const AFTER_LESS: [&str; 4] =
                ["dizziness", "feeling agitated, shaky or anxious", "trouble sleeping", "headache"];
            let first = rng.below(AFTER_LESS.len());
            let count = if rng.chance(0.35) { 2 } else { 1 };
            for k in 0..count {
                let name = AFTER_LESS[(first + 2 * k) % AFTER_LESS.len()];
                let onset = after(on, between(rng, 2, 8));
                let peak = 1 + rng.below(2) as u8;
                plans.push(Plan::easing(name, Some(m), onset, peak, between(rng, 7, 21)).every(4, 9));
            }
        }
    }
    let onset = persisting.unwrap_or_else(|| after(start, between(rng, 21, 35)));
    plans.push(Plan {
        name: "sexual problems",
        meds: vec![m.id.clone()],
        onset,
        course: Course::Persists,
        every: (5, 9),
        reopens: false,
    });
}

fn mirtazapine(rng: &mut Rng, m: &Medication, plans: &mut Vec<Plan>) {
    let onset = after(m.start, rng.below(3));
    let peak = 2 + rng.below(2) as u8;
    plans.push(Plan::easing("drowsiness", Some(m), onset, peak, between(rng, 10, 20)).every(3, 6));
    if rng.chance(0.5) {
        let onset = after(m.start, between(rng, 7, 14));
        plans.push(Plan::easing("bigger appetite", Some(m), onset, 1, between(rng, 20, 40)).every(6, 10));
    }
    for restarted in m.pauses.iter().filter_map(|p| p.restarted) {
        if rng.chance(0.6) {
            let onset = after(restarted, rng.below(2));
            let peak = 1 + rng.below(2) as u8;
            plans.push(Plan::easing("drowsiness", Some(m), onset, peak, between(rng, 4, 9)).every(2, 4));
        }
    }
}

/// Now and then something the person does not put down to a medication: first a headache
/// that comes back once, then every year or two something else.
fn not_sure(rng: &mut Rng, start: NaiveDate, end: NaiveDate, plans: &mut Vec<Plan>) {
    const NAMES: [&str; 6] = ["indigestion", "headache", "diarrhoea", "sweating", "constipation", "blurred vision"];
    let mut onset = after(start, between(rng, 55, 85));
    let mut plan = Plan::easing("headache", None, onset, 2, between(rng, 3, 7)).every(2, 4);
    plan.reopens = true;
    while onset <= end {
        plans.push(plan);
        onset = after(onset, between(rng, 300, 700));
        let name = rng.pick(&NAMES);
        plan = Plan::easing(name, None, onset, 1 + rng.below(2) as u8, between(rng, 4, 14)).every(3, 6);
    }
}

const NOTES: [(&str, &[&str]); 10] = [
    ("nausea", &["milder after food", "worse in the mornings", "only first thing", "better with breakfast"]),
    ("headache", &["eases by the evening", "mostly late afternoon", "dull, behind the eyes"]),
    ("trouble sleeping", &["awake around 3am", "took ages to drop off", "slept through once"]),
    ("dizziness", &["when standing up quickly", "passes in a few seconds"]),
    ("dry mouth", &["carrying water helps", "worse at night"]),
    ("drowsiness", &["groggy until mid-morning", "heavy-headed at work", "a bit clearer now"]),
    ("sexual problems", &["about the same", "mentioned it at the review", "a bit less this month"]),
    ("feeling agitated, shaky or anxious", &["restless in the evenings", "jittery after coffee"]),
    ("bigger appetite", &["snacking in the evenings", "hungrier at night"]),
    ("indigestion", &["after big meals", "worse in the mornings"]),
];

const ANY_NOTES: [&str; 4] = ["about the same", "a bit better", "barely noticed it", "on and off"];

fn note(rng: &mut Rng, name: &str) -> String {
    if !rng.chance(0.35) {
        return String::new();
    }
    let bank = NOTES.iter().find(|(n, _)| *n == name).map_or(&ANY_NOTES[..], |(_, b)| b);
    rng.pick(bank).to_string()
}

/// A rating at `level`: as strong as that, as often or a little less, getting in the way
/// as much or a little less but never less than `least_in_the_way`.
fn rating(rng: &mut Rng, date: NaiveDate, level: u8, least_in_the_way: u8, name: &str) -> Rating {
    let often = if level > 1 && rng.chance(0.3) { level - 1 } else { level };
    let in_the_way = if level > 0 && rng.chance(0.5) { level - 1 } else { level };
    let in_the_way = in_the_way.max(least_in_the_way).min(level.max(least_in_the_way));
    Rating { date, often, strong: level, in_the_way, note: note(rng, name) }
}

/// The side effect as logged up to `end` (its id still to be given), or nothing when it
/// would begin after `end`.
fn log(rng: &mut Rng, plan: &Plan, end: NaiveDate) -> Option<SideEffect> {
    if plan.onset > end {
        return None;
    }
    let (lo, hi) = plan.every;
    let mut e = SideEffect {
        id: String::new(),
        name: plan.name.to_string(),
        meds: plan.meds.clone(),
        onset: plan.onset,
        ratings: Vec::new(),
        changes: Vec::new(),
    };
    let mut date = plan.onset;
    match plan.course {
        Course::Eases { peak, from, resolved } => {
            let mut level = peak;
            while date <= end && date < resolved {
                if date > from && !e.ratings.is_empty() {
                    let t = (date - from).num_days() as f64 / (resolved - from).num_days().max(1) as f64;
                    let target = (f64::from(peak) * (1.0 - t) + 0.3 * rng.normal()).round().clamp(1.0, 3.0);
                    level = level.min(target as u8);
                }
                e.ratings.push(rating(rng, date, level, 0, plan.name));
                date = after(date, between(rng, lo, hi));
            }
            if resolved <= end {
                e.changes.push(StatusChange { date: resolved, resolved: true });
                if plan.reopens {
                    reopen(rng, &mut e, resolved, end);
                }
            }
        }
        Course::Persists => {
            let mut level = 1 + rng.below(2) as u8;
            let mut k = 0;
            while date <= end {
                e.ratings.push(rating(rng, date, level, 1, plan.name));
                if rng.chance(0.25) {
                    level = 3 - level;
                }
                let gap = between(rng, lo, hi) * (2 + k) / 2;
                date = after(date, gap.min(90));
                k += 1;
            }
        }
    }
    Some(e)
}

/// Back a week to a month after it was resolved, rated once or twice, and usually gone
/// again within days.
fn reopen(rng: &mut Rng, e: &mut SideEffect, resolved: NaiveDate, end: NaiveDate) {
    let back = after(resolved, between(rng, 8, 30));
    if back > end {
        return;
    }
    e.changes.push(StatusChange { date: back, resolved: false });
    let gone = after(back, between(rng, 4, 10));
    let mut date = back;
    let mut level = 1 + rng.below(2) as u8;
    while date <= end && date < gone {
        let r = rating(rng, date, level, 0, &e.name);
        e.ratings.push(r);
        level = 1;
        date = after(date, between(rng, 2, 4));
    }
    if gone <= end {
        e.changes.push(StatusChange { date: gone, resolved: true });
    }
}

#[cfg(test)]
mod tests;
