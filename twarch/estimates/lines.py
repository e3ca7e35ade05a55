"""Every bill line id, declared once: the rows of ``knowledge/prices.csv`` and the lines priced from other tables.

A price override (``twarch cost --price LINE=USD``, ``Volumes(prices=...)``) may name any of :data:`LINE_IDS`. The bill
refuses to make a line whose id is neither one of them nor one of :data:`UNCOUNTED`, so a new line cannot reach a
report, a chart or the Wizard's cost readings without being declared here (or in ``prices.csv``).
"""

from __future__ import annotations

from ..knowledge.prices import load_prices

#: Bill lines whose unit price is not a ``prices.csv`` row of the same id, with where their price comes from.
PRICED_ELSEWHERE: dict[str, str] = {
    "stt": "the speech-to-text row of providers.csv (per audio minute)",
    "tts": "the text-to-speech row of providers.csv (per million characters)",
    "llm_input": "the LLM row of providers.csv: input tokens of the calls",
    "llm_output": "the LLM row of providers.csv: output tokens of the calls",
    "llm_text_input": "the LLM row of providers.csv: input tokens of the text conversations",
    "llm_text_output": "the LLM row of providers.csv: output tokens of the text conversations",
    "voice_transfer_leg": "the outbound voice minute of prices.csv, for the leg that puts a call through to a phone",
    # The same legs where prices.csv holds no rate for the country (the row's country column names the one it prices):
    # listed without a price, never at another country's rate; one price set here applies to every such country.
    "voice_inbound_local_abroad": "none held: calls to local numbers from countries prices.csv has no rate for",
    "voice_inbound_toll_free_abroad": "none held: calls to toll-free numbers from countries with no rate in prices.csv",
    "voice_outbound_abroad": "none held: outbound calls to countries prices.csv has no rate for",
    "voice_transfer_leg_abroad": "none held: transfer legs to phones in countries prices.csv has no outbound rate for",
    "phone_number_local_abroad": "none held: local numbers in countries prices.csv has no rate for",
    "phone_number_toll_free_abroad": "none held: toll-free numbers in countries prices.csv has no rate for",
    "sms_segment_abroad": "none held: SMS segments to and from countries prices.csv has no rate for",
    "s2s_audio_in": "the realtime model's audio input tokens (its prices.csv rows)",
    "s2s_audio_cached": "the realtime model's cached audio input tokens",
    "s2s_text_in": "the realtime model's text input tokens",
    "s2s_text_cached": "the realtime model's cached text input tokens",
    "s2s_audio_out": "the realtime model's audio output tokens",
    "s2s_text_out": "the realtime model's text output tokens",
}
#: Bill line ids a price override may name, in the order ``twarch cost`` lists them.
LINE_IDS: tuple[str, ...] = (*load_prices(), *PRICED_ELSEWHERE)
#: Lines the bill lists with a count but no quantity to price (the LLM tokens of text conversations whose turns are
#: unknown): no price can be set for them; ``--set text_turns_per_conversation=N`` counts them.
UNCOUNTED: dict[str, str] = {
    "llm_text_messaging": "the LLM tokens of SMS, WhatsApp and RCS conversations, until their turns are known",
    "llm_text_chat": "the LLM tokens of chat conversations, until their turns are known",
}
