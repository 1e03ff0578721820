//! The Skills tab: browsing cards, favourites, and running a guided exercise with distress
//! rated before and after; each practice is saved to the month file of its day.

use std::collections::BTreeMap;
use std::rc::Rc;

use chrono::{DateTime, FixedOffset};
use ratatui_textarea::TextArea;

use super::App;
use crate::domain::practice::{Helped, Practice, helped};
use crate::domain::skill::{Category, CopingCard, Exercise};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum SkillSort {
    #[default]
    Name,
    MostPractised,
    HelpedMost,
}

impl SkillSort {
    /// The order in words, as the list's title names it.
    pub fn label(self) -> &'static str {
        match self {
            SkillSort::Name => "by name",
            SkillSort::MostPractised => "most practised",
            SkillSort::HelpedMost => "helped most",
        }
    }
}

/// "What helped" per card id.
pub type HelpedByCard = BTreeMap<String, Helped>;

#[derive(Default)]
pub struct SkillsView {
    /// Lines the selected card is scrolled by (PgDn/PgUp), back to 0 on another card.
    pub card_scroll: u16,
    /// `None`: every category (favourites first).
    pub category: Option<Category>,
    pub selected: usize,
    pub query: String,
    pub search: Option<TextArea<'static>>,
    pub sort: SkillSort,
}

/// The skills slice: the person's favourites and own cards (`skills.ron`), the tab's view,
/// the exercise running, and practices still owed to their month's file.
#[derive(Default)]
pub struct SkillsState {
    pub mine: super::Doc<crate::domain::skill::SkillsData>,
    pub view: SkillsView,
    /// The guided exercise in progress.
    pub run: Option<Run>,
    /// Finished practices whose month could not be written: kept in drafts, never dropped.
    pub unsaved_practices: Vec<Practice>,
    /// "What helped" per card, from the practices of every loaded day.
    helped: Rc<HelpedByCard>,
    /// The journal revision `helped` was worked out at.
    helped_at: Option<u64>,
    /// The built-in cards, once read (just after the first frame).
    pub builtin: &'static [CopingCard],
}

impl SkillsState {
    /// Works "what helped" out again when the journal has changed since.
    pub fn refresh_helped(&mut self, journal: &crate::domain::Journal) {
        let revision = journal.revision();
        if self.helped_at != Some(revision) {
            self.helped = Rc::new(helped(journal.newest_first().flat_map(|d| d.practices.iter())));
            self.helped_at = Some(revision);
        }
    }
}

/// A timed exercise in progress (breathing, timed steps, or reading at one's own pace).
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub card: String,
    pub before: Option<u8>,
    pub started: DateTime<FixedOffset>,
    /// Time run so far, advanced by ticks from the event loop while not paused.
    pub elapsed_ms: u64,
    pub paused: bool,
    /// Timed steps: seconds skipped forward or back with n/p.
    pub offset_ms: i64,
    /// Breathing: another card's pattern chosen with [ and ], and a length set with + and -.
    pub pattern: Option<String>,
    pub minutes: Option<u32>,
}

impl Run {
    pub fn seconds(&self) -> f32 {
        (self.elapsed_ms as i64 + self.offset_ms).max(0) as f32 / 1000.0
    }
}

impl App {
    /// The breathing pattern of the run (its own, or the one chosen), and how long it lasts.
    pub fn run_breathing(&self) -> Option<(String, Vec<crate::domain::skill::Phase>, f32)> {
        let run = self.skills.run.as_ref()?;
        let own = self.card(&run.card)?;
        if !matches!(own.exercise, Exercise::Breathing { .. }) {
            return None;
        }
        let source = run.pattern.as_deref().and_then(|id| self.card(id)).unwrap_or(own);
        let Exercise::Breathing { phases, .. } = &source.exercise else { return None };
        let total = match run.minutes {
            Some(m) => m as f32 * 60.0,
            None => source.breathing_seconds()?,
        };
        Some((source.title.clone(), phases.clone(), total))
    }

    /// Built-in cards and the person's own, by id.
    pub fn cards(&self) -> impl Iterator<Item = &CopingCard> {
        self.skills.builtin.iter().chain(self.skills.mine.custom.iter())
    }

    pub fn card(&self, id: &str) -> Option<&CopingCard> {
        self.cards().find(|c| c.id == id)
    }

    /// The line that stands for a day in lists: its headline, or for a day with only
    /// practices, what was practised ("Practised Box breathing and 1 more").
    pub fn day_headline<'a>(&self, day: &'a crate::domain::Day) -> std::borrow::Cow<'a, str> {
        let headline = day.headline();
        match day.practices.first() {
            Some(first) if headline.is_empty() => {
                let title = self.card(&first.card).map_or(&*first.card, |c| c.title.as_str());
                let more = match day.practices.len() - 1 {
                    0 => String::new(),
                    n => format!(" and {n} more"),
                };
                format!("Practised {title}{more}").into()
            }
            _ => headline.into(),
        }
    }

    /// Practices of every loaded day, per card (worked out in `update` when the journal changes).
    pub fn helped(&self) -> Rc<HelpedByCard> {
        self.skills.helped.clone()
    }

    /// The cards as listed: in the category (or all, favourites first), matching the search.
    pub fn skills_in_order(&self) -> Vec<&CopingCard> {
        let v = &self.skills.view;
        let help = self.helped();
        let mut cards: Vec<&CopingCard> = self
            .cards()
            .filter(|c| v.category.is_none_or(|cat| c.category == cat))
            .filter(|c| c.matches(&v.query))
            .collect();
        let fav = |c: &CopingCard| !self.skills.mine.favourites.contains(&c.id);
        let times = |c: &CopingCard| std::cmp::Reverse(help.get(&c.id).map_or(0, |h| h.times));
        // Most helped: the largest drop in distress first; unrated cards last.
        let drop =
            |c: &CopingCard| help.get(&c.id).and_then(|h| h.average_change).map_or(i64::MAX, |a| (a * 100.0) as i64);
        // Favourites come first under every order.
        match v.sort {
            SkillSort::Name => cards.sort_by_key(|c| (fav(c), c.title.to_lowercase())),
            SkillSort::MostPractised => cards.sort_by_key(|c| (fav(c), times(c), c.title.to_lowercase())),
            SkillSort::HelpedMost => cards.sort_by_key(|c| (fav(c), drop(c), c.title.to_lowercase())),
        }
        // While searching, cards whose title matches come first (the sort holds within).
        if !v.query.trim().is_empty() {
            cards.sort_by_key(|c| !crate::domain::search::contains(&c.title, &v.query));
        }
        cards
    }

    pub fn selected_card(&self) -> Option<&CopingCard> {
        let list = self.skills_in_order();
        list.get(self.skills.view.selected.min(list.len().saturating_sub(1))).copied()
    }

    /// A skill to suggest on Today: the one that has helped most, else a starter card.
    /// Nothing until the cards have been read (just after the first frame).
    pub fn suggestion(&self) -> Option<(&CopingCard, Option<f32>)> {
        if self.skills.builtin.is_empty() {
            return None;
        }
        let help = self.helped();
        let best = help
            .iter()
            .filter_map(|(id, h)| Some((id, h.average_change?)))
            .filter(|(_, a)| *a < 0.0)
            .min_by(|a, b| a.1.total_cmp(&b.1));
        match best {
            Some((id, avg)) => self.card(id).map(|c| (c, Some(avg))),
            None => self.card("paced-breathing").or_else(|| self.cards().next()).map(|c| (c, None)),
        }
    }
}

mod browse;
pub(crate) mod keys;
mod own_card;
mod practice;
pub use browse::skills_action;
pub use own_card::{own_card_form, save_own_card};
pub use practice::{after_form, finish, run_action, save_practice, start, submit};

#[cfg(test)]
mod tests;
