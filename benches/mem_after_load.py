#!/usr/bin/env python3
"""mem_after_load.py - peak memory of tend once every month has loaded, measured in a pty.

usage: mem_after_load.py [--marker REGEX] [--runs N] [--size COLSxROWS] [--settle S] -- CMD [ARG ...]

ttff.py samples VmHWM when the first frame appears, but tend reads older months after that, on its
event loop between keys (about 40 ms for ten years). This script spawns CMD on a pty
(TERM=xterm-256color), waits for REGEX in the ANSI-stripped output, then until the process has one
has no thread beyond the event loop and the signal watchdog (an older tend read months on a
second thread), waits --settle seconds
(far longer than the loading takes), and reads VmHWM and VmRSS before sending 'q'. It reports per run: ms to the marker, ms until the loader finished
(to within the ~1 ms poll), VmHWM and VmRSS in KiB; then the medians and the peak VmHWM.
"""
import argparse, fcntl, os, re, select, signal, statistics, struct, sys, termios, time

ANSI = re.compile(rb'\x1b\[[0-?]*[ -/]*([@-~])|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[PX^_][^\x1b]*\x1b\\|\x1b[@-Z\\-_]')
QUERIES = {b'\x1b[6n': b'\x1b[1;1R', b'\x1b[c': b'\x1b[?62;22c', b'\x1b[0c': b'\x1b[?62;22c'}


def strip_ansi(raw):
    return ANSI.sub(lambda m: b' ' if m.group(1) and m.group(1) in b'ABCDEFGHdf' else b'', raw).decode('utf-8', 'replace')


def status(pid):
    try:
        with open(f'/proc/{pid}/status') as f:
            return {k: v.split()[0] for k, v in (l.split(':', 1) for l in f if ':' in l) if v.split()}
    except OSError:
        return {}


def spawn(cmd, env, cols, rows):
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack('HHHH', rows, cols, 0, 0))
    pid = os.fork()
    if pid == 0:
        try:
            os.close(master); os.setsid()
            fcntl.ioctl(slave, termios.TIOCSCTTY, 0)
            for fd in (0, 1, 2):
                os.dup2(slave, fd)
            os.execvpe(cmd[0], cmd, env)
        finally:
            os._exit(127)
    os.close(slave)
    return pid, master


def drain(fd, timeout):
    r, _, _ = select.select([fd], [], [], timeout)
    if not r:
        return b''
    try:
        chunk = os.read(fd, 65536)
    except OSError:
        return None
    for q, ans in QUERIES.items():
        if q in chunk:
            os.write(fd, ans)
    return chunk or None


def one_run(a, env):
    t0 = time.perf_counter()
    pid, fd = spawn(a.cmd, env, a.cols, a.rows)
    buf, marker_ms, loaded_ms = b'', None, None
    try:
        while marker_ms is None and time.perf_counter() - t0 < a.timeout:
            chunk = drain(fd, 0.05)
            if chunk is None:
                break
            buf += chunk
            if chunk and a.marker.search(strip_ansi(buf)):
                marker_ms = (time.perf_counter() - t0) * 1000
        while marker_ms is not None and time.perf_counter() - t0 < a.timeout:
            # The event loop and the signal watchdog (tend/signals.rs): no loader thread.
            if int(status(pid).get('Threads', '99')) <= 2:
                loaded_ms = (time.perf_counter() - t0) * 1000
                break
            drain(fd, 0.001)
        end = time.perf_counter() + a.settle
        while time.perf_counter() < end:
            drain(fd, 0.01)
        st = status(pid)
        os.write(fd, b'q')
        deadline = time.perf_counter() + 3
        while not os.waitpid(pid, os.WNOHANG)[0]:
            if time.perf_counter() > deadline:
                os.kill(pid, signal.SIGKILL)
            drain(fd, 0.01)
    finally:
        os.close(fd)
    return marker_ms, loaded_ms, int(st.get('VmHWM', 0)), int(st.get('VmRSS', 0)), strip_ansi(buf)


def main():
    p = argparse.ArgumentParser(description='peak memory after background loading, in a pty')
    p.add_argument('--marker', default=r'Mood,\s+last\s+14\s+days', type=re.compile)
    p.add_argument('--runs', type=int, default=10)
    p.add_argument('--size', default='120x40')
    p.add_argument('--settle', type=float, default=0.5, help='seconds to wait after loading finished')
    p.add_argument('--timeout', type=float, default=10.0)
    p.add_argument('cmd', nargs=argparse.REMAINDER)
    a = p.parse_args()
    a.cmd = a.cmd[1:] if a.cmd[:1] == ['--'] else a.cmd
    if not a.cmd:
        p.error('no command given')
    a.cols, a.rows = map(int, a.size.lower().split('x'))
    env = dict(os.environ, TERM='xterm-256color', COLUMNS=str(a.cols), LINES=str(a.rows))
    marks, loads, hwms, rsss = [], [], [], []
    for i in range(a.runs):
        m, l, hwm, rss, text = one_run(a, env)
        if m is None or l is None:
            print(f'run {i + 1}: marker or end of loading not seen; last output:\n{text[-2000:]}', file=sys.stderr)
            return 1
        print(f'run {i + 1}: marker {m:6.1f} ms  loaded {l:6.1f} ms  hwm {hwm} KiB  rss {rss} KiB', flush=True)
        marks.append(m); loads.append(l); hwms.append(hwm); rsss.append(rss)
    print(f'summary: runs={a.runs} marker_median={statistics.median(marks):.1f} ms '
          f'loaded_median={statistics.median(loads):.1f} ms  hwm_median={statistics.median(hwms):.0f} KiB '
          f'peak_hwm={max(hwms)} KiB  rss_median={statistics.median(rsss):.0f} KiB')
    return 0


if __name__ == '__main__':
    sys.exit(main())
