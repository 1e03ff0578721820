//! A deterministic, realistic history for the demo and for benchmarks.
//!
//! It follows one person starting treatment: mood begins low and improves over the first
//! weeks, with day-to-day noise, a weekly rhythm, bad weeks, winter dips and, over years,
//! the odd relapse that recovers. Days are sometimes not logged, alone or several in a
//! row. Alongside, the medications (see `meds`), the doses logged each day (see `doses`)
//! and the side effects noted around the medications' starts and changes (see `effects`).
//! Pure: no IO, no clock; the same options always give the same history.

mod assessments;
mod doses;
mod effects;
mod meds;
mod model;
mod notes;
mod practices;
mod words;

use chrono::{DateTime, Datelike, Days, FixedOffset, NaiveDate, Offset, Utc, Weekday};

use doses::{DayInfo, DoseLog};
use model::{Model, Rng, State};
use notes::{NoteContext, NoteKind, write_note};
use practices::PracticeLog;

use crate::config::default_symptoms;
use crate::domain::medication::Medication;
use crate::domain::side_effect::SideEffect;
use crate::domain::{CheckIn, Day, Note, Severity, SymptomRating};

pub use doses::LAST_DAY_CUTOFF;

/// Seeds the stream of random numbers behind the medications and doses, apart from the one
/// behind moods and notes, so adding doses left the rest of the history as it was.
const DOSE_STREAM: u64 = 0x646f_7365_7300_0001;
/// The same for coping skills practised: with or without them, the rest is unchanged.
const PRACTICE_STREAM: u64 = 0x7072_6163_7400_0001;

/// What to generate: `days` calendar days ending at `end` (inclusive).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SampleOptions {
    pub end: NaiveDate,
    pub days: u32,
    pub seed: u64,
    /// The fixed UTC offset every moment is stored with; an invalid one falls back to UTC.
    pub utc_offset_secs: i32,
    /// About how many words the daily journal note has; 0 writes no journal notes.
    pub note_words: usize,
    /// Coping skills practised about twice a week once therapy has got going.
    pub practices: bool,
}

/// A generated history: the medications with their changes, the days, and the side
/// effects noted along the way (oldest onset first).
#[derive(Debug, Clone, PartialEq)]
pub struct History {
    pub medications: Vec<Medication>,
    pub days: Vec<Day>,
    pub side_effects: Vec<SideEffect>,
    /// PHQ-9 and GAD-7 about every two weeks.
    pub assessments: Vec<crate::domain::assessment::Assessment>,
}

/// The days of [`generate_history`], dose events included.
pub fn generate(opts: &SampleOptions) -> Vec<Day> {
    generate_history(opts).days
}

/// Days oldest first, at most one per date, none after `end`; dates with nothing logged
/// are left out. The end date itself is always logged, so the demo opens on a full today;
/// its doses only up to [`LAST_DAY_CUTOFF`].
pub fn generate_history(opts: &SampleOptions) -> History {
    let offset = FixedOffset::east_opt(opts.utc_offset_secs).unwrap_or_else(|| Utc.fix());
    let start = opts.end.checked_sub_days(Days::new(u64::from(opts.days.saturating_sub(1)))).unwrap_or(NaiveDate::MIN);
    let mut dose_rng = Rng::new(opts.seed ^ DOSE_STREAM);
    let meds = meds::medications(&mut dose_rng, start, opts.days);
    let side_effects = effects::side_effects(&meds, start, opts.end, opts.seed);
    let mut doses = DoseLog::new(meds, dose_rng, offset, opts.end);
    let mut practices = opts.practices.then(|| PracticeLog::new(opts.seed ^ PRACTICE_STREAM));
    let mut rng = Rng::new(opts.seed);
    let therapy_day = Weekday::try_from(1 + rng.below(4) as u8).unwrap_or(Weekday::Tue);
    let evening_person = rng.chance(0.65);
    let symptom_names = default_symptoms();
    let mut model = Model::default();
    // Runs of days not logged (holidays, hard weeks) every month or two.
    let mut next_gap = 8 + rng.below(30);
    let mut gap_left = 0;
    let mut last_therapy: Option<usize> = None;
    let mut out = Vec::with_capacity(opts.days.min(1 << 16) as usize);

    let dates = start.iter_days().take(opts.days as usize).take_while(|d| *d <= opts.end);
    for (i, date) in dates.enumerate() {
        let s = model.step(i, date, &mut rng);
        let last = date == opts.end;
        if i == next_gap && !last {
            gap_left = if rng.chance(0.3) { 5 + rng.below(5) } else { 2 + rng.below(3) };
            next_gap = i + gap_left + 22 + rng.below(30);
        }
        let in_gap = gap_left > 0 && !last;
        let mut day = Day::new(date);
        if in_gap {
            gap_left -= 1;
        } else {
            let low = s.mood < 3.8;
            let logged = last || !rng.chance(if low { 0.15 } else { 0.04 });
            if logged || rng.chance(0.3) {
                let tags = day_tags(&mut rng, date, &s, therapy_day);
                if tags.iter().any(|t| t == "therapy") {
                    last_therapy = Some(i);
                }
                if logged {
                    let minute =
                        if evening_person { 19 * 60 + 30 + 5 * rng.below(40) } else { 7 * 60 + 5 * rng.below(36) };
                    day.check_in = at(date, minute, offset).map(|at| check_in(&mut rng, at, &s, &tags, &symptom_names));
                }
                if opts.note_words > 0 && rng.chance(if low { 0.6 } else { 0.8 }) {
                    let ctx =
                        NoteContext { day: i, state: &s, tags: &tags, days_since_therapy: last_therapy.map(|t| i - t) };
                    add_notes(&mut rng, &mut day, &ctx, opts.note_words, offset);
                }
            }
        }
        let info = DayInfo { date, anxiety: s.anxiety, checked_in: day.check_in.is_some(), in_gap };
        day.doses = doses.day(&info);
        // None on the last day: the demo opens in the morning, before any would be done.
        if let Some(log) = practices.as_mut()
            && !in_gap
            && !last
        {
            day.practices = log.day(i, &s, |minute| at(date, minute, offset));
        }
        if !day.is_empty() {
            out.push(day);
        }
    }
    let assessments = assessments::assessments(&out, opts.seed);
    History { medications: doses.finish(), days: out, side_effects, assessments }
}

/// The day's journal: usually one evening note, sometimes a short morning one as well.
fn add_notes(rng: &mut Rng, day: &mut Day, ctx: &NoteContext, words: usize, offset: FixedOffset) {
    let mut kind = NoteKind::Only;
    if rng.chance(0.15) {
        let text = write_note(rng, ctx, words / 2, NoteKind::Morning);
        if let Some(at) = at(day.date, 7 * 60 + 15 + 5 * rng.below(24), offset) {
            day.add_note(Note { at, text: text.into() });
            kind = NoteKind::Evening;
        }
    }
    let target = (words as f64 * (0.8 + 0.4 * rng.unit())).round() as usize;
    let text = write_note(rng, ctx, target, kind);
    if let Some(at) = at(day.date, 20 * 60 + 5 * rng.below(30), offset) {
        day.add_note(Note { at, text: text.into() });
    }
}

fn scale(x: f64) -> u8 {
    x.round().clamp(0.0, 10.0) as u8
}

fn severity(x: f64) -> Severity {
    Severity::from_index(x.round().clamp(0.0, 3.0) as u8).unwrap_or(Severity::None)
}

fn at(date: NaiveDate, minute: usize, offset: FixedOffset) -> Option<DateTime<FixedOffset>> {
    let minute = u32::try_from(minute).ok()?;
    date.and_hms_opt(minute / 60, minute % 60, 0)?.and_local_timezone(offset).single()
}

/// 0–3 tags from a small everyday set; therapy comes first on its weekday.
fn day_tags(rng: &mut Rng, date: NaiveDate, s: &State, therapy_day: Weekday) -> Vec<String> {
    let good = if s.mood >= 6.0 { 0.12 } else { 0.0 };
    let mut tags: Vec<&str> = Vec::new();
    if date.weekday() == therapy_day && rng.chance(0.9) {
        tags.push("therapy");
    }
    if s.sleep < 6.0 && rng.chance(0.7) {
        tags.push("poor-sleep");
    }
    let weekend = if s.weekend { 0.12 } else { 0.0 };
    let rain = if s.winter { 0.22 } else { 0.1 };
    let candidates = [
        ("work", if s.weekend { 0.03 } else { 0.45 }),
        ("weekend", if s.weekend { 0.3 } else { 0.0 }),
        ("walk", 0.18 + good),
        ("exercise", 0.08 + good),
        ("family", 0.07 + weekend),
        ("friends", 0.05 + weekend + good),
        ("rain", rain),
    ];
    let first = rng.below(candidates.len());
    for k in 0..candidates.len() {
        let (tag, p) = candidates[(first + k) % candidates.len()];
        if tags.len() < 3 && rng.chance(p) {
            tags.push(tag);
        }
    }
    tags.into_iter().map(String::from).collect()
}

fn check_in(rng: &mut Rng, at: DateTime<FixedOffset>, s: &State, tags: &[String], names: &[String]) -> CheckIn {
    let energy = scale(s.energy);
    let skip = if energy <= 3 { 0.12 } else { 0.03 };
    let mut c = CheckIn::empty(at);
    c.mood = (!rng.chance(skip * 0.3)).then(|| scale(s.mood));
    c.anxiety = (!rng.chance(skip)).then(|| scale(s.anxiety));
    c.energy = (!rng.chance(skip)).then_some(energy);
    c.sleep_hours = (!rng.chance(skip * 1.5)).then_some(s.sleep as f32);
    c.sleep_quality = (!rng.chance(skip * 1.5)).then(|| scale(s.quality));
    if !rng.chance(skip * 2.5) {
        let scores = [
            (6.5 - s.mood) / 1.6,
            (s.anxiety - 3.5) / 1.8,
            (s.anxiety - 4.5) / 2.2 + (6.0 - s.quality) / 4.0,
            (6.0 - s.energy) / 1.8,
        ];
        for (name, score) in names.iter().zip(scores) {
            if !rng.chance(0.04) {
                let severity = severity(score + 0.4 * rng.normal());
                c.symptoms.push(SymptomRating { name: name.as_str().into(), severity });
            }
        }
    }
    if !rng.chance(skip * 2.0) {
        c.tags = tags.iter().map(|t| t.as_str().into()).collect();
    }
    if rng.chance(0.45) {
        let bank = match c.mood {
            Some(m) if m >= 7 => words::SHORT_GOOD,
            Some(m) if m <= 3 => words::SHORT_LOW,
            _ => words::SHORT_MID,
        };
        c.note = rng.pick(bank).to_string().into();
    }
    c
}

#[cfg(test)]
mod dose_tests;

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(days: u32, seed: u64) -> SampleOptions {
        let end = NaiveDate::from_ymd_opt(2026, 11, 27).expect("date");
        SampleOptions { end, days, seed, utc_offset_secs: 3600, note_words: 80, practices: false }
    }

    fn mean(xs: impl Iterator<Item = u8>) -> f64 {
        let v: Vec<f64> = xs.map(f64::from).collect();
        v.iter().sum::<f64>() / v.len().max(1) as f64
    }

    #[test]
    fn same_seed_same_days_other_seed_differs() {
        assert_eq!(generate(&opts(120, 1)), generate(&opts(120, 1)));
        assert_ne!(generate(&opts(120, 1)), generate(&opts(120, 2)));
    }

    #[test]
    fn dates_are_in_range_ordered_and_end_on_end() {
        for days in [1, 30, 120, 3650] {
            let o = opts(days, 3);
            let out = generate(&o);
            let first = o.end - Days::new(u64::from(days) - 1);
            assert!(out.windows(2).all(|w| w[0].date < w[1].date));
            assert!(out.iter().all(|d| d.date >= first && d.date <= o.end && !d.is_empty()));
            assert!(out.len() <= days as usize);
            assert_eq!(out.last().map(|d| d.date), Some(o.end));
            assert!(out.last().is_some_and(|d| d.check_in.is_some()));
        }
        assert!(generate(&SampleOptions { days: 0, ..opts(0, 1) }).is_empty());
    }

    #[test]
    fn values_stay_in_range() {
        let symptoms = default_symptoms();
        for day in generate(&opts(3650, 5)) {
            for n in &day.notes {
                assert_eq!(n.at.offset().local_minus_utc(), 3600);
                assert_eq!(n.at.date_naive(), day.date);
                assert!(!n.text.contains('!'));
            }
            let Some(c) = day.check_in else { continue };
            assert_eq!(c.at.date_naive(), day.date);
            for v in [c.mood, c.anxiety, c.energy, c.sleep_quality].into_iter().flatten() {
                assert!(v <= 10);
            }
            if let Some(h) = c.sleep_hours {
                assert!((4.5..=9.5).contains(&h) && (h * 4.0).fract() == 0.0);
            }
            assert!(c.tags.len() <= 3);
            assert!(c.symptoms.iter().all(|s| symptoms.iter().any(|n| **n == *s.name)));
            assert!(!c.note.contains('!'));
        }
    }

    #[test]
    fn mood_improves_over_the_first_months() {
        for seed in 0..20 {
            let o = opts(120, seed);
            let out = generate(&o);
            let cut = o.end - Days::new(29);
            let early = mean(out.iter().filter(|d| d.date < o.end - Days::new(105)).filter_map(Day::mood));
            let late = mean(out.iter().filter(|d| d.date >= cut).filter_map(Day::mood));
            assert!(late > early + 1.0, "seed {seed}: {early} -> {late}");
        }
    }

    #[test]
    fn notes_are_near_the_target_length() {
        for target in [20, 80, 200] {
            let out = generate(&SampleOptions { note_words: target, ..opts(365, 9) });
            let counts: Vec<usize> =
                out.iter().filter_map(|d| d.notes.last()).map(|n| n.text.split_whitespace().count()).collect();
            assert!(counts.len() > 200);
            let avg = counts.iter().sum::<usize>() as f64 / counts.len() as f64;
            assert!((avg - target as f64).abs() < target as f64 * 0.15, "target {target}: {avg}");
            assert!(counts.iter().all(|&c| c * 2 >= target && c <= target * 2), "{counts:?}");
        }
        assert!(generate(&SampleOptions { note_words: 0, ..opts(60, 1) }).iter().all(|d| d.notes.is_empty()));
    }

    #[test]
    fn some_days_are_not_logged_and_some_in_a_row() {
        for seed in 0..20 {
            let o = opts(120, seed);
            let out = generate(&o);
            let logged: Vec<NaiveDate> = out.iter().filter(|d| d.check_in.is_some()).map(|d| d.date).collect();
            assert!((84..=115).contains(&logged.len()), "seed {seed}: {}", logged.len());
            assert!(logged.windows(2).any(|w| (w[1] - w[0]).num_days() >= 3), "seed {seed}");
        }
        let long = generate(&opts(3650, 2));
        let rate = long.iter().filter(|d| d.check_in.is_some()).count() as f64 / 3650.0;
        assert!((0.82..0.92).contains(&rate), "{rate}");
    }

    #[test]
    fn searches_find_sensible_subsets() {
        let out = generate(&opts(365, 11));
        let with =
            |word: &str| out.iter().filter(|d| d.notes.iter().any(|n| n.text.to_lowercase().contains(word))).count();
        for word in ["walk", "therapy", "sleep"] {
            let n = with(word);
            assert!(n > 10 && n < out.len() / 2, "{word}: {n} of {}", out.len());
        }
        assert!(out.iter().any(|d| d.notes.len() == 2));
        assert!(out.iter().any(|d| d.notes.iter().any(|n| n.text.contains('\n'))));
        assert!(out.iter().any(|d| d.notes.iter().any(|n| n.hashtags().next().is_some())));
    }
}
