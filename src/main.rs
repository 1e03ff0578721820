//! tend's binary: parse flags, find the data, take the lock, run.

use std::process::ExitCode;

use tend::app::App;
use tend::cli::{self, Cli, Command, Parsed};
use tend::store::{self, FileStore, Paths, StoreError};
use tend::{demo, tui};

fn main() -> ExitCode {
    let args = match Cli::parse_from(std::env::args_os().skip(1)) {
        Ok(Parsed::Run(args)) => args,
        Ok(Parsed::Print(text)) => {
            cli::print_text(&text);
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            say_error(&message);
            return ExitCode::from(2);
        }
    };
    match run(args) {
        Ok(code) => code,
        Err(message) => {
            say_error(&message);
            ExitCode::from(2)
        }
    }
}

fn run(args: Cli) -> Result<ExitCode, String> {
    // The demo lives in a temporary folder that is removed on exit.
    let demo_dir = if args.demo { Some(demo::prepare(tui::now()).map_err(|e| e.to_string())?) } else { None };
    let paths = match &demo_dir {
        Some(dir) => Paths::in_dir(dir.path().to_path_buf()),
        None => Paths::resolve(args.data_dir.clone(), args.config.clone()).map_err(|e| e.to_string())?,
    };
    match args.command {
        Some(Command::Paths) => return Ok(cli::paths(&paths)),
        Some(Command::Check) => return Ok(cli::check(&paths)),
        Some(Command::Keys) => {
            cli::print_text(&cli::keys_markdown());
            return Ok(ExitCode::SUCCESS);
        }
        None => {}
    }
    // A folder that cannot be written opens read-only: everything is shown, nothing changed.
    let (_lock, read_only) = match store::lock_data_dir(&paths.data_dir) {
        Ok(lock) => (Some(lock), None),
        Err(e) if e.is_not_writable() => (None, Some(e)),
        Err(StoreError::Locked { data_dir }) => {
            return Err(format!("{}. Nothing was changed.", StoreError::Locked { data_dir }));
        }
        Err(e) => return Err(e.to_string()),
    };
    let (mut config, config_problem) = match store::load_config(&paths.config_file) {
        Ok(c) => (c, None),
        Err(e) => {
            (tend::config::Config::default(), Some(format!("{e}. Using default settings; the file was not changed.")))
        }
    };
    let odd_settings = config.problems(&tend::assets::crisis_regions(), &paths.config_file.display().to_string());
    config.clean_symptoms();
    let mut app = App::new(config, tui::now().date_naive());
    app.problems.extend(config_problem);
    app.problems.extend(odd_settings);
    if let Some(e) = read_only {
        app.problems.push(format!("Read-only: {e}. Everything is shown; nothing can be changed this time."));
        app.setup.read_only = Some(format!("{} cannot be written", paths.data_dir.display()));
    }
    app.setup.demo = demo_dir.is_some();
    app.setup.color = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    match tui::run(app, FileStore::new(paths)).map_err(|e| format!("terminal error: {e}"))? {
        tui::Ending::Quit => Ok(ExitCode::SUCCESS),
        // The usual status of a program ended by a signal: 128 + its number.
        tui::Ending::Signal(sig) => Ok(ExitCode::from(u8::try_from(128 + sig).unwrap_or(1))),
    }
}

/// An error on standard error; one that cannot be printed (the terminal has gone) is let go.
fn say_error(message: &str) {
    use std::io::Write as _;
    let _ = writeln!(std::io::stderr(), "tend: {message}");
}
