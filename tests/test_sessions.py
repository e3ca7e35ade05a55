"""Saved sessions and careful answer files: nothing a team entered is lost to a reload or a Run All."""

import json

import pytest

from twarch import AnswerError, Answers
from twarch.workshop.sessions import Session, SessionStore, clean_name, default_store, save_answers, slug

FALCONS = Answers(channels=("voice", "sms"), memory=True, industry="healthcare")


def test_a_session_round_trips_through_its_file(tmp_path):
    store = SessionStore(tmp_path / "sessions")
    session = Session("Falcons", FALCONS, {"HIPAA-01": "fulfilled"}, scenario="dental_clinic")
    path = store.save(session)
    assert path == tmp_path / "sessions" / "falcons.json"
    assert store.load("falcons") == session
    assert store.load("nobody") is None


def test_a_session_file_loads_wherever_answers_load(tmp_path):
    path = SessionStore(tmp_path).save(Session("otters", FALCONS, {"HIPAA-01": "open"}))
    assert Answers.load(path) == FALCONS


def test_emptying_a_session_keeps_the_old_file_as_a_backup(tmp_path):
    store = SessionStore(tmp_path)
    store.save(Session("herons", FALCONS))
    before = store.path("herons").read_text()
    store.save(Session("herons"))
    assert store.load("herons").answers == Answers()
    assert (tmp_path / "herons.json.bak").read_text() == before


def test_load_all_reports_a_broken_file_and_keeps_the_others(tmp_path):
    store = SessionStore(tmp_path)
    store.save(Session("Team A", FALCONS))
    (tmp_path / "broken.json").write_text("{not json")
    (tmp_path / "typo.json").write_text(json.dumps({"answers": {"memroy": True}}))
    sessions, problems = store.load_all()
    assert list(sessions) == ["Team A"]
    assert set(problems) == {"broken.json", "typo.json"} and "memroy" in problems["typo.json"]


def test_unique_names_for_what_ifs(tmp_path):
    store = SessionStore(tmp_path)
    store.save(Session("falcons what-if", FALCONS))
    assert store.unique_name("falcons what-if") == "falcons what-if 2"
    assert store.unique_name("falcons what-if", taken=("Falcons What-if 2",)) == "falcons what-if 3"


@pytest.mark.parametrize("name", ["", "   ", "///", "x" * 61])
def test_unusable_names_are_refused_with_a_reason(name):
    with pytest.raises(AnswerError, match="session name"):
        clean_name(name)


def test_names_become_safe_file_names():
    assert slug("../../etc/passwd") == "etc-passwd"
    assert slug("Équipe  Faucons") == "equipe-faucons"


def test_default_store_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("TWARCH_SESSIONS_DIR", str(tmp_path))
    assert default_store().directory == tmp_path
    assert default_store("elsewhere").directory.name == "elsewhere"


def test_save_answers_refuses_to_empty_a_saved_file(tmp_path):
    path = tmp_path / "warmup.json"
    save_answers(FALCONS, path)
    with pytest.raises(AnswerError, match="empty") as caught:
        save_answers(Answers(), path)
    assert "3 answers" in str(caught.value)
    assert Answers.load(path) == FALCONS and not (tmp_path / "warmup.json.bak").exists()


def test_save_answers_keeps_what_it_replaces_and_skips_an_identical_write(tmp_path):
    path = tmp_path / "team.json"
    save_answers(FALCONS, path)
    save_answers(FALCONS, path)
    assert not (tmp_path / "team.json.bak").exists()
    changed = FALCONS.replace(memory=False)
    save_answers(changed, path)
    assert Answers.load(tmp_path / "team.json.bak") == FALCONS and Answers.load(path) == changed


def test_save_answers_writes_yaml_and_may_start_empty(tmp_path):
    save_answers(Answers(), tmp_path / "new.json")
    assert Answers.load(tmp_path / "new.json") == Answers()
    save_answers(FALCONS, tmp_path / "team.yaml")
    assert Answers.load(tmp_path / "team.yaml") == FALCONS


def test_docstring_examples_run():
    import doctest

    from twarch.workshop import sessions

    result = doctest.testmod(sessions)
    assert result.failed == 0 and result.attempted


def test_load_or_report_gives_a_session_nothing_or_one_line(tmp_path):
    store = SessionStore(tmp_path)
    assert store.load_or_report("falcons") == (None, "")
    store.save(Session("Falcons", FALCONS, {"HIPAA-01": "fulfilled"}))
    assert store.load_or_report("falcons") == (store.load("falcons"), "")
    store.path("falcons").write_bytes(b'{"answers": {}, "ticks": {"HIPAA-01": "done"}}')
    session, problem = store.load_or_report("falcons")
    assert session is None and problem == (
        'The saved session falcons.json cannot be read (ticks.HIPAA-01: "done" is not a tick status; allowed: '
        "not_verified, open, fulfilled, not_required, n/a); it is kept as it is, and moved to falcons.json.unreadable "
        "before anything is saved in its place.")
