"""The C pass over a whole column (seeder/values/_fitfast.c) gives exactly the Python pass's list, or
declines (None) and lets the Python pass decide: the fitted column is the same either way."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from enum import IntEnum
from typing import Any

import pytest

from introspect.graph import Column
from seeder.values import fitcolumn
from seeder.values.fitcolumn import _c_spec, _whole, limits_of, whole_python


def col(family: str, raw: str = "", **kw: Any) -> Column:
    return Column("c", family, raw or family, "", True, **kw)


COLUMNS = {
    "int": col("integer", "int(11)", int_bytes=4),
    "int unsigned": col("integer", "int(10) unsigned", int_bytes=4, unsigned=True),
    "bigint unsigned": col("integer", "bigint(20) unsigned", int_bytes=8, unsigned=True),
    "tinyint": col("integer", "tinyint(4)", int_bytes=1),
    "year": col("year"),
    "bit(3)": col("bit", length=3),
    "varchar(5)": col("varchar", length=5),
    "text": col("text", length=16),
    "enum": col("enum", values=("A", "B", "ü")),
    "decimal(5,2)": col("decimal", precision=5, scale=2),
    "decimal(10,0) unsigned": col("decimal", precision=10, scale=0, unsigned=True),
    "datetime": col("datetime"),
    "datetime(3)": col("datetime", precision=3),
    "timestamp": col("timestamp"),
    "date": col("date"),
}


class Code(IntEnum):
    A = 1


class Text(str):
    pass


class Dec(Decimal):
    pass


class Moment(datetime):
    pass


EDGES: list[list[Any]] = [
    [], [None, None], [1, None, -5], [0, 2**31 - 1, -(2**31)], [2**31], [2**64 - 1, 0], [2**64], [-1],
    [True, False, None, 3], [Code.A], [127, -128], [128], [1901, 2155, None], [7], [8],
    ["", "abcde", None], ["abcdef"], ["ü" * 5], [Text("a")], ["A", "ü", None], ["C"], ["a"], [1, "A"],
    [Decimal("999.99"), Decimal("-999.99"), None], [Decimal("999.995")], [Decimal("0.005"), Decimal("-0.005")],
    [Decimal("1E+2"), Decimal("1.234")], [Decimal("NaN")], [Decimal("sNaN")], [Decimal("Infinity")],
    [Decimal("-0.00")], [Dec("1.5")], [3, 2.5, Decimal("1.1"), None], [0.1, 1e300], [float("nan")], [float("inf")],
    [True], [9999999999, -1], [9999999999.5],
    [datetime(2024, 1, 2, 3, 4, 5), None, datetime(1970, 1, 1, 0, 0, 1), datetime(2038, 1, 19, 3, 14, 7)],
    [datetime(1970, 1, 1)], [datetime(2038, 1, 19, 3, 14, 8)], [datetime(1000, 1, 1), datetime(9999, 12, 31, 23, 59, 59)],
    [datetime(2024, 5, 6, 7, 8, 9, 123000), datetime(2024, 5, 6, 7, 8, 9, 123456)], [datetime(2024, 1, 2, tzinfo=UTC)],
    [Moment(2024, 1, 2)], [date(2024, 1, 2)], [date(1000, 1, 1), date(9999, 12, 31), None], [date(999, 12, 31)],
    [datetime(2024, 1, 2, 0, 0)], [None, date(2024, 1, 2), datetime(2024, 1, 2)],
]


def shown(values: list[Any] | None) -> list[tuple[type, str]] | None:
    """Values with their type, text and fold: Decimal('1.0') == Decimal('1.00'), yet they are written differently."""
    return None if values is None else [(type(v), str(v), getattr(v, "fold", None)) for v in values]


def test_the_c_pass_is_built() -> None:
    """pip install builds it where a C compiler is at hand (CI's machine has one): fitting then uses it."""
    assert fitcolumn._fitfast is not None, \
        "seeder.values._fitfast was not built: pip install -e . needs gcc and Python's headers"


@pytest.mark.parametrize("name", COLUMNS)
def test_every_edge_column_fits_as_in_python(name: str) -> None:
    lim = limits_of(COLUMNS[name])
    assert _c_spec(lim) is not None
    fast, slow = _whole(lim), whole_python(lim)
    for values in EDGES:
        assert shown(fast(values)) == shown(slow(values)), (name, values)


def _random_column(kind: str, rng: random.Random, n: int) -> list[Any]:
    nulls = rng.random() < 0.5
    draw = {
        "int": lambda: rng.choice([rng.randrange(-(2**40), 2**40), rng.randrange(-200, 200), rng.random() < 0.5]),
        "str": lambda: "".join(rng.choice("abAü€") for _ in range(rng.randrange(8))),
        "dec": lambda: rng.choice([Decimal(rng.randrange(-10**6, 10**6)).scaleb(-rng.randrange(5)),
                                   rng.randrange(-999, 999), round(rng.uniform(-999, 999), rng.randrange(4))]),
        "moment": lambda: datetime(2024, 1, 1) + timedelta(seconds=rng.randrange(-2 * 10**9, 5 * 10**8),
                                                           microseconds=rng.choice([0, 0, 1000, 1])),
        "day": lambda: date(2024, 1, 1) + timedelta(days=rng.randrange(-400_000, 2_900_000)),
    }[kind]
    return [None if nulls and rng.random() < 0.2 else draw() for _ in range(n)]


KINDS = {"int": ["int", "int unsigned", "bigint unsigned", "tinyint", "year", "bit(3)"],
         "str": ["varchar(5)", "text", "enum"], "dec": ["decimal(5,2)", "decimal(10,0) unsigned"],
         "moment": ["datetime", "datetime(3)", "timestamp"], "day": ["date"]}


@pytest.mark.parametrize("seed", range(30))
def test_random_columns_fit_as_in_python(seed: int) -> None:
    rng = random.Random(seed)
    accepted = 0
    for kind, names in KINDS.items():
        for name in names:
            lim = limits_of(COLUMNS[name])
            for n in (1, 3, 40):
                values = _random_column(kind, rng, n)
                fast = fitcolumn._fitfast.fit(values, _c_spec(lim))
                assert shown(_whole(lim)(values)) == shown(whole_python(lim)(values)), (name, values)
                if fast is not None:
                    accepted += 1
                    assert shown(fast) == shown(whole_python(lim)(values)), (name, values)
    assert accepted >= 8   # the C pass itself took many of the 42 columns, not only the Python pass


def test_columns_that_fit_are_taken_by_the_c_pass_itself() -> None:
    fit = fitcolumn._fitfast.fit
    cases = {"int": [1, None, True], "varchar(5)": ["abc", None], "enum": ["A", "ü"],
             "decimal(5,2)": [Decimal("1.234"), 3, 0.5, None], "timestamp": [datetime(2024, 1, 2), None],
             "date": [date(2024, 1, 2)], "bigint unsigned": [0, 2**64 - 1],
             "datetime(3)": [datetime(2024, 1, 2, 3, 4, 5, 123000), datetime(2024, 1, 2, 3, 4, 5, 123999)],
             "timestamp ": [datetime(2024, 1, 2, 3, 4, 5, 999999), datetime(2024, 1, 2, 0, 0, 0, 5, fold=1), None]}
    edges = {"timestamp": [datetime(1970, 1, 1, 0, 0, 1), datetime(2038, 1, 19, 3, 14, 7, 999999)],
             "date": [date(1000, 1, 1), date(9999, 12, 31)], "tinyint": [-128, 127], "varchar(5)": ["ü" * 5],
             "decimal(5,2)": [Decimal("999.994"), Decimal("-999.99")]}   # the bounds themselves fit
    cases |= {f"{name} ": values for name, values in edges.items()}
    for name, values in cases.items():
        lim = limits_of(COLUMNS[name.strip()])
        assert shown(fit(values, _c_spec(lim))) == shown(whole_python(lim)(values)), name
    assert fit((Decimal("1.234"),), _c_spec(limits_of(COLUMNS["decimal(5,2)"]))) == [Decimal("1.23")]   # a tuple too


def test_bad_input_raises() -> None:
    fit, spec = fitcolumn._fitfast.fit, _c_spec(limits_of(COLUMNS["int"]))
    with pytest.raises(TypeError):
        fit(5, spec)
    with pytest.raises(TypeError):
        fit([1], list(spec))
    with pytest.raises(ValueError, match="bad spec"):
        fit([1], ("x", *spec[1:]))
    with pytest.raises(ValueError, match="bad spec"):
        fit(["A"], ("e", None, None, 0, ["A"], None, None, 1, False))   # members: a frozenset
    with pytest.raises(TypeError, match="datetimes"):
        fit([datetime(2024, 1, 1)], ("t", date(2024, 1, 1), date(2025, 1, 1), 0, None, None, None, 1, False))
    def failing(error: BaseException) -> tuple[Any, ...]:
        def quantize(d: Decimal, q: Decimal) -> Decimal:
            raise error
        return ("d", Decimal(0), Decimal(9), 0, None, quantize, Decimal("0.1"), 1, False)
    with pytest.raises(KeyError):   # a failure of the quantize it is given is not a decline...
        fit([Decimal(1)], failing(KeyError("x")))
    assert fit([Decimal(1)], failing(InvalidOperation())) is None   # ...a Decimal signal is
    assert fit([Decimal("1.5")], failing(KeyError("x"))) == [Decimal("1.5")]   # of the scale: not rounded


def test_a_decimal_too_long_to_round_is_refused_naming_the_column() -> None:
    """1e300 has too many digits to round in the context: the error names the column, in both passes."""
    fit_all = fitcolumn.make_column_fitter(COLUMNS["decimal(5,2)"])
    for values in ([0.5, 1e300], [Decimal("-1E+400")]):
        with pytest.raises(ValueError, match=r"column 'c' \(decimal\)"):
            fit_all(values)
