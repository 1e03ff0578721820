//! Coping skills practised: after a few weeks of therapy the person takes up a handful of
//! cards and comes back to them a couple of times a week, more often on anxious days and
//! less on flat, tired ones. Distress is rated before and after most times (sometimes
//! skipped); breathing and grounding usually bring it down a little, now and then not at all.
//! An activity plan keeps its answers, as the real exercise does.

use chrono::{DateTime, FixedOffset};

use super::model::{Rng, State};
use crate::domain::practice::Practice;
use crate::domain::skill::ACTIVITY_PLAN;

/// The person's own repertoire: card id, how often it is chosen (relative), the usual drop in
/// distress, and about how long it takes in seconds.
const REPERTOIRE: [(&str, f64, f64, u32); 6] = [
    ("box-breathing", 3.0, 2.2, 240),
    ("paced-breathing", 2.0, 1.6, 300),
    ("grounding-5-4-3-2-1", 2.0, 1.8, 180),
    ("worry-time", 1.0, 0.8, 900),
    ("behavioural-activation", 1.0, 1.2, 420),
    ("cyclic-sighing", 1.0, 1.5, 300),
];

/// Days into the history before the first practice: therapy takes a few weeks to get going.
const FIRST_DAY: usize = 21;

const ACTIVITIES: [&str; 6] = [
    "ten-minute walk round the block",
    "ring my sister",
    "tidy one shelf",
    "cook something simple from scratch",
    "sit in the park with a coffee",
    "answer two emails I have been avoiding",
];
const WHEN: [&str; 4] = ["tomorrow morning", "after work", "Saturday, late morning", "Sunday afternoon"];

pub struct PracticeLog {
    rng: Rng,
}

impl PracticeLog {
    pub fn new(seed: u64) -> PracticeLog {
        PracticeLog { rng: Rng::new(seed) }
    }

    /// The practices of day `i` of the history (none while the person is not logging).
    pub fn day(&mut self, i: usize, s: &State, at: impl Fn(usize) -> Option<DateTime<FixedOffset>>) -> Vec<Practice> {
        let rng = &mut self.rng;
        if i < FIRST_DAY {
            return Vec::new();
        }
        // About twice a week, up to about four times on an anxious stretch.
        let chance = (0.22 + 0.05 * (s.anxiety - 4.0)).clamp(0.12, 0.55);
        if !rng.chance(chance) {
            return Vec::new();
        }
        let total: f64 = REPERTOIRE.iter().map(|r| r.1).sum();
        let mut pick = rng.unit() * total;
        let (card, _, drop, seconds) =
            REPERTOIRE.iter().copied().find(|r| (pick -= r.1, pick < 0.0).1).unwrap_or(REPERTOIRE[0]);
        let before = (s.anxiety + 0.6 + 1.2 * rng.normal()).round().clamp(2.0, 9.0);
        let change = (drop + 0.9 * rng.normal()).round().clamp(-1.0, before);
        let rated = !rng.chance(0.12);
        let minute = if rng.chance(0.5) { 12 * 60 + 5 * rng.below(24) } else { 17 * 60 + 5 * rng.below(48) };
        let Some(at) = at(minute) else { return Vec::new() };
        let answers = if card == "behavioural-activation" {
            let mastery = (5.0 + 1.5 * rng.normal()).round().clamp(0.0, 10.0);
            let pleasure = (4.5 + 1.8 * rng.normal()).round().clamp(0.0, 10.0);
            let values = [rng.pick(&ACTIVITIES).to_string(), rng.pick(&WHEN).to_string(), fmt(mastery), fmt(pleasure)];
            ACTIVITY_PLAN.iter().map(|(label, _)| label.to_string()).zip(values).collect()
        } else {
            Default::default()
        };
        let seconds = (f64::from(seconds) * (0.7 + 0.5 * rng.unit())).round() as u32;
        vec![Practice {
            card: card.to_string(),
            at,
            seconds,
            before: rated.then_some(before as u8),
            after: rated.then_some((before - change) as u8),
            answers,
        }]
    }
}

fn fmt(x: f64) -> String {
    format!("{x:.0}")
}

#[cfg(test)]
mod tests {
    use super::super::{SampleOptions, generate_history};
    use chrono::NaiveDate;

    fn history(seed: u64, practices: bool) -> super::super::History {
        let end = NaiveDate::from_ymd_opt(2026, 11, 27).expect("date");
        generate_history(&SampleOptions { end, days: 730, seed, utc_offset_secs: 0, note_words: 0, practices })
    }

    #[test]
    fn a_few_cards_practised_about_twice_a_week_and_mostly_helping() {
        for seed in 0..4 {
            let h = history(seed, true);
            let all: Vec<_> = h.days.iter().flat_map(|d| d.practices.iter()).collect();
            let weeks = 730.0 / 7.0;
            let per_week = all.len() as f64 / weeks;
            assert!((1.2..=3.5).contains(&per_week), "seed {seed}: {per_week:.1} a week");
            let help = crate::domain::practice::helped(all.iter().copied());
            assert!(help.len() <= 6 && help.len() >= 4, "seed {seed}: {:?}", help.keys());
            for (card, h) in &help {
                let avg = h.average_change.expect("rated mostly");
                assert!((-3.0..=0.0).contains(&avg), "seed {seed} {card}: {avg}");
                assert!(crate::assets::builtin_cards().iter().any(|c| c.id == *card), "{card} is a real card");
            }
            for p in &all {
                assert_eq!(p.at.date_naive(), h.days.iter().find(|d| d.practices.contains(p)).expect("day").date);
                assert!(p.before.zip(p.after).is_none_or(|(b, a)| b <= 10 && a <= 10));
            }
            let plans = all.iter().filter(|p| &*p.card == "behavioural-activation");
            assert!(plans.clone().count() > 0 && plans.clone().all(|p| p.answers.len() == 4));
        }
    }

    #[test]
    fn the_rest_of_the_history_does_not_change_with_practices() {
        let (with, without) = (history(3, true), history(3, false));
        assert!(without.days.iter().all(|d| d.practices.is_empty()));
        let strip = |h: &super::super::History| {
            h.days
                .iter()
                .filter(|d| d.check_in.is_some() || !d.notes.is_empty() || !d.doses.is_empty())
                .map(|d| (d.date, d.check_in.clone(), d.notes.clone(), d.doses.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(strip(&with), strip(&without));
        assert_eq!(with.medications, without.medications);
        assert_eq!(with.side_effects, without.side_effects);
    }
}
