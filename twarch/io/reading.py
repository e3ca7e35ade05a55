"""Reading answers safely: a bounded file read, then JSON or YAML parsed within fixed limits.

Every refusal is an :class:`~twarch.errors.AnswerError` (the CLI's exit 2), raised before the work grows
with the input:

* **size** -- at most :data:`~twarch.io.bounds.MAX_FILE_BYTES` are read (``/dev/zero`` is refused, not read);
* **depth** -- nesting deeper than :data:`~twarch.io.bounds.MAX_DEPTH` (JSON's C parser and PyYAML's composer
  recurse, so a few thousand brackets would otherwise end in a ``RecursionError``);
* **aliases** -- a YAML document whose values, aliases expanded, exceed :data:`~twarch.io.bounds.MAX_YAML_NODES`
  is refused while it is being composed, so a "billion laughs" file stops after a few thousand values;
* **duplicate keys** -- in JSON and YAML alike (both parsers would silently keep the last one);
* **long numbers** -- an integer of more than :data:`~twarch.io.bounds.MAX_NUMBER_DIGITS` digits becomes a
  :class:`~twarch.text.LongNumber`, which validation refuses as out of range (naming the field);
* **NaN and Infinity** -- Python's ``json`` accepts them, JSON does not.

>>> parse_json('{"memory": true}')
{'memory': True}
>>> parse_json('{"memory": true, "memory": false}')
Traceback (most recent call last):
...
twarch.errors.AnswerError: memory: given twice in one mapping; allowed: each key at most once
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

from ..errors import AnswerError
from ..text import LongNumber, field_name, preview, quote
from .bounds import MAX_DEPTH, MAX_FILE_BYTES, MAX_NUMBER_DIGITS, MAX_YAML_NODES

__all__ = ["parse_count_text", "parse_json", "parse_yaml", "read_answers_file"]

YAML_SUFFIXES = (".yaml", ".yml")
_KIB = MAX_FILE_BYTES // 1024


def read_answers_file(path: str | Path) -> Any:
    """The parsed contents of an answers file (``.yaml``/``.yml`` as YAML, anything else as JSON)."""
    path = Path(path)
    try:
        with open(path, "rb") as stream:
            data = stream.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise AnswerError("file", f"cannot read {quote(str(path))}: {exc.strerror or exc}") from None
    if len(data) > MAX_FILE_BYTES:
        raise AnswerError("file", f"{quote(str(path))} is larger than {_KIB} KiB",
                          f"at most {MAX_FILE_BYTES} bytes")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise AnswerError("file", f"cannot read {quote(str(path))}: not UTF-8 text (byte {exc.start + 1})") from None
    if path.suffix.lower() in YAML_SUFFIXES:
        return parse_yaml(text, quote(str(path)))
    return parse_json(text)


def _check_size(text: str) -> None:
    if len(text) > MAX_FILE_BYTES or len(text.encode("utf-8", "surrogatepass")) > MAX_FILE_BYTES:
        raise AnswerError("answers", f"the text is larger than {_KIB} KiB", f"at most {MAX_FILE_BYTES} bytes")


def _too_deep() -> AnswerError:
    return AnswerError("answers", f"nested deeper than {MAX_DEPTH} levels", f"at most {MAX_DEPTH} levels of lists "
                       "and mappings (an answers file needs 2)")


def _check_depth(value: Any) -> Any:
    """``value`` when no list or mapping in it is nested deeper than :data:`MAX_DEPTH` (walked without recursion)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        children = item.values() if isinstance(item, dict) else item if isinstance(item, (list, tuple)) else None
        if children is None:
            continue
        if depth > MAX_DEPTH:
            raise _too_deep()
        stack.extend((child, depth + 1) for child in children)
    return value


# ---------------------------------------------------------------- JSON


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    mapping: dict[str, Any] = {}
    for key, value in pairs:
        if key in mapping:
            raise AnswerError(field_name(key), "given twice in one mapping", "each key at most once")
        mapping[key] = value
    return mapping


def _json_int(digits: str) -> int | LongNumber:
    length = len(digits.lstrip("-"))
    return int(digits) if length <= MAX_NUMBER_DIGITS else LongNumber(length, digits.startswith("-"))


def _not_json(name: str) -> Any:
    raise AnswerError("answers", f"not valid JSON ({name} is not a JSON value)")


def parse_json(text: str) -> Any:
    """Parse JSON text within the limits (size, depth, duplicate keys, long numbers, no NaN)."""
    _check_size(text)
    try:
        value = json.loads(text, object_pairs_hook=_unique_keys, parse_int=_json_int, parse_constant=_not_json)
    except json.JSONDecodeError as exc:
        raise AnswerError("answers", f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    except RecursionError:  # the C parser's own guard, long past MAX_DEPTH
        raise _too_deep() from None
    return _check_depth(value)


# ---------------------------------------------------------------- YAML


def parse_yaml(text: str, source: str = "the text") -> Any:
    """Parse YAML text within the limits (size, depth, alias expansion, duplicate keys, long numbers).

    Only the safe loader's types are built (``!!python/...`` tags are refused as invalid YAML).
    """
    import yaml

    _check_size(text)
    try:
        loader = _bounded_loader()(text)  # reading checks every character: a control character fails here
        try:
            return _check_depth(loader.get_single_data())
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        mark, position = getattr(exc, "problem_mark", None), getattr(exc, "position", None)
        where = (f" (line {mark.line + 1}, column {mark.column + 1})" if mark else
                 f" (character {position + 1})" if position is not None else "")
        raise AnswerError("answers", f"{source} is not valid YAML{where}") from None


@cache
def _bounded_loader() -> type:
    """PyYAML's pure-Python safe loader, counting depth and alias-expanded values while it composes."""
    import yaml

    class BoundedLoader(yaml.SafeLoader):
        def __init__(self, stream: str) -> None:
            super().__init__(stream)
            self.depth = 0
            self.values = 0
            self.sizes: dict[str, int] = {}  # anchor -> values in the anchored node, aliases expanded

        def _count(self, values: int) -> None:
            self.values += values
            if self.values > MAX_YAML_NODES:
                raise AnswerError("answers", f"holds more than {MAX_YAML_NODES} values (a YAML alias counts "
                                  "every value it repeats)", f"at most {MAX_YAML_NODES} values")

        def compose_node(self, parent: Any, index: Any) -> Any:
            event = self.peek_event()
            if isinstance(event, yaml.AliasEvent):
                node = super().compose_node(parent, index)
                if event.anchor not in self.sizes:
                    raise AnswerError("answers", "a YAML alias refers to a value that contains it",
                                      "aliases to complete values only")
                self._count(self.sizes[event.anchor])
                return node
            collection = isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent))
            self.depth += collection
            if self.depth > MAX_DEPTH:
                raise _too_deep()
            before = self.values
            self._count(1)
            node = super().compose_node(parent, index)
            self.depth -= collection
            if event.anchor is not None:
                self.sizes[event.anchor] = self.values - before
            return node

        def compose_mapping_node(self, anchor: Any) -> Any:
            node = super().compose_mapping_node(anchor)
            seen = set()
            for key, _ in node.value:
                if isinstance(key, yaml.ScalarNode) and key.tag != "tag:yaml.org,2002:merge":
                    if (key.tag, key.value) in seen:
                        raise AnswerError(field_name(key.value), "given twice in one mapping", "each key at most once")
                    seen.add((key.tag, key.value))
            return node

        def construct_yaml_int(self, node: Any) -> Any:
            length = len(node.value.lstrip("+-").replace("_", ""))
            if length > MAX_NUMBER_DIGITS:
                return LongNumber(length, node.value.startswith("-"))
            return super().construct_yaml_int(node)

    BoundedLoader.add_constructor("tag:yaml.org,2002:int", BoundedLoader.construct_yaml_int)
    return BoundedLoader


# ---------------------------------------------------------------- typed numbers

_WHOLE_NUMBER = re.compile(r"-?[0-9]+")


def parse_count_text(field: str, text: str, allowed: str) -> int | LongNumber:
    """A whole number typed in a text box (``1,200`` and ``1_200`` are fine), for :func:`~twarch.answers.validate`
    to range-check; anything else (``²``, ``--5``, ``1e3``) is an :class:`AnswerError`."""
    digits = text.strip().replace(",", "").replace("_", "")
    if not _WHOLE_NUMBER.fullmatch(digits):
        raise AnswerError(field, f"{preview(text.strip())} is not a whole number", allowed)
    return _json_int(digits)
