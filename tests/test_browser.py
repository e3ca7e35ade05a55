"""A real browser drives the demo: Voila serves notebooks/demo.ipynb, Debian's Chromium (through Playwright)
clicks SMS into the channels and turns on handoff, and the diagram and the level must follow.

Needs /usr/bin/chromium (the set-up script installs it with apt-get); a screenshot is kept in the test's tmp dir.
"""

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"]

pytestmark = pytest.mark.skipif(not os.path.exists(CHROMIUM) and not os.environ.get("CI"),
                                reason="Debian's chromium is not installed (scripts/setup.sh installs it)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def voila_url(tmp_path_factory):
    port = free_port()
    log = tmp_path_factory.mktemp("voila") / "voila.log"
    with open(log, "w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "voila", "--no-browser", f"--port={port}", "--Voila.port_retries=0",
             "--Voila.ip=127.0.0.1", "notebooks/demo.ipynb"],
            cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
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
                    pytest.fail("Voila did not start:\n" + log.read_text()[-3000:])
                time.sleep(0.5)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def diagram_text(page) -> str:
    return page.inner_text(".twarch-diagram")


def test_the_wizard_follows_clicks(voila_url, tmp_path):
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        page = browser.new_page(viewport={"width": 1500, "height": 1100})
        try:
            page.goto(voila_url, timeout=60_000)
            level = page.locator(".twarch-level")
            expect(level).to_contain_text("Level 1", timeout=90_000)
            expect(page.locator(".twarch-diagram svg")).to_be_visible()
            before = diagram_text(page)
            assert "Conversation Orchestrator" not in before and "TaskRouter" not in before

            page.get_by_role("tab", name="2 · Essentials").click()
            page.locator(".twarch-choice-sms input[type=checkbox]").check()
            expect(page.locator(".twarch-diagram")).to_contain_text("Conversation Orchestrator", timeout=30_000)
            expect(page.locator(".twarch-channels")).to_contain_text("messaging")

            page.locator(".twarch-field-handoff").get_by_role("button", name="Yes").click()
            expect(level).to_contain_text("Level 4", timeout=30_000)
            expect(page.locator(".twarch-diagram")).to_contain_text("TaskRouter", timeout=30_000)
            after = diagram_text(page)
            assert "SMS" in after and "Flex" in after
            page.screenshot(path=str(tmp_path / "wizard.png"))
        except Exception:
            page.screenshot(path=str(tmp_path / "failure.png"))
            raise
        finally:
            browser.close()
