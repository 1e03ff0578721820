//! A PHQ-9 or GAD-7 on screen: one item at a time with its four answers, the question on
//! daily life, then the result in plain words. The authors' attribution is always shown.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::{Theme, panel};
use crate::app::App;
use crate::app::assessments::QuestionnaireAction as Q;
use crate::app::keymap::{Ctx, key};
use crate::app::{Action, Overlay};
use crate::domain::assessment::{ANSWERS, ATTRIBUTION, Change, DIFFICULTY, DIFFICULTY_QUESTION, of_scale, words};
use crate::domain::questionnaire::{Questionnaire, Step};

pub fn render(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    let Some(q) = &app.assessments.run else { return };
    let (at, of) = q.progress();
    let title = match q.step {
        Step::Done => format!("{} · your result", q.scale.name()),
        _ => format!("{} · {at} of {of}", q.scale.name()),
    };
    let block = panel(&title, theme);
    let inner = block.inner(area).inner(Margin::new(1, 0));
    frame.render_widget(block, area);
    if inner.is_empty() {
        return;
    }
    let attribution = Paragraph::new(Span::styled(ATTRIBUTION, theme.dim())).wrap(Wrap { trim: true });
    let foot_h = u16::try_from(attribution.line_count(inner.width)).unwrap_or(3).min(inner.height / 3);
    let [body, foot] = Layout::vertical([Constraint::Min(0), Constraint::Length(foot_h)]).areas(inner);
    frame.render_widget(attribution, foot);
    let lines = match q.step {
        Step::Item(i) => item_lines(q, i, theme),
        Step::Difficulty => difficulty_lines(q, theme),
        Step::Done => result_lines(app, q, theme),
    };
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), body);
}

fn qkey(action: Q) -> String {
    key(Ctx::Questionnaire, &Action::Questionnaire(action))
}

/// The four answers with their digits; the one given before is marked (after going back).
fn answer_lines(labels: &[&str; 4], chosen: Option<u8>, theme: Theme) -> Vec<Line<'static>> {
    (0u8..4)
        .map(|v| {
            let mark = if chosen == Some(v) { "▸ " } else { "  " };
            let style = if chosen == Some(v) { theme.selected() } else { theme.base() };
            Line::from(vec![
                Span::styled(format!("  {mark}"), theme.accent()),
                Span::styled(format!("{v}  {}", labels[usize::from(v)]), style),
            ])
        })
        .collect()
}

fn keys_line(q: &Questionnaire, skippable: bool, theme: Theme) -> Line<'static> {
    let mut parts = vec!["Type 0–3 to answer".to_string()];
    if skippable {
        parts.push(format!("{} leaves it unanswered", qkey(Q::Next)));
    } else if q.current_answer().is_some() {
        parts.push(format!("{} keeps this answer", qkey(Q::Next)));
    }
    if q.step != Step::Item(0) {
        parts.push(format!("{} back", qkey(Q::Back)));
    }
    parts.push(format!("{} leave", qkey(Q::Leave)));
    parts.push(format!("{} crisis lines", key(Ctx::Questionnaire, &Action::Crisis)));
    Line::from(Span::styled(parts.join(" · "), theme.dim()))
}

fn item_lines(q: &Questionnaire, i: usize, theme: Theme) -> Vec<Line<'static>> {
    let item = q.scale.items().get(i).copied().unwrap_or_default();
    let mut lines = vec![
        Line::from(Span::styled(q.scale.stem().to_string(), theme.dim())),
        Line::from(""),
        Line::from(Span::styled(format!("{}. {item}", i + 1), theme.bold())),
        Line::from(""),
    ];
    lines.extend(answer_lines(&ANSWERS, q.current_answer(), theme));
    lines.push(Line::from(""));
    lines.push(keys_line(q, false, theme));
    lines
}

fn difficulty_lines(q: &Questionnaire, theme: Theme) -> Vec<Line<'static>> {
    let mut lines = vec![Line::from(Span::styled(DIFFICULTY_QUESTION.to_string(), theme.bold())), Line::from("")];
    lines.extend(answer_lines(&DIFFICULTY, q.current_answer(), theme));
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled("This one is not scored; it is for you and your clinician.", theme.dim())));
    lines.push(keys_line(q, true, theme));
    lines
}

fn result_lines(app: &App, q: &Questionnaire, theme: Theme) -> Vec<Line<'static>> {
    let history = of_scale(&app.assessments.data.list, q.scale);
    let Some(change) = Change::of(&history) else { return Vec::new() };
    let mut lines = vec![
        Line::from(vec![
            Span::styled(format!("{} total ", q.scale.name()), theme.bold()),
            Span::styled(words::total_words(q.scale, change.total), theme.accent()),
        ]),
        Line::from(""),
    ];
    for s in words::change_sentences(q.scale, &change) {
        lines.push(Line::from(Span::styled(s, theme.base())));
    }
    lines.push(Line::from(""));
    if let Some(i) = q.scale.crisis_item()
        && q.answers.get(i).copied().flatten().is_some_and(|v| v > 0)
    {
        lines.push(Line::from(Span::styled(
            format!(
                "You said you have had thoughts of being better off dead or of hurting yourself. Please tell \
                 your prescriber or therapist soon. The crisis lines and your safety plan are one key away: {}.",
                key(Ctx::Global, &Action::Crisis)
            ),
            theme.urgent(),
        )));
        lines.push(Line::from(""));
    }
    lines.push(Line::from(Span::styled(
        "A questionnaire is a way to see change over time, not a diagnosis. Your prescriber or therapist can \
         tell you what it means for you.",
        theme.dim(),
    )));
    lines.push(Line::from(Span::styled(
        format!("Kept in assessments.ron. {} closes; tab 6 shows it beside the others.", qkey(Q::Next)),
        theme.dim(),
    )));
    lines
}

/// A line over the crisis lines when a questionnaire opened them: why they are shown now.
pub fn crisis_reason(app: &App) -> Option<&'static str> {
    let q = app.assessments.run.as_ref()?;
    let i = q.scale.crisis_item()?;
    let opened_by_answer = matches!(app.overlay, Some(Overlay::Crisis { back: None, .. }))
        && q.step == Step::Difficulty
        && q.answers.get(i).copied().flatten().is_some_and(|v| v > 0);
    opened_by_answer.then_some(
        "Thank you for answering. You said you have had thoughts of being better off dead or of hurting \
         yourself. You do not have to carry that alone: these are people you can talk to now, and your own \
         plan. When you are ready, close this to finish the questionnaire.",
    )
}
