//! Questionnaires in the sample: a PHQ-9 and a GAD-7 about every two weeks (now and then one
//! is missed), their totals following the mood and anxiety of the fortnight before, spread
//! over the items. The ninth item stays 0: the demo never shows a crisis answer unasked.

use chrono::{DateTime, Days, FixedOffset};

use super::model::Rng;
use crate::domain::Day;
use crate::domain::assessment::{Assessment, Scale};

/// Every 14 days from the first day logged; `days` oldest first.
pub fn assessments(days: &[Day], seed: u64) -> Vec<Assessment> {
    let mut rng = Rng::new(seed ^ 0x7068_7139_0000_0001);
    let (Some(first), Some(last)) = (days.first(), days.last()) else { return Vec::new() };
    let mut out = Vec::new();
    let mut date = first.date.checked_add_days(Days::new(3)).unwrap_or(first.date);
    while date <= last.date {
        let window: Vec<&Day> = days.iter().filter(|d| d.date <= date && (date - d.date).num_days() < 14).collect();
        let Some(at) = window.iter().rev().find_map(|d| d.check_in.as_ref().map(|c| c.at)) else {
            date = date + Days::new(14);
            continue;
        };
        if rng.chance(0.85) {
            let mean = |f: fn(&Day) -> Option<u8>| {
                let v: Vec<f64> = window.iter().filter_map(|d| f(d)).map(f64::from).collect();
                (!v.is_empty()).then(|| v.iter().sum::<f64>() / v.len() as f64)
            };
            let moved = |at: DateTime<FixedOffset>, minutes: i64| at + chrono::TimeDelta::minutes(minutes);
            if let Some(mood) = mean(Day::mood) {
                let total = ((10.0 - mood) * 2.4 + rng.normal() * 1.5).clamp(0.0, 26.0);
                out.push(taken(Scale::Phq9, moved(at, 2), total, &mut rng));
            }
            if let Some(anxiety) = mean(Day::anxiety) {
                let total = (anxiety * 1.8 + rng.normal() * 1.2).clamp(0.0, 21.0);
                out.push(taken(Scale::Gad7, moved(at, 6), total, &mut rng));
            }
        }
        date = date + Days::new(14);
    }
    out
}

/// Answers adding up to about `total`, never on the ninth PHQ-9 item.
fn taken(scale: Scale, at: DateTime<FixedOffset>, total: f64, rng: &mut Rng) -> Assessment {
    let n = scale.items().len();
    let open: Vec<usize> = (0..n).filter(|i| Some(*i) != scale.crisis_item()).collect();
    let mut answers = vec![0u8; n];
    let mut left = total.round() as u32;
    while left > 0 && open.iter().any(|i| answers[*i] < 3) {
        let i = open[rng.below(open.len())];
        if answers[i] < 3 {
            answers[i] += 1;
            left -= 1;
        }
    }
    let difficulty = Some(u8::try_from((total / 7.0).round() as i64).unwrap_or(0).min(3));
    Assessment { scale, at, answers, difficulty }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_year_has_about_two_dozen_of_each_scorable_and_none_with_a_crisis_answer() {
        let opts = crate::sample::SampleOptions {
            end: chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("date"),
            days: 365,
            seed: 7,
            utc_offset_secs: 0,
            note_words: 0,
            practices: false,
        };
        let history = crate::sample::generate_history(&opts);
        let phq: Vec<_> = history.assessments.iter().filter(|a| a.scale == Scale::Phq9).collect();
        assert!((15..=27).contains(&phq.len()), "{}", phq.len());
        assert!(history.assessments.iter().all(|a| a.problem().is_none()));
        assert!(phq.iter().all(|a| a.answers[8] == 0));
        // Treatment helps in the sample: the last is lower than the first.
        assert!(phq.last().map(|a| a.total()) < phq.first().map(|a| a.total()), "{phq:?}");
    }
}
