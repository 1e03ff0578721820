//! Colours and styles. Calm: the terminal's own colours, one soft accent, red only for
//! what is urgent. With `NO_COLOR` every colour is dropped and only modifiers remain.

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub color: bool,
}

impl Theme {
    fn fg(self, c: Color) -> Style {
        if self.color { Style::new().fg(c) } else { Style::new() }
    }

    pub fn base(self) -> Style {
        Style::new()
    }

    pub fn accent(self) -> Style {
        self.fg(Color::Cyan)
    }

    pub fn title(self) -> Style {
        self.accent().add_modifier(Modifier::BOLD)
    }

    pub fn border(self) -> Style {
        if self.color { Style::new().fg(Color::DarkGray) } else { Style::new() }
    }

    pub fn dim(self) -> Style {
        if self.color { Style::new().fg(Color::DarkGray) } else { Style::new().add_modifier(Modifier::DIM) }
    }

    pub fn bold(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    pub fn selected(self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    pub fn urgent(self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }

    pub fn error(self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    pub fn highlight(self) -> Style {
        if self.color {
            Style::new().fg(Color::Black).bg(Color::Yellow)
        } else {
            Style::new().add_modifier(Modifier::UNDERLINED | Modifier::BOLD)
        }
    }

    pub fn demo(self) -> Style {
        if self.color {
            Style::new().fg(Color::Black).bg(Color::Magenta).add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
        }
    }

    /// Mood 0–10 on a colour-blind-safe orange→blue ramp; the number is always shown too.
    pub fn mood(self, v: u8) -> Style {
        self.fg(mood_color(v))
    }
}

pub fn mood_color(v: u8) -> Color {
    match v {
        0..=2 => Color::Indexed(166),
        3..=4 => Color::Indexed(214),
        5 => Color::Indexed(250),
        6..=7 => Color::Indexed(110),
        _ => Color::Indexed(33),
    }
}

/// A bar character for a 0–10 value (eight levels).
pub fn bar(v: u8) -> char {
    const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    BARS[usize::from(v.min(10)) * 7 / 10]
}
