//! Practising a skill: the record of one session, what helps over time, and the pacing of
//! guided exercises as a pure function of elapsed time (the event loop supplies the clock).

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::skill::Phase;

/// One practice of a card, saved in the month file of its day.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Practice {
    /// The card's id (`CopingCard::id`).
    pub card: String,
    pub at: DateTime<FixedOffset>,
    /// How long it ran, in seconds.
    pub seconds: u32,
    /// Distress 0–10 (SUDS, Wolpe 1969) before and after; both skippable.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<u8>,
    /// Answers typed during the exercise: (prompt, answer).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub answers: Vec<(String, String)>,
}

impl Practice {
    /// After minus before, when both were rated (negative: distress went down).
    pub fn change(&self) -> Option<i32> {
        Some(i32::from(self.after?) - i32::from(self.before?))
    }
}

/// Per card: times practised and the average change in distress where rated.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Helped {
    pub times: u32,
    pub rated: u32,
    pub average_change: Option<f32>,
}

pub fn helped<'a>(practices: impl Iterator<Item = &'a Practice>) -> BTreeMap<String, Helped> {
    let mut sums: BTreeMap<String, (u32, u32, i32)> = BTreeMap::new();
    for p in practices {
        let e = sums.entry(p.card.to_string()).or_default();
        e.0 += 1;
        if let Some(c) = p.change() {
            e.1 += 1;
            e.2 += c;
        }
    }
    sums.into_iter()
        .map(|(card, (times, rated, total))| {
            let average_change = (rated > 0).then(|| total as f32 / rated as f32);
            (card, Helped { times, rated, average_change })
        })
        .collect()
}

/// Where a breathing pacer is after `elapsed` seconds.
#[derive(Debug, Clone, PartialEq)]
pub struct PacerState {
    pub phase: usize,
    /// 0.0 at the start of the phase, 1.0 at its end.
    pub progress: f32,
    pub seconds_left_in_phase: f32,
    pub cycles_done: u32,
    pub seconds_left: f32,
    pub finished: bool,
}

/// The pacer as a pure function of time: phases repeat until `total_seconds`.
pub fn pacer(phases: &[Phase], total_seconds: f32, elapsed: f32) -> PacerState {
    let cycle: f32 = phases.iter().map(|p| p.seconds.max(0.0)).sum();
    let elapsed = elapsed.max(0.0);
    if phases.is_empty() || cycle <= 0.0 || elapsed >= total_seconds {
        return PacerState {
            phase: 0,
            progress: 1.0,
            seconds_left_in_phase: 0.0,
            cycles_done: if cycle > 0.0 { (total_seconds / cycle).floor() as u32 } else { 0 },
            seconds_left: 0.0,
            finished: true,
        };
    }
    let cycles_done = (elapsed / cycle).floor() as u32;
    let mut t = elapsed - cycles_done as f32 * cycle;
    let mut phase = 0;
    for (i, p) in phases.iter().enumerate() {
        if t < p.seconds {
            phase = i;
            break;
        }
        t -= p.seconds;
        phase = i;
    }
    let len = phases[phase].seconds.max(f32::EPSILON);
    PacerState {
        phase,
        progress: (t / len).clamp(0.0, 1.0),
        seconds_left_in_phase: (len - t).max(0.0),
        cycles_done,
        seconds_left: total_seconds - elapsed,
        finished: false,
    }
}

/// Which step of a timed exercise is running after `elapsed` seconds, and how far into it.
pub fn timed_step(durations: &[u32], elapsed: f32) -> Option<(usize, f32)> {
    let mut t = elapsed.max(0.0);
    for (i, d) in durations.iter().enumerate() {
        let d = *d as f32;
        if t < d {
            return Some((i, t / d.max(f32::EPSILON)));
        }
        t -= d;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn phase(name: &str, seconds: f32) -> Phase {
        Phase { name: name.into(), seconds }
    }

    #[test]
    fn the_box_pacer_follows_the_clock() {
        let b = [phase("in", 4.0), phase("hold", 4.0), phase("out", 4.0), phase("hold", 4.0)];
        let s = pacer(&b, 240.0, 0.0);
        assert_eq!((s.phase, s.cycles_done, s.finished), (0, 0, false));
        let s = pacer(&b, 240.0, 5.0);
        assert_eq!(s.phase, 1);
        assert!((s.progress - 0.25).abs() < 1e-4);
        assert!((s.seconds_left_in_phase - 3.0).abs() < 1e-4);
        let s = pacer(&b, 240.0, 33.0);
        assert_eq!((s.phase, s.cycles_done), (0, 2));
        assert!((s.seconds_left - 207.0).abs() < 1e-3);
        let done = pacer(&b, 240.0, 240.0);
        assert!(done.finished);
        assert_eq!(done.cycles_done, 15);
        assert!(pacer(&[], 60.0, 1.0).finished, "no phases never loops forever");
    }

    #[test]
    fn timed_steps_run_one_after_another() {
        assert_eq!(timed_step(&[10, 20], 0.0), Some((0, 0.0)));
        assert_eq!(timed_step(&[10, 20], 15.0), Some((1, 0.25)));
        assert_eq!(timed_step(&[10, 20], 30.0), None);
    }

    #[test]
    fn what_helped_averages_rated_practices_only() {
        let at = FixedOffset::east_opt(0).expect("o").with_ymd_and_hms(2026, 11, 27, 9, 0, 0).single().expect("t");
        let p = |card: &str, before, after| Practice {
            card: card.into(),
            at,
            seconds: 60,
            before,
            after,
            answers: Vec::new(),
        };
        let list =
            [p("box", Some(7), Some(4)), p("box", Some(6), Some(5)), p("box", None, Some(2)), p("walk", None, None)];
        let h = helped(list.iter());
        assert_eq!(h["box"], Helped { times: 3, rated: 2, average_change: Some(-2.0) });
        assert_eq!(h["walk"].average_change, None);
    }
}
