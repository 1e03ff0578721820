//! Command-line interface: flags for the app and small non-interactive subcommands.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::store::{FileStore, Paths, Store, load_config};

#[derive(Debug, Parser)]
#[command(
    name = "tend",
    version,
    about = "A private companion for therapy and medication: check-ins, journal, and more."
)]
pub struct Cli {
    /// Where your records live (default: your data directory; or set TEND_DATA_DIR)
    #[arg(long, value_name = "PATH", global = true)]
    pub data_dir: Option<PathBuf>,
    /// Settings file (default: config.ron in your config directory; or set TEND_CONFIG)
    #[arg(long, value_name = "PATH", global = true)]
    pub config: Option<PathBuf>,
    /// Try tend on generated sample data in a temporary folder; your own data is not touched
    #[arg(long)]
    pub demo: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print where tend keeps your data and settings
    Paths,
    /// Read every file and report any that cannot be read (exit status 1 if any)
    Check,
    /// List every key, screen by screen (the same table the app's ? help shows)
    Keys,
}

/// The key table as Markdown, from the one keymap the app uses.
pub fn keys_markdown() -> String {
    use crate::app::keymap::{BINDINGS, HELP_ORDER};
    let mut out = String::new();
    for ctx in HELP_ORDER {
        let rows: Vec<_> = BINDINGS.iter().filter(|b| b.ctx == ctx).collect();
        if rows.is_empty() {
            continue;
        }
        out.push_str(&format!("| {} | |\n|---|---|\n", ctx.title()));
        for b in rows {
            out.push_str(&format!("| `{}` | {} |\n", b.keys_label().replace('|', "\\|"), b.label));
        }
        out.push('\n');
    }
    out
}

pub fn paths(paths: &Paths) -> ExitCode {
    println!("data:   {}", paths.data_dir.display());
    println!("months: {}", paths.days_dir().display());
    println!("config: {}", paths.config_file.display());
    ExitCode::SUCCESS
}

pub fn check(paths: &Paths) -> ExitCode {
    let mut problems = 0;
    if let Err(e) = load_config(&paths.config_file) {
        println!("✗ {e}");
        problems += 1;
    }
    let store = FileStore::new(paths.clone());
    // Every top-level file, then every month.
    let files: [(&str, Result<usize, crate::store::StoreError>); 4] = [
        ("medications", store.load_medications().map(|m| m.len())),
        ("side effects", store.load_side_effects().map(|e| e.len())),
        ("own cards", store.load_skills().map(|s| s.custom.len())),
        (
            "safety plan sections filled",
            store.load_safety_plan().map(|p| p.sections().iter().filter(|s| !s.trim().is_empty()).count()),
        ),
    ];
    for (what, result) in files {
        match result {
            Ok(n) => println!("{n} {what}"),
            Err(e) => {
                println!("✗ {e}");
                problems += 1;
            }
        }
    }
    match store.list_months() {
        Ok(months) => {
            let mut days = 0;
            for ym in &months {
                match store.load_month(*ym) {
                    Ok(d) => days += d.len(),
                    Err(e) => {
                        println!("✗ {e}");
                        problems += 1;
                    }
                }
            }
            println!("{} month files, {days} days with entries, {problems} problem(s)", months.len());
        }
        Err(e) => {
            println!("✗ {e}");
            problems += 1;
        }
    }
    if problems == 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}

#[cfg(test)]
mod tests {
    #[test]
    fn readme_lists_every_key_as_the_keymap_does() {
        let readme = include_str!("../README.md");
        assert!(
            readme.contains(&super::keys_markdown()),
            "README's Keys section is out of date: paste the output of `tend keys`"
        );
    }
}
