"""The answer spaces the invariant tests and benchmarks sweep (shared by tests and benchmarks)."""

import itertools

from twarch.knowledge.questions import BY_ID, ESSENTIAL

#: Context answers that change products, transports, paths, regimes and checklists, each with the values swept
#: (None: unanswered). Their product with a few essentials is the context sweep.
CONTEXT: dict[str, list] = {
    "industry": [None, "healthcare", "debt_collection", "retail"],
    "takes_payments": [None, True],
    "direction": [None, "inbound", "outbound"],
    "countries": [None, ["US"], ["CA"], ["GB"], ["DE", "FR"], ["US", "CA", "GB", "ES"]],
    "region": [None, "ie1", "au1"],
    "needs_raw_audio": [None, True],
    "voice_pipeline": [None, "speech_to_speech"],
    "team_language": [None, "typescript", "other"],
    "cloud": [None, "azure", "aws", "gcp"],
    "records_calls": [None, True],
    "production": [None, True],
    "customer_profile": [None, "isv", "enterprise", "smb"],
    "stt_provider": [None, "own"],
    "tts_provider": [None, "own"],
    "llm": [None, "own", "other"],
    "handoff_target": [None, "phone_line", "own_contact_center"],  # who takes the hand-off (review 3, 5; round 1, I)
}
CHANNEL_SETS = [["voice"], ["sms"], ["voice", "sms", "whatsapp"], ["chat", "rcs"]]


def options(question_id: str) -> list:
    """Every value a question can take, unanswered (None) first."""
    q = BY_ID[question_id]
    if q.kind == "bool":
        return [None, True, False]
    if q.kind == "choice":
        return [None, *q.choice_ids]
    subsets = [list(c) for n in range(1, len(q.choice_ids) + 1) for c in itertools.combinations(q.choice_ids, n)]
    return [None, *subsets]


def answer_space() -> list[dict]:
    """All 5,760 combinations of the five essential questions (each also left unanswered)."""
    space = []
    for values in itertools.product(*(options(q) for q in ESSENTIAL)):
        space.append({k: v for k, v in zip(ESSENTIAL, values) if v is not None})
    return space


def context_space() -> list[dict]:
    """Every pair of context answers (each pair of questions, every pair of their values) on four channel sets, with
    memory, intelligence and handoff off and on: 8,208 designs that exercise transports, paths, geography and
    regimes."""
    keys = list(CONTEXT)
    space = []
    for channels, rungs in itertools.product(CHANNEL_SETS, [{}, {"memory": True, "intelligence": "realtime",
                                                                 "handoff": True}]):
        for a, b in itertools.combinations(keys, 2):
            for va, vb in itertools.product(CONTEXT[a], CONTEXT[b]):
                design = {"channels": channels, **rungs, a: va, b: vb}
                space.append({k: v for k, v in design.items() if v is not None})
    return space


#: The answers that make a design agent assist (review 3, finding 1): people answer, the AI assists.
ASSIST = {"outcome": "internal_tools", "wants": ["ai_copilot"]}


def assist_space() -> list[dict]:
    """The context sweep and the essentials' combinations (outcome aside) as agent-assist designs: 8,208 + 1,152."""
    essentials = [a for a in answer_space() if "outcome" not in a]
    return [{**design, **ASSIST} for design in (*context_space(), *essentials)]
