//! Skills and exercise snapshots from one fixture (Fri 27 Nov 2026, 09:30 +01:00): box
//! breathing practised four times (distress −2.5 on average), two favourites, and runs part way through.

use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;

use crate::app::skills::Run;
use crate::app::{App, Tab};
use crate::domain::practice::Practice;
use crate::domain::{Day, YearMonth};
use crate::ui::Theme;

fn at(m: u32, d: u32, h: u32, min: u32) -> DateTime<FixedOffset> {
    FixedOffset::east_opt(3600).expect("offset").with_ymd_and_hms(2026, m, d, h, min, 0).single().expect("time")
}

fn practice(card: &str, d: u32, before: Option<u8>, after: Option<u8>) -> Practice {
    Practice { card: card.into(), at: at(11, d, 18, 0), seconds: 240, before, after, answers: Vec::new() }
}

fn fixture() -> App {
    let mut app = crate::fixtures::app(NaiveDate::from_ymd_opt(2026, 11, 27).expect("date"));
    app.now = at(11, 27, 9, 30);
    app.tab = Tab::Skills;
    let practices = [
        (10, vec![practice("box-breathing", 10, Some(7), Some(4))]),
        (14, vec![practice("box-breathing", 14, Some(6), Some(4)), practice("grounding-5-4-3-2-1", 14, None, None)]),
        (20, vec![practice("box-breathing", 20, Some(8), Some(5))]),
        (25, vec![practice("box-breathing", 25, Some(6), Some(4)), practice("paced-breathing", 25, Some(6), Some(6))]),
    ];
    let days = practices
        .into_iter()
        .map(|(d, practices)| Day {
            date: NaiveDate::from_ymd_opt(2026, 11, d).expect("date"),
            check_in: None,
            notes: Vec::new(),
            doses: Vec::new(),
            practices,
        })
        .collect();
    crate::fixtures::load_month(&mut app, YearMonth { year: 2026, month: 11 }, Ok(days));
    app.skills.mine.edit().favourites = vec!["box-breathing".into(), "paced-breathing".into()];
    app
}

fn select(app: &mut App, id: &str) {
    app.skills.view.selected = app.skills_in_order().iter().position(|c| c.id == id).expect("listed");
}

fn run(card: &str, ms: u64) -> Run {
    Run {
        card: card.into(),
        before: Some(6),
        started: at(11, 27, 9, 25),
        elapsed_ms: ms,
        paused: false,
        offset_ms: 0,
        pattern: None,
        minutes: None,
    }
}

fn draw(app: &App, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    terminal
        .draw(|f| {
            crate::ui::render(f, app);
        })
        .expect("draw");
    terminal
}

use crate::ui::tests::screen_text as screen;

fn both_sizes(name: &str, app: &App) {
    insta::assert_snapshot!(format!("{name}_80x24"), draw(app, 80, 24).backend());
    insta::assert_snapshot!(format!("{name}_160x48"), draw(app, 160, 48).backend());
}

#[test]
fn skills_library() {
    let app = fixture();
    let s = screen(&draw(&app, 80, 24));
    assert!(s.contains("All 27") || s.contains("All "), "{s}");
    assert!(s.contains("helped: −2.5 (4×)"), "{s}");
    both_sizes("skills_library", &app);
}

#[test]
fn skills_card_selected() {
    let mut app = fixture();
    select(&mut app, "box-breathing");
    let s = screen(&draw(&app, 160, 48));
    assert!(s.contains("Practised 4 times · distress −2.5 on average"), "{s}");
    assert!(s.contains("Enter starts: rate distress before, then the exercise"), "{s}");
    both_sizes("skills_card_selected", &app);
}

#[test]
fn skills_search_box() {
    let mut app = fixture();
    app.skills.view.query = "box".into();
    app.skills.view.search = Some(ratatui_textarea::TextArea::new(vec!["box".into()]));
    both_sizes("skills_search_box", &app);
}

#[test]
fn skills_no_match() {
    let mut app = fixture();
    app.skills.view.query = "zzzz".into();
    assert!(screen(&draw(&app, 80, 24)).contains("No card matches. Esc shows all."));
}

#[test]
fn exercise_breathing_mid_run() {
    let mut app = fixture();
    app.skills.run = Some(run("box-breathing", 5000));
    let s = screen(&draw(&app, 80, 24));
    assert!(s.contains("Hold"), "{s}");
    assert!(s.contains("round 1 · 3:55 left"), "{s}");
    assert!(s.contains("space pause · Enter end (you will rate distress after) · ! crisis lines"), "{s}");
    both_sizes("exercise_breathing_mid_run", &app);
    app.skills.run = Some(run("box-breathing", 1000));
    let s = screen(&draw(&app, 80, 24));
    assert!(s.contains("Breathe in"), "{s}");
    assert!(!s.contains("Hold"), "{s}");
}

#[test]
fn exercise_breathing_shape_grows_and_shrinks() {
    let mut app = fixture();
    let corners = |app: &App| screen(&draw(app, 80, 24)).matches('╭').count();
    let width_at = |app: &mut App, ms: u64| {
        app.skills.run = Some(run("box-breathing", ms));
        let s = screen(&draw(app, 80, 24));
        s.lines().filter(|l| l.contains('░')).map(|l| l.matches('░').count()).max().unwrap_or(0)
    };
    let early = width_at(&mut app, 500);
    let full = width_at(&mut app, 5000);
    let out = width_at(&mut app, 11_000);
    assert!(early < full && out < full, "{early} {full} {out}");
    assert!(corners(&app) >= 2);
}

#[test]
fn exercise_timed_steps_mid_run() {
    let mut app = fixture();
    app.skills.run = Some(run("progressive-muscle-relaxation", 50_000));
    let s = screen(&draw(&app, 80, 24));
    assert!(s.contains("step 1 of"), "{s}");
    assert!(s.contains("n next step · p previous step"), "{s}");
    both_sizes("exercise_timed_steps_mid_run", &app);
}

#[test]
fn exercise_paused() {
    let mut app = fixture();
    let mut r = run("box-breathing", 9000);
    r.paused = true;
    app.skills.run = Some(r);
    let s = screen(&draw(&app, 80, 24));
    assert!(s.contains("paused"), "{s}");
    both_sizes("exercise_paused", &app);
}

#[test]
fn exercise_reading_card() {
    let mut app = fixture();
    let id = app.cards().find(|c| matches!(c.exercise, crate::domain::skill::Exercise::Reading)).map(|c| c.id.clone());
    let Some(id) = id else { return };
    app.skills.run = Some(run(&id, 30_000));
    assert!(screen(&draw(&app, 80, 24)).contains("Enter when you are done"));
    both_sizes("exercise_reading_mid_run", &app);
}

#[test]
fn tiny_areas_never_panic() {
    let mut app = fixture();
    let theme = Theme { color: true };
    let runs = [None, Some(run("box-breathing", 5000)), Some(run("progressive-muscle-relaxation", 50_000))];
    for r in runs {
        app.skills.run = r;
        for (w, h) in [(0, 0), (1, 1), (20, 5), (60, 16), (100, 16), (200, 3)] {
            draw(&app, w, h);
            let mut t = Terminal::new(TestBackend::new(w.max(1), h.max(1))).expect("terminal");
            t.draw(|f| {
                let area = Rect::new(0, 0, w, h).intersection(f.area());
                super::render(f, area, &app, theme);
                super::super::exercise::render(f, area, &app, theme);
            })
            .expect("draw");
        }
    }
    // A run past its end, and an empty search with the field open.
    app.skills.run = Some(run("box-breathing", 10_000_000));
    draw(&app, 80, 24);
    app.skills.run = Some(run("progressive-muscle-relaxation", 10_000_000));
    draw(&app, 80, 24);
    app.skills.run = None;
    app.skills.view.query = "zzzz".into();
    app.skills.view.search = Some(ratatui_textarea::TextArea::new(vec!["zzzz".into()]));
    draw(&app, 60, 16);
    draw(&app, 160, 48);
}

#[test]
fn a_long_card_scrolls_with_page_keys_at_80x24() {
    let mut app = fixture();
    select(&mut app, "tipp");
    let s = screen(&crate::fixtures::draw_measured(&mut app, 80, 24));
    assert!(s.contains("PgDn more ↓"), "{s}");
    assert!(!s.contains("Source:"), "the end of this card should not fit at 80×24:\n{s}");
    for _ in 0..20 {
        crate::app::update::update(&mut app, crate::app::Action::Move(crate::app::Move::PageDown), at(11, 27, 9, 30));
        crate::fixtures::draw_measured(&mut app, 80, 24);
    }
    let s = screen(&draw(&app, 80, 24));
    assert!(s.contains("Source:") && s.contains("PgUp back ↑"), "{s}");
    assert!(app.skills.view.card_scroll == app.limits.card, "PgDn stops at the end");
    insta::assert_snapshot!("skills_card_scrolled_80x24", draw(&app, 80, 24).backend());
    // One PgUp moves back at once, and another card starts at its top.
    crate::app::update::update(&mut app, crate::app::Action::Move(crate::app::Move::PageUp), at(11, 27, 9, 30));
    assert!(app.skills.view.card_scroll < app.limits.card);
    crate::app::update::update(&mut app, crate::app::Action::Move(crate::app::Move::Down), at(11, 27, 9, 30));
    assert_eq!(app.skills.view.card_scroll, 0);
}

#[test]
fn journal_shows_a_practice_only_day_offering_only_to_select_a_practice() {
    let mut app = fixture();
    app.tab = Tab::Journal;
    app.journal.view.selected = NaiveDate::from_ymd_opt(2026, 11, 25).expect("date");
    let s = screen(&draw(&app, 100, 30));
    assert!(s.contains("Practice · 18:00") && s.contains("Box breathing · 4 min · distress 6 → 4"), "{s}");
    assert!(s.contains("No check-in or note this day.") && !s.contains("Enter to select an entry"), "{s}");
    assert!(s.contains("Enter selects a practice, d deletes"), "{s}");
    // In the list of days, what was practised stands in for a note.
    assert!(s.contains("Wed 25 Nov     –  –  Practised Box"), "{s}");
    let wide = screen(&draw(&app, 200, 40));
    assert!(wide.contains("Practised Box breathing and 1 more"), "{wide}");
}

#[test]
fn today_suggests_the_skill_that_helped_most_in_the_same_words_as_the_card() {
    let mut app = fixture();
    app.tab = Tab::Today;
    let lines =
        |s: &str| s.lines().map(|l| l.trim_matches(|c: char| c == '│' || c == ' ').to_string()).collect::<Vec<_>>();
    // Today is split in columns at 120×30 and 80×24: in the narrow check-in panel the title and
    // the figure each start their own line, never cut.
    for (w, h) in [(120, 30), (80, 24)] {
        let s = screen(&draw(&app, w, h));
        assert!(!s.contains("Helped you before"), "{s}");
        let ls = lines(&s);
        let at =
            ls.iter().position(|l| l.starts_with("Lowered your distress before:")).unwrap_or_else(|| panic!("{s}"));
        assert!(ls[at + 1].starts_with("Box breathing"), "{w}×{h}:\n{s}");
        assert!(ls[at + 2].starts_with("(distress −2.5 on average) · 5"), "{w}×{h}:\n{s}");
    }
    let wider = lines(&screen(&draw(&app, 200, 40)));
    let at = wider.iter().position(|l| l == "Lowered your distress before: Box breathing").expect("200 columns");
    assert!(wider[at + 1].starts_with("(distress −2.5 on average) · 5"), "{wider:?}");
    let widest = screen(&draw(&app, 240, 40));
    assert!(widest.contains("Lowered your distress before: Box breathing (distress −2.5 on average) · 5"), "{widest}");
}

/// A guided reading run shows the whole card's steps at 80×24, so no step (such as the grounding
/// walk's traffic step or the sleep card's "get up") is cut off below the panel.
#[test]
fn every_reading_card_shows_all_its_steps_at_80x24() {
    use crate::domain::skill::Exercise;
    let mut app = fixture();
    let reading: Vec<_> = crate::assets::builtin_cards().iter().filter(|c| c.exercise == Exercise::Reading).collect();
    assert!(reading.len() >= 10, "{}", reading.len());
    for card in reading {
        app.skills.run = Some(run(&card.id, 30_000));
        let s = screen(&draw(&app, 80, 24));
        let last = card.steps.last().expect("steps");
        let last_word = last.text.split_whitespace().last().expect("words");
        assert!(s.contains(&format!("{}. ", card.steps.len())), "{}: last step missing\n{s}", card.id);
        assert!(s.contains(last_word), "{}: the end of the last step is cut off\n{s}", card.id);
    }
}

/// A tall check-in (six symptoms of the person's own) leaves fewer rows in Today's check-in
/// panel at 80×24: the suggestion gives up its blank line first, then its figure, so the skill's
/// name and its key still show.
#[test]
fn today_suggestion_keeps_its_end_under_a_tall_check_in() {
    use crate::domain::{CheckIn, Severity, SymptomRating, Tag};
    let mut app = fixture();
    app.tab = Tab::Today;
    let names = ["low mood", "worry", "irritability", "trouble concentrating", "restlessness", "tiredness"];
    let ym = YearMonth { year: 2026, month: 11 };
    let practice_days: Vec<Day> = app.journal.days.month(ym).cloned().collect();
    let mut with_check_in = |tags: &[&str]| {
        let mut ci = CheckIn::empty(at(11, 27, 8, 0));
        (ci.mood, ci.anxiety, ci.energy, ci.sleep_hours, ci.sleep_quality) =
            (Some(5), Some(5), Some(5), Some(7.0), Some(5));
        ci.symptoms = names.iter().map(|n| SymptomRating { name: (*n).into(), severity: Severity::Moderate }).collect();
        ci.tags = tags.iter().map(|t| Tag::from(*t)).collect();
        let mut days = practice_days.clone();
        days.push(Day {
            date: NaiveDate::from_ymd_opt(2026, 11, 27).expect("date"),
            check_in: Some(ci),
            notes: Vec::new(),
            doses: Vec::new(),
            practices: Vec::new(),
        });
        crate::fixtures::load_month(&mut app, ym, Ok(days));
        screen(&draw(&app, 80, 24))
    };
    // Three rows left: the whole suggestion, without the blank line above it.
    let s = with_check_in(&[]);
    assert!(s.contains("tiredness moderate") && s.contains("(distress −2.5 on average) · 5"), "{s}");
    // Two rows left (a tags line too): the name and the key, without the figure.
    let s = with_check_in(&["work", "family"]);
    assert!(s.contains("#work") && s.contains("Lowered your distress before: Box"), "{s}");
    assert!(s.contains("breathing · 5"), "the suggestion's end is cut off:\n{s}");
}
