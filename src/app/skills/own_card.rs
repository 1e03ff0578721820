//! The person's own cards: the form (empty, copied from a card, or editing theirs) and how
//! it is saved, keeping what the form does not show.

use super::super::form::{Field, Form, FormKind, SkillForm};
use super::super::{App, Effect};
use crate::domain::skill::{Category, CopingCard, Exercise};

/// The form for the person's own card, empty or filled from a card (editing or copying).
pub fn own_card_form(from: Option<&CopingCard>, editing: Option<String>) -> Form {
    let v = |f: fn(&CopingCard) -> String| from.map(f).unwrap_or_default();
    let fields = vec![
        Field::new("Title", "e.g. the 3-3-3 check my therapist taught me", &v(|c| c.title.clone())),
        Field::new(
            "Category",
            "breathing, grounding, body, thinking, doing, distress tolerance, self-compassion, sleep, other",
            &v(|c| c.category.label().to_lowercase()),
        ),
        Field::new("Summary", "one line: what it is", &v(|c| c.summary.clone())),
        Field::new("When", "when to reach for it", &v(|c| c.when.clone())),
        Field::new("Minutes", "about how long it takes", &v(|c| c.minutes.to_string())).numeric(),
        Field::new(
            "Steps",
            "one a line",
            &v(|c| c.steps.iter().map(|s| s.text.clone()).collect::<Vec<_>>().join("\n")),
        )
        .multiline(),
        Field::new("Why it helps", "in your own words", &v(|c| c.why.clone())),
        Field::new("Cautions", "optional", &v(|c| c.cautions.clone())),
        Field::new("Source", "where it comes from: e.g. my therapist, 2026", &v(|c| c.source.clone())),
    ];
    let title = match (&editing, from) {
        (Some(_), _) => "Edit my card".to_string(),
        (None, Some(c)) => format!("My copy of {}", c.title),
        (None, None) => "My own card".to_string(),
    };
    Form::new(title, FormKind::Skills(SkillForm::OwnCard(editing)), fields)
}

/// Reads the card form; errors are put at their fields and nothing is saved.
pub fn save_own_card(app: &mut App, form: &mut Form, editing: Option<String>) -> Option<Vec<Effect>> {
    let mut errors = Vec::new();
    for (i, what) in [(0, "a title"), (2, "a summary"), (3, "when to use it"), (6, "why it helps"), (8, "a source")] {
        if form.value(i).is_empty() {
            errors.push((i, format!("needs {what}")));
        }
    }
    let category = Category::ALL.into_iter().find(|c| c.label().eq_ignore_ascii_case(&form.value(1)));
    if category.is_none() {
        errors.push((
            1,
            "one of: breathing, grounding, body, thinking, doing, distress tolerance, self-compassion, sleep, other"
                .into(),
        ));
    }
    let minutes = match form.value(4).parse::<u32>() {
        Ok(m) if (1..=240).contains(&m) => Some(m),
        _ => {
            errors.push((4, "a whole number of minutes, 1 to 240".into()));
            None
        }
    };
    let steps: Vec<crate::domain::skill::Step> = form
        .value(5)
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| crate::domain::skill::Step { text: l.to_string(), seconds: None })
        .collect();
    if steps.is_empty() {
        errors.push((5, "at least one step".into()));
    }
    errors.sort_by_key(|e| e.0);
    if !form.show_errors(errors) {
        return None;
    }
    let taken: Vec<String> = app.cards().map(|c| c.id.clone()).collect();
    let taken: Vec<&str> = taken.iter().map(String::as_str).filter(|id| Some(*id) != editing.as_deref()).collect();
    let title = form.value(0);
    let id = editing.clone().unwrap_or_else(|| crate::domain::medication::slug(&format!("my {title}"), &taken));
    // The form does not show a card's exercise or its steps' timings (written by hand in
    // skills.ron): an edit keeps them, for every step whose text is unchanged.
    let old = app.skills.mine.custom.iter().find(|c| Some(&c.id) == editing.as_ref());
    let exercise = old.map_or(Exercise::Reading, |c| c.exercise.clone());
    let steps: Vec<crate::domain::skill::Step> = steps
        .into_iter()
        .map(|s| {
            let seconds = old.and_then(|c| c.steps.iter().find(|o| o.text == s.text)).and_then(|o| o.seconds);
            crate::domain::skill::Step { seconds, ..s }
        })
        .collect();
    let card = CopingCard {
        id: id.clone(),
        title,
        category: category?,
        summary: form.value(2),
        when: form.value(3),
        minutes: minutes?,
        steps,
        why: form.value(6),
        cautions: form.value(7),
        source: form.value(8),
        exercise,
    };
    let custom = &mut app.skills.mine.edit().custom;
    match custom.iter_mut().find(|c| c.id == id) {
        Some(old) => *old = card,
        None => custom.push(card),
    }
    app.set_info("Your card is saved; it is listed with the others.");
    Some(vec![Effect::Save(crate::app::FileId::Skills)])
}
