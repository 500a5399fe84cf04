"""Start time to the first window: the bundled program next to the same app run from the venv.

    .venv/bin/python benchmarks/startup_time.py [--runs 5] [--bundle dist/aftersales-desktop/aftersales-desktop]

Measured from outside, as a person sees it: a virtual screen (Xvfb), the program started with a demo shop's
data folder, and the clock stopped when its first window (the sign-in dialog) is mapped on the screen
(polled with xdotool every 10 ms); then the program is ended. Prints the median of the runs for each, and
the ratio. Needs Xvfb and xdotool (Debian: xvfb xdotool). Build the bundle first with `make bundle`.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from aftersales_desktop import APP_NAME  # noqa: E402


def first_window_seconds(command: list[str], env: dict[str, str], timeout: float = 60.0) -> float:
    """Seconds from starting `command` until a visible window exists on env's DISPLAY."""
    start = time.perf_counter()
    app = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while time.perf_counter() - start < timeout:
            found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "."],
                                   env=env, capture_output=True, text=True)
            if found.stdout.strip():
                return time.perf_counter() - start
            if app.poll() is not None:
                raise RuntimeError(f"{command[0]} exited with {app.returncode} before showing a window")
            time.sleep(0.01)
        raise RuntimeError(f"no window from {command[0]} within {timeout} s")
    finally:
        app.terminate()
        try:
            app.wait(10)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / APP_NAME / APP_NAME)
    parser.add_argument("--venv-python", type=Path, default=Path(sys.executable))
    args = parser.parse_args()
    for tool in ("Xvfb", "xdotool"):
        if not shutil.which(tool):
            print(f"needs {tool} (apt-get install xvfb xdotool)", file=sys.stderr)
            return 2
    if not args.bundle.is_file():
        print(f"no bundle at {args.bundle}: run `make bundle` first", file=sys.stderr)
        return 2

    work = Path(tempfile.mkdtemp(prefix="startup-"))
    shop = work / "shop"
    subprocess.run([str(args.venv_python), "-m", "aftersales_desktop", "demo", "--data-dir", str(shop), "--months", "1"],
                   check=True, capture_output=True)
    display = f":{300 + os.getpid() % 300}"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1)
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "HOME": str(work)}
    programs = {
        "bundle": [str(args.bundle), "--data-dir", str(shop)],
        "venv": [str(args.venv_python), "-m", "aftersales_desktop", "--data-dir", str(shop)],
    }
    results: dict[str, list[float]] = {name: [] for name in programs}
    try:
        for _ in range(args.runs):  # interleaved, so a busy moment of the machine hits both alike
            for name, command in programs.items():
                results[name].append(first_window_seconds(command, env))
    finally:
        xvfb.terminate()
        xvfb.wait(10)
        shutil.rmtree(work, ignore_errors=True)

    medians = {name: statistics.median(times) for name, times in results.items()}
    for name, times in results.items():
        print(f"{name:>6}: median {medians[name]:.2f} s to the first window  (runs: {', '.join(f'{t:.2f}' for t in times)})")
    print(f"bundle / venv = {medians['bundle'] / medians['venv']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
