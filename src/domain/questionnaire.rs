//! A questionnaire being answered, one item per screen: where the person is, what they have
//! answered so far (going back keeps the later answers), and when it becomes a record.
//! Kept as a draft while it is open, so a signal or a crash loses no answer.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::assessment::{Assessment, Scale};

/// Where the person is: an item (by index), the unscored question on daily life, or done.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Step {
    Item(usize),
    Difficulty,
    /// Saved: the result is on screen.
    Done,
}

/// What an answer led to, for the app to act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answered {
    /// On to the next question.
    Next,
    /// The PHQ-9's ninth item answered above 0: the crisis lines and the safety plan are shown
    /// at once, before anything else.
    Crisis,
    /// Every question answered: the record is ready to keep.
    Finished,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Questionnaire {
    pub scale: Scale,
    pub started: DateTime<FixedOffset>,
    /// One slot per item; `None` until answered.
    pub answers: Vec<Option<u8>>,
    #[serde(default)]
    pub difficulty: Option<u8>,
    pub step: Step,
}

impl Questionnaire {
    pub fn new(scale: Scale, started: DateTime<FixedOffset>) -> Questionnaire {
        Questionnaire {
            scale,
            started,
            answers: vec![None; scale.items().len()],
            difficulty: None,
            step: Step::Item(0),
        }
    }

    /// True once any question has an answer (leaving then asks first).
    pub fn has_answers(&self) -> bool {
        self.step != Step::Done && (self.answers.iter().any(Option::is_some) || self.difficulty.is_some())
    }

    /// The answer already given on this screen, if any (shown selected after going back).
    pub fn current_answer(&self) -> Option<u8> {
        match self.step {
            Step::Item(i) => self.answers.get(i).copied().flatten(),
            Step::Difficulty => self.difficulty,
            Step::Done => None,
        }
    }

    /// Answers the question on screen with 0–3 and moves on.
    pub fn answer(&mut self, value: u8) -> Answered {
        let value = value.min(3);
        match self.step {
            Step::Item(i) => {
                if let Some(slot) = self.answers.get_mut(i) {
                    *slot = Some(value);
                }
                self.step = self.after(i);
                if self.scale.crisis_item() == Some(i) && value > 0 {
                    return Answered::Crisis;
                }
                Answered::Next
            }
            Step::Difficulty => {
                self.difficulty = Some(value);
                Answered::Finished
            }
            Step::Done => Answered::Next,
        }
    }

    /// Enter: on to the next question when this one is answered (after going back), or past
    /// the unscored question without an answer. `Finished` when the last one is passed.
    pub fn go_on(&mut self) -> Option<Answered> {
        match self.step {
            Step::Item(i) if self.answers.get(i).copied().flatten().is_some() => {
                self.step = self.after(i);
                Some(Answered::Next)
            }
            Step::Difficulty => Some(Answered::Finished),
            _ => None,
        }
    }

    /// Back a question (the answers given are kept); false on the first.
    pub fn back(&mut self) -> bool {
        self.step = match self.step {
            Step::Item(0) | Step::Done => return false,
            Step::Item(i) => Step::Item(i - 1),
            Step::Difficulty => Step::Item(self.answers.len().saturating_sub(1)),
        };
        true
    }

    fn after(&self, i: usize) -> Step {
        if i + 1 < self.answers.len() { Step::Item(i + 1) } else { Step::Difficulty }
    }

    /// The record, once every item is answered.
    pub fn record(&self, at: DateTime<FixedOffset>) -> Option<Assessment> {
        let answers: Option<Vec<u8>> = self.answers.iter().copied().collect();
        Some(Assessment { scale: self.scale, at, answers: answers?, difficulty: self.difficulty })
    }

    /// How far along, for the screen: "4 of 9".
    pub fn progress(&self) -> (usize, usize) {
        let n = self.answers.len() + 1;
        let at = match self.step {
            Step::Item(i) => i + 1,
            Step::Difficulty | Step::Done => n,
        };
        (at, n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn start(scale: Scale) -> Questionnaire {
        Questionnaire::new(scale, DateTime::parse_from_rfc3339("2026-12-02T09:00:00+01:00").expect("time"))
    }

    #[test]
    fn answering_every_item_then_the_last_question_makes_a_record() {
        let mut q = start(Scale::Gad7);
        for v in [1, 2, 0, 3, 1, 0, 2] {
            assert_eq!(q.answer(v), Answered::Next);
        }
        assert_eq!(q.step, Step::Difficulty);
        assert_eq!(q.answer(2), Answered::Finished);
        let a = q.record(q.started).expect("all answered");
        assert_eq!((a.total(), a.difficulty), (9, Some(2)));
    }

    #[test]
    fn item_nine_above_zero_asks_for_the_crisis_lines_and_zero_does_not() {
        let mut q = start(Scale::Phq9);
        for _ in 0..8 {
            q.answer(0);
        }
        assert_eq!(q.step, Step::Item(8));
        assert_eq!(q.answer(1), Answered::Crisis);
        assert_eq!(q.step, Step::Difficulty, "the questionnaire can go on afterwards");
        q.back();
        assert_eq!(q.answer(0), Answered::Next);
        let mut gad = start(Scale::Gad7);
        assert!((0..7).all(|_| gad.answer(3) == Answered::Next));
    }

    #[test]
    fn going_back_keeps_later_answers_and_enter_moves_on_only_when_answered() {
        let mut q = start(Scale::Gad7);
        assert_eq!(q.go_on(), None, "an item cannot be skipped");
        assert!(!q.back(), "nothing before the first");
        q.answer(2);
        q.answer(3);
        assert!(q.back() && q.back());
        assert_eq!((q.step, q.current_answer()), (Step::Item(0), Some(2)));
        assert_eq!(q.go_on(), Some(Answered::Next));
        assert_eq!(q.current_answer(), Some(3));
        q.answer(1);
        assert_eq!(q.answers[..3], [Some(2), Some(1), None]);
        assert_eq!(q.record(q.started), None, "not every item answered");
        assert!(q.has_answers());
        assert_eq!(q.progress(), (3, 8));
    }

    #[test]
    fn the_question_on_daily_life_can_be_left_unanswered() {
        let mut q = start(Scale::Gad7);
        (0..7).for_each(|_| {
            q.answer(0);
        });
        assert_eq!(q.go_on(), Some(Answered::Finished));
        assert_eq!(q.record(q.started).expect("record").difficulty, None);
    }
}
