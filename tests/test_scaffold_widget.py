"""The Wizard's Starter project button downloads the design's starter as a zip, or says why there is none."""

from __future__ import annotations

import io
import zipfile

import pytest

from twarch import Wizard
from twarch.scaffold import zip_bytes

pytestmark = pytest.mark.render


def test_the_starter_button_downloads_the_zip_or_says_why_not():
    w = Wizard({"channels": ["voice"], "handoff": True, "industry": "healthcare", "team_language": "python"})
    sent = []
    w.bridge.download = lambda name, data, mime: sent.append((name, data, mime))
    w.starter_button.click()
    name, data, mime = sent[0]
    assert name.endswith(".zip") and mime == "application/zip" and data == zip_bytes(w.model.recommendation)
    assert "twarch-starter/app/relay.py" in zipfile.ZipFile(io.BytesIO(data)).namelist()
    w.set(outcome="internal_tools", wants=["ai_copilot"])
    w.starter_button.click()
    assert len(sent) == 1 and "agent assist" in w.status.value
