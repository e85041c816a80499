"""What an expand returns, as columns (seeder.rows._as_columns): rows as dicts, or columns as lists."""

from __future__ import annotations

import pytest

from seeder.errors import RuleError
from seeder.rows import _as_columns


def test_rows_that_set_every_column_become_columns_in_row_order() -> None:
    rows = [{"a": i, "b": f"x{i}", "c": None} for i in range(5)]
    assert _as_columns(rows, "here") == ({"a": [0, 1, 2, 3, 4], "b": [f"x{i}" for i in range(5)],
                                          "c": [None] * 5}, 5)


def test_a_column_some_rows_leave_out_is_none_there() -> None:
    rows = [{"a": 1, "b": 2}, {"a": 3}, {"b": 4, "c": 5}]
    assert _as_columns(rows, "here") == ({"a": [1, 3, None], "b": [2, None, 4], "c": [None, None, 5]}, 3)


def test_one_column_and_no_rows() -> None:
    assert _as_columns([{"a": 1}, {"a": 2}], "here") == ({"a": [1, 2]}, 2)
    assert _as_columns([], "here") == ({}, 0)


def test_columns_given_as_lists_must_be_equally_long() -> None:
    assert _as_columns({"a": (1, 2), "b": [3, 4]}, "here") == ({"a": [1, 2], "b": [3, 4]}, 2)
    with pytest.raises(RuleError, match="here: expand returned columns of different lengths: a=2, b=1"):
        _as_columns({"a": [1, 2], "b": [3]}, "here")


def test_rows_setting_as_many_columns_but_other_ones_keep_every_column() -> None:
    rows = [{"a": 1, "b": 2}, {"c": 4, "a": 3}, {"b": 5, "a": 6}]
    assert _as_columns(rows, "here") == ({"a": [1, 3, 6], "b": [2, None, 5], "c": [None, 4, None]}, 3)


def test_collated_columns_compare_strings_as_the_default_collations_do() -> None:
    from seeder.rows import _collated, _collated_column

    class Code(str):
        pass

    for column in (["Abc", "abc  ", "ABC", "x"], ["Abc", None, 3, "abc "], [Code("Q "), "q"], [1, 2, None]):
        assert _collated_column(column) == [_collated((v,))[0] for v in column]
    assert _collated_column(["Abc", "abc  ", "ABC"]) == ["abc"] * 3


def test_the_c_transposition_is_built() -> None:
    """pip install builds seeder._rowsfast where a C compiler is at hand (CI's machine has one)."""
    from seeder import rows
    assert rows._rowsfast is not None, "seeder._rowsfast was not built: pip install -e . needs gcc and Python's headers"


class Row(dict):
    pass


SHAPES = {
    "same keys": [{"a": 1, "b": "x"}, {"a": 2, "b": None}],
    "same keys, another order": [{"a": 1, "b": 2}, {"b": 3, "a": 4}],
    "one missing": [{"a": 1, "b": 2}, {"a": 3}],
    "one more": [{"a": 1}, {"a": 2, "b": 3}],
    "as many, other keys": [{"a": 1, "b": 2}, {"a": 3, "c": 4}],
    "a dict subclass": [{"a": 1}, Row(a=2)],
    "a subclass first": [Row(a=1), {"a": 2}],
    "empty dicts": [{}, {}],
    "empty then not": [{}, {"a": 1}],
    "keys not strings": [{1: "x", (2, 3): "y"}, {(2, 3): "z", 1: "w"}],
    "one row": [{"a": [1], "b": {"c": 2}}],
}


@pytest.mark.parametrize("name", SHAPES)
def test_every_shape_of_rows_gives_the_columns_of_the_python_path(name: str, monkeypatch) -> None:
    from seeder import rows
    made = SHAPES[name]
    fast = _as_columns(made, "here")
    monkeypatch.setattr(rows, "_same_shape_columns", rows._same_shape_columns_python)
    slow = _as_columns(made, "here")
    assert fast == slow and list(fast[0].items()) == list(slow[0].items())   # the same columns in the same order


def test_the_c_transposition_takes_rows_of_one_shape_and_declines_the_rest() -> None:
    from seeder._rowsfast import columns
    row = {"a": 1, "b": 2}
    assert columns([row, {"b": 4, "a": 3}], ("a", "b")) == [[1, 3], [2, 4]]
    assert columns((row,), ("b", "a")) == [[2], [1]]   # any sequence; the names' order
    assert columns([], ("a",)) == [[]]
    for declined in ([row, {"a": 1}], [row, {"a": 1, "c": 2}], [row, Row(a=1, b=2)], [row, [("a", 1), ("b", 2)]]):
        assert columns(declined, ("a", "b")) is None
    with pytest.raises(TypeError):
        columns(5, ("a",))
    with pytest.raises(TypeError):
        columns([row], ["a", "b"])
    with pytest.raises(TypeError, match="unhashable"):
        columns([row], ([], "b"))


def test_the_python_transposition_takes_and_declines_the_same_rows() -> None:
    from seeder._rowsfast import columns

    from seeder.rows import _same_shape_columns_python as python
    row = {"a": 1, "b": 2}
    for taken in ([row, {"b": 4, "a": 3}], (row,)):
        expected = columns(taken, ("a", "b"))
        assert expected is not None and python(list(taken), ("a", "b")) == expected
    for declined in ([row, {"a": 1}], [row, {"a": 1, "c": 2}], [row, Row(a=1, b=2)], [row, [("a", 1), ("b", 2)]]):
        assert python(declined, ("a", "b")) is None
