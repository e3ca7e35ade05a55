"""The real demo app for browser tests and screenshots: Voila serving notebooks/demo.ipynb with the Binder settings.

:func:`serve_demo` copies the demo notebook and the workshop's scenario cards into a folder of their own (so the
sessions the app saves land there, not in the repository), starts Voila on a free port with the same
``JUPYTER_PATH`` / ``JUPYTER_CONFIG_PATH`` as ``scripts/demo.sh`` (the twarch template, idle-kernel culling), waits
until it answers and yields ``(url, folder)``. Debian's Chromium is driven through Playwright with the flags a
closed network needs.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"]
SETTINGS = ROOT / "binder" / "jupyter"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serve_demo(folder: Path, log: Path, preheat: bool = True) -> Iterator[tuple[str, Path]]:
    """Voila on a copy of the demo in ``folder``; yields its URL and the folder. ``preheat=False`` turns the
    preheated kernels of the Binder settings off (the benchmark's old setting)."""
    shutil.copy(ROOT / "notebooks" / "demo.ipynb", folder / "demo.ipynb")
    shutil.copytree(ROOT / "notebooks" / "workshop" / "scenarios", folder / "workshop" / "scenarios")
    port = free_port()
    env = {**os.environ, "JUPYTER_PATH": str(SETTINGS), "JUPYTER_CONFIG_PATH": str(SETTINGS)}
    with open(log, "w") as out:
        proc = subprocess.Popen([sys.executable, "-m", "voila", "--no-browser", f"--port={port}",
                                 "--Voila.port_retries=0", "--Voila.ip=127.0.0.1",
                                 *(() if preheat else ("--VoilaConfiguration.preheat_kernel=False",)), "demo.ipynb"],
                                cwd=folder, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(url + "api", timeout=2):
                    break
            except urllib.error.HTTPError:  # any HTTP answer means the server is up
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("Voila did not start:\n" + log.read_text()[-3000:]) from None
                time.sleep(0.5)
        yield url, folder
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def kernel_pids(kernel_id: str) -> list[int]:
    """The processes running one kernel (found by its connection file, which names the kernel id)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                if f"kernel-{kernel_id}".encode() in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
    return found


def kill_kernel(kernel_id: str) -> None:
    """Kill the kernel a page runs on, as a crash or an out-of-memory kill would (Jupyter restarts it empty)."""
    for pid in kernel_pids(kernel_id):
        os.kill(pid, signal.SIGKILL)
