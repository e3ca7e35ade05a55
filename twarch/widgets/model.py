"""The Wizard's logic: a traitlets model from answers to recommendation, with no widget in it.

:class:`WizardModel` holds the current :class:`~twarch.answers.Answers`, and observes them to keep
``recommendation`` (from :func:`twarch.recommend`), ``checklist`` (rebuilt from the recommendation,
keeping one tick store across recommendations) and ``mode_result`` (Step 1 on the request) current.
It knows which answers were pre-filled from the request and from which words, which of the user's own
answers the request contradicts (``conflicts``: the request never overwrites an answer the user gave, but it
says so), the request's words the reader did not understand (``unread``) and the readings the user turned down
(``rejected``: :meth:`WizardModel.reject` keeps them out across every later reading of the request). It holds no
rule: everything it shows comes from the engine and :mod:`twarch.reader.request`.
"""

from __future__ import annotations

from typing import Any

from traitlets import Any as AnyTrait
from traitlets import Dict, HasTraits, Instance, Int, List, Tuple, observe

from ..answers import Answers
from ..checklists import Checklist, checklist
from ..engine import recommend
from ..knowledge.questions import BY_ID
from ..reader.request import ModeResult, detect_mode, prefill, read_request, rejected_ids, unread_words
from ..recommendation import Recommendation


class WizardModel(HasTraits):
    """Answers in, recommendation out; ``set`` validates before anything changes."""

    answers = Instance(Answers, help="The current answers (always valid).")
    recommendation = Instance(Recommendation, help="recommend(answers), kept current.")
    checklist = Instance(Checklist, help="The checklist for the recommendation, with the user's ticks.")
    prefilled = Dict(help="field id -> the request's words the answer was pre-filled from.")
    conflicts = Dict(help="field id -> (value, words): what the request says where the user's own answer differs.")
    mode_result = AnyTrait(None, allow_none=True, help="detect_mode(answers.request), or None without a request.")
    unread = Tuple(help="unread_words(answers.request): the request's words the reader did not understand.")
    rejected: List[str] = List(help="Question ids whose reading the user rejected: the request never fills them again.")
    revision = Int(0, help="Bumped once after every change (answers, pre-fill marks, ticks): views observe this.")

    def __init__(self, answers: Answers | dict[str, Any] | None = None, ticks: dict[str, str] | None = None,
                 rejected: list[str] | tuple[str, ...] = (), **kwargs: Any) -> None:
        given = answers if isinstance(answers, Answers) else Answers.from_dict(answers or {})
        turned_down = sorted(rejected_ids(rejected))
        # as the CLI does: the request fills what the answers leave open
        start, marks = read_request(given, turned_down)
        unread = unread_words(given.request) if given.request else ()
        rec = recommend(start, inferred=marks, unread=unread)
        super().__init__(answers=start, prefilled=marks, unread=unread, rejected=turned_down, recommendation=rec,
                         checklist=checklist(rec, ticks=ticks), **kwargs)

    # ------------------------------------------------------------------------------------ changing answers

    def set(self, **changes: Any) -> Answers:
        """Change answers (``None`` unanswers); raises :class:`~twarch.errors.AnswerError` and changes
        nothing when any value is bad. Answers set here are the user's own: their pre-fill marks go."""
        new = self.answers.replace(**changes)
        self.conflicts = {k: v for k, v in self.conflicts.items() if k not in changes}
        self._commit(new, {k: v for k, v in self.prefilled.items() if k not in changes})
        return new

    def replace_all(self, answers: Answers, ticks: dict[str, str] | None = None,
                    prefilled: dict[str, str] | None = None, rejected: list[str] | tuple[str, ...] = ()) -> None:
        """Put a whole saved session in place (load, restore, reset): answers, ticks, pre-fill marks and the
        readings turned down."""
        fresh = Checklist(self.checklist.items, ticks=ticks or {}, notices=self.checklist.notices)  # ticks checked
        marks = {k: v for k, v in (prefilled or {}).items() if getattr(answers, k) is not None}
        self.rejected = sorted(rejected_ids(rejected))
        self.conflicts = {}
        self.checklist = fresh  # the recomputed checklist keeps these ticks
        if answers != self.answers or marks != self.prefilled:
            self._commit(answers, marks)
        else:
            self.revision += 1

    def accept_request(self, keys: list[str]) -> None:
        """Take what the request says for these fields over the user's own answers (see ``conflicts``)."""
        taken = {k: self.conflicts[k] for k in keys if k in self.conflicts}
        marks = {**self.prefilled, **{k: phrase for k, (_value, phrase) in taken.items()}}
        self.conflicts = {k: v for k, v in self.conflicts.items() if k not in taken}
        self._commit(self.answers.replace(**{k: value for k, (value, _phrase) in taken.items()}), marks)

    def reject(self, key: str) -> None:
        """Turn down what the request says for ``key``: a pre-filled answer goes back to unanswered (a conflict with
        the user's own answer is dropped), and no later reading of the request fills it again. Answering the
        question yourself still works; :meth:`restore` undoes this."""
        rejected_ids([key])
        self.rejected = sorted({*self.rejected, key})
        self.conflicts = {k: v for k, v in self.conflicts.items() if k != key}
        if key in self.prefilled:
            self._commit(self.answers.replace(**{key: None}), {k: v for k, v in self.prefilled.items() if k != key})

    def restore(self, key: str) -> None:
        """Take back a rejection: the request is read again, and fills ``key`` if it says something for it and the
        user has not answered it."""
        rejected_ids([key])
        self.rejected = [k for k in self.rejected if k != key]
        if self.answers.request:
            self.read_request(self.answers.request)

    def read_request(self, text: str) -> ModeResult:
        """Step 1: take ``text`` as the request, detect the mode and pre-fill what it names.

        A pre-fill never overwrites an answer the user gave nor fills a rejected one; answers pre-filled from an
        earlier request that this text no longer implies go back to unanswered.
        """
        checked = self.answers.replace(request=text)  # validates the text before anything else
        found = detect_mode(text)
        own = {k for k, v in checked.to_dict().items() if k not in self.prefilled and k != "request"}
        suggestions = prefill(text, [k for k in BY_ID if k != "request" and k not in self.rejected],
                              {**dict.fromkeys(self.rejected), **{k: getattr(checked, k) for k in own}})
        changes: dict[str, Any] = {"request": text}
        marks: dict[str, str] = {}
        for key in self.prefilled:
            if key not in suggestions:
                changes[key] = None
        conflicts: dict[str, tuple[Any, str]] = {}
        for key, (value, phrase) in suggestions.items():
            if key in own:
                if getattr(checked.replace(**{key: value}), key) != getattr(checked, key):
                    conflicts[key] = (value, phrase)
                continue
            changes[key] = value
            marks[key] = phrase
        self.conflicts = conflicts
        self._commit(self.answers.replace(**changes), marks)
        return found

    def tick(self, entry_id: str, status: str = "fulfilled") -> Checklist:
        """Set one checklist item's tick (the tick store outlives every recommendation)."""
        self.checklist.tick(entry_id, status)
        self.revision += 1
        return self.checklist

    def _commit(self, new: Answers, marks: dict[str, str]) -> None:
        marks_changed = marks != self.prefilled
        self.prefilled = marks
        if new != self.answers:
            self.answers = new  # -> _recompute, which bumps the revision
        elif marks_changed:  # the same answers, now the user's own: the report's "read from" list changes
            self.recommendation = recommend(new, inferred=marks, unread=self.unread)
            self.revision += 1

    # ------------------------------------------------------------------------------------ derived state

    @observe("answers")
    def _recompute(self, change: dict) -> None:
        old, new = change["old"], change["new"]
        if old is None or old.request != new.request:
            self.unread = unread_words(new.request) if new.request else ()
        rec = recommend(new, inferred=self.prefilled, unread=self.unread)
        with self.hold_trait_notifications():
            if old is None or old.request != new.request:
                self.mode_result = detect_mode(new.request) if new.request else None
            self.checklist = checklist(rec, ticks=self.checklist.ticks)
            self.recommendation = rec
        self.revision += 1
