"""Twilio's helper library writes the TwiML twarch designed (tests/twiml/*.xml), element for element."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from app import twiml
from conftest import HOST, ROOT

ARGS = {"token": "test-call-token", "task": '{"reason":"human","summary":"test"}',
        "sentence": "Your payment went through."}


def tree(xml: str) -> tuple:
    def walk(e: ET.Element) -> tuple:
        return e.tag, dict(sorted(e.attrib.items())), (e.text or "").strip(), tuple(walk(c) for c in e)
    return walk(ET.fromstring(xml.encode()))


@pytest.mark.parametrize("path", sorted((ROOT / "tests" / "twiml").glob("*.xml")), ids=lambda p: p.stem)
def test_the_helper_library_writes_the_designed_twiml(path):
    build = getattr(twiml, path.stem)
    names = list(build.__code__.co_varnames[1:build.__code__.co_argcount])
    assert tree(build(HOST, *(ARGS[n] for n in names))) == tree(path.read_text())
