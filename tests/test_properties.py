"""Property tests: arbitrary input gives a Recommendation or a clear AnswerError, never a traceback."""

import json

from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import valid_answers

from twarch import AnswerError, Answers, recommend
from twarch.engine.consistency import problems
from twarch.knowledge.questions import QUESTIONS

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10, 10**6) | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=10,
)
keys = st.sampled_from([q.id for q in QUESTIONS]) | st.text(max_size=20)



@settings(max_examples=300, deadline=None)
@given(st.dictionaries(keys, json_values, max_size=6) | json_values)
def test_arbitrary_json_never_tracebacks(data):
    try:
        rec = recommend(data)
    except AnswerError as err:
        message = str(err)
        assert message and "\n" not in message and ":" in message
    else:
        assert 1 <= rec.level <= 4


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_json_text_never_tracebacks(text):
    try:
        Answers.from_json(text)
    except AnswerError as err:
        assert "\n" not in str(err)


@settings(max_examples=200, deadline=None)
@given(valid_answers)
def test_valid_answers_always_recommend_and_round_trip(data):
    rec = recommend(data)
    assert json.loads(rec.to_json())["level"] == rec.level
    assert Answers.from_dict(rec.answers.to_dict()) == rec.answers


@settings(max_examples=400, deadline=None)
@given(valid_answers)
def test_no_valid_answers_make_a_report_contradict_itself(data):
    assert problems(recommend(data)) == []
