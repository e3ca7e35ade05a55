"""What the agent says that is not the LLM's: the notice, the greeting, the hand-off and payment sentences, and
the system prompt. Written in English; the README asks for them in the design's languages before going live."""

from __future__ import annotations

from dataclasses import dataclass

from .plan import Plan


@dataclass(frozen=True)
class Texts:
    notice: str
    greeting: str
    handoff_sentence: str
    payment_sentence: str
    goodbye_sentence: str
    system_prompt: str


def texts(plan: Plan) -> Texts:
    recorded = "is recorded and " if plan.records else "is "
    languages = ", ".join(plan.languages)
    prompt = ("You are an AI assistant answering phone calls. Say you are an AI if asked, and never claim to be a "
              "person. Keep answers to a sentence or two, in plain words: no lists, markdown or emojis, because "
              f"they are spoken. Answer in the caller's language ({languages}).")
    if plan.payments:
        prompt += (" Never ask for or repeat card numbers: a caller who wants to pay is taken to a secure keypad "
                   "payment.")
    if plan.handoff:
        prompt += " A caller who asks for a person is put through to one."
    return Texts(notice=f"This call {recorded}answered by an AI assistant.",
                 greeting="Hello, I'm the AI assistant. How can I help you today?",
                 handoff_sentence="I'll put you through to a person now." if plan.handoff else "",
                 payment_sentence=("I'll take you to our secure payment line: please key in your card on the phone "
                                   "keypad.") if plan.payments else "",
                 goodbye_sentence="Thank you for calling. Goodbye.", system_prompt=prompt)
