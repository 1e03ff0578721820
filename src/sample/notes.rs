//! Journal notes built from the phrase banks to fit the day's state and tags.

use super::model::{Rng, State};
use super::words;

/// Which note of the day: the only one, or the morning or evening one of two.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteKind {
    Only,
    Morning,
    Evening,
}

/// What a journal note can draw on for one day.
pub struct NoteContext<'a> {
    /// Days since treatment started (the first generated day).
    pub day: usize,
    pub state: &'a State,
    pub tags: &'a [String],
    pub days_since_therapy: Option<usize>,
}

/// A note of about `target` words: topical sentences first, everyday ones to fill.
pub fn write_note(rng: &mut Rng, ctx: &NoteContext, target: usize, kind: NoteKind) -> String {
    let s = ctx.state;
    let mut topics: Vec<&[&str]> = Vec::new();
    if kind != NoteKind::Evening {
        if s.sleep < 6.0 {
            topics.push(words::SLEEP_POOR);
        } else if s.sleep >= 7.5 && rng.chance(0.5) {
            topics.push(words::SLEEP_GOOD);
        }
    }
    if kind != NoteKind::Evening
        && let Some(bank) = side_effects(rng, ctx.day)
    {
        topics.push(bank);
    }
    let mut homework = false;
    if kind != NoteKind::Morning {
        for tag in ctx.tags {
            topics.push(match tag.as_str() {
                "therapy" => words::THERAPY,
                "work" => words::WORK,
                "walk" => words::WALK,
                "exercise" => words::EXERCISE,
                "family" => words::FAMILY,
                "friends" => words::FRIENDS,
                "rain" => words::RAIN,
                "weekend" => words::WEEKEND,
                _ => continue,
            });
        }
        if ctx.days_since_therapy.is_some_and(|d| (1..=4).contains(&d)) && rng.chance(0.35) {
            topics.push(words::HOMEWORK);
            homework = true;
        }
    }
    let mood_bank = if s.mood < 4.0 {
        words::LOW
    } else if s.anxiety >= 6.0 {
        words::WORRY
    } else if s.mood >= 6.5 {
        words::GOOD
    } else {
        words::STEADY
    };
    // Most notes open with how the day felt.
    let at = if rng.chance(0.6) { 0 } else { topics.len() };
    topics.insert(at, mood_bank);
    if rng.chance(0.2) {
        topics.push(words::WINS);
    }

    let sentences = fill(rng, &topics, &[words::GENERAL, words::GENERAL, mood_bank], target);
    let mut text = String::with_capacity(target * 7);
    let breaks =
        if sentences.len() >= 4 && rng.chance(0.15) { [sentences.len() / 3, 2 * sentences.len() / 3] } else { [0, 0] };
    for (k, sentence) in sentences.iter().enumerate() {
        if k > 0 {
            text.push_str(if breaks.contains(&k) { "\n\n" } else { " " });
        }
        text.push_str(sentence);
    }
    if let Some(tag) = ctx.tags.first()
        && rng.chance(0.25)
    {
        hashtag(&mut text, tag);
    } else if homework && rng.chance(0.4) {
        text.push_str(" #homework");
    }
    text
}

/// Side effects are common early on and ease over the first weeks.
fn side_effects(rng: &mut Rng, day: usize) -> Option<&'static [&'static str]> {
    if day < 42 && rng.chance(0.7 * (1.0 - day as f64 / 42.0)) {
        Some(words::MEDS_EARLY)
    } else if day >= 28 && ((day < 90 && rng.chance(0.12)) || rng.chance(0.03)) {
        Some(words::MEDS_LATER)
    } else {
        None
    }
}

/// One sentence per topic, then everyday ones, until about `target` words.
fn fill<'a>(rng: &mut Rng, topics: &[&[&'a str]], fillers: &[&[&'a str]], target: usize) -> Vec<&'a str> {
    let mut used: Vec<&str> = Vec::new();
    let mut count = 0;
    let mut round = 0;
    while count < target {
        let bank =
            topics.get(round).or_else(|| fillers.get(round % fillers.len().max(1))).copied().unwrap_or(words::GENERAL);
        round += 1;
        let mut sentence = rng.pick(bank);
        for _ in 0..4 {
            if !used.contains(&sentence) {
                break;
            }
            sentence = rng.pick(bank);
        }
        let n = sentence.split_whitespace().count().max(1);
        // Stop when the next sentence would overshoot by more than it would fall short.
        if count > 0 && count + n / 2 > target {
            break;
        }
        used.push(sentence);
        count += n;
    }
    used
}

/// Marks the first whole-word use of `tag` as `#tag`, or appends it on its own line.
fn hashtag(text: &mut String, tag: &str) {
    let found = text.match_indices(tag).map(|(i, _)| i).find(|&i| {
        let before = text[..i].chars().next_back();
        let after = text[i + tag.len()..].chars().next();
        before.is_none_or(|c| c == ' ') && after.is_none_or(|c| !c.is_alphanumeric())
    });
    match found {
        Some(i) => text.insert(i, '#'),
        None => {
            text.push_str("\n#");
            text.push_str(tag);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashtag_marks_a_whole_word_or_appends() {
        let mut t = String::from("Walked far, then a walk home.");
        hashtag(&mut t, "walk");
        assert_eq!(t, "Walked far, then a #walk home.");
        let mut t = String::from("A walked path.");
        hashtag(&mut t, "walk");
        assert_eq!(t, "A walked path.\n#walk");
    }
}
