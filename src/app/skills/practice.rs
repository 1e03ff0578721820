//! A practice from start to end: distress rated before, the exercise run (breathing, timed
//! steps, reading) or its answers typed, distress rated after, and the practice saved to the
//! month file of its day.

use chrono::{DateTime, FixedOffset};

use crate::app::form::{Field, Form, FormKind, SkillForm};
use crate::app::keymap::{Ctx, key};
use crate::app::{Action, App, Effect, ExerciseAction};
use crate::domain::practice::Practice;
use crate::domain::skill::{ACTIVITY_PLAN, Exercise, THOUGHT_RECORD};

use super::{Run, save_own_card};

/// The distress (SUDS) question asked before and after a practice.
pub(super) fn distress_field() -> Field {
    let enter = key(Ctx::Form, &Action::Form(crate::app::FormAction::Enter));
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
            key(Ctx::Form, &Action::Form(crate::app::FormAction::Enter))
        )),
    }
}

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
