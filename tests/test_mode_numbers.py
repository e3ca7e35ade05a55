"""The request reader's numbers: how a number is written and read, the volumes it fills, and that no pattern with a
run of words in it backtracks over a long run after its first word."""

from __future__ import annotations

import time

import pytest
from bounded import bounded

from twarch.answers import Answers
from twarch.io.bounds import MAX_MONTHLY_VOLUME
from twarch.knowledge import signals as cues
from twarch.knowledge.questions import BY_ID
from twarch.reader import request as mode_module
from twarch.reader.request import _amount, prefill, read_request


@pytest.mark.parametrize("written, number", [
    ("9,000", 9000), ("9000", 9000), ("1,250,000", 1_250_000), ("1.5", 1.5), ("9k", 9000), ("9 K", 9000),
    ("1.5M", 1_500_000), ("1.5 million", 1_500_000), ("40 thousand", 40_000), ("forty thousand", 40_000),
    ("twenty-five", 25), ("twenty five thousand", 25_000), ("three", 3), ("a million", 1_000_000),
    ("half a million", 500_000), ("a hundred", 100),
    # a range is its midpoint; a scale written once applies to both ends
    ("8-10k", 9000), ("8 - 10k", 9000), ("8,000 to 10,000", 9000), ("between 8 and 10 thousand", 9000), ("3 or 4", 3.5),
    ("500-10k", 5250),  # 500 thousand would be above 10k: the scale is the upper end's alone
    # shares
    ("15%", 0.15), ("15 percent", 0.15), ("15 per cent", 0.15), ("10-15%", 0.125), ("1 in 5", 0.2),
    ("one out of ten", 0.1), ("one out  of ten", 0.1),
])
def test_a_number_as_written(written, number):
    assert _amount(written) == pytest.approx(number)


@pytest.mark.parametrize("written", ["9.000", "1.500", "10-8", "1 in 0", "nine-ish", "", "k"])
def test_no_number(written):
    """"9.000" is nine thousand in much of Europe and nine elsewhere; a descending range is no range."""
    assert _amount(written) is None


def test_the_scales_and_words_are_the_tables():
    assert _amount("7 thousand") == 7 * cues.SCALES["thousand"]
    assert all(_amount(word) == value for word, value in cues.NUMBER_WORDS.items())


@pytest.mark.parametrize("text, key, value", [
    ("2,000 calls a week", "calls_per_month", round(2000 * 52 / 12)),
    ("2,000 calls weekly", "calls_per_month", round(2000 * 52 / 12)),
    ("120,000 calls annually", "calls_per_month", 10_000),
    ("calls average 90 seconds", "minutes_per_call", 1.5),
    ("a containment rate of 80%", "escalation_share", 0.2),
    ("2,000 SMS a week", "sms_per_month", round(2000 * 52 / 12)),
])
def test_conversions_into_the_questions_unit(text, key, value):
    assert prefill(text)[key][0] == pytest.approx(value)


def test_a_count_is_read_up_to_the_largest_count_twarch_takes():
    """The question decides the range, so raising the largest count (twarch.io.bounds) needs no change here."""
    assert prefill(f"{MAX_MONTHLY_VOLUME:,} calls a month")["calls_per_month"][0] == MAX_MONTHLY_VOLUME
    assert prefill("1.5M calls a month")["calls_per_month"][0] == 1_500_000  # a national retailer (review 2, #35)
    assert "calls_per_month" not in prefill(f"{MAX_MONTHLY_VOLUME + 1_000:,} calls a month")
    assert "calls_per_month" not in prefill(f"{(MAX_MONTHLY_VOLUME + 500_000_000) / 1e6:g}M calls a month")
    assert "calls_per_month" not in prefill("2.5 calls a month")  # no whole number of calls


def test_a_share_above_one_is_no_answer():
    assert "escalation_share" not in prefill("150% of calls are escalated")
    assert BY_ID["escalation_share"].maximum == 1


def test_an_estimate_is_still_an_answer_but_a_negation_is_not():
    assert prefill("maybe 9,000 calls a month")["calls_per_month"][0] == 9000
    assert "calls_per_month" not in prefill("it is not 9,000 calls a month")


def test_two_volumes_that_disagree_leave_the_question_open():
    assert "calls_per_month" not in prefill("9,000 calls a month. Actually 12,000 calls a month.")
    assert prefill("9,000 calls a month (108,000 calls a year)")["calls_per_month"][0] == 9000


def test_a_volume_per_day_is_left_to_the_user():
    """How many days a month a line is open is not in the words, so a daily volume is not converted."""
    for text in ("500 calls a day", "500 calls per day", "500 calls daily", "300 calls an hour"):
        assert "calls_per_month" not in prefill(text)


def test_the_request_fills_the_volumes_and_an_explicit_answer_wins():
    request = ("UK motor insurer: our AI will ring policyholders before renewal. About 40,000 calls a month, 4 minutes "
               "each. Transfer to a licensed adviser if they want to haggle; 15% of calls go to a person.")
    answers, words = read_request(Answers.from_dict({"request": request}))
    assert (answers.calls_per_month, answers.minutes_per_call, answers.handoff, answers.escalation_share) == (
        40_000, 4.0, True, 0.15)
    assert words["calls_per_month"] == "40,000 calls a month"
    answers, words = read_request(Answers.from_dict({"request": request, "calls_per_month": 38_000}))
    assert answers.calls_per_month == 38_000 and "calls_per_month" not in words


@pytest.mark.parametrize("text, seats", [
    ("An AI copilot for our 40 claims adjusters in Flex", 40),
    ("we have 300 human agents in Flex", 300),
    ("a team of 25 agents takes the escalations", 25),
    ("our 3 AI agents answer the phones", None),  # the AI, not people who log in to Flex
    ("our 12 voice agents", None),
])
def test_the_people_who_log_in_to_flex_are_read_as_seats(text, seats):
    assert prefill(text).get("seats", (None,))[0] == seats


@pytest.mark.parametrize("text, field, value", [  # architect review 5, findings 5 and 6
    ("About 15,000 calls a month, 3 minutes. Python.", "minutes_per_call", 3.0),
    ("About 15,000 calls a month, 3 minutes on hold is too long", "minutes_per_call", None),
    ("About 8,000 WhatsApp conversations a month.", "messaging_conversations_per_month", 8000),
    ("a chatbot that qualifies buyer leads", "outcome", "conversational_commerce"),
])
def test_a_bare_length_after_the_volume_and_text_conversations_are_read(text, field, value):
    assert prefill(text).get(field, (None,))[0] == value


# ---- linear work: a word that starts a pattern, then a long run ---------------------------------------------

#: Words that start a pattern with a run of words, a number or a range after them. Before twarch.knowledge.signals
#: had ``_WORD``, "our own", "we're a", "answers" and others made a pattern backtrack over a run of hyphens after
#: them (cubic: 13 s for one pattern at 1,000 characters), because a word of word characters and hyphens and the
#: separator after it could split the run in as many ways as it was long.
HEADS = ["our own ", "our ", "we're a ", "small ", "we run a ", "large ", "we give ", "serves 12 ", "12 ", "9,000 ",
         "book ", "answers ", "answering ", "call ", "rings our ", "German ", "custom ", "transfer ", "15% ", "8 to ",
         "calls last 4", "each of our ", "monthly call volume ", "escalation rate ", "containment ", "a human ",
         "suggests ", "listens in on ", "copilot for our ", "a team of 25 ", "our 40 ", "calls a month, ",
         "8,000 WhatsApp ", "transfer the caller to ", "go to the on-call ",
         # issue 20's families: seats, tenants, phone lines, own models, platforms left, languages, raw events
         "we have 12 nurses ", "a team of 25 agents who ", "400 ", "30 of our ", "each salon ", "sell an AI ",
         "puts urgent jobs ", "transfers to the salon's ", "our own fine-tuned ", "port our ", "speak ", "English and ",
         "handles interrupt ", "setup and ", "en-",
         # precision families (tests/test_mode_precision.py): offers, agent assist on screen, staff calling in,
         # speech engines for transcription, Twilio denied, German words, hand-offs to a step, flags mid-call
         "offer ", "listening to each ", "our 400 field ", "transcription via ", "we don't use Twilio ", "KI-",
         "hands off to ", "flagging ", "supports ", "call or "]
RUNS = ["-", "- ", "a-", "-a", "9-"]


@pytest.mark.parametrize("run", RUNS)
def test_a_word_then_a_long_run_is_read_in_linear_time(run):
    """Four times the run costs about four times the time (the cubic patterns cost 64 times); a ratio measured in
    one process, so a busy machine slows both lengths alike. The alarm only stops a runaway scan."""

    def scan(length: int) -> float:
        texts = [head + run * (length // len(run)) for head in HEADS]
        start = time.perf_counter()
        for text in texts:
            mode_module._find(mode_module._table("signals"), text)
            mode_module._find_all(mode_module._phrases_for(frozenset(BY_ID)), text)
        return time.perf_counter() - start

    def ratio() -> float:
        scan(500)  # warm: compiled tables, caches
        return min(scan(2000) for _ in range(2)) / min(scan(500) for _ in range(2))

    outcome, measured = bounded(ratio, within=120)
    assert outcome == "ok" and measured < 12, measured  # linear gives about 4, quadratic 16


def test_a_share_handed_to_people_implies_a_handoff_and_a_zero_implies_nothing():
    assert prefill("we expect 85% containment")["handoff"] == (True, "85% containment")
    assert "handoff" not in prefill("we expect 100% containment")
    # the words about a handoff decide it, here by contradicting each other: the share implies nothing over them
    assert "handoff" not in prefill("15% of calls are escalated; no human handoff at night")


def test_the_module_examples_run():
    import doctest

    result = doctest.testmod(mode_module)
    assert result.failed == 0 and result.attempted


ORDINARY = ("A dental group with 3 practices in Leeds wants an AI to answer the phones out of hours, book and cancel "
            "appointments, remember returning patients and put urgent callers through to the on-call dentist. ")


@pytest.mark.parametrize("unit", ["9-", "1,", "1.", "- ", "a-"])
def test_a_run_costs_no_more_than_a_few_ordinary_requests_of_its_length(unit):
    """Linear is not enough: a pattern that tries every way to split a run into words costs a constant that is huge
    (the ISV tenant phrase once took 5 s for 4,000 characters of '9-', ten times an ordinary request). A ratio
    measured in one process against an ordinary request of the same length; the alarm only stops a runaway scan."""
    length = 2000

    def cost(text: str) -> float:
        start = time.perf_counter()
        prefill(text)
        return time.perf_counter() - start

    def ratio() -> float:
        run, ordinary = unit * (length // len(unit)), (ORDINARY * (length // len(ORDINARY) + 1))[:length]
        cost(run[:200]), cost(ordinary[:200])  # warm: compiled tables, caches
        return min(cost(run) for _ in range(2)) / min(cost(ordinary) for _ in range(2))

    outcome, measured = bounded(ratio, within=120)
    assert outcome == "ok" and measured < 20, measured  # about 1-6 today; the slow phrase gave about 50
