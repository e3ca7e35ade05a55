"""What twarch refuses, in one place: the bounds on everything a user or a file can hand it.

Answers files come from other people, and the Voila app takes typed text, so every input is bounded
before any work that grows with it. Each limit is far above what a real answers file needs (the whole
qualification is about 30 short values, nested two levels deep) and low enough that refusing is fast.
The README's "What twarch refuses, and why" section and the published JSON Schema (``twarch schema``:
``maxLength``, ``maximum``, ``maxItems``, ``pattern``) state the same numbers.
"""

from __future__ import annotations

__all__ = ["MAX_CALL_MINUTES", "MAX_COUNT", "MAX_DEPTH", "MAX_FILE_BYTES", "MAX_FLAG_CHARS", "MAX_LANGUAGES",
           "MAX_MONTHLY_VOLUME", "MAX_NUMBER_DIGITS", "MAX_TEXT", "MAX_YAML_NODES", "PREVIEW_CHARS"]

#: Bytes read from an answers file (or accepted as JSON/YAML text); a larger input is refused unread. The largest
#: valid answers file (every question answered, 4,000 emoji in the request, 200 tags) is 20 KB, 52 KB with every
#: character \u-escaped; PyYAML's pure-Python parser (the one that can count aliases) takes about a quarter of
#: a second for this many bytes.
MAX_FILE_BYTES = 256 * 1024

#: Levels of nesting in an answers file (the mapping is level 1, a list in it level 2).
MAX_DEPTH = 10

#: Values a YAML document may hold once its aliases are expanded (each ``*alias`` counts its whole anchor
#: again), so a few hundred bytes of nested anchors cannot expand into gigabytes ("billion laughs").
MAX_YAML_NODES = 10_000

#: Characters in the request, the only free-text answer; mode detection and pre-fill refuse longer text.
MAX_TEXT = 4000

#: The largest count an answer may give (``peak_concurrent_calls``, ``tenants``, ``seats``) unless its question
#: declares a larger one.
MAX_COUNT = 1_000_000

#: The largest monthly volume an answer may give (``calls_per_month``, ``sms_per_month``, ``whatsapp_per_month``,
#: ``whatsapp_templates_per_month``, ``chat_users_per_month``): a national retailer or bank makes or sends millions a
#: month. The bill is arithmetic on it, and the capacity plan refuses before its work grows with it (Erlang C stops
#: at 100,000 agents before computing anything).
MAX_MONTHLY_VOLUME = 100_000_000

#: The longest call or human handle time, in minutes (``minutes_per_call``, ``handle_minutes``): a day. A longer one is
#: a typo (seconds for minutes), and the LLM's context grows with every turn of a call, so the bill grows with the
#: square of its length.
MAX_CALL_MINUTES = 1440

#: Characters in one value of a command-line ``--set`` or ``--price`` (``NAME=VALUE``): a number, true/false or a
#: row id is far shorter; longer text is refused before it is parsed.
MAX_FLAG_CHARS = 100

#: Digits an integer in a file may have to be converted at all; a longer one is out of range unread.
MAX_NUMBER_DIGITS = 20

#: Language tags in ``languages``.
MAX_LANGUAGES = 200

#: Characters of a bad value quoted back in an error message.
PREVIEW_CHARS = 60
