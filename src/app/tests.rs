//! App flows driven by actions and keys, with no terminal.

use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone};
use ratatui_textarea::{Input, Key};

use super::*;
use crate::domain::{CheckIn, Day, Note};

pub fn now() -> DateTime<FixedOffset> {
    FixedOffset::east_opt(3600).expect("offset").with_ymd_and_hms(2026, 11, 27, 9, 30, 0).single().expect("time")
}

fn date(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).expect("date")
}

fn new_app() -> App {
    let mut app = crate::fixtures::app(now().date_naive());
    let ym = YearMonth::of(app.today);
    crate::fixtures::load_month(&mut app, ym, Ok(Vec::new()));
    app
}

/// Presses keys the way the event loop does (keymap first, then update), at `now()`. Shared
/// by the app's and the screens' tests.
pub(crate) fn press(app: &mut App, keys: &str) -> Vec<Effect> {
    press_at(app, keys, now())
}

/// The same at a given moment. `\n` Enter, `\t` Tab, `\x1b` Esc, `\x08` Backspace, `\x13`
/// Ctrl-S, `\x15` Ctrl-U; any other character is typed.
pub(crate) fn press_at(app: &mut App, keys: &str, now: DateTime<FixedOffset>) -> Vec<Effect> {
    let mut effects = Vec::new();
    for c in keys.chars() {
        let (key, ctrl) = match c {
            '\n' => (Key::Enter, false),
            '\t' => (Key::Tab, false),
            '\x1b' => (Key::Esc, false),
            '\x08' => (Key::Backspace, false),
            '\x13' => (Key::Char('s'), true),
            '\x15' => (Key::Char('u'), true),
            c => (Key::Char(c), false),
        };
        if let Some(a) = app.action_for_key(Input { key, ctrl, ..Input::default() }) {
            effects.extend(update(app, a, now));
        }
    }
    effects
}

fn press_input(app: &mut App, input: Input) -> Vec<Effect> {
    match app.action_for_key(input) {
        Some(a) => update(app, a, now()),
        None => Vec::new(),
    }
}

fn ctrl(c: char) -> Input {
    Input { key: Key::Char(c), ctrl: true, ..Input::default() }
}

#[test]
fn a_full_check_in_with_keys_saves_today() {
    let mut app = new_app();
    press(&mut app, "c");
    assert!(app.checkin.wizard.is_some());
    // mood 6, anxiety 3, energy skipped, 7.5 h, quality 7, four symptoms, tags, note
    let effects = press(&mut app, "6\n3\n\n7.5\n7\n1\n0\n\n2\nwork, walk\nslept well\n\n\n");
    assert_eq!(effects, vec![Effect::Save(crate::app::FileId::Month(YearMonth::of(date(11, 27))))]);
    assert!(app.checkin.wizard.is_none());
    let ci = app.journal.days.day(date(11, 27)).and_then(|d| d.check_in.clone()).expect("saved");
    assert_eq!((ci.mood, ci.anxiety, ci.energy), (Some(6), Some(3), None));
    assert_eq!(ci.sleep_hours, Some(7.5));
    assert_eq!(ci.sleep_quality, Some(7));
    assert_eq!(ci.symptoms.len(), 3);
    assert_eq!(ci.tags.iter().map(|t| &**t).collect::<Vec<_>>(), ["work", "walk"]);
    assert_eq!(ci.note, "slept well".into());
    assert_eq!(ci.at, now());
    assert!(app.journal.dirty.contains(&YearMonth::of(date(11, 27))));
    update(&mut app, Action::Saved(FileId::Month(YearMonth::of(date(11, 27))), Ok(())), now());
    assert!(app.journal.dirty.is_empty());
}

#[test]
fn ctrl_s_saves_from_the_first_step_and_checking_in_again_edits() {
    let mut app = new_app();
    press(&mut app, "c4");
    let effects = press_input(&mut app, ctrl('s'));
    assert_eq!(effects.len(), 1);
    assert_eq!(app.journal.days.day(date(11, 27)).and_then(Day::mood), Some(4));
    press(&mut app, "c");
    let w = app.checkin.wizard.as_ref().expect("wizard");
    assert!(w.editing);
    assert_eq!(w.input_text(), "4");
    press(&mut app, "\x08\x087");
    press_input(&mut app, ctrl('s'));
    assert_eq!(app.journal.days.day(date(11, 27)).and_then(Day::mood), Some(7));
    assert_eq!(app.journal.days.len(), 1, "one check-in per day");
}

#[test]
fn bad_answers_show_a_message_and_keep_the_step() {
    let mut app = new_app();
    press(&mut app, "c42\n");
    let w = app.checkin.wizard.as_ref().expect("wizard");
    assert_eq!(w.step(), checkin::wizard::Step::Mood);
    assert!(w.error.as_deref().is_some_and(|e| e.contains("0 to 10")));
    assert!(press_input(&mut app, ctrl('s')).is_empty(), "nothing saved while invalid");
}

#[test]
fn esc_asks_before_dropping_answers_and_q_is_typed_in_text_fields() {
    let mut app = new_app();
    press(&mut app, "c5\x1b");
    assert_eq!(app.overlay, Some(Overlay::Confirm(Confirm::CancelCheckIn)));
    press(&mut app, "n");
    assert!(app.checkin.wizard.is_some() && app.overlay.is_none());
    // Tags step takes letters, including q.
    press(&mut app, "\n\n\n\n\n\n\n\nquiet");
    assert_eq!(app.checkin.wizard.as_ref().map(|w| w.input_text()), Some("quiet".into()));
    press(&mut app, "\x1by");
    assert!(app.checkin.wizard.is_none());
    assert!(app.journal.days.is_empty());
}

#[test]
fn quit_asks_when_a_form_has_input_and_quits_plainly_otherwise() {
    let mut app = new_app();
    assert_eq!(press(&mut app, "q"), vec![Effect::Quit]);
    press(&mut app, "n");
    press(&mut app, "hello");
    assert_eq!(press_input(&mut app, ctrl('c')), Vec::<Effect>::new());
    assert_eq!(app.overlay, Some(Overlay::Confirm(Confirm::Quit)));
    assert_eq!(press(&mut app, "y"), vec![Effect::Quit]);
}

#[test]
fn notes_are_added_edited_and_deleted_with_confirmation() {
    let mut app = new_app();
    press(&mut app, "nfirst #walk");
    press_input(&mut app, ctrl('s'));
    assert_eq!(app.journal.days.day(date(11, 27)).map(|d| d.notes.len()), Some(1));
    press(&mut app, "2"); // Journal
    assert_eq!(app.tab, Tab::Journal);
    press(&mut app, "\ne");
    let ed = app.journal.editor.as_ref().expect("editor");
    assert_eq!(ed.index, Some(0));
    press(&mut app, " more");
    press_input(&mut app, ctrl('s'));
    assert_eq!(app.journal.days.day(date(11, 27)).map(|d| d.notes[0].text.clone()), Some("first #walk more".into()));
    // Esc on an edit asks about the changes only, and the saved note stays.
    press(&mut app, "e!!\x1b");
    assert_eq!(app.overlay, Some(Overlay::Confirm(Confirm::CancelNoteEdit)));
    assert!(Confirm::CancelNoteEdit.question().starts_with("Discard your changes?"));
    press(&mut app, "y");
    assert_eq!(app.journal.days.day(date(11, 27)).map(|d| d.notes[0].text.clone()), Some("first #walk more".into()));
    press(&mut app, "d");
    assert!(matches!(app.overlay, Some(Overlay::Confirm(Confirm::Delete { .. }))));
    let effects = press(&mut app, "y");
    assert_eq!(effects.len(), 1);
    assert!(app.journal.days.day(date(11, 27)).is_none(), "empty day dropped");
}

#[test]
fn past_days_from_journal_and_no_future_check_ins() {
    let mut app = new_app();
    press(&mut app, "2hh"); // two days back
    assert_eq!(app.journal.view.selected, date(11, 25));
    press(&mut app, "c3");
    press_input(&mut app, ctrl('s'));
    assert_eq!(app.journal.days.day(date(11, 25)).and_then(Day::mood), Some(3));
    press(&mut app, "lll");
    press(&mut app, "c");
    assert!(app.checkin.wizard.is_none());
    assert!(app.status.as_ref().is_some_and(|s| s.1 == StatusKind::Error));
}

fn seeded_app() -> App {
    let mut app = new_app();
    let nov = YearMonth::of(date(11, 1));
    let days = (1..=26)
        .map(|d| {
            let at =
                FixedOffset::east_opt(3600).expect("o").with_ymd_and_hms(2026, 11, d, 8, 0, 0).single().expect("t");
            let mut ci = CheckIn::empty(at);
            ci.mood = Some(u8::try_from(d % 10).expect("small"));
            let text = if d % 3 == 0 { format!("a walk by the river {d} #outdoors") } else { format!("work day {d}") };
            Day {
                date: date(11, d),
                check_in: Some(ci),
                notes: vec![Note { at, text: text.into() }],
                doses: vec![],
                practices: vec![],
            }
        })
        .collect();
    crate::fixtures::load_month(&mut app, nov, Ok(days));
    app
}

#[test]
fn search_filters_days_and_moves_between_matches() {
    let mut app = seeded_app();
    press(&mut app, "/walk");
    let f = app.journal.view.filtered.clone().expect("filtering");
    assert_eq!(f.len(), 8);
    assert_eq!(app.journal.view.selected, date(11, 24), "newest match selected");
    press_input(&mut app, Input { key: Key::Down, ..Input::default() });
    assert_eq!(app.journal.view.selected, date(11, 21));
    press(&mut app, "\n"); // keep results, back to navigation
    press(&mut app, "j");
    assert_eq!(app.journal.view.selected, date(11, 18));
    press(&mut app, "\x1b");
    assert!(app.journal.view.filtered.is_none());
}

#[test]
fn tag_filter_picks_from_tags_in_use() {
    let mut app = seeded_app();
    press(&mut app, "2t");
    assert_eq!(app.overlay, Some(Overlay::TagPicker));
    assert_eq!(app.journal.view.tag_choices[0].0, "outdoors");
    press(&mut app, "\n");
    assert_eq!(app.journal.view.filtered.as_ref().map(Vec::len), Some(8));
    press(&mut app, "t");
    assert!(app.journal.view.filtered.is_none());
}

#[test]
fn a_month_that_failed_to_load_is_read_only() {
    let mut app = new_app();
    let oct = YearMonth::of(date(10, 1));
    crate::fixtures::load_month(&mut app, oct, Err("days/2026-10.ron, line 3, column 7: expected a number".into()));
    assert_eq!(app.problems.len(), 1);
    press(&mut app, "2[");
    assert_eq!(YearMonth::of(app.journal.view.selected), oct);
    press(&mut app, "c");
    assert!(app.checkin.wizard.is_none());
    press(&mut app, "n");
    assert!(app.journal.editor.is_none());
    let status = app.status.clone().expect("status");
    assert!(status.0.contains("read-only"), "{}", status.0);
}

#[test]
fn months_still_loading_are_not_written_and_loaded_months_never_replace_edits() {
    let mut app = new_app();
    app.journal.loading = true;
    press(&mut app, "2[[c");
    assert!(app.checkin.wizard.is_none(), "unknown month while loading");
    // An edit today, then a late load of the same month must not overwrite it.
    press(&mut app, "gn");
    press(&mut app, "mine");
    press_input(&mut app, ctrl('s'));
    crate::fixtures::load_month(&mut app, YearMonth::of(date(11, 1)), Ok(Vec::new()));
    assert_eq!(app.journal.days.day(date(11, 27)).map(|d| d.notes.len()), Some(1));
}

#[test]
fn save_failure_is_shown_and_kept_dirty() {
    let mut app = new_app();
    press(&mut app, "c5");
    press_input(&mut app, ctrl('s'));
    let ym = YearMonth::of(date(11, 1));
    update(&mut app, Action::Saved(FileId::Month(ym), Err("disk full".into())), now());
    assert!(app.journal.dirty.contains(&ym));
    assert!(app.status.as_ref().is_some_and(|s| s.0.contains("disk full")));
    assert_eq!(press(&mut app, "q"), vec![Effect::Save(crate::app::FileId::Month(ym)), Effect::Quit]);
}

#[test]
fn tabs_switch_by_number_tab_and_click_and_overlays_close_with_esc() {
    let mut app = new_app();
    press(&mut app, "\t");
    assert_eq!(app.tab, Tab::Journal);
    press_input(&mut app, Input { key: Key::Tab, shift: true, ..Input::default() });
    assert_eq!(app.tab, Tab::Today);
    let (_, start, _) = Tab::header_spans()[1];
    update(&mut app, Action::Click { column: start + 1, row: 0 }, now());
    assert_eq!(app.tab, Tab::Journal);
    press(&mut app, "?");
    assert!(matches!(app.overlay, Some(Overlay::Help { .. })));
    press(&mut app, "\x1b!");
    assert!(matches!(app.overlay, Some(Overlay::Crisis { .. })));
    press(&mut app, "a");
    assert_eq!(app.overlay, Some(Overlay::Crisis { all_regions: true, scroll: 0, back: None }));
    press(&mut app, "\x1b");
    assert!(app.overlay.is_none());
}

#[test]
fn crisis_is_one_key_away_inside_forms() {
    let mut app = new_app();
    press(&mut app, "c!");
    assert!(matches!(app.overlay, Some(Overlay::Crisis { .. })));
    press(&mut app, "\x1b");
    assert!(app.checkin.wizard.is_some(), "the check-in is still there");
    press(&mut app, "\x1b");
    press(&mut app, "nhi!");
    assert_eq!(app.journal.editor.as_ref().map(NoteEditor::text), Some("hi!".into()));
    press_input(&mut app, ctrl('g'));
    assert!(matches!(app.overlay, Some(Overlay::Crisis { .. })));
}

#[test]
fn pasted_lines_from_a_terminal_are_split_on_carriage_returns() {
    let mut app = new_app();
    press(&mut app, "c");
    update(&mut app, Action::Paste("7\r8".into()), now());
    assert_eq!(app.checkin.wizard.as_ref().map(Wizard::input_text), Some("7".into()), "one-line field keeps line one");
    press(&mut app, "\n\n\n\n\n\n\n\n\n");
    update(&mut app, Action::Paste("work, walk\rsecond line".into()), now());
    press(&mut app, "\n");
    update(&mut app, Action::Paste("line one\r\nline two\rline three".into()), now());
    press(&mut app, "\n\n");
    let w = app.checkin.wizard.as_ref().expect("wizard");
    assert_eq!(w.answers.tags, vec!["work", "walk"]);
    assert_eq!(w.answers.note, "line one\nline two\nline three");
}

#[test]
fn the_crisis_lines_open_from_every_overlay_dialog_and_field_and_give_it_back() {
    let mut app = new_app();
    // Help: ! and ^G; closing the crisis lines returns to help.
    press(&mut app, "?!");
    assert!(matches!(app.overlay, Some(Overlay::Crisis { back: Some(_), .. })));
    press(&mut app, "\x1b");
    assert!(matches!(app.overlay, Some(Overlay::Help { .. })), "back to help");
    press(&mut app, "\x1b");
    // A question: the crisis lines, then the question again, unanswered.
    press(&mut app, "nsomething\x1b");
    assert_eq!(app.overlay, Some(Overlay::Confirm(Confirm::CancelNote)));
    press_input(&mut app, ctrl('g'));
    assert!(matches!(app.overlay, Some(Overlay::Crisis { .. })));
    press(&mut app, "\x1b");
    assert_eq!(app.overlay, Some(Overlay::Confirm(Confirm::CancelNote)), "the question is still asked");
    press(&mut app, "!");
    assert!(matches!(app.overlay, Some(Overlay::Crisis { .. })));
    press(&mut app, "\x1b\x1b");
    assert_eq!(
        app.journal.editor.as_ref().map(NoteEditor::text),
        Some("something".into()),
        "Esc on the question keeps it"
    );
    update(&mut app, Action::Close, now());
    press(&mut app, "y");
    // A number field (distress before a practice): ! opens them; in a text field it is typed.
    press(&mut app, "5\n");
    assert!(app.form.as_ref().is_some_and(Form::focus_is_numeric), "distress before a practice");
    press(&mut app, "!");
    assert!(matches!(app.overlay, Some(Overlay::Crisis { .. })));
    press(&mut app, "\x1b");
    assert!(app.form.is_some());
}

#[test]
fn bang_in_every_number_field_of_a_form_opens_the_crisis_lines() {
    let mut app = new_app();
    // The side-effect form: its three ratings are numbers; the name is words, so `!` is typed.
    press(&mut app, "4a!");
    assert_eq!(app.overlay, None);
    assert_eq!(app.form.as_ref().map(|f| f.value(0)), Some("!".into()));
    for _ in 0..3 {
        press(&mut app, "\t");
    }
    for _ in 0..3 {
        assert!(app.form.as_ref().is_some_and(Form::focus_is_numeric));
        press(&mut app, "!");
        assert!(matches!(app.overlay, Some(Overlay::Crisis { .. })), "a rating field");
        press(&mut app, "\x1b\t");
    }
    press(&mut app, "\x1b");
    update(&mut app, Action::Yes, now());
    // The medication form's On hand and Refill warning.
    press(&mut app, "3a");
    let at = |app: &App, label: &str| app.form.as_ref().and_then(|f| f.fields.iter().position(|x| x.label == label));
    for label in ["On hand", "Refill warning", "Most per day"] {
        let want = at(&app, label).unwrap_or_else(|| panic!("{label}"));
        while app.form.as_ref().map(|f| f.focus) != Some(want) {
            press(&mut app, "\t");
        }
        press(&mut app, "!");
        assert!(matches!(app.overlay, Some(Overlay::Crisis { .. })), "{label}");
        press(&mut app, "\x1b");
    }
}

#[test]
fn a_window_too_small_to_show_a_form_sends_it_no_keys() {
    let mut app = new_app();
    press(&mut app, "nkept");
    let small = crate::app::ScrollLimits { too_small: true, ..Default::default() };
    update(&mut app, Action::Drawn(small), now());
    // Letters and q are not typed into the note nobody can see, and q does not quit over it.
    assert_eq!(press(&mut app, "xq"), vec![]);
    assert_eq!(app.journal.editor.as_ref().map(NoteEditor::text), Some("kept".into()));
    assert_eq!(app.overlay, None);
    // The crisis lines still open, and work as usual.
    press(&mut app, "!");
    assert!(matches!(app.overlay, Some(Overlay::Crisis { .. })));
    press(&mut app, "\x1b");
    assert_eq!(app.overlay, None);
    // With nothing open, q quits at that size.
    update(&mut app, Action::Drawn(crate::app::ScrollLimits::default()), now());
    press_input(&mut app, ctrl('s'));
    update(&mut app, Action::Drawn(small), now());
    assert!(press(&mut app, "q").contains(&Effect::Quit));
}

#[test]
fn editing_a_check_in_a_number_typed_replaces_the_one_given_before() {
    let mut app = new_app();
    press(&mut app, "c6");
    press_input(&mut app, ctrl('s'));
    press(&mut app, "c7");
    press_input(&mut app, ctrl('s'));
    assert_eq!(app.journal.days.day(date(11, 27)).and_then(Day::mood), Some(7), "7, not 67");
}

#[test]
fn help_opens_at_the_keys_of_the_screen_it_was_asked_from() {
    let mut app = new_app();
    press(&mut app, "3?");
    let Some(Overlay::Help { scroll }) = app.overlay else { panic!("help") };
    assert_eq!(scroll, keymap::help_line_of(Ctx::Meds));
    assert!(scroll > 0, "not at the top (Everywhere)");
    press(&mut app, "\x1b1?");
    assert_eq!(app.overlay, Some(Overlay::Help { scroll: keymap::help_line_of(Ctx::Today) }));
}

#[test]
fn the_check_in_goes_back_with_up_and_shift_tab_says_that_day_keeps_its_first_time_and_clears_with_ctrl_u() {
    let mut app = new_app();
    press(&mut app, "c6\n3\n");
    assert_eq!(app.checkin.wizard.as_ref().map(Wizard::step), Some(checkin::wizard::Step::Energy));
    press_input(&mut app, Input { key: Key::Up, ..Input::default() });
    assert_eq!(
        app.checkin.wizard.as_ref().map(Wizard::step),
        Some(checkin::wizard::Step::Anxiety),
        "↑ goes back a question"
    );
    press_input(&mut app, Input { key: Key::Tab, shift: true, ..Input::default() });
    assert_eq!(app.checkin.wizard.as_ref().map(Wizard::step), Some(checkin::wizard::Step::Mood), "Shift-Tab too");
    assert_eq!(app.checkin.wizard.as_ref().map(Wizard::input_text), Some("6".into()), "the answer stays");
    press(&mut app, "\x15");
    assert_eq!(app.checkin.wizard.as_ref().map(Wizard::input_text), Some(String::new()), "Ctrl-U clears the field");
    press(&mut app, "5\x13");
    let first = app.journal.days.day(date(11, 27)).and_then(|d| d.check_in.clone()).expect("saved");
    assert_eq!((first.at, first.edited), (now(), None));
    // Edited an hour later: the first time stays, the edit time is kept beside it.
    let later = now() + chrono::Duration::hours(1);
    press_at(&mut app, "c\x157\x13", later);
    let edited = app.journal.days.day(date(11, 27)).and_then(|d| d.check_in.clone()).expect("saved");
    assert_eq!((edited.mood, edited.at, edited.edited), (Some(7), now(), Some(later)));
    // A past day's questions say "that day".
    press(&mut app, "2h");
    press(&mut app, "c");
    let w = app.checkin.wizard.as_ref().expect("wizard");
    assert_eq!(w.question(), "How was your mood that day?");
    press(&mut app, "\n");
    assert_eq!(app.checkin.wizard.as_ref().map(Wizard::question), Some("How anxious did you feel that day?".into()));
    press(&mut app, "\x08");
    press(&mut app, "\n\n\n");
    assert_eq!(
        app.checkin.wizard.as_ref().map(Wizard::question),
        Some("How many hours did you sleep the night before?".into())
    );
}
