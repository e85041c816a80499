"""The C renderer of LOAD DATA batches (seeder/_csvfast.c) gives exactly the bytes of the Python one."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from enum import IntEnum

import pytest

from seeder import csvload
from seeder.csvload import csv_body_c, csv_body_python
from tests.unit.test_sqltext import COLUMNS


def test_the_c_renderer_is_built() -> None:
    """pip install builds it where a C compiler is at hand (CI's machine has one): apply then uses it."""
    assert csvload._csvfast is not None, "seeder._csvfast was not built: pip install -e . needs gcc and Python's headers"
    assert csvload.csv_body is csv_body_c


class Code(IntEnum):
    A = 1


class Text(str):
    pass


EDGES = {
    **{name: [v for v in values if v != b"\x00\xff"] for name, values in COLUMNS.items()},   # bytes: UTF-8 text
    "bools": [True, False, None],
    "ints and bools": [1, True, 0, False],
    "big ints": [2**63 - 1, -(2**63), 2**64, -(2**70), 0],
    "int subclass": [Code.A, 3],
    "str subclass": [Text("a"), "b"],
    "floats": [1.5, -0.0, 1e300, float("inf"), None],
    "decimals, special": [Decimal("NaN"), Decimal("-Infinity"), Decimal("-0.00"), Decimal("1E-7"), Decimal(7)],
    "years 1 and 9999": [datetime(1, 1, 1), datetime(9999, 12, 31, 23, 59, 59, 999999), date(1, 1, 1), date(9999, 12, 31)],
    "microseconds": [datetime(2024, 5, 6, 7, 8, 9, us) for us in (1, 10, 999, 123456, 500000, 0)],
    "dates and datetimes": [date(2024, 1, 2), datetime(2024, 1, 2, 3, 4, 5)],
    "times and timedeltas": [time(1, 2, 3), timedelta(days=1, seconds=5), None],
    "bytes": [b"a,b", bytearray(b"c"), None],
    "null across values": ["nu", "LL"],
    "null inside": ["xnUlLy"],
    "nnull": ["nnull"],
    "almost null": ["nul", "x", "l"],
    "empty strings": ["", "", None],
    "unicode": ["ünï", "日本語", "emoji 🙂", None],
    "specials enclosed": ["a\\b", 'q"q', "n\0l", "l\nf", "c\rr", "a,b"],
    "aware only": [datetime(2024, 1, 2, tzinfo=UTC)],
}


@pytest.mark.parametrize("name", EDGES)
def test_one_column_renders_as_in_python(name: str) -> None:
    values = EDGES[name]
    assert csv_body_c([values], [""]) == csv_body_python([values], [""])


def test_binary_and_bit_columns_are_rendered_in_python_and_written_as_given() -> None:
    values = [[b"\x00\xff", None, b"a"], [b"\x05", b"\x00", None], ["x", "y,z", None]]
    kinds = ["hex", "bit", ""]
    assert csv_body_c(values, kinds) == csv_body_python(values, kinds)
    assert csv_body_c(values, kinds).split(b"\n")[0] == b'"00ff",5,"x"'   # y,z: the column is enclosed


@pytest.mark.parametrize("seed", range(30))
def test_random_tables_render_as_in_python(seed: int) -> None:
    rng = random.Random(seed)
    pools = [v for column in EDGES.values() for v in column]
    n = rng.randrange(1, 60)
    columns = []
    for _ in range(rng.randrange(1, 8)):
        pool = rng.choice([pools, *EDGES.values()])
        columns.append([rng.choice(pool) for _ in range(n)])
    kinds = [""] * len(columns)
    assert csv_body_c(columns, kinds) == csv_body_python(columns, kinds)


def test_tuples_and_empty_batches() -> None:
    assert csv_body_c([(1, 2), ("a", None)], ["", ""]) == b"1,a\n2,\\N\n"
    assert csv_body_c([[]], [""]) == csv_body_python([[]], [""]) == b""


def test_bad_input_raises_instead_of_writing_wrong_text() -> None:
    from seeder import _csvfast

    with pytest.raises(ValueError, match="different lengths"):
        _csvfast.render([[1, 2], [1]], b"aa", str)
    with pytest.raises(ValueError, match="one mode per column"):
        _csvfast.render([[1]], b"aa", str)
    with pytest.raises(TypeError, match="must return str"):
        _csvfast.render([[1.5]], b"a", lambda v: 1)
    with pytest.raises(UnicodeEncodeError):
        _csvfast.render([["\ud800"]], b"a", str)
    with pytest.raises(ZeroDivisionError):
        _csvfast.render([[1.5]], b"a", lambda v: 1 / 0)
