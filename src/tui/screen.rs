//! The terminal itself: raw mode, the alternate screen, mouse and paste reporting, and a
//! writer that sends each frame in one piece; `restore` gives all of it back.

use std::io::{self, Write};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode};

pub type Screen = Terminal<CrosstermBackend<FrameWriter>>;

/// Takes over the terminal. A panic restores it before the message is printed.
pub fn open() -> io::Result<Screen> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        hook(info);
    }));
    let opened = enable_raw_mode()
        .and_then(|()| execute!(io::stdout(), EnterAlternateScreen, EnableMouseCapture, EnableBracketedPaste))
        .and_then(|()| Terminal::new(CrosstermBackend::new(FrameWriter::default())));
    if opened.is_err() {
        restore();
    }
    opened
}

/// Gives the terminal back as it was: safe to call twice, and from the panic hook. Failures
/// are ignored: when the terminal has gone away there is nothing left to restore, and no
/// message could be printed either (ratatui's own `restore` prints one, and printing to a
/// terminal that is gone panics).
pub fn restore() {
    let _ = execute!(io::stdout(), DisableMouseCapture, DisableBracketedPaste, LeaveAlternateScreen, Show);
    let _ = disable_raw_mode();
}

/// Restores the terminal and lets the screen go without ratatui's `Drop`, which prints (and
/// so panics) when the cursor cannot be shown on a terminal that has gone away.
pub fn close(screen: Screen) {
    restore();
    std::mem::forget(screen);
}

/// Collects what ratatui writes and sends it when ratatui flushes, at the end of each frame:
/// one write instead of a dozen through stdout's 1 KiB line buffer, so a frame reaches the
/// terminal whole (sooner, and without tearing over a slow link). Unlike `BufWriter` it
/// writes nothing when dropped: after a panic the terminal is restored first, and half a
/// frame must not land on the person's shell.
#[derive(Default)]
pub struct FrameWriter {
    frame: Vec<u8>,
}

impl Write for FrameWriter {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.frame.extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        let mut out = io::stdout().lock();
        let written = out.write_all(&self.frame).and_then(|()| out.flush());
        // A frame that could not be written is not kept: the error ends the draw that made it.
        self.frame.clear();
        written
    }
}
