"""A real browser drives the demo app: Voila serves notebooks/demo.ipynb (with the Binder settings, see
tests/voila_app.py) and Debian's Chromium, through Playwright, uses it as a workshop would.

Each test gets a fresh browser context (its own browser storage); a screenshot of a failing test is kept in its
tmp dir. Needs /usr/bin/chromium and pdftoppm/pdfinfo (scripts/setup.sh installs them).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import subprocess
import time
from pathlib import Path

import pytest
from voila_app import CHROMIUM, FLAGS, kernel_pids, kill_kernel, serve_demo

import twarch
from twarch.workshop.sessions import load_session

pytestmark = [pytest.mark.browser, pytest.mark.skipif(not os.path.exists(CHROMIUM) and not os.environ.get("CI"),
                                reason="Debian's chromium is not installed (scripts/setup.sh installs it)")]

STEP_TABS = ("1 · Request", "2 · Essentials", "3 · Context", "4 · Stack", "5 · Voice")


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    folder = tmp_path_factory.mktemp("app")
    with serve_demo(folder, tmp_path_factory.mktemp("log") / "voila.log") as served:
        yield served


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        yield chromium
        chromium.close()


@contextlib.contextmanager
def opened(browser, url: str, tmp_path: Path, width: int = 1366, height: int = 768):
    """A fresh context (own storage) on the app; on failure a screenshot is kept as tmp_path/failure.png."""
    context = browser.new_context(viewport={"width": width, "height": height}, accept_downloads=True)
    page = context.new_page()
    page.console = []
    page.on("console", lambda m: page.console.append((m.type, m.text)))
    try:
        page.goto(url, timeout=60_000)
        ready(page)
        yield page
    except Exception:
        page.screenshot(path=str(tmp_path / "failure.png"))
        raise
    finally:
        context.close()


def ready(page) -> None:
    from playwright.sync_api import expect

    expect(page.locator(".twarch-level")).to_contain_text("Level", timeout=90_000)
    expect(page.locator(".twarch-diagram svg")).to_be_visible(timeout=30_000)


def step(page, label: str) -> None:
    page.get_by_role("tab", name=label).click()


def answer(page, question: str, button: str) -> None:
    page.locator(f".twarch-field-{question}").get_by_role("button", name=button, exact=True).click()


def name_session(page, name: str) -> None:
    field = page.locator(".twarch-session-name input")
    field.fill(name)
    field.press("Enter")


def box(page, selector: str) -> dict:
    return page.locator(selector).first.bounding_box()


# ------------------------------------------------------------------------------------------- the basics


def test_the_wizard_follows_clicks_and_reads_the_request(app, browser, tmp_path):
    from playwright.sync_api import expect

    url, _ = app
    with opened(browser, url, tmp_path, 1500, 1000) as page:
        level = page.locator(".twarch-level")
        expect(level).to_contain_text("Level 1")
        before = page.inner_text(".twarch-diagram")
        assert "Conversation Orchestrator" not in before and "TaskRouter" not in before

        # the user's request replaces what the demo's own request pre-filled (voice only); not a clinic: HIPAA would
        # leave the Orchestrator out ...
        page.locator(".twarch-field-request textarea").fill("An AI agent for our hair salon over voice and SMS")
        page.locator(".twarch-read-request").click()
        expect(page.locator(".twarch-diagram")).to_contain_text("Conversation Orchestrator", timeout=30_000)
        step(page, "2 · Essentials")
        expect(page.locator(".twarch-choice-sms input[type=checkbox]")).to_be_checked()
        expect(page.locator(".twarch-channels")).to_contain_text("messaging")
        expect(page.locator(".twarch-changes")).to_contain_text("+ SMS")
        assert page.locator(".twarch-diagram g.twarch-added").count() >= 1  # what the change added is outlined

        answer(page, "handoff", "Yes")
        expect(level).to_contain_text("Level 4", timeout=30_000)
        expect(page.locator(".twarch-diagram")).to_contain_text("TaskRouter", timeout=30_000)
        assert "SMS" in page.inner_text(".twarch-diagram") and "Flex" in page.inner_text(".twarch-diagram")

        # ... but never an answer the user gave: it says so, and offers to take the request's reading
        page.locator(".twarch-choice-sms input[type=checkbox]").uncheck()
        expect(page.locator(".twarch-channels")).to_contain_text("Voice only", timeout=30_000)
        step(page, "1 · Request")
        page.locator(".twarch-field-request textarea").fill("An AI agent for our hair salon over voice and WhatsApp")
        page.locator(".twarch-read-request").click()
        conflicts = page.locator(".twarch-request-conflicts")
        expect(conflicts).to_contain_text("your request says Voice, WhatsApp", timeout=30_000)
        conflicts.get_by_role("button", name="Use what my request says").click()
        step(page, "2 · Essentials")
        expect(page.locator(".twarch-choice-whatsapp input[type=checkbox]")).to_be_checked(timeout=30_000)


def test_no_console_error_or_warning_and_no_request_leaves_the_machine(app, browser, tmp_path):
    url, _ = app
    context = browser.new_context(viewport={"width": 1366, "height": 768})
    page = context.new_page()
    messages, outside = [], []
    page.on("console", lambda m: messages.append((m.type, m.text)) if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: messages.append(("pageerror", str(e))))
    page.on("request", lambda r: outside.append(r.url)
            if not r.url.startswith(("http://127.0.0.1", "ws://127.0.0.1", "blob:", "data:")) else None)
    try:
        page.goto(url, timeout=60_000)
        ready(page)
        page.wait_for_timeout(2000)
    finally:
        context.close()
    assert messages == []
    assert outside == []


# ------------------------------------------------------------------------------------------- nothing lost


def test_a_reload_restores_the_answers_and_the_session_file_holds_them(app, browser, tmp_path):
    from playwright.sync_api import expect

    url, folder = app
    with opened(browser, url, tmp_path) as page:
        name_session(page, "falcons")
        expect(page.locator(".twarch-status")).to_contain_text("falcons")
        step(page, "2 · Essentials")
        page.locator(".twarch-choice-sms input[type=checkbox]").check()
        answer(page, "handoff", "Yes")
        expect(page.locator(".twarch-level")).to_contain_text("Level 4", timeout=30_000)

        page.reload()
        ready(page)
        expect(page.locator(".twarch-session-name input")).to_have_value("falcons", timeout=30_000)
        expect(page.locator(".twarch-level")).to_contain_text("Level 4", timeout=30_000)
        expect(page.locator(".twarch-status")).to_contain_text("Restored")
        step(page, "2 · Essentials")
        expect(page.locator(".twarch-choice-sms input[type=checkbox]")).to_be_checked()

    saved = twarch.Answers.load(folder / "workshop" / "sessions" / "falcons.json")
    assert saved.channels == ("voice", "sms") and saved.handoff is True


def test_a_lost_kernel_shows_a_banner_and_a_reload_recovers(app, browser, tmp_path):
    from playwright.sync_api import expect

    url, _ = app
    with opened(browser, url, tmp_path) as page:
        name_session(page, "herons")
        step(page, "2 · Essentials")
        answer(page, "memory", "Yes")
        expect(page.locator(".twarch-level")).to_contain_text("Level 2", timeout=30_000)
        banner = page.locator(".twarch-connection-lost")
        expect(banner).to_be_hidden()

        kernel = page.evaluate("() => JSON.parse(document.getElementById('jupyter-config-data').textContent).kernelId")
        kill_kernel(kernel)
        expect(banner).to_be_visible(timeout=40_000)
        expect(banner).to_contain_text("Nothing is lost")
        expect(banner).to_contain_text("herons")
        expect(page.locator(".twarch-wizard.twarch-offline")).to_have_count(1)

        banner.get_by_role("button", name="Reload the page").click()
        ready(page)
        expect(page.locator(".twarch-session-name input")).to_have_value("herons", timeout=30_000)
        expect(page.locator(".twarch-level")).to_contain_text("Level 2", timeout=30_000)
        page.wait_for_timeout(6000)  # the new kernel answers the heartbeat
        expect(page.locator(".twarch-connection-lost")).to_be_hidden()


def test_save_reset_load_and_what_if_round_trip(app, browser, tmp_path):
    from playwright.sync_api import expect

    url, folder = app
    level = lambda page: page.locator(".twarch-level")  # noqa: E731
    with opened(browser, url, tmp_path) as page:
        name_session(page, "otters")
        step(page, "2 · Essentials")
        answer(page, "memory", "Yes")
        expect(level(page)).to_contain_text("Level 2", timeout=30_000)

        with page.expect_download() as download:
            page.locator(".twarch-save").click()
        assert download.value.suggested_filename == "otters-answers.json"
        file = tmp_path / "otters-answers.json"
        download.value.save_as(file)
        saved = json.loads(file.read_text())
        assert saved["format"] == "twarch-session" and saved["name"] == "otters"
        assert twarch.Answers.load(file).memory is True  # the download loads back as answers, too

        page.locator(".twarch-reset").click()
        expect(level(page)).to_contain_text("Level 1", timeout=30_000)
        expect(page.locator(".twarch-status")).to_contain_text("Cleared")
        with page.expect_file_chooser() as chooser:
            page.locator(".twarch-load").click()
        chooser.value.set_files(str(file))
        expect(level(page)).to_contain_text("Level 2", timeout=30_000)
        expect(page.locator(".twarch-status")).to_contain_text("Loaded otters-answers.json")

        page.locator(".twarch-duplicate").click()
        expect(page.locator(".twarch-session-name input")).to_have_value("otters what-if", timeout=30_000)
        answer(page, "handoff", "Yes")
        expect(level(page)).to_contain_text("Level 4", timeout=30_000)
        expect(page.locator(".twarch-status")).to_contain_text("differs from “otters” in: Capability level")

    sessions = folder / "workshop" / "sessions"
    original, what_if = (load_session(sessions / f) for f in ("otters.json", "otters-what-if.json"))
    assert original.answers.memory is True and original.answers.handoff is None
    assert what_if.answers.handoff is True and what_if.based_on == "otters"


# ------------------------------------------------------------------------------------------- the hand-out


def test_the_handout_holds_the_diagram_and_the_ticks_and_prints_to_pdf_pages(app, browser, tmp_path):
    from playwright.sync_api import expect

    url, _ = app
    with opened(browser, url, tmp_path) as page:
        step(page, "3 · Context")
        page.locator(".twarch-field-industry select").select_option(label="Healthcare")
        page.get_by_role("tab", name="Checklist").click()
        page.locator(".twarch-check-HIPAA-01 select").select_option(label="Fulfilled")
        expect(page.get_by_role("tab", name="Checklist")).to_contain_text("1/", timeout=30_000)
        with page.expect_download() as download:
            page.locator(".twarch-handout").click()
        handout = tmp_path / download.value.suggested_filename
        download.value.save_as(handout)

    text = handout.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and "<svg" in text
    assert 'data-id="HIPAA-01" data-tick="fulfilled"' in text and "☑ Fulfilled" in text
    assert "http://" not in text.split("<body>")[0] and "<script" not in text  # nothing to fetch, nothing to run

    pdf = tmp_path / "handout.pdf"
    printer = browser.new_page()
    try:
        printer.goto(handout.as_uri())
        printer.pdf(path=str(pdf), print_background=True, prefer_css_page_size=True)
    finally:
        printer.close()
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "2", str(pdf)], capture_output=True, text=True,
                          check=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    sizes = [tuple(map(float, re.search(r"size:\s+([\d.]+) x ([\d.]+)", line).groups()))
             for line in info.splitlines() if line.startswith("Page ") and "size:" in line]
    assert sizes[0][0] > sizes[0][1] and sizes[1][0] < sizes[1][1]  # a landscape leave-behind, a portrait appendix
    assert pages >= 3  # page 1, the appendix, the checklist on pages of its own
    words = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"], capture_output=True, text=True,
                           check=True).stdout
    assert "Blockers" in words and "Monthly cost" in words and "Next steps" in words and "owners" in words
    subprocess.run(["pdftoppm", "-r", "40", "-gray", str(pdf), str(tmp_path / "page")], check=True)
    images = sorted(tmp_path.glob("page*.pgm"))
    assert len(images) == pages
    inked = [ink(image) for image in images]
    assert all(share > 0.004 for share in inked), inked  # every page renders something
    assert inked[0] > 0.02  # the first page carries the diagram


def ink(pgm: Path) -> float:
    """The share of dark pixels in a binary PGM (P5) page image."""
    data = pgm.read_bytes()
    fields, index = [], 0
    while len(fields) < 4:  # magic, width, height, maxval
        while data[index:index + 1].isspace():
            index += 1
        start = index
        while not data[index:index + 1].isspace():
            index += 1
        fields.append(data[start:index])
    pixels = data[index + 1:]
    return sum(1 for value in pixels if value < 160) / len(pixels)


# ------------------------------------------------------------------------------------------- everything visible


def test_at_1366x768_the_diagram_stays_in_view_while_every_step_is_answered(app, browser, tmp_path):
    url, _ = app
    with opened(browser, url, tmp_path, 1366, 768) as page:
        assert box(page, ".twarch-header")["height"] <= 60  # compact: one row
        for index, label in enumerate(STEP_TABS):
            step(page, label)
            page.wait_for_timeout(150)
            # the fields shown (a follow-up question, such as who takes the hand-off, hides until it applies)
            fields = page.locator(f".twarch-steps .widget-tab-contents > :nth-child({index + 1}) .twarch-field:visible")
            first, last = fields.first, fields.last
            diagram = box(page, ".twarch-diagram")
            assert 0 <= diagram["y"] <= 768 - 300, (label, diagram)  # the diagram's top, and 300 px of it
            top = first.bounding_box()
            assert 0 <= top["y"] and top["y"] + 40 <= 768, (label, top)
            last.scroll_into_view_if_needed()
            bottom = last.bounding_box()
            assert 0 <= bottom["y"] < 768, (label, bottom)
            assert box(page, ".twarch-diagram")["y"] == diagram["y"]  # the questions scrolled, the diagram stayed
            assert page.evaluate("() => document.scrollingElement.scrollTop") == 0
        page.mouse.move(300, 500)
        page.mouse.wheel(0, 3000)  # past the end of a column: the page itself does not move
        page.wait_for_timeout(200)
        assert page.evaluate(PAGE_SCROLL) == [0, 0] and box(page, ".twarch-header")["y"] == 0


def test_below_1000px_the_layout_stacks_and_no_title_or_button_is_cut(app, browser, tmp_path):
    url, _ = app
    with opened(browser, url, tmp_path, 800, 900) as page:
        questions, results = box(page, ".twarch-questions"), box(page, ".twarch-results-col")
        assert results["y"] >= questions["y"] + questions["height"] - 1  # one column
        assert questions["width"] >= 700 and results["width"] >= 700
        cut = page.evaluate("""() => [...document.querySelectorAll(
              '.twarch-wizard .lm-TabBar-tab, .twarch-wizard .lm-TabBar-tabLabel, .twarch-wizard button')]
            .filter(e => e.offsetParent !== null && e.scrollWidth > e.clientWidth + 1)
            .map(e => e.textContent.trim())""")
        assert cut == []
        assert node_text_px(page) >= 11  # diagram text stays readable (px); the panel scrolls beside it
        assert page.evaluate(PAGE_SCROLL)[1] > 0  # stacked, the page itself scrolls


def test_projector_mode_hides_the_chrome_and_enlarges_type(app, browser, tmp_path):
    from playwright.sync_api import expect

    url, _ = app
    with opened(browser, url, tmp_path, 1366, 768) as page:
        size = lambda: page.evaluate(  # noqa: E731
            "() => parseFloat(getComputedStyle(document.querySelector('.twarch-level-name')).fontSize)")
        before, width = size(), box(page, ".twarch-results-col")["width"]
        toggle = page.locator(".twarch-projector-toggle")
        expect(toggle).to_have_attribute("aria-pressed", "false")
        toggle.click()
        expect(page.locator(".twarch-wizard.twarch-projector")).to_have_count(1)
        expect(toggle).to_have_attribute("aria-pressed", "true")
        expect(page.locator(".twarch-save")).to_be_hidden()
        expect(page.locator(".twarch-help").first).to_be_hidden()
        assert size() > before * 1.2
        assert box(page, ".twarch-results-col")["width"] > width


# ------------------------------------------------------------------------------------------- accessibility


def test_toggles_state_their_state_focus_is_visible_and_text_has_aa_contrast(app, browser, tmp_path):
    from playwright.sync_api import expect

    url, _ = app
    with opened(browser, url, tmp_path, 1366, 768) as page:
        step(page, "2 · Essentials")
        memory = page.locator(".twarch-field-memory")
        expect(memory.get_by_role("button", name="Yes", exact=True)).to_have_attribute("aria-pressed", "false")
        answer(page, "memory", "Yes")
        expect(memory.get_by_role("button", name="Yes", exact=True)).to_have_attribute("aria-pressed", "true")
        expect(memory.get_by_role("button", name="—", exact=True)).to_have_attribute("aria-pressed", "false")

        page.locator(".twarch-save").focus()
        page.keyboard.press("Tab")
        outline = page.evaluate("() => parseFloat(getComputedStyle(document.activeElement).outlineWidth)")
        assert outline >= 2

        failures = page.evaluate(CONTRAST_CHECK)
        assert failures == [], failures[:10]


CONTRAST_CHECK = """() => {
  const rgb = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => [r, g, b]
    .map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
    .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
  const background = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c.length >= 3 && (c.length < 4 || c[3] > 0.5)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const out = [];
  for (const el of document.querySelectorAll('.twarch-wizard *')) {
    if (el.closest('svg') || el.offsetParent === null || el.closest('.twarch-connection-lost')) continue;
    const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    if (!own) continue;
    const style = getComputedStyle(el);
    if (el.disabled || style.visibility === 'hidden') continue;
    let fg = rgb(style.color);
    const alpha = fg.length > 3 ? fg[3] : 1;
    const bg = background(el);
    fg = fg.slice(0, 3).map((v, i) => v * alpha + bg[i] * (1 - alpha));
    const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
    const ratio = (a + 0.05) / (b + 0.05);
    const size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight) >= 700;
    const needed = (size >= 24 || (bold && size >= 18.66)) ? 3 : 4.5;
    if (ratio < needed) {
      out.push(`${el.tagName}.${el.className}: ${ratio.toFixed(2)} "${el.textContent.trim().slice(0, 30)}"`);
    }
  }
  return out;
}"""


PAGE_SCROLL = """() => [document.scrollingElement.scrollHeight - innerHeight,
                        document.getElementById('rendered_cells').scrollHeight - innerHeight]"""

#: The smallest node text of the diagram as the page draws it, in CSS pixels.
NODE_TEXT_PX = """() => { const svg = document.querySelector('.twarch-diagram svg');
  return Math.min(...[...svg.querySelectorAll('g.node text')].map(
    t => parseFloat(t.getAttribute('font-size')) * t.getScreenCTM().a)); }"""


def node_text_px(page) -> float:
    return page.evaluate(NODE_TEXT_PX)


EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
#: The widest and the tallest designs of the diagram sweep (benchmarks' answer spaces, measured with dot), beside the
#: examples: a UK and Ireland insurer (voice and WhatsApp, payments, Flex, two languages, IE1), every channel with
#: raw audio under HIPAA, and the assist lane with Intelligence and Functions.
WIDEST = {
    "insurer": {"request": "An AI agent for a UK and Ireland insurer: answers calls and WhatsApp, takes card payments, "
                           "hands off to our Flex contact centre, in English and Irish",
                "channels": ["voice", "whatsapp"], "memory": True, "intelligence": "realtime", "handoff": True,
                "customer_profile": "enterprise", "industry": "financial_services", "countries": ["GB", "IE"],
                "takes_payments": True, "records_calls": True, "production": True, "region": "ie1",
                "uses_twilio_functions": True, "peak_concurrent_calls": 80, "languages": ["en-GB", "ga-IE"],
                "calls_per_month": 40000},
    "raw_audio_everywhere": {"channels": ["voice", "sms", "whatsapp", "chat"], "memory": True, "handoff": True,
                             "production": True, "customer_profile": "enterprise", "peak_concurrent_calls": 300,
                             "needs_raw_audio": True, "industry": "healthcare"},
    "assist_lane": {"channels": ["voice", "sms", "whatsapp", "chat"], "memory": True, "handoff": True,
                    "production": True, "customer_profile": "enterprise", "peak_concurrent_calls": 300,
                    "intelligence": "realtime", "uses_twilio_functions": True, "outcome": "internal_tools",
                    "wants": ["ai_copilot"]},
}


def upload(page, path: Path) -> None:
    with page.expect_file_chooser() as chooser:
        page.locator(".twarch-load").click()
    chooser.value.set_files(str(path))


def test_diagram_node_text_is_readable_at_the_desk_in_projector_mode_and_full_size(app, browser, tmp_path):
    """Issue 21, point 1: node text at least 11 px at 1366x768 and 16 px in projector mode at 1920x1080, for every
    example and the widest designs; the fit never shrinks it below that (the panel scrolls instead)."""
    from playwright.sync_api import expect

    url, _ = app
    designs = {p.stem: p for p in sorted(EXAMPLES.glob("*.*"))}
    for name, answers in WIDEST.items():
        designs[name] = tmp_path / f"{name}.json"
        designs[name].write_text(json.dumps(answers))
    sizes = {}
    with opened(browser, url, tmp_path, 1366, 768) as page:
        for name, path in designs.items():
            upload(page, path)
            expect(page.locator(".twarch-status")).to_contain_text(f"Loaded {path.name}", timeout=30_000)
            page.wait_for_timeout(400)
            page.set_viewport_size({"width": 1366, "height": 768})
            desk = node_text_px(page)
            page.locator(".twarch-full-size").click()
            full = node_text_px(page)
            page.locator(".twarch-full-size").click()
            page.set_viewport_size({"width": 1920, "height": 1080})
            page.locator(".twarch-projector-toggle").click()
            expect(page.locator(".twarch-wizard.twarch-projector")).to_have_count(1)
            room = node_text_px(page)
            page.locator(".twarch-projector-toggle").click()
            expect(page.locator(".twarch-wizard.twarch-projector")).to_have_count(0)
            page.set_viewport_size({"width": 1366, "height": 768})
            sizes[name] = (round(desk, 1), round(full, 1), round(room, 1))
    print("node text px (desk 1366x768, full size, projector 1920x1080):", sizes)
    assert all(desk >= 11 and full >= 11 and room >= 16 for desk, full, room in sizes.values()), sizes


def test_two_windows_on_one_team_never_overwrite_each_other(app, browser, tmp_path):
    """Issue 21, point 2, in two real windows: A answers memory, B (which never saw it) ticks SMS: B is told which
    window changed what, merges, and the session file holds both."""
    from playwright.sync_api import expect

    url, folder = app
    with opened(browser, url, tmp_path) as a, opened(browser, url, tmp_path) as b:
        for page in (a, b):
            name_session(page, "kestrels2")
            expect(page.locator(".twarch-status")).to_contain_text("kestrels2")
        step(a, "2 · Essentials")
        answer(a, "memory", "Yes")
        expect(a.locator(".twarch-level")).to_contain_text("Level 2", timeout=30_000)
        step(b, "2 · Essentials")
        b.locator(".twarch-choice-sms input[type=checkbox]").check()
        conflict = b.locator(".twarch-conflict")
        expect(conflict).to_contain_text("after this window opened it", timeout=30_000)
        expect(conflict).to_contain_text("Yes")
        saved = twarch.Answers.load(folder / "workshop" / "sessions" / "kestrels2.json")
        assert saved.memory is True and "sms" not in (saved.channels or ())  # B wrote nothing yet
        conflict.locator(".twarch-merge").click()
        conflict.locator(".twarch-merge-save").click()
        expect(conflict).to_be_hidden(timeout=30_000)
    saved = twarch.Answers.load(folder / "workshop" / "sessions" / "kestrels2.json")
    assert saved.memory is True and "sms" in saved.channels


def test_closing_a_tab_shuts_its_kernel_down(app, browser, tmp_path):
    """Issue 21, point 3: the shutdown request on page unload used to get a 403 (no XSRF cookie)."""
    url, _ = app
    context = browser.new_context(viewport={"width": 1366, "height": 768})
    page = context.new_page()
    page.goto(url, timeout=60_000)
    ready(page)
    kernel = page.evaluate("() => JSON.parse(document.getElementById('jupyter-config-data').textContent).kernelId")
    assert kernel_pids(kernel)
    page.close(run_before_unload=True)
    deadline = time.monotonic() + 20
    while kernel_pids(kernel) and time.monotonic() < deadline:
        time.sleep(0.25)
    context.close()
    assert kernel_pids(kernel) == []


AXE = Path(__file__).resolve().parent / "vendor" / "axe.min.js"


def test_axe_finds_no_violation_on_any_step_or_tab(app, browser, tmp_path):
    """Issue 21, point 10: axe-core (vendored from npm into the tests; the app loads nothing from a CDN)."""
    url, _ = app
    found = {}
    with opened(browser, url, tmp_path, 1366, 768) as page:
        page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
        for label in (*STEP_TABS, "6 · Volumes", "Architecture", "Products & skills", "Warnings & GA", "Providers",
                      "Cost & capacity", "Checklist"):
            page.get_by_role("tab", name=label).first.click()
            page.wait_for_timeout(400)
            found[label] = page.evaluate("""async () => (await axe.run(document.querySelector('.twarch-wizard'),
                {resultTypes: ['violations']})).violations.map(v => `${v.id} x${v.nodes.length}`)""")
    assert all(not v for v in found.values()), found


def test_next_question_puts_the_keyboard_on_the_question(app, browser, tmp_path):
    url, _ = app
    with opened(browser, url, tmp_path, 1366, 768) as page:
        page.locator(".twarch-next-go").click()
        page.wait_for_function("() => document.activeElement.closest('.twarch-field') !== null", timeout=10_000)
        field = page.evaluate("() => document.activeElement.closest('.twarch-field').className")
        question = page.locator(".twarch-next-line").get_attribute("data-question")
        assert f"twarch-field-{question}" in field
