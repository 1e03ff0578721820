//! The Progress tab: a bar of its parts (trends, questionnaires, a year of moods, patterns)
//! and the part in view. Each part draws from the other slices' data; nothing is kept here.

mod appointments;
mod patterns;
mod scores;
mod trends;
mod year;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Tabs;

use super::Theme;
use crate::app::Action;
use crate::app::App;
use crate::app::keymap::{Ctx, key};
use crate::app::progress::{ProgressAction, Section};

pub fn render(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    if area.height < 3 {
        return;
    }
    let [bar, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
    let titles: Vec<Line> = Section::ALL.iter().map(|s| Line::from(s.title())).collect();
    let selected = Section::ALL.iter().position(|s| *s == app.progress.section);
    let tabs = Tabs::new(titles)
        .select(selected)
        .style(theme.dim())
        .highlight_style(theme.selected().add_modifier(ratatui::style::Modifier::BOLD))
        .divider("│");
    frame.render_widget(tabs, bar);
    let switch = format!(
        "{}/{} parts ",
        key(Ctx::Progress, &Action::Progress(ProgressAction::PrevSection)),
        key(Ctx::Progress, &Action::Progress(ProgressAction::NextSection))
    );
    frame.render_widget(Line::from(Span::styled(switch, theme.dim())).right_aligned(), bar);
    match app.progress.section {
        Section::Trends => trends::render(frame, body, app, theme),
        Section::Questionnaires => scores::render(frame, body, app, theme),
        Section::Year => year::render(frame, body, app, theme),
        Section::Patterns => patterns::render(frame, body, app, theme),
        Section::Appointments => appointments::render(frame, body, app, theme),
    }
}

#[cfg(test)]
mod tests;
