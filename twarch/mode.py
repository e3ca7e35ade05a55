"""Mode detection (Step 1) -- being written by a helper; temporary interface."""
from __future__ import annotations
from dataclasses import dataclass


@dataclass(frozen=True)
class ModeResult:
    activates: bool
    mode: str | None
    signals: tuple[str, ...] = ()


def detect_mode(text: str) -> ModeResult:
    raise NotImplementedError


def answers_from_text(text: str):
    raise NotImplementedError
