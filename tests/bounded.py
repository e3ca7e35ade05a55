"""Bounded runs for the hostile-input tests: a forked call or a CLI run under a memory cap and an alarm."""

from __future__ import annotations

import json
import os
import pickle
import re
import resource
import signal
import subprocess
import sys
import time
import traceback
from pathlib import Path

from twarch import AnswerError

#: "Well under a second" for a refusal, generously, on a busy machine; the benchmarks hold the real figures.
TIME_BOUND = 2.0
#: Address space a CLI run may use (a Python process with twarch loaded needs about 60 MB).
CLI_MEMORY = 1024 * 1024 * 1024
#: Address space a forked API run may add to the test process's own (threads reserve 64 MB arenas each).
HEADROOM = 1024 * 1024 * 1024
#: A control character that must never reach a terminal (tab and line feed are layout).
RAW_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
#: A figure no cost or capacity output may carry: a word for an infinite or undefined number.
NOT_FINITE = re.compile(r"\b(inf|infinity|nan)\b", re.IGNORECASE)
#: A number as the reports write it: digits with thousands separators, decimals and an exponent.
FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?(?:[eE][+-]?\d+)?")
#: No figure may reach this: a money amount this large cannot be rounded to the cent in Python's default decimal
#: context (28 digits), and an input that can make one is unbounded.
LARGEST_FIGURE = 1e26


def cap_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (CLI_MEMORY, resource.getrlimit(resource.RLIMIT_AS)[1]))


def cli(*args: str, cwd: Path | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    """``python -m twarch ARGS`` under the memory cap; asserts the contract every run keeps."""
    start = time.perf_counter()
    r = subprocess.run([sys.executable, "-m", "twarch", *args], capture_output=True, cwd=cwd, env=env,
                       timeout=30, preexec_fn=cap_memory, check=False)
    elapsed = time.perf_counter() - start
    stdout, stderr = r.stdout.decode("utf-8"), r.stderr.decode("utf-8")  # strict: valid UTF-8 or it fails
    assert r.returncode in (0, 2), stderr[-2000:]
    assert "Traceback" not in stderr and elapsed < TIME_BOUND, (elapsed, stderr[-2000:])
    assert not RAW_CONTROL.search(stdout) and not RAW_CONTROL.search(stderr)
    if r.returncode == 2:
        assert stdout == "" and stderr.startswith("twarch: error: ") and stderr.count("\n") == 1
        assert len(stderr) < 1000, "a bad value is quoted by a short preview, never whole"
    return subprocess.CompletedProcess(r.args, r.returncode, stdout, stderr)


def _vm_size() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmSize:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError("no VmSize in /proc/self/status")


def bounded(func, *args, within: float = TIME_BOUND):
    """``func(*args)`` in a forked child under a memory cap and an alarm.

    Returns ``("ok", result)`` or ``("refused", (field, message))`` for an AnswerError; fails the test on
    any other exception (with the child's traceback), on a crash, on the alarm and past ``within`` seconds.
    """
    seconds = int(within) + 10
    read_end, write_end = os.pipe()
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(read_end)
            hard = resource.getrlimit(resource.RLIMIT_AS)[1]
            soft = _vm_size() + HEADROOM
            resource.setrlimit(resource.RLIMIT_AS, (soft if hard == resource.RLIM_INFINITY else min(soft, hard), hard))
            signal.alarm(seconds)  # the default action ends the child even inside a C loop
            try:
                outcome = ("ok", func(*args))
            except AnswerError as exc:
                outcome = ("refused", (exc.field, str(exc)))
            except BaseException:  # noqa: BLE001 -- anything else is the failure this harness reports
                outcome = ("crash", traceback.format_exc())
            try:
                data = pickle.dumps(outcome)
            except Exception:  # noqa: BLE001 -- a result that cannot cross the pipe (a MappingProxyType): its type
                data = pickle.dumps((outcome[0], f"<{type(outcome[1]).__name__}>"))
            with os.fdopen(write_end, "wb") as stream:
                stream.write(data)
        finally:
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as stream:
        data = stream.read()
    _, status = os.waitpid(pid, 0)
    elapsed = time.perf_counter() - start
    assert data, f"the child died: {signal.Signals(os.WTERMSIG(status)).name if os.WIFSIGNALED(status) else status}"
    kind, value = pickle.loads(data)
    assert kind != "crash", value
    assert elapsed < within, f"took {elapsed:.2f} s"
    if kind == "refused":
        message = value[1]
        assert "\n" not in message and len(message) < 1000 and not RAW_CONTROL.search(message)
    return kind, value


def refused(func, *args) -> str:
    kind, value = bounded(func, *args)
    assert kind == "refused", value
    return value[1]


def estimate(argv: list[str]) -> tuple[int, str, str]:
    """``twarch ARGV`` run in this process (``twarch.cli.main``): exit status, stdout, stderr. Any exception but
    the exit of a refused command line propagates."""
    import contextlib
    import io

    from twarch.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = main(argv)
        except SystemExit as exc:  # argparse's own refusal of a command line
            status = exc.code
    return status, out.getvalue(), err.getvalue()


def check_estimate(argv: list[str]) -> tuple[int, float]:
    """Run a cost or capacity command line in this process and assert its contract: exit 0 with finite figures
    below :data:`LARGEST_FIGURE` (strict JSON when asked for), or exit 2 with one short line naming the problem.
    Returns the exit status and the largest figure written."""
    status, out, err = estimate(argv)
    assert status in (0, 2), (argv, status, err[-2000:])
    assert not RAW_CONTROL.search(out) and not RAW_CONTROL.search(err), argv
    if status == 2:
        assert out == "" and err.startswith("twarch: error: ") and err.count("\n") == 1, (argv, err)
        assert len(err) < 1000, (argv, err)
        return status, 0.0
    assert not NOT_FINITE.search(out), (argv, NOT_FINITE.search(out))
    largest = max((float(m.replace(",", "")) for m in FIGURE.findall(out)), default=0.0)
    assert largest < LARGEST_FIGURE, (argv, largest)
    if "json" in argv:
        json.loads(out, parse_constant=_not_json)
    return status, largest


def _not_json(name: str) -> None:
    raise AssertionError(f"{name} is not JSON")
