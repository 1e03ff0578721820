//! Command-line interface: flags for the app and small non-interactive subcommands.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::store::{FileStore, Paths, Store, load_config};

/// What the command line asked for.
#[derive(Debug, Default, PartialEq)]
pub struct Cli {
    /// Where your records live (default: your data directory; or set TEND_DATA_DIR).
    pub data_dir: Option<PathBuf>,
    /// Settings file (default: config.ron in your config directory; or set TEND_CONFIG).
    pub config: Option<PathBuf>,
    /// Generated sample data in a temporary folder; the person's own data is not touched.
    pub demo: bool,
    pub command: Option<Command>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Command {
    /// Print where tend keeps your data and settings.
    Paths,
    /// Read every file and report any that cannot be read (exit status 1 if any).
    Check,
    /// List every key, screen by screen.
    Keys,
}

/// Either the app's arguments, or text to print and exit (help, version).
#[derive(Debug, PartialEq)]
pub enum Parsed {
    Run(Cli),
    Print(String),
}

pub const HELP: &str = "\
tend: a private companion for therapy and medication: check-ins, journal, medication,
side effects and coping skills, kept in plain files on this computer.

Usage: tend [OPTIONS] [COMMAND]

Commands:
  paths   Print where tend keeps your data and settings
  check   Read every file and report any that cannot be read (exit status 1 if any)
  keys    List every key, screen by screen (the same table the app's ? help shows)
  help    Print this help

Options:
      --data-dir <PATH>  Where your records live (default: your data directory; or set TEND_DATA_DIR)
      --config <PATH>    Settings file (default: config.ron in your config directory; or set TEND_CONFIG)
      --demo             Try tend on generated sample data in a temporary folder; your own data is not touched
  -h, --help             Print this help
  -V, --version          Print the version
";

impl Cli {
    /// Reads the arguments after the program name. Options may come before or after the command;
    /// `--opt VALUE` and `--opt=VALUE` both work. The error is a sentence for the person.
    pub fn parse_from<I, S>(args: I) -> Result<Parsed, String>
    where
        I: IntoIterator<Item = S>,
        S: Into<std::ffi::OsString>,
    {
        let mut cli = Cli::default();
        let mut args = args.into_iter().map(Into::into);
        while let Some(arg) = args.next() {
            let Some(text) = arg.to_str() else {
                return Err(format!("unexpected argument '{}'{TRY_HELP}", arg.to_string_lossy()));
            };
            let (name, inline) = match text.split_once('=') {
                Some((n, v)) if n.starts_with("--") => (n, Some(std::ffi::OsString::from(v))),
                _ => (text, None),
            };
            match name {
                "-h" | "--help" | "help" => return Ok(Parsed::Print(HELP.to_string())),
                "-V" | "--version" => return Ok(Parsed::Print(format!("tend {}\n", env!("CARGO_PKG_VERSION")))),
                "--demo" if inline.is_none() => cli.demo = true,
                "--data-dir" | "--config" => {
                    let value = match inline {
                        Some(v) => v,
                        None => {
                            args.next().ok_or_else(|| format!("{name} needs a path, as in {name} PATH{TRY_HELP}"))?
                        }
                    };
                    if value.is_empty() {
                        return Err(format!("{name} needs a path, as in {name} PATH{TRY_HELP}"));
                    }
                    let slot = if name == "--data-dir" { &mut cli.data_dir } else { &mut cli.config };
                    if slot.is_some() {
                        return Err(format!("{name} was given twice{TRY_HELP}"));
                    }
                    *slot = Some(PathBuf::from(value));
                }
                "paths" | "check" | "keys" if cli.command.is_none() => {
                    cli.command = Some(match name {
                        "paths" => Command::Paths,
                        "check" => Command::Check,
                        _ => Command::Keys,
                    });
                }
                _ => return Err(format!("unexpected argument '{text}'{TRY_HELP}")),
            }
        }
        Ok(Parsed::Run(cli))
    }
}

const TRY_HELP: &str = ". For the options, run: tend --help";

/// The key table as Markdown, from the one keymap the app uses.
pub fn keys_markdown() -> String {
    use crate::app::keymap::{HELP_ORDER, bindings};
    let mut out = String::new();
    for ctx in HELP_ORDER {
        let rows: Vec<_> = bindings().filter(|b| b.ctx == ctx).collect();
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

/// A line on standard output. A reader that has gone (`tend check | head -1`) is not an error:
/// the rest is not wanted, and the exit status still tells what was found.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}

/// All of `text` on standard output, the same way.
pub fn print_text(text: &str) {
    use std::io::Write as _;
    let _ = std::io::stdout().write_all(text.as_bytes());
}

pub fn paths(paths: &Paths) -> ExitCode {
    say!("data:   {}", paths.data_dir.display());
    say!("months: {}", paths.days_dir().display());
    say!("config: {}", paths.config_file.display());
    ExitCode::SUCCESS
}

pub fn check(paths: &Paths) -> ExitCode {
    let mut problems = 0;
    match load_config(&paths.config_file) {
        Ok(config) => {
            for p in config.problems(&crate::assets::crisis_regions(), &paths.config_file.display().to_string()) {
                say!("✗ {p}");
                problems += 1;
            }
        }
        Err(e) => {
            say!("✗ {e}");
            problems += 1;
        }
    }
    let store = FileStore::new(paths.clone());
    // Every top-level file, then every month.
    let files: [(&str, Result<usize, crate::store::StoreError>); 6] = [
        ("medications", store.load_medications().map(|m| m.len())),
        ("side effects", store.load_side_effects().map(|e| e.len())),
        ("own cards", store.load_skills().map(|s| s.custom.len())),
        ("questionnaires", store.load_assessments().map(|a| a.list.len())),
        ("appointments", store.load_sessions().map(|s| s.sessions.len())),
        (
            "safety plan sections filled",
            store.load_safety_plan().map(|p| p.sections().iter().filter(|s| !s.trim().is_empty()).count()),
        ),
    ];
    for (what, result) in files {
        match result {
            Ok(n) => say!("{n} {what}"),
            Err(e) => {
                say!("✗ {e}");
                problems += 1;
            }
        }
    }
    // Unsaved work: a drafts file that does not read, or one set aside earlier for that reason.
    if let Err(e) = store.load_drafts() {
        say!("✗ {e}");
        problems += 1;
    }
    let aside = std::fs::read_dir(&paths.data_dir).into_iter().flatten().flatten().map(|e| e.path());
    for path in
        aside.filter(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with("drafts.unreadable-")))
    {
        say!(
            "✗ {}: unsaved work set aside because it could not be read; open it, copy what you need, then delete it",
            path.display()
        );
        problems += 1;
    }
    match store.list_months() {
        Ok(months) => {
            let mut days = 0;
            for ym in &months {
                match store.load_month(*ym) {
                    Ok(d) => days += d.len(),
                    Err(e) => {
                        say!("✗ {e}");
                        problems += 1;
                    }
                }
            }
            let plural = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
            say!(
                "{}, {} with entries, {problems} problem(s)",
                plural(months.len(), "month file", "month files"),
                plural(days, "day", "days")
            );
        }
        Err(e) => {
            say!("✗ {e}");
            problems += 1;
        }
    }
    if problems == 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(args: &[&str]) -> Result<Cli, String> {
        match Cli::parse_from(args)? {
            Parsed::Run(cli) => Ok(cli),
            Parsed::Print(text) => Err(format!("printed: {text}")),
        }
    }

    #[test]
    fn options_go_before_or_after_the_command() {
        assert_eq!(run(&[]), Ok(Cli::default()));
        let want = Cli { data_dir: Some("/d".into()), config: None, demo: false, command: Some(Command::Check) };
        assert_eq!(run(&["--data-dir", "/d", "check"]), Ok(want));
        let cli = run(&["check", "--data-dir=/d", "--config", "c.ron"]).expect("parses");
        assert_eq!(cli.data_dir, Some(PathBuf::from("/d")));
        assert_eq!(cli.config, Some(PathBuf::from("c.ron")));
        assert!(run(&["--demo"]).expect("parses").demo);
        assert_eq!(run(&["keys"]).expect("parses").command, Some(Command::Keys));
        assert_eq!(run(&["paths"]).expect("parses").command, Some(Command::Paths));
    }

    #[test]
    fn help_and_version_print_and_mistakes_say_what_is_wrong() {
        assert!(matches!(Cli::parse_from(["--help"]), Ok(Parsed::Print(t)) if t.contains("--data-dir <PATH>")));
        assert!(matches!(Cli::parse_from(["check", "-h"]), Ok(Parsed::Print(t)) if t.starts_with("tend:")));
        assert!(matches!(Cli::parse_from(["-V"]), Ok(Parsed::Print(t)) if t.starts_with("tend 0.")));
        for (args, says) in [
            (&["--data-dir"][..], "--data-dir needs a path"),
            (&["--data-dir="][..], "--data-dir needs a path"),
            (&["--config", "a", "--config", "b"][..], "--config was given twice"),
            (&["--dmeo"][..], "unexpected argument '--dmeo'"),
            (&["check", "keys"][..], "unexpected argument 'keys'"),
            (&["--demo=yes"][..], "unexpected argument '--demo=yes'"),
        ] {
            let err = run(args).expect_err("an error");
            assert!(err.contains(says) && err.ends_with("run: tend --help"), "{args:?}: {err}");
        }
    }

    #[test]
    fn readme_lists_every_key_as_the_keymap_does() {
        let readme = include_str!("../README.md");
        assert!(
            readme.contains(&super::keys_markdown()),
            "README's Keys section is out of date: paste the output of `tend keys`"
        );
    }
}
