//! Writes a realistic generated history into a data folder, as tend's own files: the
//! medications with their dose changes (`medications.ron`), the side effects with their
//! ratings (`side_effects.ron`) and month files with a check-in, an ~80-word note and the
//! doses logged on most days, for benchmarks and trying tend on years of data.
//!
//! cargo run --release --example gen-history -- --years 10 --out /tmp/tend-10y
//! cargo run --release --example gen-history -- --days 30 --out /tmp/tend-30d --end 2026-11-27

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::{Local, Months, NaiveDate};
use clap::Parser;
use tend::demo::write_history;
use tend::domain::YearMonth;
use tend::sample::{SampleOptions, generate_history};
use tend::store::{FileStore, Paths};

#[derive(Debug, Parser)]
#[command(about = "Write a generated history into a tend data folder")]
struct Args {
    /// Whole years of history ending at --end
    #[arg(long, default_value_t = 10, conflicts_with = "days")]
    years: u32,
    /// Calendar days of history ending at --end (instead of --years)
    #[arg(long)]
    days: Option<u32>,
    /// The data folder to write into (month files go to OUT/days/)
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// Seed of the generator: the same seed and dates give the same files
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Last day of the history, YYYY-MM-DD (default: today)
    #[arg(long, value_name = "YYYY-MM-DD")]
    end: Option<NaiveDate>,
    /// About how many words each day's journal note has (0: no notes)
    #[arg(long, default_value_t = 80)]
    note_words: usize,
    /// Leave out the coping skills practised (about two a week from the fourth week)
    #[arg(long)]
    no_practices: bool,
    /// Write even if OUT/ already holds tend's files (medications.ron, side_effects.ron and
    /// months with the same name are replaced)
    #[arg(long)]
    force: bool,
}

fn main() -> ExitCode {
    match run(Args::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("gen-history: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(args: Args) -> Result<(), String> {
    let local_now = Local::now();
    let end = args.end.unwrap_or_else(|| local_now.date_naive());
    let days = match args.days {
        Some(days) => days,
        None => days_in_years(end, args.years)?,
    };
    let paths = Paths::in_dir(args.out.clone());
    let days_dir = paths.days_dir();
    let meds_file = paths.medications_file();
    let effects_file = paths.side_effects_file();
    if !args.force && (has_files(&days_dir)? || meds_file.exists() || effects_file.exists()) {
        return Err(format!("{} already holds tend's files; pass --force to write over them", args.out.display()));
    }
    let history = generate_history(&SampleOptions {
        end,
        days,
        seed: args.seed,
        utc_offset_secs: local_now.offset().local_minus_utc(),
        note_words: args.note_words,
        practices: !args.no_practices,
    });
    let logged = history.days.len();
    let doses: usize = history.days.iter().map(|d| d.doses.len()).sum();
    let practices: usize = history.days.iter().map(|d| d.practices.len()).sum();
    let meds = history.medications.len();
    let effects = history.side_effects.len();
    let months: BTreeSet<YearMonth> = history.days.iter().map(|d| YearMonth::of(d.date)).collect();
    let store = FileStore::new(paths.clone());
    let written = write_history(&store, &history).map_err(|e| e.to_string())?;
    let size = |path: &Path| std::fs::metadata(path).map(|m| m.len()).map_err(|e| format!("{}: {e}", path.display()));
    let meds_bytes = size(&meds_file)?;
    let effects_bytes = size(&effects_file)?;
    let mut bytes = 0;
    for ym in &months {
        let path = paths.month_file(*ym);
        bytes += size(&path)?;
    }
    println!(
        "wrote {written} months, {logged} days with entries (of {days} calendar days ending {end}), \
         {meds} medications, {doses} dose events, {practices} practices, {effects} side effects, {bytes} bytes ({:.1} MB) to {}, \
         {meds_bytes} bytes to {} and {effects_bytes} bytes to {}",
        bytes as f64 / 1e6,
        days_dir.display(),
        meds_file.display(),
        effects_file.display()
    );
    Ok(())
}

/// Calendar days from the same date `years` earlier (exclusive) to `end` (inclusive).
fn days_in_years(end: NaiveDate, years: u32) -> Result<u32, String> {
    let start = years
        .checked_mul(12)
        .and_then(|m| end.checked_sub_months(Months::new(m)))
        .ok_or_else(|| format!("{years} years before {end} is out of range"))?;
    u32::try_from((end - start).num_days()).map_err(|e| e.to_string())
}

fn has_files(dir: &Path) -> Result<bool, String> {
    match std::fs::read_dir(dir) {
        Ok(mut entries) => Ok(entries.next().is_some()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(format!("{}: {e}", dir.display())),
    }
}
