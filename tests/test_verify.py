"""``twarch facts verify`` against a local HTTP server on 127.0.0.1: nothing here touches the network.

The fixture serves an unchanged page, a changed one, a moved one (301 and 308), a missing one (404), a slow one,
a huge one, a PDF and a Markdown file; the offline case points every URL at a closed port.
"""

from __future__ import annotations

import csv
import datetime
import doctest
import io
import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

import twarch
import twarch.verify
import twarch.verify.text
from twarch import cli
from twarch.knowledge import checklist, claims, inventory, prices
from twarch.knowledge import providers as kp
from twarch.knowledge.inventory import SourcedFact
from twarch.knowledge.limits import Limit
from twarch.knowledge.sources import Source
from twarch.verify import PageCache, render, verify
from twarch.verify.fetch import fetch_page, readable_url
from twarch.verify.text import normalise, page_text

EXAMPLES = Path(__file__).parent.parent / "examples"
QUOTE = "Conversation Memory supports up to 5 memory stores per account"
UNCHANGED = ("<!DOCTYPE html><html><head><title>Limits</title><style>p::before{content:'x'}</style>"
             "<script>var note = '<p>not text</p>';</script></head><body><nav>Docs</nav><p>Conversation&nbsp;Memory "
             "<b>supports</b> up to 5 memory&#32;stores per account.</p></body></html>")
CHANGED = ("<html><body><p>Conversation Memory supports up to 10 memory stores per account.</p>"
           f"<script>// {QUOTE}</script><style>/* {QUOTE} */</style></body></html>")
SKILL = "## Limits\n\n- **Cannot exceed 15 Memory Stores per account** — use [sub-accounts](/x) beyond this\n"
SLOW_SECONDS = 1.5
TIMEOUT = 0.4
MAX_BYTES = 100_000
PADDING = "lorem ipsum " * 20_000  # 240 kB, more than MAX_BYTES


class Handler(BaseHTTPRequestHandler):
    routes = {
        "/unchanged": (200, "text/html; charset=utf-8", UNCHANGED),
        "/changed": (200, "text/html", CHANGED),
        "/missing": (404, "text/html", "<h1>Not found</h1>"),
        "/huge": (200, "text/plain", PADDING + QUOTE),
        "/huge-early": (200, "text/plain", QUOTE + " " + PADDING),
        "/file.pdf": (200, "application/pdf", "%PDF-1.4 " + QUOTE),
        "/skill/SKILL.md": (200, "text/plain; charset=utf-8", SKILL),
    }

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        self.server.hits[self.path] += 1
        if self.path == "/hostile-reason":  # a status line whose reason drives terminals (C1 CSI, ESC)
            self.send_response(500, "Broken \x9b2J\x1b]0;pwned\x07 [x](https://evil.test)")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if self.path in ("/moved", "/moved-308"):
            self.send_response(301 if self.path == "/moved" else 308)
            self.send_header("Location", "/unchanged")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if self.path == "/slow":
            time.sleep(SLOW_SECONDS)
        status, kind, body = self.routes.get(self.path, self.routes["/unchanged"])
        data = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # the slow page's client has gone by the time it answers


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch):
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")


@pytest.fixture(scope="module")
def server():
    httpd = Server(("127.0.0.1", 0), Handler)
    httpd.hits = Counter()
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


def base(server) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}"


def fact(fact_id: str, url: str, quote: str = QUOTE) -> SourcedFact:
    return SourcedFact(fact_id, "claim", "A fact in twarch's words.", url, "2026-11-27", quote=quote)


def fixture_facts(server, *paths: str) -> list[SourcedFact]:
    return [fact(path.strip("/").replace("/", "."), base(server) + path) for path in paths]


ALL = ("/unchanged", "/changed", "/moved", "/moved-308", "/missing", "/slow", "/huge", "/huge-early", "/file.pdf")


def check(server, tmp_path, facts, **options):
    return verify(facts, cache=PageCache(tmp_path / "cache"), timeout=TIMEOUT, max_bytes=MAX_BYTES, **options)


# ------------------------------------------------------------------------------------------------ statuses

def test_each_kind_of_page_gets_its_status(server, tmp_path):
    facts = fixture_facts(server, *ALL) + [fact("no.quote", base(server) + "/unchanged", quote=""),
                                            fact("skill", base(server) + "/skill/SKILL.md",
                                                 "Cannot exceed 15 Memory Stores per account")]
    started = time.monotonic()
    result = check(server, tmp_path, facts)
    assert time.monotonic() - started < SLOW_SECONDS  # the slow page is given up on, not waited for
    by_id = {r.fact: r for r in result.results}
    assert {i: r.status for i, r in by_id.items()} == {
        "unchanged": "holds", "changed": "changed", "moved": "holds", "moved-308": "holds", "missing": "unreachable",
        "slow": "unreachable", "huge": "unreachable", "huge-early": "holds", "file.pdf": "unreachable",
        "no.quote": "no quote", "skill": "holds"}
    assert by_id["moved"].final_url == base(server) + "/unchanged" and "read at" in by_id["moved"].detail
    assert by_id["moved-308"].final_url == base(server) + "/unchanged"
    assert by_id["unchanged"].final_url == base(server) + "/unchanged" and by_id["unchanged"].detail == ""
    assert by_id["missing"].detail == "HTTP 404 Not Found"
    assert by_id["slow"].detail == f"no answer within {TIMEOUT:g} s"
    assert "too large" in by_id["huge"].detail and "part read" in by_id["huge-early"].detail
    assert by_id["file.pdf"].detail.startswith("application/pdf")
    assert by_id["changed"].detail == "the quote is not on the page"  # in a script and a style only: not text
    assert all(r.fetched == datetime.date.today().isoformat() for r in result.results)
    assert result.changed and not result.offline and result.pages == len(ALL) + 1 and result.cached == 0
    assert result.counts == {"changed": 1, "unreachable": 4, "no quote": 1, "holds": 5}


def test_results_come_most_urgent_first(server, tmp_path):
    result = check(server, tmp_path, fixture_facts(server, "/unchanged", "/missing", "/changed")
                   + [fact("a.no_quote", base(server) + "/unchanged", quote="")])
    assert [(r.status, r.fact) for r in result.results] == [
        ("changed", "changed"), ("unreachable", "missing"), ("no quote", "a.no_quote"), ("holds", "unchanged")]


def test_quoted_only_reads_only_the_pages_with_a_quote(server, tmp_path):
    before = server.hits["/missing"]
    result = check(server, tmp_path, [fact("bare", base(server) + "/missing", quote="")], quoted_only=True)
    assert server.hits["/missing"] == before and result.pages == 0 and not result.offline
    assert (result.results[0].status, result.results[0].detail) == ("no quote", "not fetched")


def test_a_dead_source_shows_even_without_a_quote(server, tmp_path):
    result = check(server, tmp_path, [fact("bare", base(server) + "/missing", quote="")])
    assert result.results[0].status == "unreachable"


# ------------------------------------------------------------------------------------------------ cache

def test_pages_are_cached_with_their_date_and_refresh_ignores_the_cache(server, tmp_path):
    facts = fixture_facts(server, "/unchanged", "/missing")
    check(server, tmp_path, facts)
    hits = server.hits.copy()
    again = check(server, tmp_path, facts)
    assert server.hits["/unchanged"] == hits["/unchanged"]  # read from the cache
    assert server.hits["/missing"] == hits["/missing"] + 1  # failures are not cached
    assert again.cached == 1 and [r.status for r in again.results] == ["unreachable", "holds"]
    files = list((tmp_path / "cache").iterdir())
    assert len(files) == 1 and oct(files[0].stat().st_mode & 0o777) == "0o600"
    record = json.loads(files[0].read_text(encoding="utf-8"))
    assert record["fetched"] == datetime.date.today().isoformat() and record["url"].endswith("/unchanged")
    check(server, tmp_path, facts, refresh=True)
    assert server.hits["/unchanged"] == hits["/unchanged"] + 1


def test_an_old_or_foreign_cache_entry_is_fetched_again(server, tmp_path):
    facts = fixture_facts(server, "/unchanged")
    cache = PageCache(tmp_path / "cache")
    check(server, tmp_path, facts)
    path = cache.path(facts[0].source)
    record = json.loads(path.read_text(encoding="utf-8"))
    old = (datetime.date.today() - datetime.timedelta(days=cache.days)).isoformat()
    path.write_text(json.dumps({**record, "fetched": old}), encoding="utf-8")
    before = server.hits["/unchanged"]
    check(server, tmp_path, facts)
    assert server.hits["/unchanged"] == before + 1
    path.write_text("{not json", encoding="utf-8")
    assert check(server, tmp_path, facts).results[0].status == "holds"


@pytest.mark.parametrize("damage", ["flip", "deep", "bytes", "mode", "empty", "unsigned"])
def test_a_damaged_cache_entry_is_fetched_again_and_rewritten(server, tmp_path, damage):
    facts = fixture_facts(server, "/unchanged")
    cache = PageCache(tmp_path / "cache")
    check(server, tmp_path, facts)
    path = cache.path(facts[0].source)
    good = path.read_bytes()
    if damage == "flip":
        path.write_bytes(good.replace(b"supports", b"supp\x6frtz"))  # the words changed, the checksum did not
    elif damage == "deep":
        path.write_bytes(b"[" * 100_000)  # raised RecursionError through every later run
    elif damage == "bytes":
        path.write_bytes(b"\xff\xfe" + good)
    elif damage == "mode":
        os.chmod(path, 0o666)  # another local user could have written it
    elif damage == "empty":
        path.write_bytes(b"")
    else:
        record = json.loads(good)
        del record["sha256"]
        path.write_text(json.dumps(record), encoding="utf-8")  # an entry from before the checksum
    before = server.hits["/unchanged"]
    assert check(server, tmp_path, facts).results[0].status == "holds"
    assert server.hits["/unchanged"] == before + 1
    assert path.read_bytes() == good and oct(path.stat().st_mode & 0o777) == "0o600"
    assert check(server, tmp_path, facts).cached == 1


def test_server_text_reaches_the_table_written_out(server, tmp_path):
    result = check(server, tmp_path, fixture_facts(server, "/hostile-reason"))
    assert result.results[0].status == "unreachable"
    for format in twarch.verify.FORMATS:
        table = render(result, format)
        assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", table), format
        assert "\\u009b2J\\u001b]0;pwned\\u0007" in table.replace("\\\\", "\\"), format


def test_the_cache_is_not_used_in_a_folder_others_may_write(server, tmp_path):
    facts = fixture_facts(server, "/unchanged")
    (tmp_path / "cache").mkdir(mode=0o777)
    os.chmod(tmp_path / "cache", 0o777)
    check(server, tmp_path, facts)
    assert list((tmp_path / "cache").iterdir()) == []
    before = server.hits["/unchanged"]
    assert check(server, tmp_path, facts).cached == 0 and server.hits["/unchanged"] == before + 1


# ------------------------------------------------------------------------------------------------ offline

def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_offline_when_no_host_answers(tmp_path):
    port = closed_port()
    facts = [fact(f"f{n}", f"http://127.0.0.1:{port}/page{n}") for n in range(3)]
    result = check(None, tmp_path, facts)
    assert result.offline and {r.status for r in result.results} == {"unreachable"}
    assert result.results[0].detail == "connection refused by 127.0.0.1:" + str(port)


def test_not_offline_when_some_host_answers(server, tmp_path):
    facts = fixture_facts(server, "/unchanged") + [fact("gone", f"http://127.0.0.1:{closed_port()}/x")]
    assert not check(server, tmp_path, facts).offline


# ------------------------------------------------------------------------------------------------ command line

@pytest.fixture
def cli_facts(monkeypatch, tmp_path):
    """``twarch facts verify`` run in-process on the given facts, with a private cache."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))

    def run(facts, *args: str, capsys) -> tuple[int, str, str]:
        monkeypatch.setattr(twarch.verify, "sourced_facts", lambda: list(facts))
        status = cli.main(["facts", "verify", "--timeout", str(TIMEOUT), *args])
        out, err = capsys.readouterr()
        return status, out, err
    return run


def test_cli_exit_status_and_formats(server, cli_facts, capsys, tmp_path):
    facts = fixture_facts(server, "/unchanged", "/changed", "/missing", "/moved")
    status, out, err = cli_facts(facts, capsys=capsys)
    assert status == 1 and err == ""
    lines = out.splitlines()
    assert lines[0] == "# twarch facts verify"
    assert lines[2] == "4 facts, 4 source pages: changed 1, unreachable 1, no quote 0, holds 2."
    assert lines[4].startswith("| Status | Fact |") and lines[6].startswith("| changed | `changed` | 2026-11-27 |")
    assert lines[7].startswith("| unreachable | `missing` |") and "HTTP 404" in lines[7]

    status, out, _ = cli_facts(facts, "--format", "json", capsys=capsys)
    data = json.loads(out)
    assert status == 1 and data["counts"] == {"changed": 1, "unreachable": 1, "no quote": 0, "holds": 2}
    assert data["cached"] == 3 and [r["status"] for r in data["results"]] == ["changed", "unreachable", "holds",
                                                                              "holds"]
    moved = next(r for r in data["results"] if r["fact"] == "moved")
    assert moved["final_url"].endswith("/unchanged") and moved["quote"] == QUOTE

    status, out, _ = cli_facts(facts, "--format", "csv", "--refresh", capsys=capsys)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert status == 1 and [r["fact"] for r in rows] == ["changed", "missing", "moved", "unchanged"]
    assert set(rows[0]) == {"fact", "kind", "status", "source", "checked", "quote", "final_url", "fetched", "detail"}

    output = tmp_path / "check.md"
    status, out, _ = cli_facts(fixture_facts(server, "/unchanged"), "-o", str(output), capsys=capsys)
    assert status == 0 and out == "" and "| holds | `unchanged` |" in output.read_text(encoding="utf-8")


def test_cli_offline_says_so_in_one_line(cli_facts, capsys):
    facts = [fact(f"f{n}", f"http://127.0.0.1:{closed_port()}/p") for n in range(2)]
    status, out, err = cli_facts(facts, capsys=capsys)
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("twarch: offline: no host answered for any of the 2 source pages "
                                                    "(connection refused by 127.0.0.1:")


def test_cli_rejects_a_bad_timeout(capsys):
    assert cli.main(["facts", "verify", "--timeout", "-1"]) == 2
    assert capsys.readouterr().err.startswith("twarch: error: --timeout: -1 is not a number of seconds above 0")


def test_the_command_line_starts_without_the_fetching_code():
    code = ("import sys, twarch.cli; twarch.cli.build_parser(); "
            "print(sorted(m for m in ('twarch.verify', 'urllib.request', 'http.client') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}).stdout
    assert out.strip() == "[]"


# ------------------------------------------------------------------------------------------------ text

def test_page_text_keeps_only_what_a_reader_sees():
    text = normalise(page_text(UNCHANGED, "text/html", "https://example.org/limits"))
    assert text == "limits docs conversation memory supports up to 5 memory stores per account."
    assert normalise(QUOTE) in text
    assert normalise(QUOTE) not in normalise(page_text(CHANGED, "text/html", "https://example.org/limits"))
    assert normalise(page_text("<td>a</td><td>b</td>in<i>line</i>", "text/html", "x")) == "a b inline"


def test_markdown_and_plain_text():
    md = normalise(page_text(SKILL, "text/plain", "https://raw.githubusercontent.com/o/r/c/SKILL.md"))
    assert "cannot exceed 15 memory stores per account — use sub-accounts beyond this" in md
    escaped = page_text("\\<Pay> and `code` &amp; more", "text/markdown", "https://x/y")
    assert normalise(escaped) == "<pay> and code & more"
    assert page_text('{"price": "$0.45 /hr"}', "application/json", "https://x/y.json") == '{"price": "$0.45 /hr"}'


def test_normal_form_folds_case_space_and_typography():
    assert normalise("You’re\u00a0charged  for\nidle time") == normalise("you're charged for idle time")
    assert normalise("enable “PCI Mode”") == 'enable "pci mode"'
    assert normalise("PCI\u2011compliant") == "pci-compliant"


def test_github_file_pages_are_read_from_the_raw_file():
    assert readable_url("https://github.com/twilio/ai/blob/aa67a6d/skills/twilio/x/SKILL.md") == \
        "https://raw.githubusercontent.com/twilio/ai/aa67a6d/skills/twilio/x/SKILL.md"
    assert readable_url("https://github.com/twilio/ai/tree/aa67a6d/skills") == \
        "https://github.com/twilio/ai/tree/aa67a6d/skills"


def test_fetch_page_never_raises_on_a_bad_url(tmp_path):
    page = fetch_page(f"http://127.0.0.1:{closed_port()}/", timeout=TIMEOUT)
    assert not page.readable and page.offline and page.final_url == ""


def test_doctests():
    for module in (twarch.verify, twarch.verify.text):
        assert doctest.testmod(module).failed == 0


def test_results_render_in_every_format(server, tmp_path):
    result = check(server, tmp_path, fixture_facts(server, "/unchanged"))
    for format in twarch.verify.FORMATS:
        assert "unchanged" in render(result, format)


# ------------------------------------------------------------------------------------------------ knowledge

def test_the_inventory_holds_every_table_and_the_quotes():
    facts = inventory.sourced_facts()
    kinds = {f.kind for f in facts}
    assert {"claim", "limit", "regime", "checklist", "voice figure", "provider price", "price", "assumption"} <= kinds
    quoted = {f.id: f.quote for f in facts if f.quote}
    assert quoted["memory.stores"] == claims.claim("memory.stores").quote
    assert {"limit.memory_stores_per_account_docs", "checklist.HIPAA-01.0", "regime.pci_dss.0",
            "price.flex_active_user", "assumption.stt_billed_share"} <= set(quoted)
    assert all(f.source.startswith("https://") for f in facts if f.quote)



PRICE_HEADER = "id,product,unit,price,free_per_month,status,source_url,as_of,checked,notes,country,reading_of"
PRICE_ROW = "flex,Flex,usd_per_active_user_month,35,,confirmed,https://example.org/flex,2026-11-27,2026-11-27,,,"


def test_the_quote_column_is_optional_and_a_row_may_end_before_it(tmp_path):
    path = tmp_path / "prices.csv"
    path.write_text(f"{PRICE_HEADER}\n{PRICE_ROW}\n", encoding="utf-8")  # no quote column at all
    assert prices.read_prices(path)["flex"].quote == ""
    path.write_text(f"{PRICE_HEADER},quote\n{PRICE_ROW}\n{PRICE_ROW.replace('flex', 'flex2', 1)},"
                    "flat monthly fee of $35\n", encoding="utf-8")
    found = prices.read_prices(path)
    assert (found["flex"].quote, found["flex2"].quote) == ("", "flat monthly fee of $35")


@pytest.mark.parametrize(("header", "row", "problem"), [
    (f"{PRICE_HEADER},quote", f"{PRICE_ROW},{'word ' * 12}word", "has 13 words; a quote is at most 12"),
    (f"{PRICE_HEADER},quote", f"{PRICE_ROW},x,y", "1 cell(s) more than the header"),
    (f"{PRICE_HEADER},quote", PRICE_ROW.rsplit(",", 2)[0], "fewer cells than the header"),
    ("quote," + PRICE_HEADER, "," + PRICE_ROW, "come after every other column"),
])
def test_bad_quotes_and_rows_are_refused(tmp_path, header, row, problem):
    path = tmp_path / "prices.csv"
    path.write_text(f"{header}\n{row}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=re.escape(problem)):
        prices.read_prices(path)


def test_a_provider_quote_needs_its_source(tmp_path):
    header = ",".join(kp.PROVIDER_COLUMNS + kp.PROVIDER_QUOTES)
    good = next(p for p in csv.DictReader(io.StringIO(kp.PROVIDERS_CSV.read_text(encoding="utf-8")))
                if p["id"] == "deepgram-flux")
    row = {**good, "latency_quote": "end-of-turn", "languages_quote": ""}
    path = tmp_path / "providers.csv"
    out = io.StringIO()
    csv.DictWriter(out, header.split(","), lineterminator="\n").writerows([row])
    path.write_text(header + "\n" + out.getvalue(), encoding="utf-8")
    assert kp.read_providers(path)[0].latency_quote == "end-of-turn"
    out = io.StringIO()
    csv.DictWriter(out, header.split(","), lineterminator="\n").writerows([{**row, "languages_quote": "English",
                                                                            "languages": "", "language_count": "",
                                                                            "languages_source": "",
                                                                            "languages_as_of": ""}])
    path.write_text(header + "\n" + out.getvalue(), encoding="utf-8")
    with pytest.raises(ValueError, match="a quote needs its source in 'languages_source'"):
        kp.read_providers(path)


def test_claims_limits_sources_and_checklist_entries_refuse_a_long_quote():
    long = " ".join(["word"] * 13)
    source = Source("A page", "https://example.org", "2026")
    with pytest.raises(ValueError, match="claim 'x': quote has 13 words"):
        claims.Claim("x", "A fact.", (source,), "2026-11-27", quote=long)
    with pytest.raises(ValueError, match="limit 'x': quote has 13 words"):
        Limit("x", 1, "a limit", (source,), quote=long)
    with pytest.raises(ValueError, match="quote must be one line"):
        Source("A page", "https://example.org", "2026", " padded")
    entry = {"id": "TCPA-99", "regime": "tcpa", "title": "t", "obligation": "o", "owner": "you", "status": None,
             "sources": [{"label": "x", "url": "https://example.org", "as_of": "2024", "quote": long}]}
    with pytest.raises(ValueError, match="source 0 \\(x\\): quote has 13 words"):
        checklist.parse([entry])
    entry["sources"][0]["quote"] = "a few words"
    (parsed,) = checklist.parse([entry])
    assert parsed.sources[0].quote == "a few words" and "quote" not in parsed.to_dict()["sources"][0]


def test_no_report_shows_a_quote():
    """Quotes are check strings: none reaches a report through the data. (A quote twarch's own words happen to
    share with its source, such as "buffers up to 500 events", is the fact's text, not the quote.)"""
    from twarch.answers import Answers

    own_words = normalise(" ".join(c.text for c in claims.CLAIMS.values()))
    quotes = {normalise(f.quote) for f in inventory.sourced_facts() if f.quote} - {""}
    shown = {q for q in quotes if q not in own_words}
    assert len(shown) > 20
    for path in sorted(EXAMPLES.iterdir()):
        rec = twarch.recommend(Answers.load(path))
        for format in ("md", "json", "html"):
            text = normalise(twarch.report(rec, format))
            assert not [q for q in shown if q in text], (path.name, format)
