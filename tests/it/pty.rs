//! A pseudo-terminal harness: runs the real `tend` binary on a pty and reads its screen
//! through a vt100 parser, the way a person's terminal would show it.

use std::ffi::{OsStr, OsString};
use std::io::{ErrorKind, Read, Write};
use std::num::NonZeroU16;
use std::path::Path;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};

/// How long to wait for the screen or the process before failing.
pub const TIMEOUT: Duration = Duration::from_secs(10);
const POLL: Duration = Duration::from_millis(10);

pub const ENTER: &str = "\r";
pub const ESC: &str = "\x1b";
pub const CTRL_S: &str = "\x13";

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

fn nonzero(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).unwrap_or(NonZeroU16::MIN)
}

/// Answers the queries a real terminal answers (cursor position, device attributes), so the
/// app never waits on a reply that will not come, and remembers other sequences vt100
/// ignored (styles and modes aside) for failure reports. tend sends no queries today.
#[derive(Default)]
struct Terminal {
    replies: Vec<u8>,
    unhandled: Vec<String>,
}

impl vt100::Callbacks for Terminal {
    fn unhandled_csi(
        &mut self,
        screen: &mut vt100::Screen,
        i1: Option<u8>,
        i2: Option<u8>,
        params: &[&[u16]],
        c: char,
    ) {
        let first = params.first().and_then(|p| p.first()).copied().unwrap_or(0);
        match (i1, c, first) {
            (None, 'n', 6) => {
                let (row, col) = screen.cursor_position();
                self.replies.extend(format!("\x1b[{};{}R", row + 1, col + 1).bytes());
            }
            (None, 'c', 0) => self.replies.extend(b"\x1b[?62;22c"),
            _ => {}
        }
        if !matches!(c, 'm' | 'h' | 'l') {
            let marks: String = [i1, i2].into_iter().flatten().map(char::from).collect();
            self.unhandled.push(format!("CSI {marks}{params:?} {c}"));
        }
    }
}

/// How to start tend: every run is hermetic, with HOME, the XDG folders, the config file
/// and the working folder inside the test's own folder.
pub struct Launch {
    cmd: CommandBuilder,
    cols: u16,
    rows: u16,
}

impl Launch {
    pub fn new(root: &Path) -> Launch {
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_tend"));
        cmd.cwd(root);
        for (key, value) in hermetic_env(root) {
            cmd.env(key, value);
        }
        for key in ["TEND_DATA_DIR", "NO_COLOR"] {
            cmd.env_remove(key);
        }
        Launch { cmd, cols: 80, rows: 24 }
    }

    /// Runs tend as an unprivileged user (nobody) when the tests run as root, who may write
    /// anywhere: permission tests then mean the same for every user.
    pub fn unprivileged(mut self) -> Launch {
        let root = std::process::Command::new("id").arg("-u").output().is_ok_and(|o| o.stdout.trim_ascii() == b"0");
        if root {
            let mut cmd = CommandBuilder::new("setpriv");
            cmd.args(["--reuid=65534", "--regid=65534", "--clear-groups", env!("CARGO_BIN_EXE_tend")]);
            for arg in self.cmd.get_argv().iter().skip(1) {
                cmd.arg(arg);
            }
            if let Some(cwd) = self.cmd.get_cwd() {
                cmd.cwd(cwd);
            }
            for (key, value) in self.cmd.iter_full_env_as_str() {
                cmd.env(key, value);
            }
            self.cmd = cmd;
        }
        self
    }

    pub fn data_dir(self, dir: &Path) -> Launch {
        self.arg("--data-dir").arg(dir)
    }

    pub fn arg(mut self, arg: impl AsRef<OsStr>) -> Launch {
        self.cmd.arg(arg);
        self
    }

    pub fn env(mut self, key: &str, value: impl AsRef<OsStr>) -> Launch {
        self.cmd.env(key, value);
        self
    }

    pub fn size(mut self, cols: u16, rows: u16) -> Launch {
        self.cols = cols;
        self.rows = rows;
        self
    }

    pub fn spawn(self) -> Tend {
        let size = PtySize { rows: self.rows, cols: self.cols, pixel_width: 0, pixel_height: 0 };
        let pair = native_pty_system().openpty(size).expect("open a pty");
        let child = pair.slave.spawn_command(self.cmd).expect("start tend");
        // Only the child may hold the terminal side, so reading ends when tend does.
        drop(pair.slave);
        let master = pair.master;
        let mut reader = master.try_clone_reader().expect("pty reader");
        let writer = Arc::new(Mutex::new(master.take_writer().expect("pty writer")));
        let parser = Arc::new(Mutex::new(vt100::Parser::new_with_callbacks(
            nonzero(self.rows),
            nonzero(self.cols),
            0,
            Terminal::default(),
        )));
        let reader_thread = {
            let (parser, writer) = (Arc::clone(&parser), Arc::clone(&writer));
            thread::spawn(move || {
                let mut buf = [0u8; 16 * 1024];
                loop {
                    match reader.read(&mut buf) {
                        Ok(0) => break,
                        Ok(n) => {
                            let replies = {
                                let mut p = lock(&parser);
                                p.process(&buf[..n]);
                                std::mem::take(&mut p.callbacks_mut().replies)
                            };
                            if !replies.is_empty() {
                                let mut w = lock(&writer);
                                let _ = w.write_all(&replies).and_then(|()| w.flush());
                            }
                        }
                        Err(e) if e.kind() == ErrorKind::Interrupted => {}
                        // EIO: the terminal side closed because tend exited.
                        Err(_) => break,
                    }
                }
            })
        };
        Tend { master, child, writer, parser, reader_thread }
    }
}

/// The moment every test run of tend takes as now (`TEND_NOW`), so no test depends on the
/// day or the hour it runs (a month name read near midnight, a dose due later today).
pub const NOW: &str = "2026-11-27T09:30:00+01:00";

/// `NOW` as a moment.
pub fn now() -> chrono::DateTime<chrono::FixedOffset> {
    chrono::DateTime::parse_from_rfc3339(NOW).expect("NOW")
}

/// `tend --data-dir DATA check` with the test's own environment, stdin closed: run it with
/// `.output()`, or set stdout first.
pub fn check_command(root: &std::path::Path, data: &std::path::Path) -> std::process::Command {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_tend"));
    cmd.arg("--data-dir").arg(data).arg("check").envs(hermetic_env(root)).stdin(std::process::Stdio::null());
    cmd
}

/// Environment for any run of tend in a test, pointing everything at `root`.
pub fn hermetic_env(root: &Path) -> Vec<(&'static str, OsString)> {
    vec![
        ("TEND_NOW", NOW.into()),
        ("TERM", "xterm-256color".into()),
        ("HOME", root.as_os_str().to_owned()),
        ("XDG_DATA_HOME", root.join("xdg-data").into_os_string()),
        ("XDG_CONFIG_HOME", root.join("xdg-config").into_os_string()),
        ("TEND_CONFIG", root.join("config.ron").into_os_string()),
    ]
}

/// A running tend on a pseudo-terminal.
pub struct Tend {
    master: Box<dyn MasterPty + Send>,
    child: Box<dyn Child + Send + Sync>,
    writer: Arc<Mutex<Box<dyn Write + Send>>>,
    parser: Arc<Mutex<vt100::Parser<Terminal>>>,
    reader_thread: JoinHandle<()>,
}

impl Tend {
    /// Types keys: text as is, Enter "\r", Esc "\x1b", Ctrl-S "\x13", Backspace "\x7f".
    pub fn send(&self, keys: &str) {
        let mut w = lock(&self.writer);
        w.write_all(keys.as_bytes()).and_then(|()| w.flush()).expect("write to the pty");
    }

    /// Esc on its own, then waits until the screen shows `until`: a lone Esc must not be
    /// read together with the next key as Alt-key.
    #[track_caller]
    pub fn esc_until(&self, until: &str) {
        self.send(ESC);
        self.wait_for(until);
    }

    /// The screen, one line per row, trailing spaces removed.
    pub fn screen(&self) -> String {
        let p = lock(&self.parser);
        let (_, cols) = p.screen().size();
        p.screen().rows(0, cols.get()).map(|r| r.trim_end().to_string()).collect::<Vec<_>>().join("\n")
    }

    #[track_caller]
    pub fn wait_for(&self, text: &str) {
        self.wait_until(&format!("{text:?} on screen"), |screen| screen.contains(text));
    }

    #[track_caller]
    pub fn wait_gone(&self, text: &str) {
        self.wait_until(&format!("{text:?} gone from the screen"), |screen| !screen.contains(text));
    }

    /// Waits for text the app may wrap over several rows (whitespace between words ignored).
    #[track_caller]
    pub fn wait_for_wrapped(&self, text: &str) {
        let want = flatten(text);
        self.wait_until(&format!("{text:?} on screen (wrapped)"), |screen| flatten(screen).contains(&want));
    }

    /// Polls the screen until `ok` holds; fails with the screen after [`TIMEOUT`].
    #[track_caller]
    pub fn wait_until(&self, what: &str, ok: impl Fn(&str) -> bool) {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let screen = self.screen();
            if ok(&screen) {
                return;
            }
            if Instant::now() > deadline {
                panic!("timed out waiting for {what}\n{}", self.report(&screen));
            }
            thread::sleep(POLL);
        }
    }

    /// Sends a signal by name (`TERM`, `HUP`, `INT`, `KILL`) to tend, as `kill` would.
    pub fn signal(&self, name: &str) {
        let pid = self.child.process_id().expect("tend's pid");
        let ok = std::process::Command::new("kill").arg(format!("-{name}")).arg(pid.to_string()).status();
        assert!(ok.is_ok_and(|s| s.success()), "kill -{name} {pid}");
    }

    /// Whether the terminal is as it was found: main screen, cursor shown, no mouse reporting.
    pub fn terminal_restored(&self) -> bool {
        let p = lock(&self.parser);
        let s = p.screen();
        !s.alternate_screen()
            && !s.hide_cursor()
            && !s.bracketed_paste()
            && s.mouse_protocol_mode() == vt100::MouseProtocolMode::None
    }

    /// Resizes the terminal (screen first, so the redraw lands on the new size).
    pub fn resize(&self, cols: u16, rows: u16) {
        lock(&self.parser).set_size(nonzero(rows), nonzero(cols));
        self.master.resize(PtySize { rows, cols, pixel_width: 0, pixel_height: 0 }).expect("resize the pty");
    }

    /// Waits for tend to exit and for its last output to be read.
    #[track_caller]
    pub fn wait_exit(&mut self) -> ExitStatus {
        let deadline = Instant::now() + TIMEOUT;
        let status = loop {
            if let Some(status) = self.child.try_wait().expect("check on tend") {
                break status;
            }
            if Instant::now() > deadline {
                panic!("tend did not exit\n{}", self.report(&self.screen()));
            }
            thread::sleep(POLL);
        };
        while !self.reader_thread.is_finished() && Instant::now() < deadline {
            thread::sleep(POLL);
        }
        status
    }

    /// Sends `q`, expects a clean exit, and a terminal left as it was found.
    #[track_caller]
    pub fn quit(&mut self) {
        self.send("q");
        let status = self.wait_exit();
        let screen = self.screen();
        assert!(status.success(), "tend exited with {status}\n{}", self.report(&screen));
        assert!(self.terminal_restored(), "the terminal was not restored on exit\n{}", self.report(&screen));
    }

    fn report(&self, screen: &str) -> String {
        let (cols, unhandled) = {
            let p = lock(&self.parser);
            (p.screen().size().1.get(), p.callbacks().unhandled.clone())
        };
        let rule = "─".repeat(usize::from(cols));
        format!("screen:\n{rule}\n{screen}\n{rule}\nescape sequences vt100 did not handle: {unhandled:?}")
    }
}

impl Drop for Tend {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// Words of `text` with panel borders removed, joined by single spaces.
fn flatten(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || "│╭╮╰╯─".contains(c))
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}
