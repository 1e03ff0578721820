//! The two standard questionnaires, PHQ-9 (depression) and GAD-7 (anxiety): their items,
//! answers, totals, severity bands and how a score has changed, as REFERENCES.md gives them.
//! What a score means is always said as what studies call it, never as a diagnosis.

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

pub mod words;

/// Shown on every questionnaire screen, as the authors ask.
pub const ATTRIBUTION: &str = "PHQ-9 and GAD-7 developed by Drs. Robert L. Spitzer, Janet B.W. Williams, \
     Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required \
     to reproduce, translate, display or distribute.";

/// The four answers to every item, scored 0–3.
pub const ANSWERS: [&str; 4] = ["Not at all", "Several days", "More than half the days", "Nearly every day"];

/// The unscored last question of both forms.
pub const DIFFICULTY_QUESTION: &str = "If you checked off any problems, how difficult have these problems made it \
     for you to do your work, take care of things at home, or get along with other people?";

/// Its four answers, 0–3.
pub const DIFFICULTY: [&str; 4] =
    ["Not difficult at all", "Somewhat difficult", "Very difficult", "Extremely difficult"];

const PHQ9_ITEMS: [&str; 9] = [
    "Little interest or pleasure in doing things",
    "Feeling down, depressed, or hopeless",
    "Trouble falling or staying asleep, or sleeping too much",
    "Feeling tired or having little energy",
    "Poor appetite or overeating",
    "Feeling bad about yourself — or that you are a failure or have let yourself or your family down",
    "Trouble concentrating on things, such as reading the newspaper or watching television",
    "Moving or speaking so slowly that other people could have noticed? Or the opposite — being so \
     fidgety or restless that you have been moving around a lot more than usual",
    "Thoughts that you would be better off dead or of hurting yourself in some way",
];

const GAD7_ITEMS: [&str; 7] = [
    "Feeling nervous, anxious or on edge",
    "Not being able to stop or control worrying",
    "Worrying too much about different things",
    "Trouble relaxing",
    "Being so restless that it is hard to sit still",
    "Becoming easily annoyed or irritable",
    "Feeling afraid as if something awful might happen",
];

/// A severity band: the highest total it holds, and its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Band {
    pub up_to: u8,
    pub name: &'static str,
}

const fn band(up_to: u8, name: &'static str) -> Band {
    Band { up_to, name }
}

/// Kroenke 2001.
const PHQ9_BANDS: [Band; 5] =
    [band(4, "minimal"), band(9, "mild"), band(14, "moderate"), band(19, "moderately severe"), band(27, "severe")];
/// Spitzer 2006.
const GAD7_BANDS: [Band; 4] = [band(4, "minimal"), band(9, "mild"), band(14, "moderate"), band(21, "severe")];

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Scale {
    #[default]
    Phq9,
    Gad7,
}

impl Scale {
    pub const ALL: [Scale; 2] = [Scale::Phq9, Scale::Gad7];

    pub fn name(self) -> &'static str {
        match self {
            Scale::Phq9 => "PHQ-9",
            Scale::Gad7 => "GAD-7",
        }
    }

    /// What it asks about, in a few words.
    pub fn about(self) -> &'static str {
        match self {
            Scale::Phq9 => "depression",
            Scale::Gad7 => "anxiety",
        }
    }

    pub fn stem(self) -> &'static str {
        match self {
            Scale::Phq9 => "Over the last 2 weeks, how often have you been bothered by any of the following problems?",
            Scale::Gad7 => "Over the last 2 weeks, how often have you been bothered by the following problems?",
        }
    }

    pub fn items(self) -> &'static [&'static str] {
        match self {
            Scale::Phq9 => &PHQ9_ITEMS,
            Scale::Gad7 => &GAD7_ITEMS,
        }
    }

    /// The highest possible total.
    pub fn max(self) -> u8 {
        u8::try_from(self.items().len() * 3).unwrap_or(u8::MAX)
    }

    pub fn bands(self) -> &'static [Band] {
        match self {
            Scale::Phq9 => &PHQ9_BANDS,
            Scale::Gad7 => &GAD7_BANDS,
        }
    }

    /// The band a total falls in.
    pub fn band(self, total: u8) -> Band {
        let bands = self.bands();
        bands.iter().copied().find(|b| total <= b.up_to).unwrap_or(bands[bands.len() - 1])
    }

    /// The smallest change in the total that matters for one person: about 5 points for
    /// PHQ-9 (Löwe 2004, Med Care), about 4 for GAD-7 (Toussaint 2020, J Affect Disord).
    pub fn smallest_change(self) -> u8 {
        match self {
            Scale::Phq9 => 5,
            Scale::Gad7 => 4,
        }
    }

    /// The item whose answer above 0 must bring up the crisis lines at once: PHQ-9's ninth.
    pub fn crisis_item(self) -> Option<usize> {
        match self {
            Scale::Phq9 => Some(8),
            Scale::Gad7 => None,
        }
    }

    /// LOINC codes of the panel and of the total score, for exports.
    pub fn loinc(self) -> (&'static str, &'static str) {
        match self {
            Scale::Phq9 => ("44249-1", "44261-6"),
            Scale::Gad7 => ("69737-5", "70274-6"),
        }
    }
}

/// One questionnaire as answered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    pub scale: Scale,
    pub at: DateTime<FixedOffset>,
    /// One answer (0–3) per item, in order.
    pub answers: Vec<u8>,
    /// The unscored question on how hard the problems made daily life (0–3), if answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub difficulty: Option<u8>,
}

impl Assessment {
    pub fn date(&self) -> NaiveDate {
        self.at.date_naive()
    }

    pub fn total(&self) -> u8 {
        self.answers.iter().map(|a| (*a).min(3)).sum()
    }

    pub fn band(&self) -> Band {
        self.scale.band(self.total())
    }

    /// Why this record cannot be scored, if it cannot (a file edited by hand).
    pub fn problem(&self) -> Option<String> {
        let want = self.scale.items().len();
        if self.answers.len() != want {
            return Some(format!("{} has {} answers where {want} are asked", self.scale.name(), self.answers.len()));
        }
        if self.answers.iter().chain(&self.difficulty).any(|a| *a > 3) {
            return Some(format!("{} has an answer above 3", self.scale.name()));
        }
        None
    }
}

/// How the latest total of a scale compares with the one before it and with the first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Change {
    pub total: u8,
    pub previous: Option<u8>,
    pub first: Option<u8>,
    /// How many of the scale there are, this one included.
    pub count: usize,
    /// A drop of at least half from the first ("response" in studies).
    pub response: bool,
    /// PHQ-9 below 5 ("remission" in studies); always false for GAD-7.
    pub remission: bool,
    /// The change since the first is at least the smallest that matters for one person.
    pub meaningful_since_first: bool,
    /// The same for the change since the previous one.
    pub meaningful_since_previous: bool,
}

impl Change {
    /// `history` is every record of one scale, oldest first; the last is the one described.
    pub fn of(history: &[&Assessment]) -> Option<Change> {
        let latest = history.last()?;
        let scale = latest.scale;
        let total = latest.total();
        let earlier = &history[..history.len() - 1];
        let first = earlier.first().map(|a| a.total());
        let previous = earlier.last().map(|a| a.total());
        let matters = |before: Option<u8>| before.is_some_and(|b| b.abs_diff(total) >= scale.smallest_change());
        Some(Change {
            total,
            previous,
            first,
            count: history.len(),
            response: first.is_some_and(|f| f > 0 && u16::from(total) * 2 <= u16::from(f)),
            remission: scale == Scale::Phq9 && total < 5,
            meaningful_since_first: matters(first),
            meaningful_since_previous: matters(previous),
        })
    }
}

/// Everything in `assessments.ron`: the questionnaires answered, and the day the person last
/// put Today's note about the next one away (it stays away until another one is answered).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AssessmentsData {
    pub list: Vec<Assessment>,
    pub note_dismissed: Option<NaiveDate>,
}

/// After this many days since the last questionnaire, Today mentions the next one.
pub const DUE_AFTER_DAYS: i64 = 14;

impl AssessmentsData {
    /// The latest questionnaire of any scale.
    pub fn latest(&self) -> Option<&Assessment> {
        self.list.iter().max_by_key(|a| a.at)
    }

    /// Days since the last questionnaire, when Today should mention the next one: more than
    /// two weeks, and not put away by the person since that questionnaire.
    pub fn due_note(&self, today: NaiveDate) -> Option<i64> {
        let last = self.latest()?.date();
        let days = (today - last).num_days();
        let dismissed = self.note_dismissed.is_some_and(|d| d >= last);
        (days > DUE_AFTER_DAYS && !dismissed).then_some(days)
    }
}

/// The records of one scale, oldest first.
pub fn of_scale(all: &[Assessment], scale: Scale) -> Vec<&Assessment> {
    let mut list: Vec<&Assessment> = all.iter().filter(|a| a.scale == scale).collect();
    list.sort_by_key(|a| a.at);
    list
}

#[cfg(test)]
mod tests {
    use super::*;

    fn taken(scale: Scale, day: u32, answers: &[u8]) -> Assessment {
        let at = DateTime::parse_from_rfc3339(&format!("2026-11-{day:02}T09:00:00+01:00")).expect("time");
        Assessment { scale, at, answers: answers.to_vec(), difficulty: None }
    }

    #[test]
    fn the_items_and_totals_are_the_published_ones() {
        assert_eq!(Scale::Phq9.items().len(), 9);
        assert_eq!(Scale::Gad7.items().len(), 7);
        assert_eq!((Scale::Phq9.max(), Scale::Gad7.max()), (27, 21));
        assert!(Scale::Phq9.items()[8].starts_with("Thoughts that you would be better off dead"));
        assert_eq!(Scale::Phq9.crisis_item(), Some(8));
        assert_eq!(Scale::Gad7.crisis_item(), None);
        assert_eq!(Scale::Phq9.loinc().1, "44261-6");
        assert_eq!(Scale::Gad7.loinc().1, "70274-6");
        // Long texts written over several source lines read as one sentence each.
        assert!(Scale::Phq9.items()[7].contains("Or the opposite — being so fidgety or restless that you"));
        assert!(ATTRIBUTION.contains("Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant"));
        assert!(DIFFICULTY_QUESTION.contains("how difficult have these problems made it for you to do your work"));
        assert!(!ATTRIBUTION.contains("  ") && !DIFFICULTY_QUESTION.contains("  "));
    }

    #[test]
    fn bands_follow_kroenke_and_spitzer_at_every_edge() {
        let phq = |t| Scale::Phq9.band(t).name;
        assert_eq!([phq(0), phq(4), phq(5), phq(9), phq(10)], ["minimal", "minimal", "mild", "mild", "moderate"]);
        assert_eq!(
            [phq(14), phq(15), phq(19), phq(20), phq(27)],
            ["moderate", "moderately severe", "moderately severe", "severe", "severe"]
        );
        let gad = |t| Scale::Gad7.band(t).name;
        assert_eq!(
            [gad(4), gad(5), gad(9), gad(10), gad(14), gad(15), gad(21)],
            ["minimal", "mild", "mild", "moderate", "moderate", "severe", "severe"]
        );
    }

    #[test]
    fn a_total_is_the_sum_of_the_answers() {
        let a = taken(Scale::Phq9, 1, &[3, 3, 2, 2, 1, 1, 0, 0, 1]);
        assert_eq!(a.total(), 13);
        assert_eq!(a.band().name, "moderate");
        assert_eq!(a.problem(), None);
        assert!(taken(Scale::Gad7, 1, &[1, 2]).problem().expect("short").contains("2 answers where 7"));
        assert!(taken(Scale::Gad7, 1, &[4, 0, 0, 0, 0, 0, 0]).problem().expect("high").contains("above 3"));
    }

    #[test]
    fn change_response_remission_and_the_smallest_change_that_matters() {
        let first = taken(Scale::Phq9, 1, &[2, 2, 2, 2, 2, 2, 2, 2, 0]); // 16
        let middle = taken(Scale::Phq9, 15, &[2, 2, 1, 1, 1, 1, 1, 1, 0]); // 10
        let last = taken(Scale::Phq9, 29, &[1, 1, 1, 1, 0, 0, 0, 0, 0]); // 4
        let c = Change::of(&[&first, &middle, &last]).expect("change");
        assert_eq!((c.total, c.previous, c.first), (4, Some(10), Some(16)));
        assert!(c.response && c.remission && c.meaningful_since_first && c.meaningful_since_previous);

        // 16 → 9 is not yet half; 10 → 9 is smaller than 5 points.
        let nine = taken(Scale::Phq9, 29, &[1, 1, 1, 1, 1, 1, 1, 1, 1]);
        let c = Change::of(&[&first, &middle, &nine]).expect("change");
        assert!(!c.response && !c.remission && c.meaningful_since_first && !c.meaningful_since_previous);
        // Exactly half is a response.
        let eight = taken(Scale::Phq9, 29, &[1, 1, 1, 1, 1, 1, 1, 1, 0]);
        assert!(Change::of(&[&first, &eight]).expect("change").response);
    }

    #[test]
    fn a_first_questionnaire_has_no_change_and_gad7_has_no_remission() {
        let only = taken(Scale::Gad7, 1, &[0, 0, 0, 1, 0, 0, 0]);
        let c = Change::of(&[&only]).expect("change");
        assert_eq!((c.previous, c.first), (None, None));
        assert!(!c.response && !c.remission && !c.meaningful_since_first);
        assert_eq!(Change::of(&[]), None);
        // A first score of 0 cannot halve: no response is claimed.
        let zero = taken(Scale::Gad7, 1, &[0; 7]);
        assert!(!Change::of(&[&zero, &zero]).expect("change").response);
    }

    #[test]
    fn todays_note_comes_after_two_weeks_and_stays_away_once_dismissed() {
        let mut data = AssessmentsData { list: vec![taken(Scale::Phq9, 1, &[0; 9])], note_dismissed: None };
        let day = |d| NaiveDate::from_ymd_opt(2026, 11, d).expect("date");
        assert_eq!(data.due_note(day(15)), None, "14 days is not yet more than two weeks");
        assert_eq!(data.due_note(day(16)), Some(15));
        data.note_dismissed = Some(day(16));
        assert_eq!(data.due_note(day(30)), None, "dismissed: never asked again for this one");
        data.list.push(taken(Scale::Gad7, 17, &[0; 7]));
        assert_eq!(data.due_note(day(30)), None);
        assert_eq!(
            data.due_note(NaiveDate::from_ymd_opt(2026, 12, 2).expect("date")),
            Some(15),
            "a new one, a new note"
        );
        assert_eq!(AssessmentsData::default().due_note(day(30)), None, "none answered: nothing to remind of");
    }

    #[test]
    fn records_of_one_scale_come_oldest_first() {
        let all = vec![taken(Scale::Phq9, 20, &[0; 9]), taken(Scale::Gad7, 5, &[0; 7]), taken(Scale::Phq9, 3, &[1; 9])];
        let phq = of_scale(&all, Scale::Phq9);
        assert_eq!(phq.iter().map(|a| a.total()).collect::<Vec<_>>(), [9, 0]);
    }
}
