//! Screen snapshots from one fixture (fixed date, fixed data, 80×24), plus size and colour checks.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, TimeZone};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::Color;

use super::*;
use crate::app::{Action, App, Overlay, update};
use crate::domain::dose::{DoseEvent, DoseStatus};
use crate::domain::medication::{DoseChange, Medication, Pattern, Regimen, Slot};
use crate::domain::{CheckIn, Day, Note, Severity, SymptomRating, YearMonth};

fn at(m: u32, d: u32, h: u32, min: u32) -> DateTime<FixedOffset> {
    FixedOffset::east_opt(3600).expect("offset").with_ymd_and_hms(2026, m, d, h, min, 0).single().expect("time")
}

fn now() -> DateTime<FixedOffset> {
    at(11, 27, 9, 30)
}

fn day(m: u32, d: u32, mood: Option<u8>, note: &str) -> Day {
    let check_in = mood.map(|mood| {
        let mut ci = CheckIn::empty(at(m, d, 8, 15));
        ci.mood = Some(mood);
        ci.anxiety = Some(10 - mood.min(10));
        ci.energy = Some(mood.saturating_sub(1));
        ci.sleep_hours = Some(6.5 + f32::from(mood % 3) * 0.5);
        ci.sleep_quality = Some(mood);
        ci.symptoms = vec![
            SymptomRating { name: "low mood".into(), severity: Severity::Mild },
            SymptomRating { name: "worry".into(), severity: Severity::Moderate },
        ];
        ci.tags = if d.is_multiple_of(2) { vec!["work".into()] } else { vec!["walk".into(), "family".into()] };
        ci
    });
    let notes = if note.is_empty() { Vec::new() } else { vec![Note { at: at(m, d, 20, 5), text: note.into() }] };
    Day {
        date: NaiveDate::from_ymd_opt(2026, m, d).expect("date"),
        check_in,
        notes,
        doses: Vec::new(),
        practices: Vec::new(),
    }
}

/// Two months of data with gaps, a note with a search word, and today's check-in.
pub fn fixture() -> App {
    let mut app = crate::fixtures::app(now().date_naive());
    let oct: Vec<Day> = (20..=31).map(|d| day(10, d, Some(u8::try_from(d % 5 + 3).expect("small")), "")).collect();
    let mut nov: Vec<Day> = Vec::new();
    for d in 1..=27u32 {
        if matches!(d, 5 | 6 | 19 | 23) {
            continue; // not logged
        }
        let mood = u8::try_from((d / 3 + 2).min(9)).expect("small");
        let note = match d {
            27 => "Quiet morning. Took the long way to the station and noticed the trees. #walk",
            26 => {
                "Therapy: we talked about the worry spiral before meetings.\nHomework: write the worry down, then park it."
            }
            24 => "Slept badly, a walk at lunch helped a little.",
            _ if d % 4 == 0 => "Ordinary day.",
            _ => "",
        };
        nov.push(day(11, d, Some(mood), note));
    }
    nov.push(Day {
        date: NaiveDate::from_ymd_opt(2026, 11, 25).expect("d"),
        check_in: None,
        notes: vec![Note { at: at(11, 25, 22, 0), text: "Only a note today.".into() }],
        doses: Vec::new(),
        practices: Vec::new(),
    });
    nov.retain(|x| x.date.to_string() != "2026-11-25" || x.check_in.is_none());
    // Today: the morning dose taken at 08:05; the evening dose still due; one "as needed".
    if let Some(today) = nov.iter_mut().find(|x| x.date == now().date_naive()) {
        today.doses.push(DoseEvent {
            med: "sertraline".into(),
            slot: Some(NaiveTime::from_hms_opt(8, 0, 0).expect("t")),
            status: DoseStatus::Taken { at: at(11, 27, 8, 5), units: 2.0 },
        });
    }
    app.meds.list = crate::app::Doc::new(fixture_meds());
    app.now = now();
    crate::fixtures::load_month(&mut app, YearMonth::new(2026, 10).expect("m"), Ok(oct));
    crate::fixtures::load_month(&mut app, YearMonth::new(2026, 11).expect("m"), Ok(nov));
    app
}

/// Sertraline 50 mg tablets (2 at 08:00, 1 at 20:00) and propranolol as needed.
fn fixture_meds() -> Vec<Medication> {
    let t = |h| NaiveTime::from_hms_opt(h, 0, 0).expect("t");
    let start = NaiveDate::from_ymd_opt(2026, 10, 1).expect("d");
    let change = |pattern, doses| DoseChange {
        effective: start,
        regimen: Regimen { pattern, doses },
        reason: "starting".into(),
        with_prescriber: true,
    };
    let sertraline = crate::fixtures::medication(
        "Sertraline",
        50.0,
        start,
        vec![change(Pattern::Daily, vec![Slot { time: t(8), units: 2.0 }, Slot { time: t(20), units: 1.0 }])],
    );
    let propranolol = Medication {
        id: "propranolol".into(),
        name: "Propranolol".into(),
        strength: 10.0,
        changes: vec![change(
            Pattern::AsNeeded { max_per_day: Some(3), min_hours: Some(4.0) },
            vec![Slot { time: t(0), units: 1.0 }],
        )],
        ..sertraline.clone()
    };
    vec![sertraline, propranolol]
}

fn draw(app: &App, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    terminal
        .draw(|f| {
            render(f, app);
        })
        .expect("draw");
    terminal
}

use crate::app::tests::press;

macro_rules! snap {
    ($name:expr, $app:expr) => {
        insta::assert_snapshot!($name, draw(&$app, 80, 24).backend())
    };
}

#[test]
fn today_empty() {
    let mut app = crate::fixtures::app(now().date_naive());
    crate::fixtures::load_month(&mut app, YearMonth::new(2026, 11).expect("m"), Ok(Vec::new()));
    snap!("today_empty", app);
}

#[test]
fn today_checked_in() {
    snap!("today_checked_in", fixture());
}

#[test]
fn today_with_a_broken_file() {
    let mut app = fixture();
    crate::fixtures::load_month(
        &mut app,
        YearMonth::new(2026, 9).expect("m"),
        Err("days/2026-09.ron, line 4, column 18: expected integer".into()),
    );
    snap!("today_broken_file", app);
}

#[test]
fn journal_days() {
    let mut app = fixture();
    press(&mut app, "2");
    snap!("journal_days", app);
}

#[test]
fn journal_entry_selected() {
    let mut app = fixture();
    press(&mut app, "2k\nj");
    snap!("journal_entry_selected", app);
}

#[test]
fn journal_search_highlights() {
    let mut app = fixture();
    press(&mut app, "/walk");
    snap!("journal_search", app);
    let t = draw(&app, 80, 24);
    // The match in the detail pane is highlighted (colour-critical: check the cell).
    let buf = t.backend().buffer();
    let found = (0..buf.area.height).any(|y| {
        (0..buf.area.width.saturating_sub(4)).any(|x| {
            let word: String = (0..4).map(|i| buf[(x + i, y)].symbol().to_string()).collect();
            word.eq_ignore_ascii_case("walk") && buf[(x, y)].bg == Color::Yellow
        })
    });
    assert!(found, "a highlighted match is drawn");
}

#[test]
fn journal_tag_picker() {
    let mut app = fixture();
    press(&mut app, "2t");
    snap!("journal_tag_picker", app);
}

#[test]
fn note_editor() {
    let mut app = fixture();
    press(&mut app, "nA short note");
    snap!("note_editor", app);
}

#[test]
fn every_check_in_step() {
    let mut app = crate::fixtures::app(now().date_naive());
    crate::fixtures::load_month(&mut app, YearMonth::new(2026, 11).expect("m"), Ok(Vec::new()));
    press(&mut app, "c");
    let answers = ["6", "3", "", "7.5", "7", "1", "", "2", "0", "work, walk", "Slept well.\n", ""];
    let mut step = 0;
    while app.checkin.wizard.as_ref().is_some_and(|w| w.kind() != crate::app::StepKind::Summary) {
        let answer = answers.get(step).copied().unwrap_or("");
        press(&mut app, answer);
        insta::assert_snapshot!(format!("checkin_step_{step:02}"), draw(&app, 80, 24).backend());
        press(&mut app, "\n");
        step += 1;
        assert!(step < 20, "wizard ends");
    }
    insta::assert_snapshot!("checkin_summary", draw(&app, 80, 24).backend());
}

#[test]
fn check_in_error_message() {
    let mut app = fixture();
    press(&mut app, "c\x08\x0842\n");
    snap!("checkin_error", app);
}

#[test]
fn help_overlay() {
    let mut app = fixture();
    press(&mut app, "?");
    snap!("help", app);
}

/// The screen's rows as text (these helpers are shared by the screens' tests).
pub(crate) fn rows(terminal: &Terminal<TestBackend>) -> Vec<String> {
    let buf = terminal.backend().buffer();
    (0..buf.area.height).map(|y| (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect()).collect()
}

/// The screen as text, a line per row.
pub(crate) fn screen_text(terminal: &Terminal<TestBackend>) -> String {
    rows(terminal).join("\n")
}

/// The character column of `needle` in the first row that has it, and that row.
pub(crate) fn find(terminal: &Terminal<TestBackend>, needle: &str) -> (u16, u16) {
    rows(terminal)
        .iter()
        .enumerate()
        .find_map(|(y, r)| {
            let i = r.find(needle)?;
            Some((u16::try_from(r[..i].chars().count()).ok()?, u16::try_from(y).ok()?))
        })
        .unwrap_or_else(|| panic!("{needle} is drawn"))
}

#[test]
fn scrolling_stops_at_the_end_so_the_first_key_back_moves_at_once() {
    // Help: scroll far past the end, then one k moves up straight away.
    let mut app = fixture();
    press(&mut app, "?");
    draw(&app, 80, 24);
    for _ in 0..300 {
        press(&mut app, "j");
        crate::fixtures::draw_measured(&mut app, 80, 24);
    }
    let at_end = match app.overlay {
        Some(Overlay::Help { scroll }) => scroll,
        _ => panic!("help is open"),
    };
    assert!(at_end > 0 && at_end == app.limits.view, "{at_end} of {}", app.limits.view);
    let bottom = screen_text(&draw(&app, 80, 24));
    assert!(bottom.contains("Mouse: click a tab"), "{bottom}");
    press(&mut app, "k");
    assert!(matches!(app.overlay, Some(Overlay::Help { scroll }) if scroll == at_end - 1));
    // Crisis lines on a short screen: every line can be reached, the last one too.
    let mut app = fixture();
    press(&mut app, "!");
    for _ in 0..100 {
        draw(&app, 80, 14);
        press(&mut app, "j");
    }
    let s = screen_text(&draw(&app, 80, 14));
    assert!(s.contains("closes."), "the last line is reachable: {s}");
}

#[test]
fn crisis_overlay_all_regions_and_one_region() {
    let mut app = fixture();
    press(&mut app, "!");
    snap!("crisis_all", app);
    let mut app = fixture();
    app.setup.config.crisis_region = Some("UK".into());
    press(&mut app, "!");
    snap!("crisis_uk", app);
}

#[test]
fn crisis_region_ie_shows_ireland_and_not_shout() {
    let mut app = fixture();
    app.setup.config.crisis_region = Some("IE".into());
    press(&mut app, "!");
    let s = screen_text(&draw(&app, 80, 24));
    assert!(s.contains("Ireland") && s.contains("emergency 112 or 999"), "{s}");
    assert!(s.contains("Samaritans: call 116 123") && s.contains("text 50808"), "{s}");
    assert!(!s.contains("85258") && !s.contains("United Kingdom"), "{s}");
    // The smallest layout still shows the emergency number and the first line.
    let s = screen_text(&draw(&app, 20, 5));
    assert!(s.contains("112") && s.contains("116"), "{s}");
}

#[test]
fn quit_confirmation() {
    let mut app = fixture();
    press(&mut app, "c5");
    update(&mut app, Action::Quit, now());
    snap!("confirm_quit", app);
}

#[test]
fn large_terminal_layouts() {
    let mut app = fixture();
    insta::assert_snapshot!("today_200x60", draw(&app, 200, 60).backend());
    press(&mut app, "2");
    insta::assert_snapshot!("journal_200x60", draw(&app, 200, 60).backend());
}

#[test]
fn tiny_and_zero_sizes_never_panic() {
    let mut app = fixture();
    for (w, h) in [(0, 0), (1, 1), (20, 5), (59, 15), (60, 16), (61, 17), (80, 3), (3, 80)] {
        draw(&app, w, h);
    }
    let t = draw(&app, 20, 5);
    let text: String = t.backend().buffer().content().iter().map(|c| c.symbol()).collect();
    assert!(text.contains("Too small") && text.starts_with("! crisis lines"), "{text}");
    // Every screen and overlay at the smallest usable size and just under it.
    for keys in ["2", "2\n", "c", "n", "?", "!", "2t", "2/x"] {
        let mut app = fixture();
        press(&mut app, keys);
        for (w, h) in [(60, 16), (20, 5), (0, 0)] {
            draw(&app, w, h);
        }
    }
    press(&mut app, "2");
    draw(&app, 1, 1);
}

#[test]
fn no_color_draws_without_colours() {
    let mut app = fixture();
    app.setup.color = false;
    press(&mut app, "2");
    let t = draw(&app, 80, 24);
    for cell in t.backend().buffer().content() {
        assert_eq!(cell.fg, Color::Reset, "fg colour at {:?}", cell.symbol());
        assert_eq!(cell.bg, Color::Reset);
    }
}

#[test]
fn mood_cells_carry_number_and_colour() {
    let mut app = fixture();
    press(&mut app, "2");
    let t = draw(&app, 80, 24);
    let buf = t.backend().buffer();
    // The calendar cell of 3 Nov (mood 3) shows the number in the low-mood colour.
    let pos = (0..buf.area.height).find_map(|y| {
        (0..40).find_map(|x| {
            let s: String = (0..4).map(|i| buf[(x + i, y)].symbol().to_string()).collect();
            (s == " 3 3").then_some((x + 3, y))
        })
    });
    let (x, y) = pos.expect("3 Nov cell with mood 3");
    // A fixed colour from the colour-blind-safe ramp (orange for a low mood), not whatever the
    // renderer's own function returns.
    assert_eq!(buf[(x, y)].fg, Color::Indexed(214));
    let high = (0..buf.area.height).find_map(|y| {
        (0..40).find_map(|x| {
            let s: String = (0..4).map(|i| buf[(x + i, y)].symbol().to_string()).collect();
            (s == "24 9").then_some((x + 3, y))
        })
    });
    let (x, y) = high.expect("24 Nov cell with mood 9");
    assert_eq!(buf[(x, y)].fg, Color::Indexed(33), "blue for a good mood");
}

#[test]
fn a_dose_past_its_time_is_marked_by_symbol_and_colour() {
    let mut app = fixture();
    app.now = at(11, 27, 21, 0);
    let t = draw(&app, 80, 24);
    let buf = t.backend().buffer();
    let row = (0..buf.area.height)
        .find(|y| {
            let line: String = (0..buf.area.width).map(|x| buf[(x, *y)].symbol().to_string()).collect();
            line.contains("20:00 Sertraline") && line.contains("late")
        })
        .expect("the evening dose reads late");
    let x = (0..buf.area.width).find(|x| buf[(*x, row)].symbol() == "!").expect("the ! symbol");
    assert_eq!(buf[(x, row)].fg, Color::Yellow, "late doses stand out in colour as well as by symbol");
}

#[test]
fn medication_forms() {
    let mut app = fixture();
    press(&mut app, "3a");
    snap!("form_new_medication", app);
    // A bad time is shown at its field; what was typed stays.
    for _ in 0..4 {
        update(&mut app, Action::Form(crate::app::FormAction::NextField), now());
    }
    if let Some(f) = app.form.as_mut() {
        f.fields[4].input = ratatui_textarea::TextArea::new(vec!["25:00 1".into()]);
    }
    update(&mut app, Action::Form(crate::app::FormAction::Save), now());
    snap!("form_new_medication_errors", app);
    let mut app = fixture();
    app.meds.view.selected = 1; // Sertraline (list order: Propranolol, Sertraline)
    press(&mut app, "3+");
    snap!("form_dose_change", app);
    let mut app = fixture();
    app.meds.view.selected = 1;
    press(&mut app, "3x");
    snap!("form_stop", app);
    let mut app = fixture();
    press(&mut app, "s");
    snap!("prompt_skip_reason", app);
}

#[test]
fn side_effect_forms() {
    let mut app = fixture();
    press(&mut app, "E");
    snap!("form_log_side_effect", app);
    // A future onset and a rating of 5 are shown at their fields.
    if let Some(f) = app.form.as_mut() {
        f.fields[2].input = ratatui_textarea::TextArea::new(vec!["2026-12-24".into()]);
        f.fields[3].input = ratatui_textarea::TextArea::new(vec!["5".into()]);
    }
    update(&mut app, Action::Form(crate::app::FormAction::Save), now());
    snap!("form_log_side_effect_errors", app);
}

#[test]
fn crisis_lines_with_the_safety_plan() {
    let mut app = fixture();
    app.setup.config.crisis_region = Some("UK".into());
    app.plan.edit().set(0, "not sleeping; cancelling plans".into());
    app.plan.edit().set(3, "Sam: 07700 900123".into());
    app.plan.edit().set(6, "my niece".into());
    press(&mut app, "!");
    snap!("crisis_with_safety_plan", app);
    let mut app = fixture();
    press(&mut app, "!p");
    snap!("form_safety_plan", app);
}

#[test]
fn exercise_forms_mid_run() {
    for (name, search) in [
        ("exercise_prompts_5_4_3_2_1", "5-4-3-2-1"),
        ("exercise_thought_record", "thought record"),
        ("exercise_activity_plan", "plan an activity"),
    ] {
        let mut app = fixture();
        press(&mut app, "5/");
        for c in search.chars() {
            press(&mut app, &c.to_string());
        }
        press(&mut app, "\n\n\n"); // keep the results, start, skip the before-rating
        assert!(app.form.is_some(), "{name}: the exercise form is open");
        insta::assert_snapshot!(name, draw(&app, 80, 24).backend());
    }
}

#[test]
fn at_20x5_the_crisis_lines_show_an_emergency_number_first_and_scroll_to_the_rest() {
    let screen = |app: &App| {
        let t = draw(app, 20, 5);
        rows(&t).join(" ")
    };
    let mut app = fixture();
    app.setup.config.crisis_region = Some("UK".into());
    press(&mut app, "!");
    let first = screen(&app);
    assert!(first.contains("Emergency 999"), "{first}");
    // Without a region: every region's emergency number, from the first row.
    app.setup.config.crisis_region = None;
    let all = screen(&app);
    assert!(all.contains("emergency 911"), "{all}");
    // j scrolls; the last rows come into view and scrolling stops at the end.
    for _ in 0..200 {
        press(&mut app, "j");
        draw(&app, 20, 5);
    }
    let end = screen(&app);
    assert!(end.contains("closes."), "the end is reachable: {end}");
    assert_ne!(end, all);
}

#[test]
fn a_long_line_in_the_note_editor_wraps_inside_it() {
    let mut app = fixture();
    let words = "every word of this long line stays in view while it is typed ".repeat(3);
    press(&mut app, &format!("n{words}end"));
    let t = draw(&app, 80, 24);
    let text = rows(&t).join("\n");
    assert!(text.contains("end"), "the end of the line is on screen:\n{text}");
    assert!(rows(&t).iter().filter(|r| r.contains("every word")).count() >= 2, "wrapped over rows:\n{text}");
}

#[test]
fn emoji_sequences_and_wide_text_never_push_a_border_out() {
    let mut app = fixture();
    app.meds.list = crate::app::Doc::new(fixture_meds());
    app.meds.list.edit()[0].name = "セルトラリン 👩‍👩‍👧".into();
    let onset = NaiveDate::from_ymd_opt(2026, 11, 20).expect("d");
    app.effects.list.edit().push(crate::domain::side_effect::SideEffect {
        id: "x".into(),
        name: "頭痛 🤕 and 👩‍👩‍👧 worries".into(),
        meds: vec![app.meds.list[0].id.clone()],
        onset,
        ratings: vec![crate::domain::side_effect::Rating {
            date: onset,
            often: 2,
            strong: 1,
            in_the_way: 1,
            note: "😵‍💫 after lunch".into(),
        }],
        changes: Vec::new(),
    });
    let corners = ['│', '╮', '╯', '╭', '╰', '─', ' '];
    for keys in ["1", "3", "4", "1c\n\n\n\n\n\n\n\n\n"] {
        press(&mut app, keys);
        for (w, h) in [(80, 24), (160, 48)] {
            let t = draw(&app, w, h);
            let buf = t.backend().buffer();
            for y in 1..h.saturating_sub(3) {
                let last = buf[(w - 1, y)].symbol();
                let ok = last.chars().next().is_some_and(|c| corners.contains(&c));
                assert!(ok, "{keys:?} at {w}×{h}, row {y} ends in {last:?}:\n{}", rows(&t).join("\n"));
            }
        }
        press(&mut app, "\x1b");
    }
}

#[test]
fn a_check_in_says_when_it_was_made_and_edited() {
    let day = NaiveDate::from_ymd_opt(2026, 11, 25).expect("d");
    let mut ci = CheckIn::empty(at(11, 25, 8, 5));
    assert_eq!(crate::ui::checkin::when(&ci, day), "at 08:05");
    ci.edited = Some(at(11, 25, 21, 40));
    assert_eq!(crate::ui::checkin::when(&ci, day), "at 08:05 · edited 21:40");
    let later = CheckIn::empty(at(11, 27, 9, 30));
    assert_eq!(crate::ui::checkin::when(&later, day), "on Fri 27 Nov 09:30", "filled in later for that day");
}

#[test]
fn a_long_note_in_the_journal_is_read_to_its_end_with_page_down() {
    let mut app = fixture();
    let long = format!("{} the very last words.", "a long day of many thoughts written down ".repeat(40));
    let today = now().date_naive();
    app.journal.days.day_mut(today).notes.push(Note { at: at(11, 27, 21, 0), text: long.into() });
    press(&mut app, "2\n");
    // The day's entries: its check-in, then notes; on to the long one.
    for _ in 0..3 {
        press(&mut app, "j");
    }
    let shown = |app: &App| rows(&draw(app, 80, 24)).join("\n");
    assert!(!shown(&app).contains("the very last"), "the end starts out of view");
    for _ in 0..40 {
        update(&mut app, crate::app::Action::Move(crate::app::Move::PageDown), now());
        crate::fixtures::draw_measured(&mut app, 80, 24);
    }
    assert!(shown(&app).contains("the very last"), "PgDn reads on to the end:\n{}", shown(&app));
    let at_end = app.journal.view.read_on;
    assert!(at_end < 40 * 5, "PgDn stops at the end ({at_end})");
    update(&mut app, crate::app::Action::Move(crate::app::Move::PageUp), now());
    assert_eq!(app.journal.view.read_on, at_end.saturating_sub(5), "PgUp moves back at once");
}

#[test]
fn a_refusal_inside_the_crisis_lines_is_said_inside_them() {
    let mut app = fixture();
    app.setup.read_only = Some("/data cannot be written".into());
    press(&mut app, "!p");
    let text = rows(&draw(&app, 80, 24)).join("\n");
    assert!(text.contains("⚠ tend opened read-only"), "{text}");
    assert!(matches!(app.overlay, Some(Overlay::Crisis { .. })), "the crisis lines stay open");
}
