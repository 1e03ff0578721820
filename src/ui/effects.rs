//! Side effects: the history screen (list, timeline, detail).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::Paragraph;

use super::{Theme, panel};
use crate::app::App;

pub fn render(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    let block = panel("Side effects", theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let names: Vec<String> = app.effects_in_order().iter().map(|i| app.effects[*i].name.clone()).collect();
    frame.render_widget(Paragraph::new(names.join("\n")), inner);
}
