"""Turns: an interview's turns read like a tuple and grow without a copy of every turn."""

from __future__ import annotations

import pickle
import tracemalloc

import pytest
from hypothesis import given
from hypothesis import strategies as st

from koji_tui.journal.records import InterviewRecord
from koji_tui.journal.turns import CHUNK, Turns

# An operation on both a Turns and the tuple it should equal: append some, replace one, slice.
ops = st.lists(
    st.one_of(
        st.tuples(st.just("append"), st.lists(st.integers(), max_size=CHUNK + 5)),
        st.tuples(st.just("replace"), st.integers(-400, 400), st.integers()),
        st.tuples(st.just("slice"), st.integers(-400, 400), st.integers(-400, 400)),
    ),
    max_size=25,
)


@given(st.lists(st.integers(), max_size=300), ops)
def test_turns_read_like_the_tuple_of_the_same_turns_after_any_changes(start, changes):
    turns, model = Turns(start), tuple(start)
    for op in changes:
        if op[0] == "append":
            turns, model = turns.appended(*op[1]), model + tuple(op[1])
        elif op[0] == "replace":
            if -len(model) <= op[1] < len(model):
                turns = turns.replaced(op[1], op[2])
                listed = list(model)
                listed[op[1]] = op[2]
                model = tuple(listed)
            else:
                with pytest.raises(IndexError):
                    turns.replaced(op[1], op[2])
        else:
            turns, model = turns[op[1] : op[2]], model[op[1] : op[2]]
        assert turns == model and model == turns and list(turns) == list(model)
        assert len(turns) == len(model) and bool(turns) == bool(model)
        assert list(reversed(turns)) == list(reversed(model))
        assert hash(turns) == hash(model)
        assert turns == Turns(model)  # the chunks of the same turns are the same however built
        for index in (0, -1, len(model) // 2):
            if model:
                assert turns[index] == model[index]
        assert turns[::2] == model[::2] and turns[::-1] == model[::-1]


def test_an_index_past_either_end_is_an_index_error():
    turns = Turns(range(3))
    for index in (3, -4, 10_000):
        with pytest.raises(IndexError):
            turns[index]
    assert Turns() == () and not Turns() and Turns().appended() == ()


def test_turns_survive_pickling_and_concatenation_both_ways():
    turns = Turns(range(200))
    assert pickle.loads(pickle.dumps(turns)) == turns
    # The concatenations are what is tested here, not style.
    assert turns + (200, 201) == tuple(range(202))  # noqa: RUF005
    assert (-1,) + turns == (-1, *range(200))  # noqa: RUF005
    assert isinstance(turns + [1], Turns) and isinstance((0,) + turns, Turns)  # noqa: RUF005


def test_a_turn_added_to_a_long_interview_copies_a_chunk_not_every_turn():
    """What makes a long interview's answer cost what a short one's does. A tuple one turn
    longer is a new array of every pointer: 80 KB at 10,000 turns, which fails this test."""
    long = Turns(range(10_000))
    tracemalloc.start()
    try:
        before = tracemalloc.take_snapshot()
        grown = long.appended(10_000, 10_001)
        changed = grown.replaced(9_000, -1)
        after = tracemalloc.take_snapshot()
    finally:
        tracemalloc.stop()
    allocated = sum(stat.size_diff for stat in after.compare_to(before, "filename"))
    assert allocated < 10_000, allocated  # a chunk and the tuple of chunks: ~2.6 KB each
    assert changed[9_000] == -1 and long[9_000] == 9_000 and grown[-1] == 10_001


def test_a_record_built_with_a_tuple_or_a_list_holds_turns_equal_to_it():
    fields = dict(
        record_id=1,
        study_name="s",
        base_url="http://127.0.0.1:1",
        interview_id="int_1",
        session_token=None,
        respondent=None,
        mode=None,
        locale=None,
        status="active",
        started_at="",
        completed_at=None,
        updated_at="",
        turn_count=0,
        quality_score=None,
        completion_reason=None,
    )
    by_tuple = InterviewRecord(**fields, turns=(1, 2, 3))  # type: ignore[arg-type]
    by_list = InterviewRecord(**fields, turns=[1, 2, 3])  # type: ignore[arg-type]
    assert isinstance(by_tuple.turns, Turns) and by_tuple == by_list
    assert by_tuple.turns == (1, 2, 3) and InterviewRecord(**fields).turns == ()  # type: ignore[arg-type]


@given(st.lists(st.integers(), max_size=200), st.lists(st.integers(), max_size=80), st.data())
def test_the_shared_prefix_counts_the_leading_turns_that_are_the_same_objects(start, more, data):
    items = [object() for _ in start]
    old = Turns(items)
    new = old.appended(*(object() for _ in more))
    if items and data.draw(st.booleans()):
        new = new.replaced(data.draw(st.integers(0, len(items) - 1)), object())
    expected = next(
        (i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a is not b),
        min(len(old), len(new)),
    )
    assert old.shared_prefix(new) == expected == new.shared_prefix(old)
    assert Turns(list(items)).shared_prefix(old) == len(items)  # equal objects, new chunks
