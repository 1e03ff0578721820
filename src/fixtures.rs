//! What tests share: an app as the event loop leaves it after the first frame, and the
//! records most tests start from.

use chrono::NaiveDate;

use crate::app::{Action, App, Loaded, update};
use crate::config::Config;

/// A new app on `today` with the built-in cards read, as just after the first frame (before
/// that Today has no skill to suggest).
pub(crate) fn app(today: NaiveDate) -> App {
    let mut app = App::new(Config::default(), today);
    let now = app.now;
    update(&mut app, Action::Loaded(Loaded::Cards(crate::assets::builtin_cards())), now);
    app
}

/// Draws a frame as the event loop does, and hands the app what the frame measured (how far
/// its views scroll), so the next key scrolls as it would on screen.
pub(crate) fn draw_measured(app: &mut App, w: u16, h: u16) -> ratatui::Terminal<ratatui::backend::TestBackend> {
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).expect("terminal");
    let mut limits = crate::app::ScrollLimits::default();
    terminal.draw(|f| limits = crate::ui::render(f, app)).expect("draw");
    let now = app.now;
    update(app, Action::Drawn(limits), now);
    terminal
}

/// A month read from disk, handed to the app the way the loader does.
pub(crate) fn load_month(app: &mut App, ym: crate::domain::YearMonth, days: Result<Vec<crate::domain::Day>, String>) {
    let now = app.now;
    update(app, Action::Loaded(Loaded::Month(ym, days)), now);
}

/// A tablet medication in mg with nothing but its plan: the record most tests start from
/// (its id is its name in lower case).
pub(crate) fn medication(
    name: &str,
    strength: f32,
    start: NaiveDate,
    changes: Vec<crate::domain::medication::DoseChange>,
) -> crate::domain::medication::Medication {
    use crate::domain::medication::{Form, Medication, Unit};
    Medication {
        id: name.to_lowercase().as_str().into(),
        name: name.into(),
        strength,
        unit: Unit::Mg,
        form: Form::Tablet,
        purpose: String::new(),
        prescriber: String::new(),
        instructions: String::new(),
        start,
        changes,
        pauses: Vec::new(),
        supply: None,
    }
}
