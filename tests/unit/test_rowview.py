"""RowRef, the view rollups and expands read rows through: the same mapping on the C base
(seeder._rowsfast.RowBase) as on the Python one."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import pytest

from seeder import rowview
from seeder.rowview import RowRef, _PyRowBase


class PyRowRef(_PyRowBase, Mapping[str, Any]):
    __slots__ = ()

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)


def test_the_c_base_is_built() -> None:
    """pip install builds seeder._rowsfast where a C compiler is at hand (CI's machine has one)."""
    assert rowview._RowBase is not _PyRowBase, "seeder._rowsfast was not built: pip install -e . needs gcc"


@pytest.mark.parametrize("kind", [RowRef, PyRowRef])
def test_a_row_reads_its_columns_as_a_mapping(kind: type) -> None:
    data = {"a": [1, 2, 3], "b": ["x", None, "z"], "c": (7, 8, 9)}
    row = kind(data, 1)
    assert (row["a"], row["b"], row["c"]) == (2, None, 8)   # a tuple column too
    assert dict(row) == {"a": 2, "b": None, "c": 8} and len(row) == 3 and list(row) == ["a", "b", "c"]
    assert "a" in row and "zz" not in row and row.get("zz", 5) == 5 and isinstance(row, Mapping)
    assert row._data is data and row._i == 1
    with pytest.raises(KeyError, match="zz"):
        row["zz"]
    with pytest.raises(IndexError):
        kind(data, 3)["a"]
    data["a"][1] = 20   # live: a later value is seen
    assert row["a"] == 20


def test_the_c_base_refuses_what_is_no_dict_and_stays_read_only() -> None:
    with pytest.raises(TypeError):
        RowRef([1], 0)
    row = RowRef({"a": [1]}, 0)
    with pytest.raises(AttributeError):
        row._i = 3
    with pytest.raises(AttributeError):
        row.other = 1   # no __dict__: __slots__ = ()
