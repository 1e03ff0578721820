//! Meds: the medication list and the selected one's detail.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::Paragraph;

use super::{Theme, panel};
use crate::app::App;

pub fn render(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    let block = panel("Medications", theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let names: Vec<String> = app.meds_in_order().iter().map(|i| app.meds[*i].name.clone()).collect();
    frame.render_widget(Paragraph::new(names.join("\n")), inner);
}
