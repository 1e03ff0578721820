//! What a person waits for, on ten years of history: loading, the first screen, a keystroke
//! on the Journal, saving a day. `cargo bench --bench tend`; see benches/README.md.
//!
//! The history (a check-in and an ~80-word note on most days, 2016-11-28 to 2026-11-27) is
//! generated once per run into a temporary folder, with the same generator as
//! `examples/gen-history.rs`.

use std::hint::black_box;
use std::time::Duration;

use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone};
use criterion::{BatchSize, Criterion, SamplingMode};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui_textarea::{Input, Key};
use serde::Serialize;
use tempfile::TempDir;
use tend::app::{Action, App, Loaded, Move, SkillsAction, update};
use tend::config::Config;
use tend::demo::write_history;
use tend::domain::practice::Practice;
use tend::domain::{Day, YearMonth};
use tend::sample::{SampleOptions, generate_history};
use tend::store::{FileStore, Paths, Store};
use tend::tui::load_first_months;

/// The generated history ends on this day; every bench runs "now" on it.
const END: (i32, u32, u32) = (2026, 11, 27);
/// Ten years of calendar days ending at END (2016-11-28 ..= 2026-11-27).
const DAYS: u32 = 3652;
const OFFSET_SECS: i32 = 3600;

struct Fixture {
    _dir: TempDir,
    store: FileStore,
    now: DateTime<FixedOffset>,
    months: Vec<YearMonth>,
    bytes: u64,
}

impl Fixture {
    fn new() -> Fixture {
        let dir = tempfile::Builder::new().prefix("tend-bench-").tempdir().expect("temp dir");
        let store = FileStore::new(Paths::in_dir(dir.path().to_path_buf()));
        let end = NaiveDate::from_ymd_opt(END.0, END.1, END.2).expect("end date");
        let history = generate_history(&SampleOptions {
            end,
            days: DAYS,
            seed: 1,
            utc_offset_secs: OFFSET_SECS,
            note_words: 80,
            practices: true,
        });
        write_history(&store, &history).expect("write history");
        let months = store.list_months().expect("list months");
        let bytes =
            months.iter().map(|ym| std::fs::metadata(store.paths().month_file(*ym)).map_or(0, |m| m.len())).sum();
        let now = FixedOffset::east_opt(OFFSET_SECS)
            .and_then(|tz| tz.with_ymd_and_hms(END.0, END.1, END.2, 21, 30, 0).single())
            .expect("now");
        Fixture { _dir: dir, store, now, months, bytes }
    }

    /// A fresh app as `main` makes it, before anything is loaded.
    fn app(&self) -> App {
        App::new(Config::default(), self.now.date_naive())
    }

    /// An app with everything loaded, as after the background loader finished: the first
    /// screen's files, then every other month.
    fn app_all_loaded(&self) -> App {
        let mut app = self.app();
        let first = load_first_months(&mut app, &self.store, self.now);
        update(&mut app, Action::Loaded(Loaded::OlderMonths), self.now);
        update(&mut app, Action::Loaded(Loaded::Cards(tend::assets::builtin_cards())), self.now);
        for ym in self.months.iter().filter(|ym| !first.contains(ym)) {
            let month = self.store.load_month(*ym).map_err(|e| e.to_string());
            update(&mut app, Action::Loaded(Loaded::Month(*ym, month)), self.now);
        }
        update(&mut app, Action::Loaded(Loaded::AllMonths(Vec::new())), self.now);
        app
    }
}

fn terminal(width: u16, height: u16) -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(width, height)).expect("test terminal")
}

fn key(c: char) -> Action {
    Action::Text(Input { key: Key::Char(c), ..Input::default() })
}

fn backspace() -> Action {
    Action::Text(Input { key: Key::Backspace, ..Input::default() })
}

/// List and parse every month file: what the background loader does after the first frame.
fn load_10_years(c: &mut Criterion, fx: &Fixture) {
    let mut g = c.benchmark_group("load_10_years");
    g.sampling_mode(SamplingMode::Flat).sample_size(20).measurement_time(Duration::from_secs(4));
    g.bench_function("list_and_parse", |b| {
        b.iter(|| {
            let months = fx.store.list_months().expect("list");
            let days: usize = months.iter().map(|ym| fx.store.load_month(*ym).expect("load").len()).sum();
            black_box(days)
        });
    });
    // The same plus handing each month to the app, as the event loop does.
    g.bench_function("into_app", |b| {
        b.iter(|| {
            let mut app = fx.app();
            update(&mut app, Action::Loaded(Loaded::OlderMonths), fx.now);
            for ym in fx.store.list_months().expect("list").into_iter().rev() {
                let month = fx.store.load_month(ym).map_err(|e| e.to_string());
                update(&mut app, Action::Loaded(Loaded::Month(ym, month)), fx.now);
            }
            update(&mut app, Action::Loaded(Loaded::AllMonths(Vec::new())), fx.now);
            black_box(app.journal.days.len())
        });
    });
    g.finish();
}

/// Everything `tui::run` does with the data before the first frame: this month and the last.
fn load_first_screen(c: &mut Criterion, fx: &Fixture) {
    c.bench_function("load_first_screen", |b| {
        b.iter(|| {
            let mut app = fx.app();
            let skip = load_first_months(&mut app, &fx.store, fx.now);
            black_box((app.journal.days.len(), skip))
        });
    });
}

/// The first frame of Today at 80×24 on a new terminal, with the first months loaded.
fn today_render(c: &mut Criterion, fx: &Fixture) {
    let mut app = fx.app();
    load_first_months(&mut app, &fx.store, fx.now);
    app.journal.loading = true;
    c.bench_function("today_render_80x24", |b| {
        b.iter(|| {
            let mut terminal = terminal(80, 24);
            terminal
                .draw(|f| {
                    tend::ui::render(f, &app);
                })
                .expect("draw");
            black_box(terminal.backend().buffer().area)
        });
    });
}

/// One keystroke on the Journal with ten years loaded: `update` plus a redraw at 120×40.
/// Down and Up alternate so the selection stays near today.
fn journal_keystroke(c: &mut Criterion, fx: &Fixture) {
    let mut g = c.benchmark_group("journal_keystroke_120x40");
    let mut app = fx.app_all_loaded();
    update(&mut app, Action::GoTab(1), fx.now);
    let mut term = terminal(120, 40);
    term.draw(|f| {
        tend::ui::render(f, &app);
    })
    .expect("draw");
    let mut down = true;
    g.bench_function("all_days", |b| {
        b.iter(|| {
            update(&mut app, Action::Move(if down { Move::Down } else { Move::Up }), fx.now);
            down = !down;
            term.draw(|f| {
                tend::ui::render(f, &app);
            })
            .expect("draw");
        });
    });

    // The same with the search "walk" applied (typed, then Enter to leave the field).
    let mut app = fx.app_all_loaded();
    update(&mut app, Action::GoTab(1), fx.now);
    update(&mut app, Action::Search, fx.now);
    for ch in "walk".chars() {
        update(&mut app, key(ch), fx.now);
    }
    update(&mut app, Action::KeepSearch, fx.now);
    let found = app.journal.view.filtered.as_ref().map_or(0, Vec::len);
    assert!(found > 100, "the search should match many days, found {found}");
    term.draw(|f| {
        tend::ui::render(f, &app);
    })
    .expect("draw");
    g.bench_function("filter_walk", |b| {
        b.iter(|| {
            update(&mut app, Action::Move(if down { Move::Down } else { Move::Up }), fx.now);
            down = !down;
            term.draw(|f| {
                tend::ui::render(f, &app);
            })
            .expect("draw");
        });
    });

    // Typing in the search field: each key searches all ten years again ("wal" ⇄ "walk").
    let mut app = fx.app_all_loaded();
    update(&mut app, Action::GoTab(1), fx.now);
    update(&mut app, Action::Search, fx.now);
    for ch in "wal".chars() {
        update(&mut app, key(ch), fx.now);
    }
    term.draw(|f| {
        tend::ui::render(f, &app);
    })
    .expect("draw");
    let mut typed = false;
    g.bench_function("search_typing", |b| {
        b.iter(|| {
            update(&mut app, if typed { backspace() } else { key('k') }, fx.now);
            typed = !typed;
            term.draw(|f| {
                tend::ui::render(f, &app);
            })
            .expect("draw");
        });
    });
    g.finish();
}

/// The month file's layout, to time the RON encoding alone (store::month_file is private).
#[derive(Serialize)]
struct MonthOut<'a> {
    version: u32,
    days: Vec<&'a Day>,
}

/// Editing one note and writing its month: encode, temp file, write, fsync, rename, fsync dir.
fn save_one_day(c: &mut Criterion, fx: &Fixture) {
    let ym = YearMonth::of(fx.now.date_naive());
    let mut days = fx.store.load_month(ym).expect("load month");
    let i = days.iter().position(|d| !d.notes.is_empty()).expect("a day with a note");
    let mut g = c.benchmark_group("save_one_day");
    g.sampling_mode(SamplingMode::Flat).sample_size(50).measurement_time(Duration::from_secs(4));
    let mut grow = true;
    g.bench_function("edit_and_save_month", |b| {
        b.iter(|| {
            let note = &mut days[i].notes[0];
            let mut text = note.text.to_string();
            if grow {
                text.push('.');
            } else {
                text.pop();
            }
            note.text = text.into();
            grow = !grow;
            fx.store.save_month(ym, &days).expect("save");
        });
    });
    // The encoding part of the save, with the store's RON settings.
    let options = ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
    let pretty = ron::ser::PrettyConfig::new().struct_names(false).escape_strings(false);
    g.bench_function("encode_only", |b| {
        b.iter_batched(
            || pretty.clone(),
            |pretty| {
                let out = MonthOut { version: 1, days: days.iter().collect() };
                black_box(options.to_string_pretty(&out, pretty).expect("encode").len())
            },
            BatchSize::SmallInput,
        );
    });
    g.finish();
}

/// Searching the card library (every built-in card): one query typed into the search.
fn skills_search(c: &mut Criterion, fx: &Fixture) {
    let mut app = fx.app_all_loaded();
    let mut g = c.benchmark_group("skills_search");
    for query in ["box", "sleep", "zzz-no-match"] {
        app.skills.view.query = query.to_string();
        g.bench_function(query, |b| b.iter(|| std::hint::black_box(app.skills_in_order().len())));
    }
}

/// One keystroke on the Skills tab at 120×40 with ten years loaded and a practice on every
/// day (3,500 practices): what "helped me" costs once years of practice build up.
fn skills_keystroke(c: &mut Criterion, fx: &Fixture) {
    let mut app = fx.app_all_loaded();
    let cards: Vec<String> = app.cards().take(6).map(|c| c.id.clone()).collect();
    let dates: Vec<NaiveDate> = app.journal.days.newest_first().map(|d| d.date).collect();
    for (i, date) in dates.iter().enumerate() {
        let at = app.journal.days.day(*date).and_then(|d| d.check_in.as_ref().map(|c| c.at)).unwrap_or(fx.now);
        let before = u8::try_from(4 + i % 5).ok();
        let after = u8::try_from(2 + i % 4).ok();
        let card = cards[i % cards.len()].clone();
        let practice = Practice { card, at, seconds: 240, before, after, answers: Vec::new() };
        app.journal.days.day_mut(*date).practices.push(practice);
    }
    update(&mut app, Action::GoTab(4), fx.now);
    update(&mut app, Action::Skills(SkillsAction::CycleSort), fx.now);
    update(&mut app, Action::Skills(SkillsAction::CycleSort), fx.now);
    let mut term = terminal(120, 40);
    term.draw(|f| {
        tend::ui::render(f, &app);
    })
    .expect("draw");
    let mut down = true;
    c.bench_function("skills_keystroke_120x40", |b| {
        b.iter(|| {
            update(&mut app, Action::Move(if down { Move::Down } else { Move::Up }), fx.now);
            down = !down;
            term.draw(|f| {
                tend::ui::render(f, &app);
            })
            .expect("draw");
        });
    });
}

/// Tab 6 with ten years loaded: the first draw of each part, and switching the trends' range
/// (update plus redraw), at 120×40.
fn progress(c: &mut Criterion, fx: &Fixture) {
    let mut app = fx.app_all_loaded();
    update(&mut app, Action::GoTab(5), fx.now);
    let mut g = c.benchmark_group("progress_120x40");
    let draw = |app: &App| {
        let mut terminal = terminal(120, 40);
        terminal
            .draw(|f| {
                tend::ui::render(f, app);
            })
            .expect("draw");
        black_box(terminal.backend().buffer().area)
    };
    for part in ["trends", "questionnaires", "year", "patterns", "appointments"] {
        g.bench_function(format!("first_draw_{part}"), |b| b.iter(|| draw(&app)));
        update(&mut app, Action::Progress(tend::app::progress::ProgressAction::NextSection), fx.now);
    }
    // Back on Trends: each key moves to the next range (30, 90, 365, all, and round again).
    g.bench_function("range_switch", |b| {
        b.iter(|| {
            update(&mut app, Action::Progress(tend::app::progress::ProgressAction::NextRange), fx.now);
            draw(&app)
        })
    });
    g.finish();
}

fn main() {
    let fx = Fixture::new();
    eprintln!(
        "history: {} month files, {} bytes, in a temporary folder (removed at the end)",
        fx.months.len(),
        fx.bytes
    );
    let mut c = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .configure_from_args();
    load_10_years(&mut c, &fx);
    load_first_screen(&mut c, &fx);
    today_render(&mut c, &fx);
    journal_keystroke(&mut c, &fx);
    save_one_day(&mut c, &fx);
    skills_search(&mut c, &fx);
    skills_keystroke(&mut c, &fx);
    progress(&mut c, &fx);
    c.final_summary();
}
