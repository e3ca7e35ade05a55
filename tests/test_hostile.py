"""Hostile input (issue 13), through the CLI and the Python API, every run under a memory cap and a timeout.

Each CLI run is a subprocess limited by ``RLIMIT_AS`` and a timeout; each API run is a forked child limited
by ``RLIMIT_AS`` (its current size plus :data:`HEADROOM`) and ``SIGALRM``. Both assert exit 0 or 2 (the API:
a result or an :class:`AnswerError`), no traceback, :data:`TIME_BOUND`, no raw control character in what
reaches the terminal, well-formed SVG, inert Markdown (rendered by three renderers) and whole files under
concurrent writers. The classes follow the issue's table.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import subprocess
import sys
import threading
import xml.etree.ElementTree as ET
from html import unescape
from pathlib import Path

import cmarkgfm
import jsonschema
import mistune
import pytest
from bounded import (
    FIGURE,
    LARGEST_FIGURE,
    NOT_FINITE,
    RAW_CONTROL,
    bounded,
    cap_memory,
    check_estimate,
    cli,
    estimate,
    refused,
)
from cmarkgfm.cmark import Options
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from strategies import (
    CAPACITY_ONLY,
    REFUSED,
    estimate_argv,
    hostile_answers,
    hostile_text,
    json_text,
    json_values,
    syntax_text,
    valid_answers,
)

from twarch import AnswerError, Answers, Wizard, bill, capacity, detect_mode, diagram, recommend, to_html, to_markdown
from twarch.answers import json_schema
from twarch.cli import VOLUME_FLAGS
from twarch.estimates.volumes import NUMERIC, SPECS, Volumes
from twarch.io.bounds import (
    MAX_COUNT,
    MAX_DEPTH,
    MAX_FILE_BYTES,
    MAX_LANGUAGES,
    MAX_MONTHLY_VOLUME,
    MAX_TEXT,
    MAX_YAML_NODES,
)
from twarch.io.files import write_text
from twarch.io.reading import parse_json, parse_yaml
from twarch.knowledge.questions import BY_ID
from twarch.reader import request as mode_module
from twarch.reader.request import answers_from_text, prefill, unread_words
from twarch.reader.request import read as read_as_the_cli_does
from twarch.render.diagram import dot_available, save
from twarch.render.reports import document
from twarch.text import INVISIBLE

pytestmark = [pytest.mark.render, pytest.mark.skipif(not hasattr(os, "fork") or not Path("/proc/self/status").exists(),
                                reason="the memory cap and alarm need fork and /proc (Linux)")]

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def load(path: Path) -> dict:
    return Answers.load(path).to_dict()


# ------------------------------------------------------------------------------------ outputs are inert


def _svg_ok(rec) -> None:
    ET.fromstring(diagram(rec).pipe(format="svg"))  # expat: well-formed XML or ParseError


def _report_headings(rec) -> int:
    def count(sections) -> int:
        return sum(1 + count(s.children) for s in sections)

    return 1 + count(document(rec))


def _our_urls(md: str) -> set[str]:
    own = "\n".join(line for line in md.splitlines() if not line.startswith("Request:"))
    return set(re.findall(r"https?://[^\s)\]>]+", own))


def _renderings(md: str) -> dict[str, str]:
    return {
        "markdown-it (CommonMark + GFM autolinks)": MarkdownIt("gfm-like").render(md),
        "mistune": mistune.create_markdown(escape=False, plugins=["strikethrough", "table", "url"])(md),
        "cmark-gfm (GitHub)": cmarkgfm.github_flavored_markdown_to_html(md, options=Options.CMARK_OPT_UNSAFE),
    }


def assert_inert_markdown(rec) -> None:
    """No HTML element, heading, link or image in the rendered report came from the user's text."""
    md = to_markdown(rec)
    ours, headings = _our_urls(md), _report_headings(rec)
    tokens = MarkdownIt("gfm-like").parse(md)
    inline = [c for t in tokens for c in [t, *(t.children or ())]]
    assert not [t for t in inline if t.type in ("html_block", "html_inline", "image")]
    assert sum(t.type == "heading_open" for t in tokens) == headings
    assert {t.attrs.get("href") for t in inline if t.type == "link_open"} <= ours
    for name, html in _renderings(md).items():
        assert set(re.findall(r"<([a-zA-Z][\w-]*)", html)) <= {"h1", "h2", "h3", "p", "ul", "li", "strong", "em",
                                                                "code", "a", "hr"}, name
        assert len(re.findall(r"<h\d", html)) == headings, name
        assert {unescape(u) for u in re.findall(r'<a href="([^"]*)"', html)} <= ours, name  # hrefs escape & as &amp;
        for intro in re.findall(r"<p>Request: (.*?)</p>", html, re.DOTALL):
            assert set(re.findall(r"<(\w+)", intro)) <= {"code"}, (name, intro)


def assert_inert_text(rec) -> None:
    """Every text output: no raw control character; the SVG parses as XML."""
    for text in (to_markdown(rec), to_html(rec), rec.to_json(), diagram(rec).source):
        assert not RAW_CONTROL.search(text)


# ==================================================================================== 1. alias expansion


def _laughs(field: str, levels: int = 9) -> str:
    """A few hundred bytes of nested anchors under one field: 9**9 values once expanded."""
    anchors = ["&a0 [lol,lol,lol,lol,lol,lol,lol,lol,lol]"]
    anchors += [f"&a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, levels)]
    return f"{field}: [{','.join(anchors)}]\n"


@pytest.mark.parametrize("field", ["outcome", "memory", "channels", "languages", "request"])
def test_yaml_alias_bomb_is_refused_fast(tmp_path, field):
    path = tmp_path / "laughs.yaml"
    path.write_text(_laughs(field))
    assert path.stat().st_size < 400
    r = cli("recommend", str(path))
    assert r.returncode == 2 and f"more than {MAX_YAML_NODES} values" in r.stderr
    assert f"more than {MAX_YAML_NODES} values" in refused(Answers.load, path)


def test_recursive_yaml_alias_is_refused(tmp_path):
    path = tmp_path / "loop.yaml"
    path.write_text("channels: &a [voice, *a]\n")
    assert "refers to a value that contains it" in cli("recommend", str(path)).stderr
    assert "contains it" in refused(parse_yaml, "a: &a [*a]\n")


def test_yaml_aliases_within_the_budget_still_work(tmp_path):
    path = tmp_path / "aliases.yaml"
    path.write_text("memory: &yes true\nhandoff: *yes\nchannels: [voice]\n")
    assert cli("recommend", str(path)).returncode == 0
    assert bounded(load, path) == ("ok", {"channels": ["voice"], "memory": True, "handoff": True})


# ==================================================================================== 2. input size


def test_dev_zero_is_refused_unread():
    r = cli("recommend", "/dev/zero")
    assert r.returncode == 2 and f"at most {MAX_FILE_BYTES} bytes" in r.stderr
    assert "larger than" in refused(Answers.load, "/dev/zero")


def test_the_size_limit_is_exact(tmp_path):
    body = '{"channels": ["voice"]}'
    at = tmp_path / "at.json"
    at.write_text(body + " " * (MAX_FILE_BYTES - len(body)))
    over = tmp_path / "over.json"
    over.write_text(body + " " * (MAX_FILE_BYTES - len(body) + 1))
    assert cli("recommend", str(at)).returncode == 0
    assert cli("recommend", str(over)).returncode == 2
    assert "larger than" in refused(Answers.from_json, over.read_text())
    assert "larger than" in refused(parse_yaml, over.read_text())


@pytest.mark.parametrize("content", [
    '{"' + "k" * 200_000 + '": 1}',
    '{"outcome": "' + "x" * 200_000 + '"}',
    '{"channels": ["' + "x" * 200_000 + '"]}',
    '{"languages": ["' + "e" * 200_000 + '"]}',
])
def test_a_huge_bad_value_is_quoted_by_a_short_preview(tmp_path, content):
    path = tmp_path / "big.json"
    path.write_text(content)
    assert "..." in cli("recommend", str(path)).stderr
    assert len(refused(Answers.from_json, content)) < 1000


def test_a_large_yaml_scalar_is_refused_in_time(tmp_path):
    path = tmp_path / "scalar.yaml"
    path.write_text("request: |\n" + "  a\n" * ((MAX_FILE_BYTES - 20) // 4))
    assert f"at most {MAX_TEXT}" in cli("recommend", str(path)).stderr


# ==================================================================================== 3. nesting depth


@pytest.mark.parametrize("text", ["[" * 100_000 + "]" * 100_000, '{"a": ' * 20_000 + "1" + "}" * 20_000,
                                  "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1)])
def test_deep_json_names_the_depth_limit(tmp_path, text):
    path = tmp_path / "deep.json"
    path.write_text(text)
    assert f"nested deeper than {MAX_DEPTH} levels" in cli("recommend", str(path)).stderr
    assert f"deeper than {MAX_DEPTH}" in refused(parse_json, text)


@pytest.mark.parametrize("text", ["[" * 5000 + "]" * 5000, "".join(f"{' ' * i}- \n" for i in range(0, 1000, 2)),
                                  "a:\n" + "".join(f"{' ' * (2 * i)}b:\n" for i in range(1, MAX_DEPTH + 2))])
def test_deep_yaml_names_the_depth_limit(tmp_path, text):
    path = tmp_path / "deep.yaml"
    path.write_text(text)
    assert f"nested deeper than {MAX_DEPTH} levels" in cli("recommend", str(path)).stderr
    assert f"deeper than {MAX_DEPTH}" in refused(parse_yaml, text)


def test_nesting_at_the_limit_is_not_a_depth_error():
    text = "[" * MAX_DEPTH + "]" * MAX_DEPTH
    assert bounded(parse_json, text)[0] == "ok" and bounded(parse_yaml, text)[0] == "ok"


# ==================================================================================== 4. big integers


@pytest.mark.parametrize("number", ["9" * 5000, "-" + "9" * 5000, "9" * 4301, "1" + "0" * 20, str(MAX_COUNT + 1)])
@pytest.mark.parametrize("suffix", ["json", "yaml"])
def test_a_huge_count_names_the_field_and_the_range(tmp_path, number, suffix):
    path = tmp_path / f"count.{suffix}"
    path.write_text(f'{{"peak_concurrent_calls": {number}}}' if suffix == "json" else
                    f"peak_concurrent_calls: {number}\n")
    r = cli("recommend", str(path))
    assert r.returncode == 2 and "peak_concurrent_calls: " in r.stderr and f"from 0 to {MAX_COUNT}" in r.stderr
    assert f"from 0 to {MAX_COUNT}" in refused(Answers.load, path)


def test_a_huge_python_int_is_refused_by_the_api():
    message = refused(Answers.from_dict, {"peak_concurrent_calls": 10**5000})
    assert message.startswith("peak_concurrent_calls: a number with about 5000 digits is out of range")
    assert refused(Answers.from_dict, {"memory": -(10**5000)}).startswith("memory: a number with about 5000")


def test_the_largest_count_is_accepted():
    assert bounded(Answers.from_dict, {"peak_concurrent_calls": MAX_COUNT})[0] == "ok"


@pytest.mark.parametrize("key", ["calls_per_month", "sms_per_month", "whatsapp_per_month",
                                 "whatsapp_templates_per_month", "chat_users_per_month"])
def test_monthly_volumes_have_their_own_larger_bound(key):
    # Review finding 35: a national retailer's 1,500,000 calls or SMS a month were refused at 1,000,000.
    assert bounded(Answers.from_dict, {key: 1_500_000})[0] == "ok"
    assert bounded(Answers.from_dict, {key: MAX_MONTHLY_VOLUME})[0] == "ok"
    assert f"from 0 to {MAX_MONTHLY_VOLUME}" in refused(Answers.from_dict, {key: MAX_MONTHLY_VOLUME + 1})
    assert refused(Answers.from_dict, {"peak_concurrent_calls": 1_500_000}).endswith(f"from 0 to {MAX_COUNT}")


def test_the_largest_monthly_volume_is_priced_and_sized_quickly():
    data = {"channels": ["voice", "sms"], "handoff": True, "calls_per_month": MAX_MONTHLY_VOLUME,
            "sms_per_month": MAX_MONTHLY_VOLUME, "minutes_per_call": 3}
    kind, value = bounded(lambda: bill(data).total)
    assert kind == "ok" and value > 0
    # the month's average escalations (100,000,000 x 0.2 / 730 = 27,397/h x 7.5 min = 3,425 erlangs) are staffed;
    # a larger busy hour is refused before any work grows with it
    assert bounded(lambda: capacity(data).human_agents)[0] == "ok"


# ==================================================================================== 5. lone surrogates


@pytest.mark.parametrize("content,field", [('{"request": "\\ud800"}', "request"),
                                           ('{"request": "ok \\udfff"}', "request"),
                                           ('{"\\ud800": true}', '"\\ud800"'),
                                           ('request: "\\ud800"\n', "request")])
def test_lone_surrogates_are_refused_at_load_time(tmp_path, content, field):
    path = tmp_path / ("s.yaml" if content.startswith("request") else "s.json")
    path.write_text(content)
    r = cli("recommend", str(path))
    assert r.returncode == 2 and r.stderr.startswith(f"twarch: error: {field}: ")
    assert refused(Answers.load, path).startswith(f"{field}: ")


def test_a_failed_write_never_truncates_the_file(tmp_path):
    keep = tmp_path / "keep.md"
    keep.write_text("precious\n")

    def attempts():
        for write in (lambda: write_text(keep, "\ud800"), lambda: Answers(request="\ud800").save(keep)):
            try:
                write()
            except UnicodeEncodeError:
                pass
        return keep.read_text(), sorted(p.name for p in tmp_path.iterdir())

    assert bounded(attempts) == ("ok", ("precious\n", ["keep.md"]))


def test_writes_fail_whole_when_the_disk_does(tmp_path, monkeypatch):
    """Every writer goes through the rename: a failure half-way leaves the old file and no temporary."""
    from twarch import checklist

    wizard = Wizard({"channels": ["voice"], "industry": "healthcare"})
    targets = {"answers.json": lambda p: wizard.answers.save(p), "wizard.yaml": wizard.save,
               "stack.dot": lambda p: save(
                   diagram(wizard.recommendation), p),
               "ticks.json": lambda p: checklist(wizard.recommendation).save_ticks(p)}
    for name in targets:
        (tmp_path / name).write_text("old\n")

    def full_disk(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    for name, write in targets.items():
        with pytest.raises(OSError, match="No space"):
            write(tmp_path / name)
        assert (tmp_path / name).read_text() == "old\n", name
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(targets)


def test_cli_write_errors_exit_2_and_leave_existing_files(tmp_path):
    keep = tmp_path / "keep.svg"
    keep.write_text("old\n")
    r = cli("diagram", str(EXAMPLES / "clinic.json"), "-o", str(keep), env={**os.environ, "PATH": str(tmp_path)})
    assert r.returncode == 2 and keep.read_text() == "old\n"
    r = cli("recommend", str(EXAMPLES / "clinic.json"), "-o", "/dev/full")
    assert r.returncode == 2 and "cannot write" in r.stderr


# ==================================================================================== 6. NUL and control characters

CONTROL_REQUESTS = ["voice bot \x00 here", "voice bot \x1b]0;pwned\x07", "clear \x1b[2J\x1b[H", "bell \x07",
                    "cr \r overwrite", "del \x7f", "csi \x9b31m", "nel \x85", "bad \ufffe", "bad \uffff", "bs \x08"]


@pytest.mark.parametrize("request_text", CONTROL_REQUESTS)
def test_control_characters_are_refused_naming_the_character(tmp_path, request_text):
    path = tmp_path / "c.json"
    path.write_text(json.dumps({"request": request_text, "channels": ["voice"]}))
    char = next(c for c in request_text if RAW_CONTROL.match(c) or c in "\ufffe\uffff")
    runs = [["recommend", str(path)]] + ([["mode",
                                           request_text]] if "\x00" not in request_text else [])  # no NUL in argv
    for args in runs:
        r = cli(*args)
        assert r.returncode == 2 and f"request: U+{ord(char):04X}" in r.stderr
    assert refused(Answers.load, path).startswith(f"request: U+{ord(char):04X}")
    assert refused(detect_mode, request_text).startswith(f"request: U+{ord(char):04X}")


def test_nul_in_the_request_writes_no_svg(tmp_path):
    path = tmp_path / "nul.json"
    path.write_text(json.dumps({"request": "AI voice bot \x00", "channels": ["voice"]}))
    r = cli("diagram", str(path), "-o", str(tmp_path / "x.svg"))
    assert r.returncode == 2 and "request: U+0000" in r.stderr and not (tmp_path / "x.svg").exists()


@pytest.mark.parametrize("request_text", ["AI voice bot &#xD800; &#0; &#xFFFE; &amp; &lt;b&gt;",
                                          "RTL mark \u200f\u0645\u0631\u062d\u0628\u0627 \u061c and \u200e",
                                          "tab\tand\nnewline",
                                          "\u2028 sep \u2029 \U0001F600 \U0001F468\u200d\U0001F469 "
                                          "\u0645\u06cc\u200c\u062e\u0648\u0627\u0645",
                                          'quote " backslash \\ \\l \\n end\\'])
def test_accepted_odd_text_gives_well_formed_svg_and_plain_terminal_output(tmp_path, request_text):
    path = tmp_path / "odd.json"
    path.write_text(json.dumps({"request": request_text, "channels": ["voice"], "memory": True}))
    assert cli("recommend", str(path)).returncode == 0
    assert cli("diagram", str(path)).stdout.startswith("digraph")
    if dot_available():
        assert cli("diagram", str(path), "-o", str(tmp_path / "x.svg")).returncode == 0
        ET.parse(tmp_path / "x.svg")
        assert bounded(lambda: _svg_ok(recommend(load(path))))[0] == "ok"


@pytest.mark.parametrize("content", ["memory: true\x1f\n", "request: 'a\x00'\n", "channels: [voice\x1b]\n"])
def test_a_control_character_in_a_yaml_file_is_invalid_yaml(tmp_path, content):
    path = tmp_path / "ctl.yaml"
    path.write_text(content)
    assert "is not valid YAML (character" in cli("recommend", str(path)).stderr
    assert "is not valid YAML (character" in refused(parse_yaml, content)


def test_rtl_override_in_a_key_is_escaped_in_the_error(tmp_path):
    path = tmp_path / "rtl.json"
    path.write_text('{"memory\u202e": true}', encoding="utf-8")
    r = cli("recommend", str(path))
    assert "\u202e" not in r.stderr and '"memory\\u202e": unknown key' in r.stderr


def test_the_wizard_keeps_a_nul_out_and_goes_on_working():
    def session():
        w = Wizard({"channels": ["voice"], "memory": True})
        ok = w.read_request("voice bot \x00 here")
        errors = dict(w.errors)
        w.set(handoff=True)  # a later change works: the bad text never became an answer
        return ok, errors, w.answers.to_dict()

    kind, (ok, errors, answers) = bounded(session)
    assert kind == "ok"
    assert ok is False and errors["request"].startswith("U+0000")  # the field names itself
    assert answers == {"channels": ["voice"], "memory": True, "handoff": True}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_text)
def test_any_request_is_refused_or_gives_inert_outputs(text):
    def check():
        try:
            rec = recommend({"request": text, "channels": ["voice"]})
        except AnswerError as exc:
            return exc.field
        assert_inert_text(rec)
        assert_inert_markdown(rec)
        if dot_available():
            _svg_ok(rec)
        return None

    kind, field = bounded(check)
    assert kind == "ok" and field in (None, "request")
    assert (field is None) == (len(text) <= MAX_TEXT and not REFUSED.search(text))


# ==================================================================================== 7. Markdown injection

MD_PAYLOADS = [
    "```<img src=x onerror=alert(1)>`",
    "AI voice agent\n# Heading\n[link](https://evil.test) ![img](https://evil.test/x.png)\n\n## two",
    "<script>alert(1)</script> <b onmouseover=alert(1)>x</b>", "<div>\n\n*x*\n\n</div>",
    "see https://evil.test and www.evil.test or mail@evil.test or <https://evil.test>",
    "[a]: https://evil.test\n\n[a] [a][]", "&lt;img src=x onerror=alert(1)&gt; &#60;script&#62;",
    "`", "``", "` `", "x`", "`x", "\\", "\\`<b>x</b>\\`", "x\n\n---\nfoo\n===", "| a | b |\n|---|---|\n| c | d |",
    "    indented code\n\n> quote\n\n1. list\n- item", "webhook at https://evil.test/x.py) ![x](y)",
    "**bold** _em_ ~~strike~~ [x](javascript:alert(1))",
]


@pytest.mark.parametrize("payload", MD_PAYLOADS)
def test_markdown_report_is_inert_in_three_renderers(tmp_path, payload):
    answers = {"request": payload, "channels": ["voice", "sms"], "memory": True}
    assert bounded(lambda: assert_inert_markdown(recommend(answers)))[0] == "ok"
    path = tmp_path / "md.json"
    path.write_text(json.dumps(answers))
    unread = unread_words(payload)  # the request's own words, listed in the report as not understood
    assert bounded(lambda: assert_inert_markdown(recommend(answers, unread=unread)))[0] == "ok"
    read = recommend(*read_as_the_cli_does(Answers.from_dict(answers)))
    assert cli("recommend", str(path)).stdout == to_markdown(read)


# ==================================================================================== 8. quadratic work

ADVERSARIAL_UNITS = ["-", "1,", "a.", "a-", "9", "ws://", "a_", "1.", "voice no ", "x-y.", "a(", "- ", "hand-off "]


def _text_of(unit: str, length: int) -> str:
    return (unit * (length // len(unit) + 1))[:length]


@pytest.mark.parametrize("unit", ADVERSARIAL_UNITS)
def test_mode_detection_and_prefill_stay_in_time_at_the_longest_request(unit):
    text = _text_of(unit, MAX_TEXT)
    for read in (detect_mode, prefill, answers_from_text):
        assert bounded(read, text)[0] == "ok"


@pytest.mark.parametrize("unit", ADVERSARIAL_UNITS)
def test_the_patterns_are_linear_even_past_the_limit(unit):
    """Four times the longest request through every pattern, the length check bypassed: a pattern that
    backtracks over a run (quadratic) takes seconds here, a linear one a few hundredths."""
    text = _text_of(unit, 4 * MAX_TEXT)

    def scan():
        mode_module._find(mode_module._table("signals"), text)
        mode_module._find_all(mode_module._phrases_for(frozenset(BY_ID)), text)

    assert bounded(scan)[0] == "ok"


def test_the_length_check_runs_before_any_scan():
    text = "-" * 131_072
    for read in (detect_mode, prefill, answers_from_text):
        assert refused(read, text).startswith(f"request: text is 131072 characters; at most {MAX_TEXT}")
    assert cli("mode", "--", "-" * 32_768).returncode == 2


def test_count_pre_fill_with_400_nines_leaves_the_count_unanswered():
    kind, answers = bounded(lambda: answers_from_text("AI phone agent, " + "9" * 400 + " concurrent calls").to_dict())
    assert kind == "ok" and "peak_concurrent_calls" not in answers


def test_many_language_tags_are_refused_fast_and_the_allowed_number_dedupes_fast():
    letters = "abcdefghijklmnopqrstuvwxyz"
    tags = [a + b + "-" + c + d for a in letters for b in letters for c in "ABCDEFGHIJ" for d in "ABCDEFGHIJ"]
    assert f"at most {MAX_LANGUAGES}" in refused(Answers.from_dict, {"languages": tags})
    kind, answers = bounded(Answers.from_dict, {"languages": tags[:MAX_LANGUAGES]})
    assert kind == "ok" and len(answers.languages) == MAX_LANGUAGES


# ==================================================================================== 9. Wizard input


def test_wizard_count_box_shows_an_inline_error_and_keeps_the_other_answers():
    def session():
        w = Wizard({"channels": ["voice"], "memory": True, "peak_concurrent_calls": 12})
        field, seen = w.field("peak_concurrent_calls"), []
        for typed in ("²", "--5", "9" * 5000, "1e3", str(MAX_COUNT + 1)):
            field.control.value = typed
            seen.append((field.error, w.answers.to_dict()))
        field.control.value = "1,200"
        return seen, field.error, w.answers.peak_concurrent_calls

    kind, (seen, last_error, count) = bounded(session)
    assert kind == "ok"
    for error, answers in seen:
        assert ("is not a whole number" in error or "is out of range" in error) and f"from 0 to {MAX_COUNT}" in error
        assert answers == {"channels": ["voice"], "memory": True, "peak_concurrent_calls": 12}
    assert last_error == "" and count == 1200


def test_wizard_request_with_400_nines_pre_fills_without_error():
    def session():
        w = Wizard({"channels": ["voice"]})
        result = w.read_request("AI voice agent for " + "9" * 400 + " concurrent calls")
        return bool(result), w.errors, w.answers.peak_concurrent_calls

    assert bounded(session) == ("ok", (True, {}, None))


# ==================================================================================== 10. concurrent writes


def _race(write, contents: list, path: Path, rounds: int) -> tuple[set[str], int]:
    """Writers released together on ``path`` while a reader reads it; returns the texts the reader saw and how many
    reads it made (not every read: hundreds of thousands of them would not fit back through the memory cap)."""
    seen: list[str] = []

    def reader(barrier: threading.Barrier, done: threading.Event) -> None:
        barrier.wait()
        while not done.is_set():
            seen.append(path.read_text(encoding="utf-8"))

    def writer(barrier: threading.Barrier, content) -> None:
        barrier.wait()
        write(path, content)

    for _ in range(rounds):
        barrier, done = threading.Barrier(len(contents) + 1), threading.Event()
        threads = [threading.Thread(target=writer, args=(barrier, c)) for c in contents]
        threads.append(threading.Thread(target=reader, args=(barrier, done)))
        for t in threads:
            t.start()
        for t in threads[:-1]:
            t.join()
        done.set()
        threads[-1].join()
        seen.append(path.read_text(encoding="utf-8"))
    return set(seen), len(seen)


def test_concurrent_writers_leave_a_whole_file(tmp_path):
    contents = [f"writer {i}\n" + "x" * (1000 * (8 - i)) + "\n" for i in range(8)]
    path = tmp_path / "out.md"
    path.write_text(contents[0])
    _, (seen, reads) = bounded(_race, write_text, contents, path, 40, within=20)
    assert seen <= set(contents) and reads > 40
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.md"]


def test_concurrent_answers_saves_leave_a_whole_file(tmp_path):
    answers = [Answers.from_dict({"channels": ["voice"], "peak_concurrent_calls": i, "request": "x" * (500 * i)})
               for i in range(8)]
    path = tmp_path / "answers.json"
    answers[0].save(path)
    _, (seen, reads) = bounded(_race, lambda p, a: a.save(p), answers, path, 30, within=20)
    assert seen <= {a.to_json() for a in answers} and reads > 30
    assert sorted(p.name for p in tmp_path.iterdir()) == ["answers.json"]


def test_concurrent_cli_writers_on_one_output_leave_a_whole_file(tmp_path):
    files, expected = [], set()
    for i in range(8):
        path = tmp_path / f"a{i}.json"
        path.write_text(json.dumps({"channels": ["voice"], "request": f"AI voice agent {i} " + "y" * (300 * i)}))
        files.append(path)
        expected.add(to_markdown(recommend(*read_as_the_cli_does(Answers.from_dict(load(path))))))
    out = tmp_path / "out" / "report.md"
    out.parent.mkdir()
    seen = []
    for _ in range(2):
        procs = [subprocess.Popen([sys.executable, "-m", "twarch", "recommend", str(f), "-o", str(out)],
                                  preexec_fn=cap_memory, stderr=subprocess.PIPE)  # noqa: PLW1509 -- no threads here
                 for f in files]
        while any(p.poll() is None for p in procs):
            if out.exists():
                seen.append(out.read_text(encoding="utf-8"))
        assert all(p.wait(timeout=30) == 0 and b"Traceback" not in p.stderr.read() for p in procs)
        seen.append(out.read_text(encoding="utf-8"))
    assert set(seen) <= expected and len(seen) > 2
    assert [p.name for p in out.parent.iterdir()] == ["report.md"]


# ==================================================================================== 11. schema drift

SCHEMA = json_schema()


@settings(max_examples=400, deadline=None)
@given(hostile_answers)
def test_the_loader_and_the_published_schema_agree(data):
    digits = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)  # jsonschema writes a refused huge number into its message
    try:
        valid = jsonschema.Draft202012Validator(SCHEMA).is_valid(data)
    finally:
        sys.set_int_max_str_digits(digits)
    kind, value = bounded(lambda: Answers.from_dict(data).to_dict())
    assert (kind == "ok") == valid, (kind, value)


@pytest.mark.parametrize("data,ok", [
    ({"languages": ["en-US\n"]}, False), ({"languages": ["en-US", "en-US"]}, False),
    ({"languages": ["en-us", "EN-US"]}, True), ({"channels": ["voice", "voice"]}, False),
    ({"peak_concurrent_calls": 12.0}, True), ({"peak_concurrent_calls": 12.5}, False),
    ({"peak_concurrent_calls": MAX_COUNT}, True), ({"peak_concurrent_calls": MAX_COUNT + 1}, False),
    ({"calls_per_month": MAX_MONTHLY_VOLUME}, True), ({"calls_per_month": MAX_MONTHLY_VOLUME + 1}, False),
    ({"peak_concurrent_calls": True}, False), ({"request": "x" * MAX_TEXT}, True),
    ({"request": "x" * (MAX_TEXT + 1)}, False), ({"request": "a\tb\nc"}, True), ({"request": "a\rb"}, False),
    ({"request": "\x00"}, False), ({"request": "\ud800"}, False), ({"request": "\ufffe"}, False),
    ({"request": "\U0001F600\u202e"}, False), ({"request": "\U0001F600\u200d\U0001F600\u200f"}, True),
    ({"request": "zero\u200bwidth"}, False), ({"languages": ["en"] * (MAX_LANGUAGES + 1)}, False),
])
def test_edge_cases_agree_with_the_schema(data, ok):
    assert jsonschema.Draft202012Validator(SCHEMA).is_valid(data) is ok
    assert (bounded(Answers.from_dict, data)[0] == "ok") is ok


@settings(max_examples=300, deadline=None)
@given(syntax_text, st.sampled_from([parse_json, parse_yaml]))
def test_arbitrary_json_and_yaml_text_is_answers_or_a_one_line_refusal(text, parse):
    def read():
        return Answers.from_dict(parse(text)).to_dict()

    kind, value = bounded(read)
    if kind == "ok":
        assert jsonschema.Draft202012Validator(SCHEMA).is_valid(value)


@settings(max_examples=100, deadline=None)
@given(valid_answers, st.sampled_from(["json", "yaml"]))
def test_duplicate_keys_are_an_error_in_json_and_yaml(data, suffix):
    if not data:
        return
    key = next(iter(data))
    value = json.dumps(data[key], ensure_ascii=True)
    if suffix == "json":
        text = json_text(data)[:-1] + f", {json.dumps(key)}: {value}}}"
    else:
        text = "".join(f"{k}: {json.dumps(v, ensure_ascii=True)}\n" for k, v in data.items()) + f"{key}: {value}\n"
    message = refused(parse_json if suffix == "json" else parse_yaml, text)
    assert message == f"{key}: given twice in one mapping; allowed: each key at most once"


@pytest.mark.parametrize("args,suffix", [(["recommend", "{f}"], "md"), (["recommend", "{f}", "--format", "json"],
                                                                        "json"),
                                         (["recommend", "{f}", "--format", "html"], "html"),
                                         (["checklist", "{f}"], "md"), (["checklist", "{f}", "--format", "json"],
                                                                        "json"),
                                         (["schema"], "json"), (["diagram", "{f}"], "dot")])
def test_output_files_hold_exactly_what_stdout_shows(tmp_path, args, suffix):
    argv = [a.format(f=EXAMPLES / "clinic.json") for a in args]
    out = tmp_path / f"out.{suffix}"
    stdout = cli(*argv).stdout
    assert cli(*argv, "-o", str(out)).returncode == 0
    assert out.read_text(encoding="utf-8") == stdout and stdout.endswith("\n")


def test_readme_states_every_limit():
    from twarch.estimates.latency import MAX_SEGMENT_MS
    from twarch.estimates.volumes import SMALLEST, figure
    from twarch.io.bounds import MAX_CALL_MINUTES, MAX_FLAG_CHARS

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## What twarch refuses, and why"):readme.index("## The notebooks")]
    for value in (f"{MAX_FILE_BYTES // 1024} KiB", f"{MAX_DEPTH} levels", f"{MAX_YAML_NODES:,}", f"{MAX_TEXT:,}",
                  f"{MAX_COUNT:,}", f"{MAX_MONTHLY_VOLUME:,}", f"{MAX_LANGUAGES}", f"**{MAX_CALL_MINUTES:,}**",
                  f"**{MAX_FLAG_CHARS}**", f"**{MAX_SEGMENT_MS:,}**", f"**{figure(SMALLEST)}**",
                  f"**${figure(SPECS['prices'].high)}**"):
        assert value in section, value
    for name in NUMERIC_INPUTS:  # every estimate input's range, as SPECS declares it
        spec = SPECS[name]
        shown = f"**{figure(spec.low)} to {figure(spec.high)}**" if spec.low else f"**{figure(spec.high)}**"
        assert (f"`{name}`" in section and shown in section) or spec.high in (1, MAX_COUNT, MAX_MONTHLY_VOLUME,
                                                                           MAX_CALL_MINUTES), name


# ==================================================================================== 12. numeric ranges (issue 22)

NUMERIC_INPUTS = [name for name, spec in SPECS.items() if spec.kind in NUMERIC]
CLINIC = str(EXAMPLES / "clinic.json")
ISV = str(EXAMPLES / "isv_25_tenants.yaml")


def _estimates(*argvs: list[str]) -> list[tuple[int, str, str]]:
    """Several cost or capacity command lines in one forked child under the memory cap."""
    return bounded(lambda: [estimate(list(argv)) for argv in argvs], within=20)[1]


@pytest.mark.parametrize("name", NUMERIC_INPUTS)
def test_every_estimate_input_past_its_range_names_the_flag_and_the_range(name):
    spec = SPECS[name]
    wrong = [spec.high * 1.5 + 1, -1.0] + ([spec.low / 2] if spec.low else [spec.smallest / 2])
    runs = _estimates(*([command, ISV, f"--set={name}={value!r}"] for value in wrong
                        for command in ("cost", "capacity")))
    for status, out, err in runs:
        assert status == 2 and out == "", err
        assert err.startswith(f"twarch: error: --set {name}: ") and err.endswith(f"; allowed: {spec.allowed}\n"), err
    at_edges = _estimates(*([command, ISV, f"--set={name}={value!r}", "--calls-per-month=1000"]
                            for value in {spec.high, spec.smallest, spec.low} for command in ("cost", "capacity")))
    for status, _, err in at_edges:  # in range: priced and sized, or refused for another reason (no finite team)
        assert status == 0 or f"--set {name}:" not in err, err


@pytest.mark.parametrize("flag,name", VOLUME_FLAGS)
@pytest.mark.parametrize("value", ["1e30", "-5", "nan", "inf", "1e309", "9" * 5000, "1e-9", "lots"])
def test_every_volume_flag_refuses_what_is_out_of_range(flag, name, value):
    command = "capacity" if flag in CAPACITY_ONLY else "cost"
    status, out, err = _estimates([command, CLINIC, f"{flag}={value}"])[0]
    assert status == 2 and err.startswith(f"twarch: error: {flag}: "), err
    if value not in ("lots", "9" * 5000):
        assert err.endswith(f"; allowed: {SPECS[name].allowed}\n"), err


def test_the_probe_s_tracebacks_and_silent_figures_are_refused():
    """Issue 22's reproductions: decimal.InvalidOperation, OverflowError, a 409-digit instance count, $inf."""
    cases = {("cost", "--calls-per-month=1e30"): "--calls-per-month: 1e+30 is above 100,000,000",
             ("cost", "--set=calls_per_month=" + "9" * 400): "--set calls_per_month: 400 characters are too many",
             ("capacity", "--calls-per-month=1e308"): "--calls-per-month: 1e+308 is above",
             ("capacity", "--set=calls_per_instance=1e-300"): "--set calls_per_instance: 1e-300 is below 1",
             ("capacity", "--tenants=1e30"): "--tenants: 1e+30 is above 1,000,000",
             ("cost", "--price=voice_outbound=1e308"): "--price voice_outbound: 1e+308 is above 10,000",
             ("cost", "--set=turns_per_minute=1e-300"): "--set turns_per_minute: 1e-300 is below 0.1",
             ("cost", "--set=minutes_per_call=1e-300"): "--set minutes_per_call: 1e-300 is below 0.0001",
             ("cost", "--price=nonsense=1"): "--price nonsense: unknown bill line"}  # listed all 51 ids: 1,107 bytes
    for (command, flag), message in cases.items():
        r = cli(command, CLINIC, flag)
        assert r.returncode == 2 and r.stderr.startswith(f"twarch: error: {message}"), r.stderr


@pytest.mark.parametrize("value", ["[" * 100_000, "[" * 50 + "]" * 50, '{"a": 1}', "9" * 5000, "1" * 101,
                                   "x" * 10_000])
def test_set_and_price_values_are_bounded_before_they_are_read(value):
    # json.loads read them once: 100,000 brackets raised RecursionError, 5,000 digits a ValueError
    for flag in ("--set=calls_per_month=", "--price=voice_outbound="):
        r = cli("cost", CLINIC, flag + value)
        label = flag.strip("-=").replace("=", " ").replace("set calls", "set calls")
        assert r.returncode == 2 and r.stderr.startswith(f"twarch: error: --{label}: "), r.stderr
        assert ("characters are too many; allowed: at most 100" in r.stderr or "is a list or mapping" in r.stderr
                or "expected a number" in r.stderr)


@pytest.mark.parametrize("flags,message", [
    (["--set=minutes_per_call=abc"], "--set minutes_per_call: expected a number, got str"),  # was a TypeError
    (["--set=minutes_per_call=0"], "--minutes: minutes_per_call is 0"),  # was silently 5 minutes
    (["--minutes-per-call=0"], "--minutes: minutes_per_call is 0"),
    (["--minutes-per-call=1e-300"], "--minutes-per-call: 1e-300 is below 0.0001"),
    (["--set=minutes_per_call=nan"], "--set minutes_per_call: nan is not a finite number"),
])
def test_minutes_divide_only_by_a_checked_call_length(flags, message):
    r = cli("cost", CLINIC, "--minutes=12000", *flags)
    assert r.returncode == 2 and r.stderr.startswith(f"twarch: error: {message}"), r.stderr


@pytest.mark.parametrize("minutes", ["1e-9", "1e30", "-1", "nan"])
def test_minutes_out_of_range_name_the_range_in_minutes(minutes):
    r = cli("cost", CLINIC, f"--minutes={minutes}", "--minutes-per-call=4")
    assert r.returncode == 2 and "--minutes: " in r.stderr and "0 or 0.0004 to 400,000,000 minutes" in r.stderr


def _extreme(path: Path, edge: str) -> tuple[float, float]:
    """Bill, sensitivity and capacity of one example with every input at one edge of its range (and every price at
    its highest), checked: refused with an AnswerError, or finite figures below LARGEST_FIGURE in every output."""
    from twarch.estimates.lines import LINE_IDS
    from twarch.estimates.whatif import sensitivity
    from twarch.render import estimates as est

    values = {n: getattr(SPECS[n], edge) for n in NUMERIC_INPUTS}
    volumes = Volumes.from_mapping(values).replace(prices=dict.fromkeys(LINE_IDS, SPECS["prices"].high))
    rec = recommend(Answers.load(path).to_dict() | {"channels": ["voice", "sms", "whatsapp", "chat"]})
    made = bill(rec, volumes)
    texts = [est.bill_markdown(made), est.bill_csv(made), json.dumps(made.to_dict(), allow_nan=False),
             est.sensitivity_markdown(sensitivity(rec, volumes))]
    try:
        planned = capacity(rec, volumes)
        texts += [est.capacity_markdown(planned), est.capacity_json(planned)]
    except AnswerError:
        pass  # no team of up to 100,000 agents answers that much traffic: refused, as it should be
    largest = 0.0
    for text in texts:
        assert not NOT_FINITE.search(text)
        largest = max(largest, *(float(m.replace(",", "")) for m in FIGURE.findall(text)))
    return made.total, largest


@pytest.mark.parametrize("edge", ["high", "smallest"])
@pytest.mark.parametrize("path", sorted(EXAMPLES.iterdir()), ids=lambda p: p.stem)
def test_every_input_at_the_edge_of_its_range_gives_finite_figures(path, edge):
    kind, (total, largest) = bounded(_extreme, path, edge, within=20)
    assert kind == "ok" and total < LARGEST_FIGURE and largest < LARGEST_FIGURE, (total, largest)


def test_any_cost_or_capacity_command_line_is_answered_or_refused_in_one_line():
    """A few hundred command lines of every flag, --set of every input and --price of every line (the values at and
    past each range's edges, any float, huge and malformed numbers), all in one child under the memory cap: exit 0
    with finite figures below LARGEST_FIGURE, or exit 2 with one line. benchmarks/bench_hostile.py runs 20,000."""
    examples = [str(p) for p in sorted(EXAMPLES.iterdir())]

    @settings(max_examples=300, deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    @given(estimate_argv(examples))
    def run(argv):
        check_estimate(argv)

    assert bounded(run, within=120)[0] == "ok"


def test_latency_measurements_are_bounded():
    from twarch import latency

    for value in (1e308, 10**400, float("nan"), -1, 60_001):
        assert "a number of milliseconds from 0 to 60,000" in refused(lambda v=value: latency(
            {"channels": ["voice"]}, stt_ms=v))
    assert bounded(lambda: latency({"channels": ["voice"]}, stt_ms=60_000).total_ms)[0] == "ok"


# ==================================================================================== 13. session files


def _session_file(**meta) -> bytes:
    doc = {"format": "twarch-session", "version": 1, "name": "falcons", "answers": {"memory": True}, "ticks": {}}
    return json.dumps({**doc, **meta}, ensure_ascii=True).encode("utf-8")


BAD_SESSIONS = {
    "not UTF-8": (b'{"answers": {"request": "caf\xe9"}}', "file"),
    "UTF-16": ('{"answers": {}}'.encode("utf-16"), "file"),
    "unknown tick status": (_session_file(ticks={"HIPAA-01": "done"}), "ticks.HIPAA-01"),
    "tick id": (_session_file(ticks={"../../x": "fulfilled"}), "ticks"),
    "ticks not a mapping": (_session_file(ticks=["HIPAA-01"]), "ticks"),
    "escape in the name": (_session_file(name="falcons\x1b]0;pwned\x07"), "session name"),
    "bidi in the name": (_session_file(name="falcons \u202egpj.exe"), "session name"),
    "long name": (_session_file(name="f" * 61), "session name"),
    "name not text": (_session_file(name=7), "session name"),
    "long based_on": (_session_file(based_on="b" * 61), "based_on"),
    "control in based_on": (_session_file(based_on="x\x00y"), "based_on"),
    "long scenario": (_session_file(scenario="s" * 10_000), "scenario"),
    "bidi in scenario": (_session_file(scenario="dental\u2066clinic"), "scenario"),
    "scenario not text": (_session_file(scenario=["a"]), "scenario"),
    "escape in pre-fill words": (_session_file(prefilled={"memory": "remember\x1b[2J"}), "prefilled.memory"),
    "zero-width in pre-fill words": (_session_file(prefilled={"memory": "remem\u200bber"}), "prefilled.memory"),
    "long pre-fill words": (_session_file(prefilled={"memory": "w" * 201}), "prefilled.memory"),
    "pre-fill of an unanswered question": (_session_file(prefilled={"handoff": "hand"}), "prefilled"),
    "pre-fill words not text": (_session_file(prefilled={"memory": 3}), "prefilled.memory"),
    "bad answer": (_session_file(answers={"memory": "maybe"}), "memory"),
    "deep": (b'{"answers": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "answers"),
    "too large": (b'{"answers": {}, "x": "' + b"a" * MAX_FILE_BYTES + b'"}', "file"),
    "not JSON": (b"{not json", "answers"),
}


@pytest.mark.parametrize("case", BAD_SESSIONS)
def test_a_bad_session_file_is_one_answer_error_one_line_and_never_lost(tmp_path, case):
    from twarch.workshop.sessions import Session, SessionStore

    data, field = BAD_SESSIONS[case]
    store = SessionStore(tmp_path)
    path = store.path("falcons")
    path.write_bytes(data)
    kind, (got, message) = bounded(store.load, "falcons")
    assert kind == "refused" and got == field, message
    session, problem = bounded(store.load_or_report, "falcons")[1]
    assert session is None and problem.startswith("The saved session falcons.json cannot be read (")
    assert "\n" not in problem and len(problem) < 1000 and not RAW_CONTROL.search(problem)
    assert not re.search(rf"[{INVISIBLE}]", problem)
    # the Wizard goes on saving: the unreadable file is moved aside first, whole, and the new file reads back
    bounded(store.save, Session("falcons", Answers(memory=True, handoff=True)))
    assert (tmp_path / "falcons.json.unreadable").read_bytes() == data
    assert store.load("falcons").answers == Answers(memory=True, handoff=True)
    bounded(store.save, Session("falcons", Answers(memory=False)))  # a readable file is replaced, no copy kept
    assert sorted(p.name for p in tmp_path.iterdir()) == ["falcons.json", "falcons.json.unreadable"]


def test_a_second_unreadable_file_never_replaces_the_first_one_kept(tmp_path):
    from twarch.workshop.sessions import Session, SessionStore

    store = SessionStore(tmp_path)
    for data in (b"\xff first", b"\xff second", b"\xff first"):
        store.path("otters").write_bytes(data)
        store.save(Session("otters", Answers(memory=True)))
    kept = {p.name: p.read_bytes() for p in tmp_path.glob("*.unreadable*")}
    assert kept == {"otters.json.unreadable": b"\xff first", "otters.json.unreadable-2": b"\xff second",
                    "otters.json.unreadable-3": b"\xff first"}


def test_save_answers_keeps_the_bytes_it_replaces(tmp_path):
    from twarch.workshop.sessions import save_answers

    path = tmp_path / "team.json"
    path.write_bytes(b'{"request": "caf\xe9 \xff"}')  # not UTF-8: the backup was a lossy decode (U+FFFD)
    save_answers(Answers(memory=True), path)
    assert (tmp_path / "team.json.bak").read_bytes() == b'{"request": "caf\xe9 \xff"}'


@settings(max_examples=300, deadline=None)
@given(hostile_answers | st.builds(lambda answers, ticks, extra: {"format": "twarch-session", "answers": answers,
                                                                   "ticks": ticks, **extra},
                                   valid_answers, json_values, st.dictionaries(
                                       st.sampled_from(["name", "scenario", "based_on", "prefilled"]), json_values)))
def test_any_session_document_is_a_session_or_one_answer_error(document):
    from twarch.workshop.sessions import Session

    def read():
        session = Session.from_dict(document, "team")
        return session.to_json()

    kind, value = bounded(read)
    if kind == "ok":
        assert not RAW_CONTROL.search(value) and not re.search(rf"[{INVISIBLE}]", json.loads(value)["name"])


def test_session_and_pre_fill_text_reach_no_output_raw():
    from twarch.render.handout import handout

    hostile = "Falcons\x1b[2J \u202eevil\u2066 \x00"
    message = refused(recommend, {"memory": True, "request": "we remember callers"}, {"memory": hostile})
    assert message.startswith("inferred.memory: U+001B (a control character)")

    def page():
        rec = recommend({"memory": True, "channels": ["voice"]})
        return handout(rec, svg="<svg></svg>", session=hostile, scenario=hostile)

    kind, html_page = bounded(page)
    assert kind == "ok" and not RAW_CONTROL.search(html_page) and not re.search(rf"[{INVISIBLE}]", html_page)
    assert "Falcons\\u001b[2J \\u202eevil\\u2066 \\u0000" in html_page


# ==================================================================================== 14. cache files

def _page_cache(tmp_path: Path):
    from twarch.verify.fetch import Page, PageCache

    cache = PageCache(tmp_path / "pages")
    page = Page("https://example.test/p", "2026-12-07", "https://example.test/p", "words of the page")
    cache.put(page)
    return cache, page


def _cached(cache, page):
    return cache.get(page.url, "2026-12-07")


def test_a_page_cache_entry_with_every_single_bit_flipped_is_never_trusted(tmp_path):
    from twarch.verify.fetch import Page

    cache, page = _page_cache(tmp_path)
    path = cache.path(page.url)
    data = path.read_bytes()
    assert _cached(cache, page) == Page(**{**page.__dict__, "cached": True})

    def flips():
        trusted = 0
        for index in range(len(data)):
            for bit in range(8):
                damaged = bytearray(data)
                damaged[index] ^= 1 << bit
                path.write_bytes(bytes(damaged))
                found = _cached(cache, page)
                assert found is None or found.text == page.text, (index, bit)  # a flipped space is still the page
                trusted += found is not None
        return trusted

    kind, trusted = bounded(flips, within=20)
    assert kind == "ok" and trusted < 8 * 8  # only flips between JSON's spaces, tabs and line ends pass


@pytest.mark.parametrize("content", [b"", b"{}", b"x" * 18, b"[" * 100_000, b"\xff" * 64, b'{"url": ' * 5000,
                                     b"null", b'["a", "b"]'])
def test_damaged_page_cache_entries_are_treated_as_absent_at_once(tmp_path, content):
    cache, page = _page_cache(tmp_path)
    cache.path(page.url).write_bytes(content)
    assert bounded(_cached, cache, page) == ("ok", None)


def test_a_page_cache_entry_larger_than_any_page_is_not_read(tmp_path):
    from twarch.verify.fetch import MAX_ENTRY_BYTES

    cache, page = _page_cache(tmp_path)
    with open(cache.path(page.url), "r+b") as stream:
        stream.truncate(MAX_ENTRY_BYTES + 1)  # sparse: nothing is written, and nothing must be read
    assert bounded(_cached, cache, page) == ("ok", None)


@pytest.mark.parametrize("mode", [0o666, 0o620, 0o602])
def test_a_page_cache_entry_others_may_write_is_not_read(tmp_path, mode):
    cache, page = _page_cache(tmp_path)
    path = cache.path(page.url)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    os.chmod(path, mode)
    assert _cached(cache, page) is None
    cache.put(page)  # rewritten, with the mode it is written with
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and _cached(cache, page) is not None


def test_a_page_cache_folder_others_may_write_is_neither_read_nor_written(tmp_path):
    cache, page = _page_cache(tmp_path)
    os.chmod(cache.folder, 0o777)
    assert _cached(cache, page) is None
    target = tmp_path / "victim"
    target.write_text("precious\n")
    cache.path(page.url).unlink()
    cache.path(page.url).symlink_to(target)  # what another user could plant in a folder open to them
    cache.put(page)
    assert target.read_text() == "precious\n"


def test_a_linked_or_foreign_page_cache_entry_is_not_read(tmp_path):
    cache, page = _page_cache(tmp_path)
    path = cache.path(page.url)
    real = tmp_path / "elsewhere.json"
    real.write_bytes(path.read_bytes())
    os.chmod(real, 0o600)
    path.unlink()
    path.symlink_to(real)
    assert _cached(cache, page) is None
    if os.geteuid() == 0:
        path.unlink()
        real.rename(path)
        os.chown(path, 65534, 65534)  # another user's file
        assert _cached(cache, page) is None


# ==================================================================================== 15. bidi and invisible text

INVISIBLE_SAMPLE = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
                    "\u200b", "\u2060", "\u2063", "\ufeff"]


@pytest.mark.parametrize("char", INVISIBLE_SAMPLE, ids=lambda c: f"U+{ord(c):04X}")
def test_bidi_and_invisible_characters_are_refused_naming_the_character(tmp_path, char):
    text = f"AI voice agent {char}for clinics"
    path = tmp_path / "b.json"
    path.write_text(json.dumps({"request": text, "channels": ["voice"]}))
    for args in (["recommend", str(path)], ["mode", text], ["diagram", str(path)]):
        r = cli(*args)
        kind = "a bidirectional control" if char in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069" else \
            "an invisible format character"
        assert r.returncode == 2 and r.stderr.startswith(f"twarch: error: request: U+{ord(char):04X} ({kind})")
        assert char not in r.stderr
    assert refused(detect_mode, text).startswith(f"request: U+{ord(char):04X}")
    assert f"U+{ord(char):04X}" in refused(Answers.from_dict, {"request": text})


def test_text_from_elsewhere_is_written_out_wherever_it_lands():
    from twarch.text import dot_text, esc, md_code, visible

    text = "a\u202eb\u2066c\u200bd\ufeffe\x1bf\x9bg\x00h\ud800i"
    for out in (visible(text), esc(text), md_code(text), dot_text(text)):
        assert not RAW_CONTROL.search(out) and not re.search(rf"[{INVISIBLE}\ud800-\udfff]", out)
        assert "\\u202e" in out and "\\u001b" in out
    kept = "joiners \u200c\u200d and marks \u200e\u200f stay"
    assert visible(kept) == kept


def test_allowed_marks_and_joiners_keep_the_outputs_well_formed():
    text = "AI voice agent \u0645\u06cc\u200c\u062e\u0648\u0627\u0645 \U0001F468\u200d\U0001F469 \u200f\u061c"

    def outputs():
        rec = recommend({"request": text, "channels": ["voice"]})
        assert_inert_text(rec)
        assert_inert_markdown(rec)
        if dot_available():
            _svg_ok(rec)
        return text in rec.to_json() and "\u200c" in to_markdown(rec)

    assert bounded(outputs) == ("ok", True)


# ==================================================================================== 16. -o where a rename cannot be


def _without_root_powers() -> list[str]:
    """A prefix that runs a command without root's power to write anywhere (or nothing when not root)."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root and setpriv is missing: a folder cannot be made unwritable to root")
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search",
            "--inh-caps=-dac_override,-dac_read_search"]


def test_o_writes_a_writable_file_in_a_folder_it_cannot_write_in_place_and_says_so(tmp_path):
    folder = tmp_path / "shared"
    folder.mkdir()
    out = folder / "report.md"
    out.write_text("old\n")
    os.chmod(out, 0o666)
    os.chmod(folder, 0o555)
    try:
        argv = [*_without_root_powers(), sys.executable, "-m", "twarch", "recommend", CLINIC, "-o", str(out)]
        r = subprocess.run(argv, capture_output=True, text=True, timeout=30, preexec_fn=cap_memory, check=False)
        assert r.returncode == 0, r.stderr  # was: cannot write (Permission denied) for the temporary file
        assert r.stderr.startswith(f"twarch: warning: wrote \"{out}\" in place, not by rename (no temporary file "
                                   "can be made beside it: Permission denied)") and r.stderr.count("\n") == 1
        assert out.read_text(encoding="utf-8") == cli("recommend", CLINIC).stdout
        assert sorted(p.name for p in folder.iterdir()) == ["report.md"]
        new = folder / "new.md"  # a file that is not there cannot be written in place either
        r = subprocess.run(argv[:-1] + [str(new)], capture_output=True, text=True, timeout=30, check=False)
        assert r.returncode == 2 and "cannot write" in r.stderr and not new.exists()
    finally:
        os.chmod(folder, 0o755)


@pytest.mark.parametrize("name", ["r" * 252 + ".md", "\u00e9" * 126 + ".md", "x" * 238 + ".md"])
def test_o_writes_the_longest_legal_names_by_rename(tmp_path, name):
    assert len(name.encode("utf-8")) <= 255
    out = tmp_path / name
    r = cli("recommend", CLINIC, "-o", str(out))
    assert r.returncode == 0 and r.stderr == ""  # was: File name too long (the temporary's name was 18 bytes longer)
    assert out.read_text(encoding="utf-8") == cli("recommend", CLINIC).stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_a_file_that_cannot_be_renamed_over_is_written_in_place_only_when_the_caller_allows(tmp_path, monkeypatch):
    import errno

    path = tmp_path / "mounted.md"
    path.write_text("old\n")
    real_replace = os.replace

    def busy(source, target):
        if Path(target) == path:
            raise OSError(errno.EBUSY, "Device or resource busy")
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", busy)
    with pytest.raises(OSError, match="busy"):
        write_text(path, "new\n")
    assert path.read_text() == "old\n" and sorted(p.name for p in tmp_path.iterdir()) == ["mounted.md"]
    said = []
    write_text(path, "new\n", fallback=said.append)
    assert path.read_text() == "new\n" and said == ["it cannot be replaced by a rename: Device or resource busy"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mounted.md"]
