"""Architecture diagram and capability ladder: what is drawn, determinism, escaping, export, display."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import graphviz
import pytest

import twarch
from twarch.answers import Answers
from twarch.knowledge.products import LEVELS, PRODUCTS
from twarch.recommendation import Facts, Item, Recommendation, Why
from twarch.render.diagram import (
    FALLBACK,
    INSTALL_HINT,
    ArchitectureGraph,
    diagram,
    dot_available,
    ladder,
    rung_status,
    save,
)

pytestmark = pytest.mark.render

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
needs_dot = pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz's dot executable is not installed")


# ------------------------------------------------------------------ hand-built recommendations

def _item(item_id: str, section: str = "step4.tech_stack") -> Item:
    return Item(item_id, f"text of {item_id}", Why(f"rule.{item_id}", section, f"because {item_id} applies"))


def make(answers: dict, level: int, *, path: str = "tac_sdk", package: str | None = "twilio-agent-connect",
         transport: str | None = "conversation_relay", stt: str | None = "deepgram", tts: str | None = "elevenlabs",
         products: tuple[str, ...] = (), skipped: tuple[str, ...] = (),
         considerations: tuple[str, ...] = ()) -> Recommendation:
    return Recommendation(
        answers=Answers.from_dict(answers), mode=None, level=level, level_name=f"Level {level}: {LEVELS[level].name}",
        implementation_path=path, tac_package=package if path == "tac_sdk" else None, voice_transport=transport,
        stt_provider=stt, tts_provider=tts, channel_mix=None, entry_point=None,
        products=tuple(_item(p) for p in products), skipped=tuple(_item(p) for p in skipped),
        considerations=tuple(_item(c) for c in considerations),
        facts=Facts({"voice": "voice" in answers.get("channels", ()), "agent_assist": False, "phone_handoff": False,
                     "served_channels": tuple(answers.get("channels", ())), "llm_route": answers.get("llm"),
                     "speech_to_speech": answers.get("voice_pipeline") == "speech_to_speech"}))


SCENARIOS = {
    "voice_l1": make({"channels": ["voice"], "llm": "openai"}, 1, products=("conversation_relay",),
                     skipped=("conversation_memory", "conversation_intelligence", "taskrouter")),
    "voice_sms_l2_tac": make({"channels": ["voice", "sms"], "memory": True, "llm": "anthropic"}, 2,
                             products=("conversation_relay", "conversation_orchestrator", "conversation_memory")),
    "realtime_l3_manual": make({"channels": ["voice"], "memory": True, "intelligence": "realtime", "production": True},
                               3, path="manual", stt="google", tts="google",
                               products=("conversation_relay", "conversation_memory", "conversation_intelligence"),
                               considerations=("action_fallback", "session_state", "llm_failover", "load_balancer")),
    "handoff_l4": make({"channels": ["voice", "sms", "whatsapp"], "memory": True, "intelligence": "realtime",
                        "handoff": True, "production": True, "uses_twilio_functions": True,
                        "peak_concurrent_calls": 50, "cloud": "aws", "llm": "bedrock"}, 4,
                       package="twilio-agent-connect-aws",
                       products=("conversation_relay", "conversation_orchestrator", "conversation_memory",
                                 "conversation_intelligence", "taskrouter", "flex"),
                       considerations=("action_fallback", "session_state", "llm_failover", "load_balancer",
                                       "functions_thin_receiver", "multi_region")),
    "messaging_only": make({"channels": ["sms", "whatsapp", "chat"], "llm": "google"}, 1, transport=None, stt=None,
                           tts=None, products=("conversation_orchestrator",), skipped=("conversation_relay",)),
    "media_streams": make({"channels": ["voice"], "needs_raw_audio": True}, 1, path="manual", transport="media_streams",
                          stt=None, tts=None, products=("media_streams",), skipped=("conversation_relay",)),
}


# ------------------------------------------------------------------ reading the DOT source

NODE = re.compile(r"^\t+(\w+) \[", re.MULTILINE)
EDGE = re.compile(r"^\t+(\w+) -> (\w+)(?: \[(.*)\])?$", re.MULTILINE)


def nodes(g: graphviz.Digraph) -> set[str]:
    return {n for n in NODE.findall(g.source) if not n.endswith("_label_space") and n not in ("graph", "node", "edge")}


def edges(g: graphviz.Digraph) -> dict[tuple[str, str], str]:
    return {(t, h): attrs or "" for t, h, attrs in EDGE.findall(g.source) if "invis" not in (attrs or "")}


def node_label(g, node_id: str) -> str:
    """The label (HTML-like) of one node in the DOT source."""
    return re.search(rf"^\s*{node_id} \[label=(.*)$", g.source, re.MULTILINE).group(1)


def edge_label(g: graphviz.Digraph, tail: str, head: str) -> str:
    attrs = edges(g)[(tail, head)]
    match = re.search(r'(?<!x)label="((?:[^"\\]|\\.)*)"', attrs) or re.search(r"(?<!x)label=(\w+)", attrs)
    return match.group(1).replace("\\n", " ") if match else ""


# ------------------------------------------------------------------ what is drawn

def test_returns_a_restylable_digraph():
    g = diagram(SCENARIOS["voice_l1"])
    assert isinstance(g, graphviz.Digraph) and isinstance(g, ArchitectureGraph)
    g.attr(bgcolor="black")
    assert "bgcolor=black" in g.source


def test_components_list_matches_the_source():
    for rec in SCENARIOS.values():
        g = diagram(rec)
        assert set(g.components) == nodes(g)
        assert {(t, h) for t, h, _ in g.links} == set(edges(g))
        assert all(re.fullmatch(r"[a-z][a-z_]*", n) for n in g.components)


def test_voice_level_1():
    g = diagram(SCENARIOS["voice_l1"])
    assert nodes(g) == {"customer", "ch_voice", "programmable_voice", "conversation_relay", "agent_server", "llm"}
    assert edge_label(g, "customer", "ch_voice") == "PSTN / SIP"
    assert edge_label(g, "conversation_relay", "agent_server") == "WebSocket JSON text"
    assert "Deepgram" in g.source and "ElevenLabs" in g.source
    assert "twilio-agent-connect" in g.source and "OpenAI" in g.source
    for absent in ("media_streams", "conversation_orchestrator", "conversation_memory", "taskrouter", "flex",
                   "dtmf_ivr", "load_balancer", "session_state", "llm_fallback", "human_agent"):
        assert absent not in nodes(g)


def test_voice_and_sms_with_memory_on_the_sdk():
    g = diagram(SCENARIOS["voice_sms_l2_tac"])
    assert {"ch_voice", "ch_sms", "conversation_orchestrator", "conversation_memory"} <= nodes(g)
    assert not {"ch_whatsapp", "ch_rcs", "ch_chat", "conversation_intelligence", "taskrouter"} & nodes(g)
    assert ("ch_sms", "conversation_orchestrator") in edges(g)
    assert ("conversation_orchestrator", "conversation_memory") in edges(g)
    assert edge_label(g, "conversation_orchestrator", "agent_server").startswith("HTTPS webhook")
    assert "REST" in edge_label(g, "agent_server", "conversation_memory")
    assert "Anthropic" in g.source


def test_realtime_intelligence_with_production_considerations():
    """The production considerations are lines of the node they belong to (issue 21: a diagram the room can read):
    the load balancer, session state and edge co-location on the server, the fallback IVR on Programmable Voice (in
    the fallback colour), the second LLM on the LLM."""
    g = diagram(SCENARIOS["realtime_l3_manual"])
    assert {"conversation_intelligence", "signal_handler"} <= nodes(g)
    assert not {"dtmf_ivr", "session_state", "llm_fallback", "load_balancer"} & nodes(g)
    assert edge_label(g, "conversation_intelligence", "signal_handler") == "HTTPS webhook"
    assert ("conversation_memory", "conversation_intelligence") in edges(g)
    assert ("conversation_relay", "agent_server") in edges(g)
    server = node_label(g, "agent_server")
    assert "behind a load balancer" in server and "Sync / Redis / DynamoDB" in server
    assert "fallback IVR on disconnect" in node_label(g, "programmable_voice") and FALLBACK in \
        node_label(g, "programmable_voice")
    assert "second LLM" in node_label(g, "llm")
    assert "Your WebSocket server" in g.source and "Agent Connect" not in g.source
    assert not {"taskrouter", "flex", "conversation_orchestrator"} & nodes(g)


def test_level_4_with_handoff_functions_and_regions():
    rec = SCENARIOS["handoff_l4"]
    g = diagram(rec)
    assert {"taskrouter", "flex", "human_agent", "thin_receiver", "twilio_functions", "ch_whatsapp"} <= nodes(g)
    assert ("agent_server", "taskrouter") in edges(g)
    assert ("taskrouter", "flex") in edges(g) and ("flex", "human_agent") in edges(g)
    assert ("programmable_voice", "thin_receiver") in edges(g)
    assert ("thin_receiver", "twilio_functions") in edges(g)
    assert ("programmable_voice", "twilio_functions") not in edges(g)
    assert "twilio-agent-connect-aws" in g.source and "AWS Bedrock" in g.source
    assert "TWILIO_EDGE" in g.source
    # every product of the recommendation is drawn under its own id
    assert set(rec.product_ids) <= nodes(g)


def test_functions_within_limit_get_callbacks_directly():
    rec = make({"channels": ["voice"], "uses_twilio_functions": True, "peak_concurrent_calls": 3}, 1,
               products=("conversation_relay",), considerations=("functions_within_limit",))
    g = diagram(rec)
    assert "thin_receiver" not in nodes(g)
    assert ("programmable_voice", "twilio_functions") in edges(g)


def test_messaging_only_has_no_voice():
    g = diagram(SCENARIOS["messaging_only"])
    assert {"ch_sms", "ch_whatsapp", "ch_chat", "conversation_orchestrator", "agent_server", "llm"} <= nodes(g)
    assert not {"ch_voice", "programmable_voice", "conversation_relay", "media_streams", "stt_vendor"} & nodes(g)
    assert "Google Gemini" in g.source and "PSTN" not in g.source


def test_media_streams_brings_your_own_speech_vendors():
    g = diagram(SCENARIOS["media_streams"])
    assert {"media_streams", "stt_vendor", "tts_vendor"} <= nodes(g)
    assert "conversation_relay" not in nodes(g)
    assert edge_label(g, "media_streams", "agent_server") == "WebSocket mulaw 8 kHz audio"
    assert "Your own STT" in g.source and "Your own TTS" in g.source and "Your LLM" in g.source
    # the vendors sit in the third-party cluster
    third = g.source.split("subgraph cluster_third")[1].split("}")[0]
    assert "stt_vendor" in third and "tts_vendor" in third and "llm" in third


def test_clusters_show_ownership():
    g = diagram(SCENARIOS["handoff_l4"])
    src = g.source

    def members(cluster: str) -> set[str]:
        body = src.split(f"subgraph cluster_{cluster} {{")[1].split("\t}")[0]
        return set(NODE.findall(body)) - {f"{cluster}_label_space", "node"}

    assert members("twilio_edge") == {"programmable_voice", "conversation_relay", "conversation_orchestrator",
                                      "twilio_functions"}
    assert members("yours") == {"agent_server", "thin_receiver", "signal_handler"}
    assert members("third") == {"llm"}
    assert members("twilio_services") == {"conversation_memory", "conversation_intelligence", "taskrouter", "flex"}
    # a long cluster label wraps instead of widening its row
    assert "<B>Twilio Conversations</B><BR ALIGN=\"LEFT\"/><B>services</B>" in src


def test_every_node_has_a_tooltip_with_its_why():
    rec = SCENARIOS["handoff_l4"]
    g = diagram(rec)
    for node_id in g.components:
        line = re.search(rf"^\t+{node_id} \[(.*)\]$", g.source, re.MULTILINE).group(1)
        assert re.search(r'tooltip="[^"]{10,}', line), node_id
    for item in (*rec.products, *rec.considerations):
        assert f"rule.{item.id}" in g.source, item.id


def test_fontname_is_explicit():
    g = diagram(SCENARIOS["voice_l1"])
    for kind in ("graph", "node", "edge"):
        assert re.search(rf'^\t{kind} \[.*fontname="DejaVu Sans"', g.source, re.MULTILINE), kind


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_dot_source_is_deterministic(name):
    assert diagram(SCENARIOS[name]).source == diagram(SCENARIOS[name]).source
    assert ladder(SCENARIOS[name]).source == ladder(SCENARIOS[name]).source


# ------------------------------------------------------------------ with the engine and the examples

EXAMPLE_FILES = sorted(p for p in EXAMPLES.glob("*") if p.suffix in (".json", ".yaml", ".yml"))


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.stem)
def test_examples_draw_exactly_their_products(path):
    rec = twarch.recommend(Answers.load(path))
    g = diagram(rec)
    drawn = nodes(g)
    assert set(rec.product_ids) <= drawn
    assert not (set(PRODUCTS) - set(rec.product_ids)) & drawn
    for ch in rec.answers.channels or ():  # what feasibility drops is never drawn (round-1 review, class B)
        assert (f"ch_{ch}" in drawn) == (ch in rec.facts.served_channels)
    assert diagram(Answers.load(path)).source == g.source  # answers go through the engine


def test_engine_answers_produce_the_same_bytes_twice():
    answers = {"channels": ["voice", "whatsapp"], "memory": True, "handoff": True, "production": True,
               "request": "Build me a voice AI agent"}
    assert diagram(answers).source == diagram(dict(answers)).source
    assert ladder(answers).source == ladder(dict(answers)).source


# ------------------------------------------------------------------ user text and rendering

HOSTILE = 'A <b>x</b> bot for "quoted" \\ backslash \\l and a very long tail ' + "words " * 60


def test_user_text_is_escaped_in_the_source():
    rec = make({"channels": ["voice"], "request": HOSTILE}, 1, products=("conversation_relay",))
    src = diagram(rec).source
    assert '\\"quoted\\"' in src and "\\\\ backslash \\\\l" in src
    assert "label=<A <b>" not in src
    rec2 = make({"channels": ["voice"], "request": "<b>x</b>"}, 1, products=("conversation_relay",))
    assert "label=<<b>x</b>>" not in diagram(rec2).source


@needs_dot
def test_svg_renders_with_dot_even_with_hostile_text():
    assert dot_available()
    rec = make({"channels": ["voice"], "request": HOSTILE}, 1, products=("conversation_relay",))
    svg = diagram(rec).pipe(format="svg").decode("utf-8")
    assert svg.startswith("<?xml") and "&lt;b&gt;x&lt;/b&gt;" in svg and "&quot;quoted&quot;" in svg
    rec2 = make({"channels": ["voice"], "request": "<b>x</b>"}, 1, products=("conversation_relay",))
    assert "&lt;b&gt;x&lt;/b&gt;" in diagram(rec2).pipe(format="svg").decode("utf-8")


@needs_dot
@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_every_scenario_renders_to_svg(name):
    svg = diagram(SCENARIOS[name]).pipe(format="svg", encoding="utf-8")
    assert "<svg" in svg and "<title>agent_server</title>" in svg and "Warning" not in svg
    assert "<svg" in ladder(SCENARIOS[name]).pipe(format="svg", encoding="utf-8")


@needs_dot
def test_save_writes_by_suffix(tmp_path):
    g = diagram(SCENARIOS["voice_sms_l2_tac"])
    assert save(g, tmp_path / "stack.dot").read_text(encoding="utf-8") == g.source
    assert save(g, tmp_path / "stack.gv").read_text(encoding="utf-8") == g.source
    assert (save(g, tmp_path / "stack.svg")).read_text(encoding="utf-8").lstrip().startswith("<?xml")
    assert (save(g, tmp_path / "stack.png")).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (save(g, tmp_path / "stack.PDF")).read_bytes()[:5] == b"%PDF-"
    with pytest.raises(ValueError, match="stack.jpg"):
        save(g, tmp_path / "stack.jpg")


@needs_dot
def test_jupyter_display_is_svg_when_dot_is_there():
    bundle = diagram(SCENARIOS["voice_l1"])._repr_mimebundle_()
    assert list(bundle) == ["image/svg+xml"] and "<svg" in bundle["image/svg+xml"]


def test_without_dot_the_display_shows_source_and_hint(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))  # an empty directory: no dot anywhere
    assert not dot_available()
    g = diagram(SCENARIOS["voice_l1"])
    bundle = g._repr_mimebundle_()
    assert "image/svg+xml" not in bundle
    assert INSTALL_HINT in bundle["text/plain"] and g.source in bundle["text/plain"]
    assert "apt-get install graphviz" in bundle["text/plain"] and "conda install graphviz" in bundle["text/plain"]
    assert "&lt;FONT" in bundle["text/html"]  # the source is shown escaped, not interpreted
    assert "<svg" not in ladder(SCENARIOS["voice_l1"])._repr_mimebundle_()["text/plain"]
    # saving DOT still works; a picture names the fix
    assert save(g, tmp_path / "a.dot").read_text(encoding="utf-8") == g.source
    with pytest.raises(graphviz.ExecutableNotFound, match="apt-get install graphviz"):
        save(g, tmp_path / "a.svg")


# ------------------------------------------------------------------ the ladder

def test_ladder_highlights_the_reached_rung_and_dims_the_rest():
    g = ladder(SCENARIOS["voice_sms_l2_tac"])
    assert isinstance(g, graphviz.Digraph)
    assert g.statuses == {"level_1": "included", "level_2": "reached", "level_3": "above", "level_4": "above"}
    reached = re.search(r"^\t+level_2 \[(.*)\]$", g.source, re.MULTILINE).group(1)
    assert 'fillcolor="#F22F46"' in reached and "REACHED" in reached
    above = re.search(r"^\t+level_4 \[(.*)\]$", g.source, re.MULTILINE).group(1)
    assert "dotted" in above and "#F22F46" not in above
    assert list(g.components) == ["level_1", "level_2", "level_3", "level_4"]
    for level in LEVELS.values():
        assert level.name in g.source


def test_ladder_greys_skipped_capabilities_below_the_reached_rung():
    rec = make({"channels": ["voice"], "memory": False, "intelligence": "realtime", "handoff": True}, 4,
               products=("conversation_relay", "conversation_intelligence", "taskrouter", "flex"),
               skipped=("conversation_memory",))
    g = ladder(rec)
    assert g.statuses == {"level_1": "included", "level_2": "skipped", "level_3": "included", "level_4": "reached"}
    skipped = re.search(r"^\t+level_2 \[(.*)\]$", g.source, re.MULTILINE).group(1)
    assert "skipped" in skipped and "dashed" in skipped and 'fillcolor="#EEEEEE"' in skipped
    assert "text of conversation_memory" in skipped  # the tooltip carries the skip's why
    assert rung_status(rec, 3) == "included"


def test_ladder_on_engine_examples():
    clinic = twarch.recommend(Answers.load(EXAMPLES / "clinic.json"))
    g = ladder(clinic)
    assert g.statuses[f"level_{clinic.level}"] == "reached"
    for n in range(1, clinic.level):
        expected = "included"
        wanted = {2: {"conversation_memory"}, 3: {"conversation_intelligence"}}.get(n, set())
        if wanted and not wanted & set(clinic.product_ids):
            expected = "skipped"
        assert g.statuses[f"level_{n}"] == expected


def test_speech_to_speech_is_drawn_as_a_realtime_model_without_speech_vendors():
    recommend = twarch.recommend
    s2s = diagram(recommend({"channels": ["voice"], "voice_pipeline": "speech_to_speech"})).source
    assert "Realtime voice model" in s2s and "OpenAI Realtime or GPT-Live" in s2s
    assert "stt_vendor" not in s2s and "tts_vendor" not in s2s and "LLM API" not in s2s
    google = diagram(recommend({"channels": ["voice"], "voice_pipeline": "speech_to_speech", "cloud": "gcp"})).source
    assert "Google CX Agent Studio" in google
    raw = diagram(recommend({"channels": ["voice"], "needs_raw_audio": True})).source
    assert "stt_vendor" in raw and "tts_vendor" in raw and "LLM API" in raw


def test_the_region_that_holds_the_data_is_said_once_in_the_title():
    """Issue 21, point 1: the region on every Twilio cluster made a realistic design 2,414 units wide."""
    source = diagram(twarch.recommend({"channels": ["voice"], "memory": True, "region": "ie1"})).source
    # Memory is not offered in IE1, so the design leaves it out (what had to give) and draws no Conversations cluster
    assert source.count("Ireland, EU data residency (IE1)") == 1 and "conversation_memory" not in source
    assert "Twilio region: Ireland, EU data residency (IE1) · 1 region warning in the report" in source
    assert "(IE1)" not in diagram(twarch.recommend({"channels": ["voice"], "memory": True})).source


def test_a_hipaa_design_draws_no_conversations_cluster_and_no_memory_profile():
    """Under HIPAA the Conversations products are left out: the services cluster is not called theirs, and Flex shows
    the escalation payload, not a Memory profile; with Memory, both come back."""
    hipaa = diagram(twarch.recommend({"channels": ["voice"], "memory": True, "handoff": True,
                                      "industry": "healthcare"})).source
    assert "<B>Twilio services</B>" in hipaa and "agent desktop + payload" in hipaa
    assert "conversation_memory" not in hipaa and "Twilio Conversations services" not in hipaa
    retail = diagram(twarch.recommend({"channels": ["voice"], "memory": True, "handoff": True,
                                       "industry": "retail"})).source
    assert "<B>Twilio Conversations</B>" in retail and "agent desktop + profile" in retail


def test_agent_assist_draws_people_answering_with_an_assist_lane():
    """Review 3, finding 1: the copilot design is drawn as people answering in Flex, with the transcript feeding an
    assist beside them, not an AI answering the call."""
    g = diagram({"channels": ["voice"], "outcome": "internal_tools", "wants": ["ai_copilot"], "handoff": True,
                 "intelligence": "realtime", "production": True})
    drawn = nodes(g)
    assert {"customer", "programmable_voice", "taskrouter", "flex", "human_agent", "real_time_transcription",
            "assist", "llm", "conversation_intelligence", "agent_copilot"} <= drawn
    assert not {"conversation_relay", "media_streams", "agent_server", "load_balancer", "dtmf_ivr"} & drawn
    assert edge_label(g, "real_time_transcription", "assist") == "transcript (HTTPS webhook)"
    assert "Agent Assist" in g.source


def test_a_phone_line_hand_off_draws_the_transfer_not_taskrouter_and_flex():
    """Review 3, finding 5: the call goes to a phone (Connect Call To on the SDK, <Dial> on the manual path)."""
    base = {"channels": ["voice", "sms"], "handoff": True, "handoff_target": "phone_line"}
    g = diagram({**base, "team_language": "python"})
    assert "phone_line" in nodes(g) and not {"taskrouter", "flex", "human_agent"} & nodes(g)
    assert ("studio", "phone_line") in edges(g) and "Connect Call To" in g.source
    manual = diagram({**base, "team_language": "other"})
    assert "<Dial>" in edge_label(manual, "programmable_voice", "phone_line")
    assert "studio" not in nodes(manual)
    rung = ladder({**base, "team_language": "python"}).source
    assert "a transfer to your phone line" in rung and "adds TaskRouter + Flex" not in rung


def test_rcs_handed_to_flex_is_drawn_continuing_over_sms():
    """Round-1 review, design 18: Flex Conversations has no RCS channel (twilio.com/docs/flex/conversations)."""
    g = diagram(twarch.recommend({"channels": ["rcs", "sms"], "handoff": True}))
    assert "RCS threads continue over SMS" in node_label(g, "flex")
    assert "RCS" not in node_label(diagram(twarch.recommend({"channels": ["sms"], "handoff": True})), "flex")
