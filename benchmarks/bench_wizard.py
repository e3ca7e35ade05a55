"""How fast the Wizard follows one answer change, against rendering its diagram with ``dot -Tsvg`` alone.

For every change of a scripted walk through the qualification (answering each question, then revising
answers as a workshop would), it times ``Wizard.set(...)`` on a Wizard set up as the demo app is (browser
storage on, a session file per team): the engine, the steps, every output re-rendered in place (diagram SVG,
texts, provider comparison, charts, checklist), the change line, and the autosave (the browser snapshot and
the session file written atomically). It then times
``dot -Tsvg`` in a subprocess on the diagram's new DOT source. It prints the median of each and the
ratio (target: within 1.5x), twice:

* shipped: the render caches as they are in use (a toggled-back answer reuses its SVG);
* cold: every cache cleared before each change (every changed output drawn from scratch).

Run: ``python benchmarks/bench_wizard.py`` (``--repeat N`` walks the script N times; default 1).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from twarch.widgets import (
    Wizard,
    outputs,
)

#: The scripted walk: one answer change per entry (60 changes).
SCRIPT: tuple[dict[str, Any], ...] = (
    {"request": "I want to build an AI voice agent for customer support"},
    {"outcome": "autonomous_service"},
    {"channels": ["voice"]},
    {"memory": True},
    {"intelligence": "realtime"},
    {"handoff": True},
    {"customer_profile": "enterprise"},
    {"industry": "healthcare"},
    {"takes_payments": True},
    {"eu_users": True},
    {"records_calls": True},
    {"production": True},
    {"regulations": ["tcpa"]},
    {"cloud": "aws"},
    {"llm": "bedrock"},
    {"team_language": "python"},
    {"needs_raw_audio": False},
    {"needs_low_level_control": False},
    {"existing_websocket_server": False},
    {"uses_twilio_functions": True},
    {"peak_concurrent_calls": 50},
    {"wants": ["boomerang_handback"]},
    {"languages": ["en-US"]},
    {"priority": "latency"},
    {"stt_provider": "deepgram"},
    {"tts_provider": "elevenlabs"},
    # revisions, as a workshop table argues them through
    {"channels": ["voice", "sms"]},
    {"languages": ["en-US", "es-MX"]},
    {"peak_concurrent_calls": 120},
    {"priority": "cost"},
    {"tts_provider": "amazon_polly"},
    {"industry": "financial_services"},
    {"takes_payments": False},
    {"customer_profile": "isv"},
    {"cloud": "azure"},
    {"llm": "azure_openai"},
    {"intelligence": "post_call"},
    {"wants": ["boomerang_handback", "ai_copilot"]},
    {"channels": ["voice", "sms", "whatsapp"]},
    {"eu_users": False},
    {"records_calls": False},
    {"handoff": False},
    {"memory": False},
    {"outcome": "outbound_calling"},
    {"regulations": ["tcpa", "recording_consent"]},
    {"needs_low_level_control": True},
    {"team_language": "typescript"},
    {"existing_websocket_server": True},
    {"languages": ["en-US", "es-MX", "fr"]},
    {"stt_provider": "google"},
    {"tts_provider": "google"},
    {"needs_raw_audio": True},
    {"production": False},
    {"industry": "debt_collection"},
    {"uses_twilio_functions": False},
    {"customer_profile": "smb"},
    {"channels": ["chat"]},
    {"intelligence": "none"},
    {"cloud": "any"},
    {"request": "Set up a WebSocket handler for ConversationRelay with Deepgram"},
)


def dot_ms(source: str) -> float:
    start = time.perf_counter()
    done = subprocess.run(["dot", "-Tsvg"], input=source.encode("utf-8"), capture_output=True, check=True)
    elapsed = (time.perf_counter() - start) * 1000
    assert done.stdout.startswith(b"<?xml") or b"<svg" in done.stdout
    return elapsed


def walk(cold: bool, repeat: int) -> tuple[list[float], list[float], list[bool]]:
    wizard_times, dot_times, diagram_changed = [], [], []
    for _ in range(repeat):
        outputs.clear_caches()
        sessions = tempfile.TemporaryDirectory(prefix="twarch-bench-")
        w = Wizard(remember=True, sessions_dir=sessions.name, session="bench team")
        for change in SCRIPT:
            if cold:
                outputs.clear_caches()
            start = time.perf_counter()
            w.set(**change)
            wizard_times.append((time.perf_counter() - start) * 1000)
            diagram_changed.append("diagram" in w.last_rendered)
            dot_times.append(dot_ms(w.results.dot_source))
        sessions.cleanup()
    return wizard_times, dot_times, diagram_changed


def report(label: str, wizard_times: list[float], dot_times: list[float], changed: list[bool],
           caches: bool = True) -> float:
    wiz, dot = statistics.median(wizard_times), statistics.median(dot_times)
    with_diagram = [t for t, c in zip(wizard_times, changed) if c]
    without = [t for t, c in zip(wizard_times, changed) if not c]
    ratio = wiz / dot
    print(f"{label}: {len(wizard_times)} changes")
    print(f"  wizard, change -> all outputs updated: median {wiz:7.2f} ms  (p90 {_p90(wizard_times):7.2f} ms)")
    print(f"  dot -Tsvg alone on the same DOT:        median {dot:7.2f} ms  (p90 {_p90(dot_times):7.2f} ms)")
    print(f"  ratio wizard / dot: {ratio:.2f}x  (target <= 1.5x: {'met' if ratio <= 1.5 else 'NOT met'})")
    if with_diagram:
        print(f"  changes that redrew the diagram: {len(with_diagram)}, "
              f"median {statistics.median(with_diagram):.2f} ms")
    if without:
        print(f"  changes that left it as it was:  {len(without)}, median {statistics.median(without):.2f} ms")
    if caches:
        print(f"  cache hits / misses: svg {outputs.SVG_CACHE.hits}/{outputs.SVG_CACHE.misses}, "
              f"figures {outputs.FIGURE_CACHE.hits}/{outputs.FIGURE_CACHE.misses} (last walk)")
    return ratio


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1, help="walk the script this many times (default 1)")
    args = parser.parse_args(argv)
    walk(cold=False, repeat=1)  # warm-up: imports, first plotly figure, first dot run
    print(f"scripted walk of {len(SCRIPT)} answer changes, {args.repeat} time(s)")
    shipped = report("shipped (render caches in use)", *walk(cold=False, repeat=args.repeat))
    cold = report("cold (every cache cleared before each change)", *walk(cold=True, repeat=args.repeat),
                  caches=False)
    return 0 if shipped <= 1.5 and cold <= 1.5 else 1


def _p90(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(0.9 * len(ordered)))]


if __name__ == "__main__":
    sys.exit(main())
