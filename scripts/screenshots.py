"""Refresh docs/img/ from the real app: the Wizard at 1366x768, in projector mode, and the hand-out's first page.

Serves the demo as the browser tests do (tests/voila_app.py: Voila with the Binder settings, on a copy of the
demo), walks a workshop team through a few answers in Debian's Chromium, and saves:

* docs/img/wizard.png: the Wizard at 1366x768 after the team's last answer (what changed is outlined);
* docs/img/wizard-projector.png: the same in projector mode;
* docs/img/handout.png: the hand-out printed to PDF, first page (pdftoppm).

Run: .venv/bin/python scripts/screenshots.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from voila_app import CHROMIUM, FLAGS, serve_demo  # noqa: E402

IMG = ROOT / "docs" / "img"


def main() -> None:
    from playwright.sync_api import expect, sync_playwright

    with tempfile.TemporaryDirectory() as tmp, serve_demo(Path(tmp), Path(tmp) / "voila.log") as (url, _folder), \
            sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        page = browser.new_page(viewport={"width": 1366, "height": 768}, accept_downloads=True)
        page.goto(url, timeout=60_000)
        expect(page.locator(".twarch-diagram svg")).to_be_visible(timeout=90_000)
        field = page.locator(".twarch-session-name input")
        field.fill("falcons")
        field.press("Enter")
        page.locator(".twarch-field-request textarea").fill(
            "An AI receptionist for our dental clinics: bookings by phone and text, knows returning patients")
        page.locator(".twarch-read-request").click()
        expect(page.locator(".twarch-level")).to_contain_text("Level 2", timeout=30_000)
        page.get_by_role("tab", name="2 · Essentials").click()
        page.locator(".twarch-field-handoff").get_by_role("button", name="Yes", exact=True).click()
        expect(page.locator(".twarch-level")).to_contain_text("Level 4", timeout=30_000)
        page.wait_for_timeout(1000)
        page.screenshot(path=str(IMG / "wizard.png"))

        page.locator(".twarch-projector-toggle").click()
        page.wait_for_timeout(800)
        page.screenshot(path=str(IMG / "wizard-projector.png"))
        page.locator(".twarch-projector-toggle").click()

        page.get_by_role("tab", name="Checklist").click()
        page.locator(".twarch-check-HIPAA-01 select").select_option(label="Fulfilled")
        expect(page.get_by_role("tab", name="Checklist")).to_contain_text("1/", timeout=30_000)
        with page.expect_download() as download:
            page.locator(".twarch-handout").click()
        handout = Path(tmp) / "handout.html"
        download.value.save_as(handout)
        printer = browser.new_page()
        printer.goto(handout.as_uri())
        printer.pdf(path=str(Path(tmp) / "handout.pdf"), print_background=True, prefer_css_page_size=True)
        subprocess.run(["pdftoppm", "-r", "70", "-png", "-f", "1", "-l", "1", "-singlefile",
                        str(Path(tmp) / "handout.pdf"), str(IMG / "handout")], check=True)
        browser.close()
    print("wrote", ", ".join(str(IMG / n) for n in ("wizard.png", "wizard-projector.png", "handout.png")))


if __name__ == "__main__":
    main()
