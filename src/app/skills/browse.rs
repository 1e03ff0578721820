//! Browsing the cards: moving through the list and the categories, searching, sorting,
//! favourites, the person's own cards, and starting one.

use crate::app::form::{Form, FormKind, SkillForm};
use crate::app::keymap::{Ctx, key};
use crate::app::{Action, App, Effect, Move, SkillsAction};
use crate::domain::skill::{Category, CopingCard};

use super::practice::distress_field;
use super::{SkillSort, own_card_form};

pub fn skills_action(app: &mut App, action: Action) -> Vec<Effect> {
    if app.skills.view.search.is_some() {
        search_action(app, action);
        return Vec::new();
    }
    let count = app.skills_in_order().len();
    let v = &mut app.skills.view;
    let shown = (v.selected, v.category, v.sort);
    match action {
        // A few lines of the card at a time; the view says how far it can go.
        Action::Move(Move::PageDown) => {
            v.card_scroll = crate::app::scroll_down(v.card_scroll, CARD_PAGE, app.limits.card);
            return Vec::new();
        }
        Action::Move(Move::PageUp) => {
            v.card_scroll = crate::app::scroll_up(v.card_scroll, CARD_PAGE, app.limits.card);
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
        Action::Search => v.search = Some(crate::app::form::search_field(&v.query)),
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
        Action::Skills(SkillsAction::Favourite) => return favourite(app),
        Action::Skills(which @ (SkillsAction::AddCard | SkillsAction::EditCard | SkillsAction::CopyCard)) => {
            own_card(app, which);
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

/// Keys in the search field: the list narrows as the person types.
fn search_action(app: &mut App, action: Action) {
    let v = &mut app.skills.view;
    let Some(ta) = v.search.as_mut() else { return };
    match action {
        Action::Text(_) | Action::Paste(_) => {
            if let Some(q) = crate::app::form::search_edit(ta, action) {
                v.query = q;
                v.selected = 0;
                v.card_scroll = 0;
            }
        }
        Action::KeepSearch => v.search = None,
        Action::Close => {
            v.search = None;
            v.query.clear();
        }
        _ => {}
    }
}

/// The selected card in or out of the favourites (which come first: the selection follows).
fn favourite(app: &mut App) -> Vec<Effect> {
    let Some(id) = app.selected_card().map(|c| c.id.clone()) else { return Vec::new() };
    if let Some(why) = app.locked(crate::app::FileId::Skills) {
        app.set_error(why);
        return Vec::new();
    }
    let favourites = &mut app.skills.mine.edit().favourites;
    match favourites.iter().position(|f| *f == id) {
        Some(i) => {
            favourites.remove(i);
        }
        None => favourites.push(id.clone()),
    }
    if let Some(at) = app.skills_in_order().iter().position(|c| c.id == id) {
        app.skills.view.selected = at;
    }
    vec![Effect::Save(crate::app::FileId::Skills)]
}

/// The form for the person's own card: a new one, a copy of the selected, or theirs to edit.
fn own_card(app: &mut App, which: SkillsAction) {
    if let Some(why) = app.locked(crate::app::FileId::Skills) {
        app.set_error(why);
        return;
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

/// Lines moved by one PgDn/PgUp on a card.
const CARD_PAGE: u16 = 6;
