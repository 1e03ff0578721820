//! Side effects tab snapshots from one fixture (Fri 27 Nov 2026, 09:30 +01:00): sertraline
//! 50 mg from 1 Oct, increased to 100 mg on 15 Oct, and propranolol as needed; nausea after
//! the increase (gone 30 Oct), headache (medication not sure), dry mouth since the first
//! days (getting in the way quite a lot) and sleep trouble logged before sertraline began.

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveTime, TimeZone};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::{Color, Modifier};

use crate::app::{App, EffectFilter, Tab};
use crate::domain::medication::{DoseChange, MedId, Medication, Pattern, Regimen, Slot};
use crate::domain::side_effect::{Rating, SideEffect, StatusChange};

fn at(m: u32, d: u32, h: u32, min: u32) -> DateTime<FixedOffset> {
    FixedOffset::east_opt(3600).expect("offset").with_ymd_and_hms(2026, m, d, h, min, 0).single().expect("time")
}

fn date(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).expect("date")
}

fn change(effective: NaiveDate, pattern: Pattern, units: f32, hour: u32) -> DoseChange {
    DoseChange {
        effective,
        regimen: Regimen {
            pattern,
            doses: vec![Slot { time: NaiveTime::from_hms_opt(hour, 0, 0).expect("time"), units }],
        },
        reason: String::new(),
        with_prescriber: true,
    }
}

fn med(id: &str, name: &str, strength: f32, start: NaiveDate, changes: Vec<DoseChange>) -> Medication {
    Medication { id: id.into(), ..crate::fixtures::medication(name, strength, start, changes) }
}

fn meds() -> Vec<Medication> {
    let sertraline = med(
        "sertraline",
        "Sertraline",
        50.0,
        date(10, 1),
        vec![change(date(10, 1), Pattern::Daily, 1.0, 8), change(date(10, 15), Pattern::Daily, 2.0, 8)],
    );
    let prn = Pattern::AsNeeded { max_per_day: Some(3), min_hours: Some(4.0) };
    let propranolol = med("propranolol", "Propranolol", 10.0, date(6, 1), vec![change(date(6, 1), prn, 1.0, 0)]);
    vec![sertraline, propranolol]
}

fn rating(date: NaiveDate, often: u8, strong: u8, in_the_way: u8, note: &str) -> Rating {
    Rating { date, often, strong, in_the_way, note: note.into() }
}

fn effect(name: &str, meds: &[&str], onset: NaiveDate, ratings: Vec<Rating>) -> SideEffect {
    SideEffect {
        id: name.replace(' ', "-"),
        name: name.into(),
        meds: meds.iter().map(|m| MedId::from(*m)).collect(),
        onset,
        ratings,
        changes: Vec::new(),
    }
}

fn effects() -> Vec<SideEffect> {
    let mut nausea = effect(
        "nausea",
        &["sertraline"],
        date(10, 18),
        vec![rating(date(10, 18), 2, 2, 2, "worst after breakfast"), rating(date(10, 25), 1, 1, 1, "")],
    );
    nausea.changes.push(StatusChange { date: date(10, 30), resolved: true });
    let headache = effect("headache", &[], date(11, 20), vec![rating(date(11, 20), 1, 2, 1, "afternoons, at work")]);
    let dry_mouth = effect(
        "dry mouth",
        &["sertraline"],
        date(10, 3),
        vec![rating(date(10, 3), 1, 1, 0, ""), rating(date(11, 10), 3, 1, 2, "talking in meetings is hard")],
    );
    let sleep = effect(
        "sleep trouble",
        &["sertraline"],
        date(9, 25),
        vec![rating(date(9, 25), 2, 2, 1, "before starting"), rating(date(11, 1), 1, 1, 1, "")],
    );
    vec![nausea, headache, dry_mouth, sleep]
}

fn fixture() -> App {
    let mut app = crate::fixtures::app(date(11, 27));
    app.now = at(11, 27, 9, 30);
    app.tab = Tab::Effects;
    app.meds.list = crate::app::Doc::new(meds());
    app.effects.list = crate::app::Doc::new(effects());
    app
}

fn select(app: &mut App, name: &str) {
    app.effects.view.selected =
        app.effects.in_order().iter().position(|i| app.effects.list[*i].name == name).expect("listed");
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

use crate::ui::tests::{find, rows, screen_text as screen};

/// The words on the screen without borders, one space apart: text wrapped over lines reads
/// as one.
fn words(terminal: &Terminal<TestBackend>) -> String {
    screen(terminal).replace(['│', '╭', '╮', '╰', '╯', '─'], " ").split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn timeline_and_detail_at_80x24() {
    insta::assert_snapshot!("effects_80x24", draw(&fixture(), 80, 24).backend());
}

#[test]
fn large_terminal() {
    insta::assert_snapshot!("effects_160x48", draw(&fixture(), 160, 48).backend());
}

#[test]
fn nausea_selected() {
    let mut app = fixture();
    select(&mut app, "nausea");
    let t = draw(&app, 80, 24);
    let s = screen(&t);
    assert!(s.contains("began 3 days after the increase to 100 mg"), "{s}");
    assert!(s.contains("lasted 12 days"), "{s}");
    insta::assert_snapshot!("effects_detail_selected", t.backend());
}

#[test]
fn ongoing_only() {
    let mut app = fixture();
    app.effects.view.filter = EffectFilter::Ongoing;
    let t = draw(&app, 80, 24);
    let s = screen(&t);
    assert!(s.contains("newest first · ongoing"), "{s}");
    assert!(!s.contains("nausea"), "{s}");
    insta::assert_snapshot!("effects_filtered_ongoing", t.backend());
}

#[test]
fn empty() {
    let mut app = crate::fixtures::app(date(11, 27));
    app.tab = Tab::Effects;
    let t = draw(&app, 80, 24);
    assert!(screen(&t).contains("No side effects logged."));
    insta::assert_snapshot!("effects_empty", t.backend());
}

#[test]
fn summary_counts_the_ongoing_ones() {
    for (w, h) in [(80, 24), (160, 48)] {
        let s = screen(&draw(&fixture(), w, h));
        // Headache, dry mouth and sleep trouble; nausea went on 30 Oct after 12 days.
        assert!(s.contains("3 ongoing"), "{s}");
        assert!(s.contains("gets in the way most now: dry mouth (quite a lot)"), "{s}");
        assert!(s.contains("resolved ones lasted 12 days (median)"), "{s}");
    }
}

#[test]
fn baseline_and_worth_raising() {
    let mut app = fixture();
    select(&mut app, "sleep trouble");
    let s = screen(&draw(&app, 80, 24));
    assert!(s.contains("baseline"), "{s}");
    assert!(s.contains("noted 6 days before Sertraline started"), "{s}");
    assert!(!s.contains("worth raising"), "{s}");
    select(&mut app, "dry mouth");
    for (w, h) in [(80, 24), (160, 48)] {
        let s = screen(&draw(&app, w, h));
        assert!(s.contains("Gets in the way quite a lot: worth raising with your prescriber."), "{s}");
    }
}

#[test]
fn the_first_fact_shows_with_its_source_at_80x24() {
    let mut app = fixture();
    for name in ["headache", "dry mouth", "nausea", "sleep trouble"] {
        select(&mut app, name);
        let s = words(&draw(&app, 80, 24));
        assert!(s.contains("start in the first week"), "{name}: {s}");
        assert!(s.contains("(NHS and Mind leaflets)") && !s.contains("MedicineWise"), "{name}: {s}");
    }
}

#[test]
fn a_strong_rating_is_shaded_not_only_coloured() {
    let mut app = fixture();
    let t = draw(&app, 80, 24);
    // Dry mouth's lane: rated 3 ("nearly all the time") since 10 Nov, up to today.
    let (x, y) = find(&t, "dry mouth  ");
    let buf = t.backend().buffer();
    let last = buf.area.width - 3;
    assert_eq!(buf[(last, y)].symbol(), "▓", "row {y} from {x}");
    assert_eq!(buf[(last, y)].fg, Color::Red);
    app.setup.color = false;
    let plain = draw(&app, 80, 24);
    assert_eq!(plain.backend().buffer()[(last, y)].symbol(), "▓");
    assert_eq!(rows(&plain), rows(&t), "the same text without colour");
    for cell in plain.backend().buffer().content() {
        assert_eq!(cell.fg, Color::Reset, "fg colour at {:?}", cell.symbol());
        assert_eq!(cell.bg, Color::Reset);
    }
}

#[test]
fn the_selected_lane_is_reversed() {
    let mut app = fixture();
    select(&mut app, "nausea");
    let t = draw(&app, 80, 24);
    let buf = t.backend().buffer();
    let (x, y) = find(&t, "nausea  ");
    assert!(buf[(x, y)].modifier.contains(Modifier::REVERSED));
    let (x, y) = find(&t, "headache  ");
    assert!(!buf[(x, y)].modifier.contains(Modifier::REVERSED));
}

#[test]
fn unreadable_file_says_so() {
    let mut app = fixture();
    app.effects.list.set_problem(Some("side_effects.ron, line 4, column 3: expected a date".into()));
    let s = screen(&draw(&app, 80, 24));
    assert!(s.contains("side_effects.ron could not be read"), "{s}");
    let mut broken = crate::fixtures::app(date(11, 27));
    broken.tab = Tab::Effects;
    broken.effects.list.set_problem(app.effects.list.problem().map(String::from));
    let s = words(&draw(&broken, 80, 24));
    assert!(s.contains("read-only until it is fixed"), "{s}");
    assert!(s.contains("line 4, column 3"), "{s}");
    assert!(!s.contains("a logs one"), "{s}");
}

#[test]
fn never_panics_at_any_size() {
    let mut states = vec![fixture()];
    let mut one_med = fixture();
    one_med.effects.view.med = Some("sertraline".into());
    one_med.effects.view.selected = 99;
    states.push(one_med);
    let mut resolved = fixture();
    resolved.effects.view.filter = EffectFilter::Resolved;
    states.push(resolved);
    let mut none = fixture();
    none.effects.list.edit().retain(|e| e.is_ongoing());
    none.effects.view.filter = EffectFilter::Resolved;
    states.push(none);
    let mut many = fixture();
    for i in 0..30 {
        let mut e = many.effects.list[i % 4].clone();
        e.name = format!("{} with a much longer name than usual {i}", e.name);
        many.effects.list.edit().push(e);
    }
    many.effects.view.selected = 20;
    states.push(many);
    let mut wide_chars = fixture();
    wide_chars.effects.list.edit()[0].name = "吐き気がひどい朝と夜の吐き気".into();
    wide_chars.meds.list.edit()[0].name = "セルトラリン塩酸塩錠".into();
    states.push(wide_chars);
    let mut old = fixture();
    old.meds.list.edit()[0].start = NaiveDate::from_ymd_opt(2019, 3, 1).expect("date");
    old.meds.list.edit()[0].changes[0].effective = old.meds.list[0].start;
    states.push(old);
    let mut broken = crate::fixtures::app(date(11, 27));
    broken.tab = Tab::Effects;
    broken.effects.list.set_problem(Some("side_effects.ron, line 4: expected a date".into()));
    states.push(broken);
    for app in &states {
        for (w, h) in
            [(0, 0), (1, 1), (20, 5), (60, 16), (61, 17), (80, 24), (100, 30), (119, 40), (120, 20), (200, 60)]
        {
            draw(app, w, h);
        }
    }
}

#[test]
fn a_side_effect_that_began_on_the_day_of_an_increase_starts_under_its_arrow() {
    let mut app = fixture();
    app.effects.list.edit()[0].onset = date(10, 15);
    app.effects.list.edit()[0].ratings[0].date = date(10, 15);
    for (w, h) in [(80, 24), (160, 48), (120, 40)] {
        let t = draw(&app, w, h);
        let lines = rows(&t);
        let arrow = lines.iter().find_map(|l| l.find('↑').map(|b| l[..b].chars().count())).expect("the increase");
        let (_, y) = find(&t, "nausea  ");
        let lane = &lines[usize::from(y)];
        let name_end = lane.find("nausea").expect("name") + "nausea".len();
        let first = lane[name_end..]
            .char_indices()
            .find(|(_, c)| !matches!(c, ' ' | '│' | '┊' | '╎'))
            .map(|(b, _)| lane[..name_end + b].chars().count())
            .expect("a lane");
        assert_eq!(first, arrow, "{w}×{h}: the lane begins under ↑\n{}", lines.join("\n"));
    }
}

#[test]
fn a_ten_year_timeline_labels_its_years() {
    let mut app = fixture();
    for m in app.meds.list.edit().iter_mut() {
        m.start = date(1, 10).with_year(2016).expect("d");
        for c in &mut m.changes {
            c.effective = c.effective.with_year(2016).expect("d");
        }
    }
    for (w, h) in [(80, 24), (160, 48)] {
        let lines = rows(&draw(&app, w, h));
        let axis =
            lines.iter().find(|l| l.contains("2016 ")).unwrap_or_else(|| panic!("an axis:\n{}", lines.join("\n")));
        assert!(axis.contains("2017") || axis.contains("2018"), "{w}×{h}: {axis}");
        assert!(!axis.contains("Jan") && !axis.contains("Oct"), "years, not months: {axis}");
    }
}
