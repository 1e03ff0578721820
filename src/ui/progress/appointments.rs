//! Appointments: the questions for the next one (open first, with a box to tick), then the
//! appointments, newest first, with their notes and homework (and the skill card it names).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState, Paragraph, Wrap};

use crate::app::keymap::{Ctx, key};
use crate::app::sessions::{Row, SessionsAction as S};
use crate::app::{Action, App};
use crate::domain::day::first_line;
use crate::ui::{Theme, panel, text};

fn skey(ctx: Ctx, a: S) -> String {
    key(ctx, &Action::Sessions(a))
}

pub fn render(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    let data = &app.sessions.data;
    let rows = app.sessions.rows();
    let selected = app.sessions.selected_row();
    let n_questions = data.questions.len();
    let (q_area, s_area) = if area.width >= 120 {
        let [a, b] = Layout::horizontal([Constraint::Percentage(45), Constraint::Percentage(55)]).areas(area);
        (a, b)
    } else {
        let q_h = u16::try_from(n_questions.max(2) + 3).unwrap_or(u16::MAX).min(area.height * 2 / 5);
        let [a, b] = Layout::vertical([Constraint::Length(q_h), Constraint::Min(0)]).areas(area);
        (a, b)
    };
    let open = data.open_questions().count();
    let q_block = panel(&format!("Questions for your next appointment · {open} to ask"), theme);
    let q_inner = q_block.inner(q_area);
    frame.render_widget(q_block, q_area);
    let width = usize::from(q_inner.width);
    if n_questions == 0 {
        let msg = format!(
            "None yet. {} from any screen adds one as it comes to mind; tick it off here at the visit ({}).",
            skey(Ctx::Global, S::AddQuestion),
            skey(Ctx::Appointments, S::Tick)
        );
        frame.render_widget(Paragraph::new(Span::styled(msg, theme.dim())).wrap(Wrap { trim: true }), q_inner);
    } else {
        let items: Vec<ListItem> = rows
            .iter()
            .filter_map(|r| match r {
                Row::Question(i) => data.questions.get(*i),
                Row::Session(_) => None,
            })
            .map(|q| {
                let (mark, when, style) = match q.asked {
                    Some(d) => ("☑", format!("  asked {}", d.format("%-d %b")), theme.dim()),
                    None => ("☐", format!("  added {}", q.added.format("%-d %b")), theme.base()),
                };
                let room = width.saturating_sub(text::width(&when) + 2);
                ListItem::new(Line::from(vec![
                    Span::styled(format!("{mark} "), theme.accent()),
                    Span::styled(text::truncate(&q.text, room), style),
                    Span::styled(when, theme.dim()),
                ]))
            })
            .collect();
        let at = match selected {
            Some(Row::Question(i)) => rows.iter().position(|r| *r == Row::Question(i)),
            _ => None,
        };
        let mut state = ListState::default().with_selected(at);
        frame.render_stateful_widget(List::new(items).highlight_style(theme.selected()), q_inner, &mut state);
    }
    sessions_panel(frame, s_area, app, selected, theme);
}

fn sessions_panel(frame: &mut Frame, area: Rect, app: &App, selected: Option<Row>, theme: Theme) {
    let data = &app.sessions.data;
    let log = skey(Ctx::Progress, S::LogSession);
    let block = panel(&format!("Appointments · {log} logs one"), theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if data.sessions.is_empty() {
        let msg = format!(
            "None logged yet. {log} logs a therapy session or a visit to your prescriber or GP: the date, \
             with whom, notes and homework (which can name a Skills card)."
        );
        frame.render_widget(Paragraph::new(Span::styled(msg, theme.dim())).wrap(Wrap { trim: true }), inner);
        return;
    }
    let width = usize::from(inner.width);
    let mut at = None;
    let mut items = Vec::new();
    for (n, row) in app.sessions.rows().into_iter().filter(|r| matches!(r, Row::Session(_))).enumerate() {
        let Row::Session(i) = row else { continue };
        let Some(s) = data.sessions.get(i) else { continue };
        if selected == Some(row) {
            at = Some(n);
        }
        let ahead = if s.date > app.today { " (booked)" } else { "" };
        let mut lines = vec![Line::from(vec![
            Span::styled(s.date.format("%a %-d %b %Y").to_string(), theme.bold()),
            Span::styled(format!("  {}{ahead}", s.with.label()), theme.accent()),
        ])];
        if !s.notes.is_empty() {
            lines.push(Line::from(Span::styled(
                text::truncate(&format!("  {}", first_line(&s.notes)), width),
                theme.base(),
            )));
        }
        if !s.homework.is_empty() || s.card.is_some() {
            let card = s.card.as_deref().map(|id| app.card(id).map_or(id.to_string(), |c| c.title.clone()));
            let card = card.map(|c| format!(" → {c} (Enter opens it)")).unwrap_or_default();
            let hw = format!("  homework: {}{card}", first_line(&s.homework));
            lines.push(Line::from(Span::styled(text::truncate(&hw, width), theme.dim())));
        }
        items.push(ListItem::new(lines));
    }
    let mut state = ListState::default().with_selected(at);
    frame.render_stateful_widget(List::new(items).highlight_style(theme.selected()), inner, &mut state);
}
