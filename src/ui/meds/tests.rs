//! Meds tab snapshots from one fixture (Fri 27 Nov 2026, 09:30 +01:00): sertraline with a
//! titration and a planned step, a twice-daily medication, an "as needed" one and a
//! stopped one, with doses logged over the last two months.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, TimeZone};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::{Color, Modifier};

use crate::app::{App, Tab};
use crate::domain::dose::{DoseEvent, DoseStatus};
use crate::domain::medication::{DoseChange, Form, Medication, Pattern, Pause, Regimen, Slot, Supply};
use crate::domain::{Day, YearMonth};

fn at(m: u32, d: u32, h: u32, min: u32) -> DateTime<FixedOffset> {
    FixedOffset::east_opt(3600).expect("offset").with_ymd_and_hms(2026, m, d, h, min, 0).single().expect("time")
}

fn date(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).expect("date")
}

fn t(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).expect("time")
}

fn change(effective: NaiveDate, pattern: Pattern, doses: &[(u32, f32)], reason: &str) -> DoseChange {
    DoseChange {
        effective,
        regimen: Regimen {
            pattern,
            doses: doses.iter().map(|(h, units)| Slot { time: t(*h, 0), units: *units }).collect(),
        },
        reason: reason.into(),
        with_prescriber: true,
    }
}

fn med(id: &str, name: &str, strength: f32, form: Form, start: NaiveDate, changes: Vec<DoseChange>) -> Medication {
    Medication { id: id.into(), form, ..crate::fixtures::medication(name, strength, start, changes) }
}

/// 50 mg tablets: 1 from 1 Oct, 2 from 15 Oct, 3 planned from 4 Dec; 9 tablets left.
fn sertraline() -> Medication {
    let mut m = med(
        "sertraline",
        "Sertraline",
        50.0,
        Form::Tablet,
        date(10, 1),
        vec![
            change(date(10, 1), Pattern::Daily, &[(8, 1.0)], ""),
            change(date(10, 15), Pattern::Daily, &[(8, 2.0)], "first step"),
            change(date(12, 4), Pattern::Daily, &[(8, 3.0)], "agreed at the 19 Nov review"),
        ],
    );
    m.purpose = "depression".into();
    m.prescriber = "Dr Okafor".into();
    m.instructions = "with breakfast".into();
    m.supply =
        Some(Supply { counted: 30.0, counted_on: date(11, 15), counted_at: None, warn_days: 7, refills: Vec::new() });
    m
}

fn pregabalin() -> Medication {
    let mut m = med(
        "pregabalin",
        "Pregabalin",
        75.0,
        Form::Capsule,
        date(11, 2),
        vec![change(date(11, 2), Pattern::Daily, &[(8, 1.0), (20, 1.0)], "")],
    );
    m.purpose = "anxiety".into();
    m
}

fn propranolol() -> Medication {
    let prn = Pattern::AsNeeded { max_per_day: Some(3), min_hours: Some(4.0) };
    let mut m = med(
        "propranolol",
        "Propranolol",
        10.0,
        Form::Tablet,
        date(6, 1),
        vec![change(date(6, 1), prn, &[(0, 1.0)], "")],
    );
    m.purpose = "racing heart before meetings".into();
    m.prescriber = "Dr Lee".into();
    m
}

fn mirtazapine() -> Medication {
    let mut m = med(
        "mirtazapine",
        "Mirtazapine",
        15.0,
        Form::Tablet,
        date(6, 1),
        vec![change(date(6, 1), Pattern::Daily, &[(22, 1.0)], "")],
    );
    m.purpose = "sleep and low mood".into();
    m.pauses = vec![Pause {
        stopped: date(10, 20),
        reason: "sleeping better; agreed at review".into(),
        restarted: None,
        restart_reason: String::new(),
    }];
    m
}

fn taken(med: &str, slot: Option<u32>, at: DateTime<FixedOffset>, units: f32) -> DoseEvent {
    DoseEvent { med: med.into(), slot: slot.map(|h| t(h, 0)), status: DoseStatus::Taken { at, units } }
}

/// Sertraline, last 7 days: on time 21, 25 (one tablet instead of two), 26, 27; late 22;
/// skipped 23; not logged 24. Before: not logged 5 and 6 Nov, skipped 12 Nov, late 16 Oct.
fn events() -> BTreeMap<NaiveDate, Vec<DoseEvent>> {
    let mut out: BTreeMap<NaiveDate, Vec<DoseEvent>> = BTreeMap::new();
    for (m, last) in [(10u32, 31u32), (11, 27)] {
        for d in 1..=last {
            let e = out.entry(date(m, d)).or_default();
            let units = if m == 10 && d < 15 { 1.0 } else { 2.0 };
            match (m, d) {
                (11, 5 | 6 | 24) => {}
                (11, 12) => e.push(DoseEvent {
                    med: "sertraline".into(),
                    slot: Some(t(8, 0)),
                    status: DoseStatus::Skipped { at: at(m, d, 8, 30), reason: "felt sick".into() },
                }),
                (11, 23) => e.push(DoseEvent {
                    med: "sertraline".into(),
                    slot: Some(t(8, 0)),
                    status: DoseStatus::Skipped { at: at(m, d, 9, 0), reason: String::new().into() },
                }),
                (10, 16) => e.push(taken("sertraline", Some(8), at(m, d, 11, 0), units)),
                (11, 22) => e.push(taken("sertraline", Some(8), at(m, d, 10, 45), units)),
                (11, 25) => e.push(taken("sertraline", Some(8), at(m, d, 8, 5), 1.0)),
                (11, 27) => e.push(taken("sertraline", Some(8), at(m, d, 8, 10), units)),
                _ => e.push(taken("sertraline", Some(8), at(m, d, 8, 5), units)),
            }
            if m == 10 && d < 20 {
                e.push(taken("mirtazapine", Some(22), at(m, d, 22, 10), 1.0));
            }
            if m == 11 && d >= 2 {
                e.push(taken("pregabalin", Some(8), at(m, d, 8, 20), 1.0));
                if d < 27 && d != 14 && d != 20 {
                    e.push(taken("pregabalin", Some(20), at(m, d, 20, 10), 1.0));
                }
            }
        }
    }
    for (m, d, h, min) in
        [(10, 14, 15, 0), (11, 3, 14, 0), (11, 10, 9, 0), (11, 10, 16, 30), (11, 24, 17, 30), (11, 27, 8, 45)]
    {
        out.entry(date(m, d)).or_default().push(taken("propranolol", None, at(m, d, h, min), 1.0));
    }
    out
}

/// The Meds tab with the four medications, sertraline selected.
fn fixture() -> App {
    let mut app = crate::fixtures::app(date(11, 27));
    app.now = at(11, 27, 9, 30);
    app.tab = Tab::Meds;
    app.meds.list = crate::app::Doc::new(vec![sertraline(), pregabalin(), propranolol(), mirtazapine()]);
    let events = events();
    for month in [10, 11] {
        let ym = YearMonth::new(2026, month).expect("month");
        let days = events
            .iter()
            .filter(|(d, _)| YearMonth::of(**d) == ym)
            .map(|(d, doses)| Day { doses: doses.clone(), ..Day::new(*d) })
            .collect();
        crate::fixtures::load_month(&mut app, ym, Ok(days));
    }
    select(&mut app, "sertraline");
    app
}

fn select(app: &mut App, id: &str) {
    app.meds.view.selected =
        app.meds.in_order(app.today).iter().position(|i| app.meds.list[*i].id == id).expect("listed");
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

use crate::ui::tests::{find, rows};

/// The words of the row that contains `needle`, from `needle` on.
fn row_from(terminal: &Terminal<TestBackend>, needle: &str) -> Vec<String> {
    let row = rows(terminal).into_iter().find(|r| r.contains(needle)).unwrap_or_default();
    let from = row.find(needle).map_or("", |i| &row[i..]);
    from.split('│').next().unwrap_or("").split_whitespace().map(str::to_string).collect()
}

#[test]
fn list_and_detail_at_80x24() {
    insta::assert_snapshot!("meds_list_detail_80x24", draw(&fixture(), 80, 24).backend());
}

#[test]
fn large_terminal() {
    insta::assert_snapshot!("meds_160x48", draw(&fixture(), 160, 48).backend());
}

#[test]
fn day_log() {
    let mut app = fixture();
    app.meds.view.log_date = Some(date(11, 24));
    insta::assert_snapshot!("meds_log", draw(&app, 80, 24).backend());
}

#[test]
fn empty() {
    let mut app = crate::fixtures::app(date(11, 27));
    app.tab = Tab::Meds;
    insta::assert_snapshot!("meds_empty", draw(&app, 80, 24).backend());
}

#[test]
fn as_needed_selected() {
    let mut app = fixture();
    select(&mut app, "propranolol");
    insta::assert_snapshot!("meds_prn_selected", draw(&app, 80, 24).backend());
}

#[test]
fn adherence_counts_match_the_fixture() {
    let narrow = draw(&fixture(), 80, 24);
    assert_eq!(row_from(&narrow, "Doses"), ["Doses", "7", "days", "30", "days", "58", "days"]);
    assert_eq!(row_from(&narrow, "on time"), ["on", "time", "4", "24", "51"]);
    assert_eq!(row_from(&narrow, "late"), ["late", "1", "1", "2"]);
    assert_eq!(row_from(&narrow, "skipped"), ["skipped", "1", "2", "2"]);
    assert_eq!(row_from(&narrow, "not logged"), ["not", "logged", "1", "3", "3"]);
    assert_eq!(row_from(&narrow, "amount differed"), ["amount", "differed", "(days)", "1", "1", "1"]);
    assert_eq!(row_from(&narrow, "% taken  "), ["%", "taken", "83%", "93%", "96%"]);
    let wide = draw(&fixture(), 160, 48);
    assert_eq!(row_from(&wide, "7 days "), ["7", "days", "4", "1", "1", "1", "1", "83%"]);
    assert_eq!(row_from(&wide, "30 days "), ["30", "days", "24", "1", "2", "3", "1", "93%"]);
    assert_eq!(row_from(&wide, "58 days "), ["58", "days", "51", "2", "2", "3", "1", "96%"]);
    let mut app = fixture();
    select(&mut app, "propranolol");
    let prn = draw(&app, 80, 24);
    assert_eq!(row_from(&prn, "times taken"), ["times", "taken", "2", "5", "6"]);
}

#[test]
fn counts_wait_for_months_still_loading() {
    let mut app = fixture();
    app.journal.loading = true;
    app.journal.months.remove(&YearMonth::new(2026, 10).expect("month"));
    let t = draw(&app, 80, 24);
    // 7 days lie in November (loaded); 30 and 58 days reach into October.
    assert_eq!(row_from(&t, "on time"), ["on", "time", "4", "…", "…"]);
}

#[test]
fn refill_soon_is_drawn_in_the_warning_colour() {
    for (w, h) in [(80, 24), (160, 48)] {
        let t = draw(&fixture(), w, h);
        let (x, y) = find(&t, "refill soon");
        let buf = t.backend().buffer();
        for i in 0..11 {
            assert_eq!(buf[(x + i, y)].fg, Color::Yellow, "at {w}×{h}");
        }
    }
}

#[test]
fn selection_and_the_logged_day_are_reversed() {
    let mut app = fixture();
    app.meds.view.log_date = Some(date(11, 24));
    let t = draw(&app, 80, 24);
    let buf = t.backend().buffer();
    let (x, y) = find(&t, "Sertraline  ");
    assert!(buf[(x, y)].modifier.contains(Modifier::REVERSED), "the selected medication");
    let (x, y) = find(&t, "Pregabalin");
    assert!(!buf[(x, y)].modifier.contains(Modifier::REVERSED));
    // In the pill calendar, the week of 23 Nov: Tuesday 24 is the day being filled in.
    let (x, y) = find(&t, "23 Nov");
    assert_eq!(buf[(x + 11, y)].symbol(), "·");
    assert!(buf[(x + 11, y)].modifier.contains(Modifier::REVERSED), "the day in the log");
    assert!(!buf[(x + 8, y)].modifier.contains(Modifier::REVERSED));
}

#[test]
fn no_color_keeps_every_symbol() {
    let mut app = fixture();
    let coloured = rows(&draw(&app, 80, 24));
    app.setup.color = false;
    let t = draw(&app, 80, 24);
    assert_eq!(rows(&t), coloured, "the same text without colour");
    for cell in t.backend().buffer().content() {
        assert_eq!(cell.fg, Color::Reset, "fg colour at {:?}", cell.symbol());
        assert_eq!(cell.bg, Color::Reset);
    }
}

#[test]
fn never_panics_at_any_size() {
    let mut states = vec![fixture()];
    let mut log = fixture();
    log.meds.view.log_date = Some(date(11, 24));
    log.meds.view.log_row = 7;
    states.push(log);
    let mut prn = fixture();
    select(&mut prn, "propranolol");
    prn.meds.view.log_date = Some(date(11, 10));
    states.push(prn);
    let mut stopped = fixture();
    select(&mut stopped, "mirtazapine");
    stopped.meds.list.set_problem(Some("medications.ron, line 3, column 1: expected a string".into()));
    states.push(stopped);
    let mut broken = crate::fixtures::app(date(11, 27));
    broken.tab = Tab::Meds;
    broken.meds.list.set_problem(Some("medications.ron, line 3, column 1: expected a string".into()));
    states.push(broken);
    let mut out_of_range = fixture();
    out_of_range.meds.view.selected = 99;
    states.push(out_of_range);
    for app in &states {
        for (w, h) in
            [(0, 0), (1, 1), (20, 5), (60, 16), (61, 17), (80, 24), (100, 30), (119, 40), (120, 20), (200, 60)]
        {
            draw(app, w, h);
        }
    }
}

#[test]
fn the_whole_dose_history_opens_with_enter() {
    let mut app = fixture();
    select(&mut app, "sertraline");
    let input = ratatui_textarea::Input { key: ratatui_textarea::Key::Enter, ..Default::default() };
    let action = app.action_for_key(input).expect("bound");
    let now = app.now;
    crate::app::update(&mut app, action, now);
    assert_eq!(app.meds.view.history, Some(0));
    let t = draw(&app, 80, 24);
    let screen: String = t.backend().buffer().content().iter().map(|c| c.symbol()).collect();
    assert!(screen.contains("started"), "the start is in view: {screen}");
    assert!(screen.contains("planned"), "so is the planned step");
    insta::assert_snapshot!("meds_history", t.backend());
    // A second change on the date of the last one: both are listed, the first marked.
    let i = app.meds.list.iter().position(|m| m.id == "sertraline").expect("listed");
    let mut again = app.meds.list[i].changes.last().cloned().expect("a change");
    let first_dose = again.regimen.doses[0].units;
    again.regimen.doses[0].units = first_dose * 2.0;
    again.reason = "corrected".into();
    app.meds.list.edit()[i].changes.push(again);
    let screen: String = draw(&app, 100, 40).backend().buffer().content().iter().map(|c| c.symbol()).collect();
    assert!(screen.contains("replaced the same day") && screen.contains("corrected"), "{screen}");
}

#[test]
fn all_medication_together() {
    let mut app = fixture();
    let input = ratatui_textarea::Input { key: ratatui_textarea::Key::Char('o'), ..Default::default() };
    let action = app.action_for_key(input).expect("bound");
    let now = app.now;
    crate::app::update(&mut app, action, now);
    assert!(app.meds.view.overview);
    let t = draw(&app, 80, 24);
    let screen: String = t.backend().buffer().content().iter().map(|c| c.symbol()).collect();
    assert!(screen.contains("All medication") && screen.contains("% taken"), "{screen}");
    insta::assert_snapshot!("meds_overview", t.backend());
    let esc = ratatui_textarea::Input { key: ratatui_textarea::Key::Esc, ..Default::default() };
    let action = app.action_for_key(esc).expect("bound");
    crate::app::update(&mut app, action, now);
    assert!(!app.meds.view.overview);
}
