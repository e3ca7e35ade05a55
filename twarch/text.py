"""User text at the boundaries: what the request may contain, and how a value is quoted back.

* :func:`check_text` -- the request's length (checked before anything scans it) and the characters
  refused in it: control characters other than tab and line feed (they move terminals, clear screens,
  set window titles), bidirectional controls and invisible format characters (:data:`INVISIBLE`: they make
  text read differently from what it holds, as in "Trojan Source"), lone surrogates (no encoding can write
  them) and U+FFFE/U+FFFF (XML forbids them, so an SVG holding them is not well-formed). :data:`TEXT_PATTERN`
  says the same in the JSON Schema. Zero-width joiners and non-joiners (U+200C, U+200D) and the direction
  *marks* (U+200E, U+200F, U+061C) stay allowed: Persian, Indic scripts, emoji and right-to-left text need them.
* :func:`visible` -- text from anywhere else (a file, a server) with those same characters written out as
  ``\\uXXXX``, so nothing reaches an output raw; :func:`esc`, :func:`md_code` and :func:`dot_text` apply it.
* :func:`preview` -- a short, printable, one-line rendering of any value for an error message, built
  without serialising the whole value (a YAML alias bomb or a 1 MB key costs no more than a short one).
* :func:`md_code` -- user text as a Markdown code span, which no CommonMark renderer turns into HTML, a
  heading, a link or an image; :func:`split_code` finds such spans again for the report renderers.
* :func:`esc` -- any value as HTML text (``&``, ``<``, ``>`` and both quotes escaped), for markup built by hand.
* :func:`dot_text` -- user text for a plain Graphviz label, with ``&`` spelled ``&amp;`` so ``dot`` reads no
  character reference (``&#xD800;`` would otherwise reach the SVG as an invalid character).

>>> preview("x" * 100, limit=10)
'"xxxxxx...'
>>> preview(["a\\u202e", {"k": None}])
'["a\\\\u202e", {"k": null}]'
>>> md_code("use `x` <b>")
'``use `x` <b>``'
>>> visible("RTL \\u202eevil")
'RTL \\\\u202eevil'
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .errors import AnswerError
from .io.bounds import MAX_TEXT, PREVIEW_CHARS

__all__ = ["INVISIBLE", "TEXT_PATTERN", "LongNumber", "check_text", "dot_text", "esc", "field_name", "md_code",
           "preview", "quote", "split_code", "visible"]

#: Bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) and invisible format characters
#: (zero-width space U+200B, word joiner and invisible operators U+2060-U+2064, zero-width no-break space U+FEFF),
#: as a regular-expression class.
INVISIBLE = r"\u200B\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF"
_REFUSED_CLASS = r"\x00-\x08\x0B-\x1F\x7F-\x9F" + INVISIBLE + r"\uD800-\uDFFF\uFFFE\uFFFF"

#: The request's characters as a regular expression (JSON Schema ``pattern``, ECMA-262 and Python alike).
TEXT_PATTERN = rf"^[^{_REFUSED_CLASS}]*$"
_REFUSED = re.compile(rf"[{_REFUSED_CLASS}]")
ALLOWED_TEXT = ("any text but control characters (tab and line feed are fine), bidirectional controls, invisible "
                "format characters, lone surrogates, U+FFFE and U+FFFF")
_INVISIBLE = re.compile(rf"[{INVISIBLE}]")


def check_text(field: str, text: str, limit: int = MAX_TEXT) -> str:
    """``text`` when it is at most ``limit`` characters of allowed characters; else :class:`AnswerError`."""
    if len(text) > limit:
        raise AnswerError(field, f"text is {len(text)} characters; at most {limit}")
    bad = _REFUSED.search(text)
    if bad:
        char = bad.group()
        kind = ("a lone surrogate" if "\ud800" <= char <= "\udfff" else
                "a noncharacter" if char in "\ufffe\uffff" else
                "a bidirectional control" if "\u202a" <= char <= "\u202e" or "\u2066" <= char <= "\u2069" else
                "an invisible format character" if _INVISIBLE.match(char) else "a control character")
        raise AnswerError(field, f"U+{ord(char):04X} ({kind}) at character {bad.start() + 1} is not allowed",
                          ALLOWED_TEXT)
    return text


def visible(text: str) -> str:
    """``text`` with every character :func:`check_text` refuses (but tab and line feed) written as ``\\uXXXX``: for
    text that did not come through :func:`check_text` (a file, a server's answer), so none reaches an output raw."""
    return _REFUSED.sub(lambda found: f"\\u{ord(found.group()):04x}", text)


@dataclass(frozen=True)
class LongNumber:
    """An integer written with more digits than any answer allows: kept as its length, never converted
    (Python refuses to convert more than 4,300 digits, and a million digits would take seconds)."""

    digits: int
    negative: bool = False

    def __str__(self) -> str:
        return f"{'a negative' if self.negative else 'a'} number with {self.digits} digits"


# ---------------------------------------------------------------- previews for error messages


def preview(value: Any, limit: int = PREVIEW_CHARS) -> str:
    """At most ``limit`` printable characters showing ``value`` JSON-like (non-printables as ``\\uXXXX``).

    Only as much of the value as fits is ever looked at, so the cost is bounded whatever its size,
    depth or cycles.
    """
    pieces, size = [], 0
    for piece in _chars(value, limit + 1):
        pieces.append(piece)
        size += len(piece)
        if size > limit:
            return "".join(pieces)[:limit - 3] + "..."
    return "".join(pieces)


def field_name(key: Any) -> str:
    """A key as the field an error names: as written when it is a short identifier, else a preview."""
    if isinstance(key, str) and key.isidentifier() and key.isprintable() and len(key) <= PREVIEW_CHARS:
        return key
    return preview(key)


_SHORT_ESCAPES = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


def quote(text: str) -> str:
    """``text`` in double quotes with quotes, backslashes and non-printable characters escaped."""
    out = []
    for char in text:
        if char in '"\\':
            out.append("\\" + char)
        elif char in _SHORT_ESCAPES:
            out.append(_SHORT_ESCAPES[char])
        elif char.isprintable():
            out.append(char)
        else:
            out.append(f"\\u{ord(char):04x}" if ord(char) <= 0xFFFF else f"\\U{ord(char):08x}")
    return '"' + "".join(out) + '"'


def _chars(value: Any, budget: int) -> Iterator[str]:
    """The preview as a lazy stream of pieces (never more than ``budget`` characters of any string)."""
    if value is None or isinstance(value, bool):
        yield json.dumps(value)
    elif isinstance(value, int):
        digits = int(value.bit_length() * 0.30103)  # log10(2): str() of a huge int is slow, then refused
        yield str(value) if value.bit_length() < 64 else f"a number with about {digits} digits"
    elif isinstance(value, float):
        yield json.dumps(value)
    elif isinstance(value, str):
        yield quote(value[:budget])
    elif isinstance(value, bytes):
        yield "b" + quote(value[:budget].decode("latin-1"))
    elif isinstance(value, LongNumber):
        yield str(value)
    elif hasattr(value, "isoformat"):  # a YAML date or time (importing datetime here would slow the CLI's start)
        yield value.isoformat()
    elif isinstance(value, dict):
        yield "{"
        for index, (key, item) in enumerate(value.items()):
            if index:
                yield ", "
            yield from _chars(key, budget)
            yield ": "
            yield from _chars(item, budget)
        yield "}"
    elif isinstance(value, (list, tuple, set, frozenset)):
        yield "["
        for index, item in enumerate(value):
            if index:
                yield ", "
            yield from _chars(item, budget)
        yield "]"
    else:
        yield f"<{type(value).__name__}>"


# ---------------------------------------------------------------- Markdown and DOT

#: A CommonMark code span: a run of backticks, content, and a closing run of exactly the same length.
CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.DOTALL)


def md_code(text: str) -> str:
    """``text`` on one line as a Markdown code span (its fence longer than any backtick run inside).

    Inside a code span nothing is markup: no HTML, emphasis, link, autolink, image or character
    reference; and on one line no heading, list, quote or fence can start. Characters :func:`check_text` refuses
    are written out (:func:`visible`).
    """
    flat = visible(" ".join(text.split()))
    if not flat:
        return ""
    fence = "`" * (max((len(run) for run in re.findall("`+", flat)), default=0) + 1)
    pad = " " if flat.startswith("`") or flat.endswith("`") else ""
    return f"{fence}{pad}{flat}{pad}{fence}"


def split_code(text: str) -> Iterator[tuple[str, str | None]]:
    """``(piece, None)`` for plain text and ``(span, content)`` for each code span, in order."""
    end = 0
    for match in CODE_SPAN.finditer(text):
        if match.start() > end:
            yield text[end:match.start()], None
        content = match.group(2)
        if content.startswith(" ") and content.endswith(" ") and content.strip(" "):
            content = content[1:-1]
        yield match.group(0), content
        end = match.end()
    if end < len(text):
        yield text[end:], None


def esc(text: Any) -> str:
    """``str(text)`` escaped for HTML text and attribute values (and :func:`visible`)."""
    return html.escape(visible(str(text)))


def dot_text(text: str) -> str:
    """``text`` for a plain (non-HTML) Graphviz label: ``dot`` reads ``&...;`` as a character reference (and
    :func:`visible`)."""
    return visible(text).replace("&", "&amp;")
