//! All loaded days, kept in date order, with the queries the screens need.

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate};

use super::{Day, Tag, YearMonth, search};

#[derive(Debug, Default, Clone)]
pub struct Journal {
    /// Each month's days in date order; a month with no days has no entry.
    months: BTreeMap<YearMonth, Vec<Day>>,
    /// How many edits this journal has had (0: never edited, so empty): figures worked out
    /// from all the days can be kept beside it until it changes.
    revision: u64,
}

impl Journal {
    pub fn new() -> Journal {
        Journal::default()
    }

    /// A new number after every edit. It counts this journal's own edits, so it tells this
    /// journal's states apart; a clone carries on from the number it was cloned at.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    fn touch(&mut self) {
        self.revision += 1;
    }

    fn find(&self, date: NaiveDate) -> Option<(&Vec<Day>, Result<usize, usize>)> {
        let v = self.months.get(&YearMonth::of(date))?;
        Some((v, v.binary_search_by_key(&date, |d| d.date)))
    }

    pub fn day(&self, date: NaiveDate) -> Option<&Day> {
        match self.find(date)? {
            (v, Ok(i)) => v.get(i),
            _ => None,
        }
    }

    pub fn day_mut(&mut self, date: NaiveDate) -> &mut Day {
        self.touch();
        let v = self.months.entry(YearMonth::of(date)).or_default();
        let i = match v.binary_search_by_key(&date, |d| d.date) {
            Ok(i) => i,
            Err(i) => {
                v.insert(i, Day::new(date));
                i
            }
        };
        &mut v[i]
    }

    /// Drops a day that no longer holds anything, so it is not written to disk.
    pub fn tidy(&mut self, date: NaiveDate) {
        self.touch();
        let ym = YearMonth::of(date);
        if let Some(v) = self.months.get_mut(&ym) {
            v.retain(|d| d.date != date || !d.is_empty());
            if v.is_empty() {
                self.months.remove(&ym);
            }
        }
    }

    /// Replaces everything in one month with the given days (as loaded from its file).
    pub fn set_month(&mut self, ym: YearMonth, mut days: Vec<Day>) {
        self.touch();
        days.retain(|d| YearMonth::of(d.date) == ym && !d.is_empty());
        days.sort_by_key(|d| d.date);
        // A date given twice keeps the later one, as inserting into a map would.
        days.reverse();
        days.dedup_by_key(|d| d.date);
        days.reverse();
        if days.is_empty() {
            self.months.remove(&ym);
        } else {
            // A list read from a file grows in steps, leaving spare room; over years of days
            // that adds up, so each month is fitted once, here, as it comes in.
            days.shrink_to_fit();
            days.iter_mut().for_each(Day::shrink_to_fit);
            self.months.insert(ym, days);
        }
    }

    pub fn month(&self, ym: YearMonth) -> impl DoubleEndedIterator<Item = &Day> {
        self.month_days(ym).iter()
    }

    /// One month's days in date order, as kept: what a save writes, without a copy.
    pub fn month_days(&self, ym: YearMonth) -> &[Day] {
        self.months.get(&ym).map_or(&[], Vec::as_slice)
    }

    /// The loaded days from `from` to `to`, both included, oldest first.
    pub fn days_between(&self, from: NaiveDate, to: NaiveDate) -> impl Iterator<Item = &Day> {
        let months = self.months.range(YearMonth::of(from)..=YearMonth::of(to.max(from)));
        months.flat_map(|(_, days)| days.iter()).filter(move |d| d.date >= from && d.date <= to)
    }

    pub fn len(&self) -> usize {
        self.months.values().map(Vec::len).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.months.is_empty()
    }

    /// Days newest first.
    pub fn newest_first(&self) -> impl Iterator<Item = &Day> {
        self.months.values().rev().flat_map(|v| v.iter().rev())
    }

    /// The first day recorded.
    pub fn oldest(&self) -> Option<&Day> {
        self.all().next()
    }

    fn all(&self) -> impl Iterator<Item = &Day> {
        self.months.values().flatten()
    }

    /// The nearest day with entries strictly before (or after) `date`.
    pub fn before(&self, date: NaiveDate) -> Option<&Day> {
        let ym = YearMonth::of(date);
        if let Some((v, at)) = self.find(date) {
            let i = at.unwrap_or_else(|i| i);
            if i > 0 {
                return v.get(i - 1);
            }
        }
        self.months.range(..ym).next_back().and_then(|(_, v)| v.last())
    }

    pub fn after(&self, date: NaiveDate) -> Option<&Day> {
        let ym = YearMonth::of(date);
        if let Some((v, at)) = self.find(date) {
            let i = match at {
                Ok(i) => i + 1,
                Err(i) => i,
            };
            if let Some(d) = v.get(i) {
                return Some(d);
            }
        }
        self.months.range(ym.next()..).next().and_then(|(_, v)| v.first())
    }

    /// Mood for the `n` days ending at `end`, oldest first; `None` where not logged.
    pub fn mood_series(&self, end: NaiveDate, n: u64) -> Vec<(NaiveDate, Option<u8>)> {
        let start = end.checked_sub_days(Days::new(n.saturating_sub(1))).unwrap_or(end);
        start.iter_days().take_while(|d| *d <= end).map(|d| (d, self.day(d).and_then(Day::mood))).collect()
    }

    /// Every tag in use with how many days carry it, most used first.
    pub fn tag_counts(&self) -> Vec<(Tag, usize)> {
        count_tags(self.all())
    }

    /// Whether a day matches a text query (notes and check-in note) and an optional tag.
    pub fn matches(day: &Day, query: &str, tag: Option<&str>) -> bool {
        if let Some(tag) = tag
            && !day.has_tag(tag)
        {
            return false;
        }
        if query.is_empty() {
            return true;
        }
        day.notes.iter().any(|n| search::contains(&n.text, query))
            || day
                .check_in
                .as_ref()
                .is_some_and(|c| search::contains(&c.note, query) || c.tags.iter().any(|t| search::contains(t, query)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{CheckIn, Note};
    use chrono::{FixedOffset, TimeZone};

    fn date(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).expect("date")
    }

    fn day_with_mood(m: u32, d: u32, mood: u8) -> Day {
        let at =
            FixedOffset::east_opt(0).expect("offset").with_ymd_and_hms(2026, m, d, 9, 0, 0).single().expect("time");
        let mut ci = CheckIn::empty(at);
        ci.mood = Some(mood);
        Day {
            date: date(m, d),
            check_in: Some(ci),
            notes: vec![Note { at, text: format!("note {d} #tag{}", d % 2).into() }],
            doses: vec![],
            practices: vec![],
        }
    }

    #[test]
    fn mood_series_has_gaps_where_not_logged() {
        let mut j = Journal::new();
        let nov = YearMonth::new(2026, 11).expect("month");
        j.set_month(nov, vec![day_with_mood(11, 25, 6), day_with_mood(11, 27, 4)]);
        let s = j.mood_series(date(11, 27), 4);
        let moods: Vec<Option<u8>> = s.iter().map(|x| x.1).collect();
        assert_eq!(moods, vec![None, Some(6), None, Some(4)]);
        assert_eq!(s[0].0, date(11, 24));
    }

    #[test]
    fn every_edit_gives_a_new_revision() {
        let mut j = Journal::new();
        assert_eq!(j.revision(), 0);
        let nov = YearMonth::new(2026, 11).expect("month");
        j.set_month(nov, vec![day_with_mood(11, 1, 5)]);
        assert_ne!(j.revision(), Journal::new().revision(), "an edited journal is not a fresh one");
        let mut seen = vec![0, j.revision()];
        let copy = j.clone();
        assert_eq!(copy.revision(), j.revision(), "a clone carries the revision on");
        j.day_mut(date(11, 2));
        seen.push(j.revision());
        j.tidy(date(11, 2));
        seen.push(j.revision());
        j.set_month(nov, Vec::new());
        seen.push(j.revision());
        let n = seen.len();
        seen.sort_unstable();
        seen.dedup();
        assert_eq!(seen.len(), n, "revisions repeat: {seen:?}");
    }

    #[test]
    fn set_month_replaces_only_that_month() {
        let mut j = Journal::new();
        let oct = YearMonth::new(2026, 10).expect("month");
        let nov = YearMonth::new(2026, 11).expect("month");
        j.set_month(oct, vec![day_with_mood(10, 3, 5)]);
        j.set_month(nov, vec![day_with_mood(11, 2, 5), day_with_mood(11, 3, 5)]);
        j.set_month(nov, vec![day_with_mood(11, 9, 1)]);
        assert_eq!(j.len(), 2);
        assert_eq!(j.before(date(11, 9)).map(|d| d.date), Some(date(10, 3)));
        assert_eq!(j.after(date(10, 3)).map(|d| d.date), Some(date(11, 9)));
        assert!(j.after(date(11, 9)).is_none());
    }

    #[test]
    fn tags_and_search_match() {
        let mut j = Journal::new();
        let nov = YearMonth::new(2026, 11).expect("month");
        j.set_month(nov, vec![day_with_mood(11, 1, 5), day_with_mood(11, 2, 5), day_with_mood(11, 3, 5)]);
        assert_eq!(j.tag_counts(), vec![("tag1".into(), 2), ("tag0".into(), 1)]);
        let d = j.day(date(11, 2)).expect("day");
        assert!(Journal::matches(d, "NOTE 2", None));
        assert!(Journal::matches(d, "", Some("tag0")));
        assert!(!Journal::matches(d, "", Some("tag1")));
        assert!(!Journal::matches(d, "absent", None));
    }
}

/// A month at a glance: how many days were logged and the averages of what was logged.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MonthSummary {
    pub days_with_entries: usize,
    pub check_ins: usize,
    pub mood: Option<f32>,
    pub anxiety: Option<f32>,
    pub sleep_hours: Option<f32>,
    pub top_tags: Vec<(Tag, usize)>,
}

fn mean(values: impl Iterator<Item = f32>) -> Option<f32> {
    let (sum, n) = values.fold((0.0, 0u32), |(s, n), v| (s + v, n + 1));
    (n > 0).then(|| sum / n as f32)
}

/// Each tag with how many of the days carry it, most used first (then by name).
fn count_tags<'a>(days: impl Iterator<Item = &'a Day>) -> Vec<(Tag, usize)> {
    let mut counts: BTreeMap<Tag, usize> = BTreeMap::new();
    for day in days {
        for t in day.tags() {
            *counts.entry(t).or_default() += 1;
        }
    }
    let mut v: Vec<(Tag, usize)> = counts.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    v
}

impl Journal {
    pub fn month_summary(&self, ym: YearMonth) -> MonthSummary {
        let days = self.month_days(ym);
        let cis: Vec<&crate::domain::CheckIn> = days.iter().filter_map(|d| d.check_in.as_ref()).collect();
        let mut top_tags = count_tags(days.iter());
        top_tags.truncate(5);
        MonthSummary {
            days_with_entries: days.len(),
            check_ins: cis.len(),
            mood: mean(cis.iter().filter_map(|c| c.mood).map(f32::from)),
            anxiety: mean(cis.iter().filter_map(|c| c.anxiety).map(f32::from)),
            sleep_hours: mean(cis.iter().filter_map(|c| c.sleep_hours)),
            top_tags,
        }
    }
}

#[cfg(test)]
mod summary_tests {
    use super::*;
    use crate::domain::{CheckIn, Note};
    use chrono::{FixedOffset, TimeZone};

    #[test]
    fn month_summary_averages_only_what_was_logged() {
        let at = FixedOffset::east_opt(0).expect("o").with_ymd_and_hms(2026, 11, 2, 9, 0, 0).single().expect("t");
        let mut a = CheckIn::empty(at);
        a.mood = Some(4);
        a.sleep_hours = Some(7.0);
        a.tags = vec!["work".into()];
        let mut b = CheckIn::empty(at);
        b.mood = Some(7);
        b.anxiety = Some(2);
        let d = |day: u32| NaiveDate::from_ymd_opt(2026, 11, day).expect("date");
        let mut j = Journal::new();
        let nov = YearMonth::new(2026, 11).expect("m");
        j.set_month(
            nov,
            vec![
                Day { date: d(2), check_in: Some(a), notes: vec![], doses: vec![], practices: vec![] },
                Day { date: d(3), check_in: Some(b), notes: vec![], doses: vec![], practices: vec![] },
                Day {
                    date: d(4),
                    check_in: None,
                    notes: vec![Note { at, text: "#work late".into() }],
                    doses: vec![],
                    practices: vec![],
                },
            ],
        );
        let s = j.month_summary(nov);
        assert_eq!((s.days_with_entries, s.check_ins), (3, 2));
        assert_eq!(s.mood, Some(5.5));
        assert_eq!(s.anxiety, Some(2.0));
        assert_eq!(s.sleep_hours, Some(7.0));
        assert_eq!(s.top_tags, vec![("work".into(), 2)]);
        assert_eq!(j.month_summary(nov.prev()), MonthSummary::default());
    }
}
