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
