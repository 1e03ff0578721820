//! The Skills tab: browsing cards, favourites, and running a guided exercise with distress
//! rated before and after; each practice is saved to the month file of its day.

use crate::app::keymap::{Ctx, key};
use std::collections::BTreeMap;
use std::rc::Rc;

use chrono::{DateTime, FixedOffset};
use ratatui_textarea::TextArea;

use super::form::{Field, Form, FormKind, SkillForm};
use super::{Action, App, Effect, ExerciseAction, Move, SkillsAction};
use crate::domain::practice::{Helped, Practice, helped};
use crate::domain::skill::{ACTIVITY_PLAN, Category, CopingCard, Exercise, THOUGHT_RECORD};

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

/// The distress (SUDS) question asked before and after a practice.
fn distress_field() -> Field {
    let enter = key(Ctx::Form, &Action::Form(super::FormAction::Enter));
    Field::new("Distress now", format!("0 none … 10 the worst; {enter} to skip"), "").numeric()
}

/// Reads 0–10 or empty (skipped).
fn suds(text: &str) -> Result<Option<u8>, String> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    match t.parse::<u8>() {
        Ok(v) if v <= 10 => Ok(Some(v)),
        _ => Err(format!(
            "“{t}”: type 0 (none) to 10 (worst), or {} to skip",
            key(Ctx::Form, &Action::Form(super::FormAction::Enter))
        )),
    }
}

pub fn skills_action(app: &mut App, action: Action) -> Vec<Effect> {
    if let Some(ta) = app.skills.view.search.as_mut() {
        match action {
            Action::Text(_) | Action::Paste(_) => {
                if let Some(q) = super::form::search_edit(ta, action) {
                    app.skills.view.query = q;
                    app.skills.view.selected = 0;
                    app.skills.view.card_scroll = 0;
                }
            }
            Action::KeepSearch => app.skills.view.search = None,
            Action::Close => {
                app.skills.view.search = None;
                app.skills.view.query.clear();
            }
            _ => {}
        }
        return Vec::new();
    }
    let count = app.skills_in_order().len();
    let v = &mut app.skills.view;
    let shown = (v.selected, v.category, v.sort);
    match action {
        // A few lines of the card at a time; the view says how far it can go.
        Action::Move(Move::PageDown) => {
            v.card_scroll = super::scroll_down(v.card_scroll, CARD_PAGE, app.limits.card);
            return Vec::new();
        }
        Action::Move(Move::PageUp) => {
            v.card_scroll = super::scroll_up(v.card_scroll, CARD_PAGE, app.limits.card);
            return Vec::new();
        }
        Action::Move(Move::Up) | Action::ScrollUp => v.selected = v.selected.saturating_sub(1),
        Action::Move(Move::Down) | Action::ScrollDown => v.selected = (v.selected + 1).min(count.saturating_sub(1)),
        Action::Skills(dir @ (SkillsAction::PrevCategory | SkillsAction::NextCategory)) => {
            let all: Vec<Option<Category>> = std::iter::once(None).chain(Category::ALL.into_iter().map(Some)).collect();
            let i = all.iter().position(|c| *c == v.category).unwrap_or(0);
            let n = all.len();
            let j = if dir == SkillsAction::NextCategory { (i + 1) % n } else { (i + n - 1) % n };
            v.category = all[j];
            v.selected = 0;
        }
        Action::Search => v.search = Some(super::form::search_field(&v.query)),
        Action::Close => {
            v.query.clear();
            v.category = None;
        }
        Action::Skills(SkillsAction::CycleSort) => {
            v.sort = match v.sort {
                SkillSort::Name => SkillSort::MostPractised,
                SkillSort::MostPractised => SkillSort::HelpedMost,
                SkillSort::HelpedMost => SkillSort::Name,
            };
        }
        Action::Skills(SkillsAction::Favourite) => {
            let Some(id) = app.selected_card().map(|c| c.id.clone()) else { return Vec::new() };
            if let Some(why) = app.locked(super::FileId::Skills) {
                app.set_error(why);
                return Vec::new();
            }
            if let Some(i) = app.skills.mine.favourites.iter().position(|f| *f == id) {
                app.skills.mine.edit().favourites.remove(i);
            } else {
                app.skills.mine.edit().favourites.push(id.clone());
            }
            // The card moves (favourites come first): the selection goes with it.
            if let Some(at) = app.skills_in_order().iter().position(|c| c.id == id) {
                app.skills.view.selected = at;
            }
            app.skills.mine.edit();
            return vec![Effect::Save(crate::app::FileId::Skills)];
        }
        Action::Skills(which @ (SkillsAction::AddCard | SkillsAction::EditCard | SkillsAction::CopyCard)) => {
            if let Some(why) = app.locked(super::FileId::Skills) {
                app.set_error(why);
                return Vec::new();
            }
            let selected = app.selected_card().cloned();
            let own = |c: &CopingCard| app.skills.mine.custom.iter().any(|o| o.id == c.id);
            app.form = match (which, selected) {
                (SkillsAction::AddCard, _) => Some(own_card_form(None, None)),
                (SkillsAction::EditCard, Some(c)) if own(&c) => Some(own_card_form(Some(&c), Some(c.id.clone()))),
                (SkillsAction::EditCard, Some(_)) => {
                    app.set_info(format!(
                        "Built-in cards stay as they are: {} copies one for you to change.",
                        key(Ctx::Skills, &Action::Skills(SkillsAction::CopyCard))
                    ));
                    None
                }
                (SkillsAction::CopyCard, Some(c)) => Some(own_card_form(Some(&c), None)),
                _ => None,
            };
        }
        Action::Skills(SkillsAction::Start) => {
            let Some(card) = app.selected_card() else { return Vec::new() };
            let kind = FormKind::Skills(SkillForm::SudsBefore(card.id.clone()));
            let title = format!("{} · before you start", card.title);
            app.form = Some(Form::new(title, kind, vec![distress_field()]));
            return Vec::new();
        }
        _ => {}
    }
    // Another card, category or order starts at the top of the card.
    let v = &mut app.skills.view;
    if (v.selected, v.category, v.sort) != shown {
        v.card_scroll = 0;
    }
    Vec::new()
}

/// Lines moved by one PgDn/PgUp on a card.
const CARD_PAGE: u16 = 6;

/// After the before-rating: a timed run, or a form for the answers.
pub fn start(app: &mut App, card_id: &str, before_text: &str) -> Result<(), String> {
    let before = suds(before_text)?;
    let Some(card) = app.card(card_id).cloned() else { return Ok(()) };
    let started = app.now;
    let answers_form = |fields: Vec<Field>| {
        Form::new(
            card.title.clone(),
            FormKind::Skills(SkillForm::Answers { card: card.id.clone(), before, started }),
            fields,
        )
    };
    match &card.exercise {
        Exercise::Prompts(prompts) => {
            let fields = prompts
                .iter()
                .zip(&card.steps)
                .map(|(p, s)| Field::new(format!("{} {}", p.count, p.label), s.text.clone(), "").items(p.count))
                .collect();
            app.form = Some(answers_form(fields));
        }
        Exercise::ThoughtRecord => {
            app.form =
                Some(answers_form(THOUGHT_RECORD.iter().map(|(l, h)| Field::new(*l, *h, "").multiline()).collect()));
        }
        Exercise::ActivityPlan => {
            app.form = Some(answers_form(ACTIVITY_PLAN.iter().map(|(l, h)| Field::new(*l, *h, "")).collect()));
        }
        Exercise::Breathing { .. } | Exercise::TimedSteps | Exercise::Reading => {
            app.skills.run = Some(Run {
                card: card.id.clone(),
                before,
                started,
                elapsed_ms: 0,
                paused: false,
                offset_ms: 0,
                pattern: None,
                minutes: None,
            });
        }
    }
    Ok(())
}

pub fn run_action(app: &mut App, action: Action) -> Vec<Effect> {
    let Some(card_id) = app.skills.run.as_ref().map(|r| r.card.clone()) else { return Vec::new() };
    // How long the exercise runs by itself: breathing minutes or rounds, or the timed steps.
    let breathing = app.run_breathing();
    let total = breathing.as_ref().map(|b| b.2).or_else(|| {
        app.card(&card_id).and_then(|c| {
            matches!(c.exercise, Exercise::TimedSteps)
                .then(|| c.steps.iter().map(|s| s.seconds.unwrap_or(0) as f32).sum())
        })
    });
    let minutes = breathing.as_ref().map(|b| (b.2 / 60.0).round().max(1.0) as u32);
    let patterns: Vec<String> =
        app.cards().filter(|c| matches!(c.exercise, Exercise::Breathing { .. })).map(|c| c.id.clone()).collect();
    let skip = match action {
        Action::Exercise(ExerciseAction::NextStep) => skip_ms(app, 1),
        Action::Exercise(ExerciseAction::PrevStep) => skip_ms(app, -1),
        _ => 0,
    };
    let Some(run) = app.skills.run.as_mut() else { return Vec::new() };
    match action {
        Action::Tick(ms) if !run.paused => {
            run.elapsed_ms += ms;
            if total.is_some_and(|t| run.seconds() >= t) {
                finish(app);
            }
        }
        Action::Exercise(ExerciseAction::TogglePause) => run.paused = !run.paused,
        Action::Exercise(ExerciseAction::NextStep | ExerciseAction::PrevStep) => run.offset_ms += skip,
        // Breathing: a minute longer or shorter, or another card's pattern.
        Action::Exercise(change @ (ExerciseAction::Longer | ExerciseAction::Shorter)) => {
            if let Some(m) = minutes {
                let m = if change == ExerciseAction::Longer { m + 1 } else { m.saturating_sub(1) };
                run.minutes = Some(m.clamp(1, 20));
            }
        }
        Action::Exercise(dir @ (ExerciseAction::NextPattern | ExerciseAction::PrevPattern))
            if minutes.is_some() && !patterns.is_empty() =>
        {
            let current = run.pattern.clone().unwrap_or_else(|| run.card.clone());
            let i = patterns.iter().position(|id| *id == current).unwrap_or(0);
            let n = patterns.len();
            let j = if dir == ExerciseAction::NextPattern { (i + 1) % n } else { (i + n - 1) % n };
            run.pattern = Some(patterns[j].clone());
        }
        Action::Exercise(ExerciseAction::End) => finish(app),
        _ => {}
    }
    Vec::new()
}

/// Milliseconds to the start of the next (or this/previous) timed step.
fn skip_ms(app: &App, dir: i32) -> i64 {
    let Some(run) = &app.skills.run else { return 0 };
    let Some(card) = app.card(&run.card) else { return 0 };
    let durations: Vec<u32> = card.steps.iter().map(|s| s.seconds.unwrap_or(0)).collect();
    let now = run.seconds();
    let mut starts = vec![0.0f32];
    for d in &durations {
        starts.push(starts.last().copied().unwrap_or(0.0) + *d as f32);
    }
    let target = if dir > 0 {
        starts.iter().copied().find(|s| *s > now + 0.01).unwrap_or(now)
    } else {
        let current = starts.iter().copied().filter(|s| *s <= now).fold(0.0, f32::max);
        if now - current > 2.0 { current } else { starts.iter().copied().filter(|s| *s < current).fold(0.0, f32::max) }
    };
    ((target - now) * 1000.0) as i64
}

/// Ends the run (early or on time) and asks how distress is now.
pub fn finish(app: &mut App) {
    let Some(run) = app.skills.run.take() else { return };
    let seconds = run.seconds().round() as u32;
    app.form = Some(after_form(app, run.card, run.before, run.started, seconds, Vec::new()));
}

/// Reads a Skills form: a rating before or after a practice, a practice's answers, or the
/// person's own card. On an error the form stays open with the message at its field.
pub fn submit(app: &mut App, form: &mut Form, kind: SkillForm) -> Option<Vec<Effect>> {
    match kind {
        SkillForm::OwnCard(editing) => save_own_card(app, form, editing),
        SkillForm::SudsBefore(card) => match start(app, &card, &form.value(0)) {
            Ok(()) => Some(Vec::new()),
            Err(e) => form.show_errors(vec![(0, e)]).then(Vec::new),
        },
        SkillForm::Answers { card, before, started } => {
            let answers: Vec<(String, String)> =
                form.fields.iter().map(|f| (f.label.clone(), f.value())).filter(|(_, v)| !v.is_empty()).collect();
            let seconds = u32::try_from((app.now - started).num_seconds().max(0)).unwrap_or(0);
            // The answers form closes; the after-rating opens in its place.
            app.form = Some(after_form(app, card, before, started, seconds, answers));
            Some(Vec::new())
        }
        SkillForm::SudsAfter { card, before, started, seconds, answers } => {
            match save_practice(app, card, before, &form.value(0), started, seconds, answers) {
                Ok(effects) => Some(effects),
                Err(e) => form.show_errors(vec![(0, e)]).then(Vec::new),
            }
        }
    }
}

/// Distress asked again after a practice (a timed run, or a form of answers), to save it.
pub fn after_form(
    app: &App,
    card: String,
    before: Option<u8>,
    started: DateTime<FixedOffset>,
    seconds: u32,
    answers: Vec<(String, String)>,
) -> Form {
    let title = format!("{} · how is it now?", app.card(&card).map_or("Practice", |c| c.title.as_str()));
    Form::new(
        title,
        FormKind::Skills(SkillForm::SudsAfter { card, before, started, seconds, answers }),
        vec![distress_field()],
    )
}

/// Saves the practice in the month file of the day it started.
pub fn save_practice(
    app: &mut App,
    card: String,
    before: Option<u8>,
    after_text: &str,
    started: DateTime<FixedOffset>,
    seconds: u32,
    answers: Vec<(String, String)>,
) -> Result<Vec<Effect>, String> {
    let after = suds(after_text)?;
    let change = match (before, after) {
        (Some(b), Some(a)) => format!(" Distress {b} → {a}."),
        _ => String::new(),
    };
    app.set_info(format!("Practice saved; it shows in Journal on its day.{change}"));
    let practice = Practice { card, at: started, seconds, before, after, answers };
    Ok(app.keep_practice(practice))
}

pub(crate) mod keys;
mod own_card;
pub use own_card::{own_card_form, save_own_card};

#[cfg(test)]
mod tests;
