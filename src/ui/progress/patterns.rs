//! Patterns: what the record shows together, in plain words, with the counts, and only where
//! there is enough on each side; always said to be associations.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::app::keymap::{Ctx, key};
use crate::app::progress::ProgressAction;
use crate::app::{Action, App};
use crate::domain::patterns::{MIN_DAYS, find};
use crate::domain::trends::range_start;
use crate::ui::{Theme, panel};

pub fn render(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    let range = app.progress.range;
    let from = range_start(&app.journal.days, app.today, range.days());
    let p = find(&app.journal.days, &app.meds.list, from, app.today);
    let range_key = key(Ctx::Progress, &Action::Progress(ProgressAction::NextRange));
    let block = panel(&format!("Patterns · {} · {range_key} another range", range.label()), theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let mut lines = Vec::new();
    lines.push(Line::from(Span::styled(
        "These are associations in your own record, not causes: sleep, mood, doses and days out all move \
         together. They can be worth bringing to your therapist or prescriber.",
        theme.dim(),
    )));
    lines.push(Line::default());
    if p.found.is_empty() {
        lines.push(Line::from(Span::styled(
            format!(
                "Nothing to say yet: a pattern is shown only when there are at least {MIN_DAYS} days with it and \
                 {MIN_DAYS} without (for sleep, practices, tags and doses). {} days have a mood in this range; \
                 {range_key} shows a longer one.",
                p.mood_days
            ),
            theme.base(),
        )));
    }
    if p.found.is_empty() {
        lines.push(Line::default());
    }
    for f in &p.found {
        lines.push(Line::from(vec![Span::styled("• ", theme.accent()), Span::styled(f.clone(), theme.base())]));
        lines.push(Line::default());
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), inner);
}
