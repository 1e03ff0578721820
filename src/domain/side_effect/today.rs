//! The check-in's one-key answer for an ongoing side effect: the same, better, worse or gone,
//! always compared with the rating before that day, so answering again never compounds and
//! never drops a note written elsewhere.

use chrono::NaiveDate;

use super::{Rating, SideEffect, StatusChange};

/// How an ongoing side effect is on a day, compared with its rating before that day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EffectToday {
    Same,
    Better,
    Worse,
    Gone,
}

impl EffectToday {
    pub const ALL: [EffectToday; 4] = [EffectToday::Same, EffectToday::Better, EffectToday::Worse, EffectToday::Gone];

    pub fn parse(label: &str) -> Option<EffectToday> {
        EffectToday::ALL.into_iter().find(|e| e.label() == label)
    }

    pub fn label(self) -> &'static str {
        match self {
            EffectToday::Same => "same",
            EffectToday::Better => "better",
            EffectToday::Worse => "worse",
            EffectToday::Gone => "gone",
        }
    }
}

fn total(r: &Rating) -> u8 {
    r.often + r.strong + r.in_the_way
}

impl SideEffect {
    /// The latest rating dated before `date`: what an answer on `date` is relative to.
    pub fn rating_before(&self, date: NaiveDate) -> Option<&Rating> {
        self.ratings.iter().filter(|r| r.date < date).max_by_key(|r| r.date)
    }

    /// The answer `date` already holds, read back from what was recorded that day (so a
    /// check-in edited later shows it), or `None` when nothing was recorded then.
    pub fn answer_on(&self, date: NaiveDate) -> Option<EffectToday> {
        if self.changes.iter().any(|c| c.date == date && c.resolved) {
            return Some(EffectToday::Gone);
        }
        let today = self.ratings.iter().find(|r| r.date == date)?;
        let before = self.rating_before(date)?;
        Some(match total(today).cmp(&total(before)) {
            std::cmp::Ordering::Less => EffectToday::Better,
            std::cmp::Ordering::Equal => EffectToday::Same,
            std::cmp::Ordering::Greater => EffectToday::Worse,
        })
    }

    /// Records an answer for `date`: a rating one step milder or worse than the one before
    /// that day (or the same), or the side effect marked gone. A rating already made that day
    /// keeps its note; "better" while still present never reads as "not noticed".
    pub fn answer(&mut self, date: NaiveDate, answer: EffectToday) {
        self.changes.retain(|c| c.date != date);
        if answer == EffectToday::Gone {
            self.changes.push(StatusChange { date, resolved: true });
            self.changes.sort_by_key(|c| c.date);
            return;
        }
        let existing = self.ratings.iter().position(|r| r.date == date);
        let note = existing.map(|i| self.ratings[i].note.clone()).unwrap_or_default();
        let Some(base) = self.rating_before(date).or_else(|| existing.map(|i| &self.ratings[i])).cloned() else {
            return;
        };
        let step = |v: u8| match answer {
            EffectToday::Better => v.saturating_sub(1),
            EffectToday::Worse => (v + 1).min(3),
            _ => v,
        };
        let rating = Rating {
            date,
            often: step(base.often).max(1),
            strong: step(base.strong),
            in_the_way: step(base.in_the_way),
            note,
        };
        match existing {
            Some(i) => self.ratings[i] = rating,
            None => {
                self.ratings.push(rating);
                self.ratings.sort_by_key(|r| r.date);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, day).expect("date")
    }

    fn nausea(often: u8, strong: u8, in_the_way: u8) -> SideEffect {
        SideEffect {
            id: "nausea".into(),
            name: "nausea".into(),
            meds: vec![],
            onset: d(1),
            ratings: vec![Rating { date: d(1), often, strong, in_the_way, note: String::new() }],
            changes: vec![],
        }
    }

    fn levels(e: &SideEffect, date: NaiveDate) -> (u8, u8, u8) {
        let r = e.ratings.iter().find(|r| r.date == date).expect("rating");
        (r.often, r.strong, r.in_the_way)
    }

    #[test]
    fn answering_the_same_day_again_does_not_compound() {
        let mut e = nausea(0, 0, 0);
        e.answer(d(5), EffectToday::Worse);
        assert_eq!(levels(&e, d(5)), (1, 1, 1));
        e.answer(d(5), EffectToday::Worse);
        assert_eq!(levels(&e, d(5)), (1, 1, 1), "relative to the rating before the day, not to itself");
        assert_eq!(e.answer_on(d(5)), Some(EffectToday::Worse), "an edit shows the earlier answer");
        assert_eq!(e.ratings.len(), 2);
    }

    #[test]
    fn a_note_written_that_day_survives_an_answer() {
        let mut e = nausea(2, 2, 1);
        e.ratings.push(Rating { date: d(5), often: 2, strong: 2, in_the_way: 2, note: "after lunch".into() });
        e.answer(d(5), EffectToday::Same);
        assert_eq!(e.ratings[1].note, "after lunch");
        assert_eq!(levels(&e, d(5)), (2, 2, 1));
    }

    #[test]
    fn better_on_a_mild_one_is_still_noticed_and_gone_can_be_taken_back() {
        let mut e = nausea(1, 1, 1);
        e.answer(d(5), EffectToday::Better);
        assert_eq!(levels(&e, d(5)), (1, 0, 0), "ongoing, so still noticed");
        assert_eq!(e.answer_on(d(5)), Some(EffectToday::Better));
        e.answer(d(6), EffectToday::Gone);
        assert!(!e.is_ongoing());
        assert_eq!(e.answer_on(d(6)), Some(EffectToday::Gone));
        e.answer(d(6), EffectToday::Same);
        assert!(e.is_ongoing(), "answering again replaces gone");
        assert_eq!(e.answer_on(d(6)), Some(EffectToday::Same));
        assert_eq!(e.answer_on(d(7)), None, "nothing recorded that day");
    }
}
