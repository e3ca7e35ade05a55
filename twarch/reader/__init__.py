"""The request reader: from a user's own words to a mode (discovery, validation, build) and pre-filled answers.

:mod:`twarch.reader.request` detects the mode and reads answers from the words, with the phrasings declared in
:mod:`twarch.knowledge.signals`; :mod:`twarch.reader.patterns` keeps the reader's compiled patterns between runs.

>>> from twarch.reader import detect_mode
>>> detect_mode("I need ConversationRelay with customer memory").mode
'validation'
"""

from __future__ import annotations

from .request import ModeResult, PrefillMatch, answers_from_text, detect_mode, prefill, read, read_request, unread_words

__all__ = ["ModeResult", "PrefillMatch", "answers_from_text", "detect_mode", "prefill", "read", "read_request",
           "unread_words"]
