"""Column-wise rendering: INSERT literals as PyMySQL would send them, statements within bounds, CSV
fields as the value-by-value renderer gives them."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pymysql.converters as conv
import pytest

from seeder.sqltext import insert_statements, literals

COLUMNS = {
    "plain strings": ["a", "b c", "ünï", ""],
    "strings to escape": ["it's", 'say "hi"', "back\\slash", "nul\0", "line\nbreak\r", "\x1a", "plain"],
    "decimals": [Decimal("1.50"), Decimal(-2), Decimal("0.00"), Decimal("12345678.90")],
    "decimals with an exponent": [Decimal("1E+3"), Decimal("0.5"), Decimal("1E-7")],
    "ints": [0, -1, 2**40],
    "datetimes": [datetime(2024, 1, 2, 3, 4, 5), datetime(2024, 1, 2, 3, 4, 5, 600)],
    "aware datetimes": [datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(hours=2))), datetime(2024, 1, 2)],
    "dates": [date(2025, 10, 31)],
    "mixed": [1, "x", None, Decimal("2.5"), b"\x00\xff"],
    "strings and NULLs": [None, "it's, ok", "b", None],
    "plain strings and NULLs": [None, "a", "b c", None],
    "strings with a comma": ["a", "b,c"],
    "strings with the word null": ["a", "Null"],
    "decimals and NULLs": [Decimal("1.5"), None, Decimal("1E+3")],
    "datetimes and NULLs": [None, datetime(2024, 1, 2, 3, 4, 5), datetime(2024, 1, 2, 3, 4, 5, 600)],
    "ints and NULLs": [None, 3, None],
    "only NULLs": [None, None],
}


def pymysql_literal(value: object) -> str:
    if isinstance(value, Decimal):
        return format(value, "f")   # PyMySQL's str() would send 1E+3, which MySQL reads as a DOUBLE
    return conv.escape_item(value, "utf8mb4", conv.encoders)


@pytest.mark.parametrize("name", COLUMNS)
def test_literals_are_what_pymysql_sends(name: str) -> None:
    values = COLUMNS[name]
    assert literals(values) == [pymysql_literal(v) for v in values]


def test_statements_hold_every_row_once_and_stay_under_the_bound() -> None:
    ids = list(range(5000))
    names = [f"name {i}" for i in ids]
    one = list(insert_statements("t", ("id", "name"), [ids, names]))
    assert len(one) == 1 and one[0].startswith("INSERT INTO `t` (`id`, `name`) VALUES (0,'name 0'),(1,")
    split = list(insert_statements("t", ("id", "name"), [ids, names], max_bytes=10_000))
    assert len(split) > 5 and all(len(s) <= 10_000 for s in split)
    rows = [r for s in split for r in s.split(" VALUES (", 1)[1][:-1].split("),(")]
    assert rows == [f"{i},'name {i}'" for i in ids]
    assert list(insert_statements("t", ("id",), [[]])) == []


def _split_row_by_row(head_len: int, rows: list[str], max_bytes: int) -> list[int]:
    """Rows per statement as a loop over the rows decides it: the reference for the bisecting split."""
    counts, size, taken = [], head_len, 0
    for text in rows:
        if taken and size + len(text) + 3 > max_bytes:
            counts.append(taken)
            size, taken = head_len, 0
        size += len(text) + 3
        taken += 1
    return counts + [taken] if taken else counts


@pytest.mark.parametrize("seed", range(20))
def test_statements_split_where_a_row_by_row_loop_would(seed: int) -> None:
    """Rows of random lengths, some alone longer than the bound (a statement then holds that one row)."""
    import random

    rng = random.Random(seed)
    names = ["x" * rng.choice([0, 1, 5, 40, 300, 2000]) for _ in range(rng.randrange(1, 400))]
    bound = rng.choice([60, 500, 1000, 5000, 10**6])
    made = list(insert_statements("t", ("v",), [names], max_bytes=bound))
    head_len = len("INSERT INTO `t` (`v`) VALUES ")
    expected = _split_row_by_row(head_len, [f"'{n}'" for n in names], bound)
    assert [s.count("),(") + 1 for s in made] == expected
    assert [r for s in made for r in s[head_len + 1:-1].split("),(")] == [f"'{n}'" for n in names]


@pytest.mark.parametrize("name", COLUMNS)
def test_csv_columns_are_what_csv_field_gives_value_by_value(name: str) -> None:
    from seeder.csvload import csv_column, csv_field

    values = [v for v in COLUMNS[name] if not isinstance(v, bytes)]
    if name.startswith("plain strings"):   # nothing in the column needs enclosing: its strings go bare
        assert csv_column(values) == ["\\N" if v is None else v for v in values]
    else:
        assert csv_column(values) == [csv_field(v) for v in values]
    assert csv_column([1, 2]) == ['1', '2'] and csv_column(["a,b"]) == ['"a,b"']
    assert csv_column([datetime(2025, 1, 2, 3, 4, 5, 60), datetime(2025, 1, 2)]) == [
        "2025-01-02 03:04:05.000060", "2025-01-02 00:00:00"]


def test_updates_by_integer_key_go_in_batches_and_by_other_keys_row_by_row_with_pymysql_literals() -> None:
    from seeder.sqltext import update_statements

    rows = [(Decimal(i) / 4, "it's" if i % 2 else None, i) for i in range(1, 2501)]
    batched = update_statements("t", ("a", "b"), ("id",), rows, keep_columns=("ts",), batch=1000)
    assert len(batched) == 3 and all(s.startswith("UPDATE `t` AS t JOIN (SELECT ") for s in batched)
    assert batched[0].count(" UNION ALL ") == 999 and batched[2].count(" UNION ALL ") == 499
    assert "SELECT 0.25 AS v0, 'it\\'s' AS v1, 1 AS k0 UNION ALL SELECT 0.5, NULL, 2 UNION" in batched[0]
    assert batched[0].endswith("ON t.`id` = v.k0 SET t.`a` = v.v0, t.`b` = v.v1, t.`ts` = t.`ts`")
    keyed = [(Decimal("1.5"), "x", "k'1"), (None, "y", "k2")]
    expected = ["UPDATE `t` SET `a` = {}, `b` = {}, `ts` = `ts` WHERE `k` = {}".format(*map(pymysql_literal, row))
                for row in keyed]
    assert update_statements("t", ("a", "b"), ("k",), keyed, keep_columns=("ts",)) == expected
    assert update_statements("t", ("a",), ("id",), []) == []


def test_once_each_renders_repeated_values_once_and_gives_the_same_texts() -> None:
    import random
    from datetime import UTC, date, datetime, timedelta, timezone

    from seeder.columnwise import once_each

    calls: list[int] = []

    def whole(values):
        calls.append(len(values))
        return [repr(v) for v in values]

    rng = random.Random(3)
    days = sorted(date(2024, 1, 1) + timedelta(days=rng.randrange(600)) for _ in range(20_000))
    assert once_each(days, whole) == [repr(d) for d in days] and calls == [len(set(days))]
    calls.clear()
    assert once_each(["SALE"] * 500, whole) == ["'SALE'"] * 500 and calls == [1]
    calls.clear()
    keys = list(range(5000))
    assert once_each(keys, whole) == [repr(k) for k in keys] and calls == [5000]   # distinct: rendered as is
    calls.clear()
    moment = datetime(2024, 5, 1, 12, tzinfo=UTC)   # equal instants, different zones: not one constant
    aware = [moment, moment.astimezone(timezone(timedelta(hours=2)))] * 100
    assert once_each(aware, whole, repeats=False) == [repr(v) for v in aware]


def test_escapes_by_replace_match_pymysql_and_the_csv_dialect_for_every_special_character() -> None:
    import random

    from pymysql.converters import escape_string

    from seeder.csvload import csv_escape
    from seeder.sqltext import escape_sql

    csv_table = str.maketrans({"\\": "\\\\", '"': '\\"', "\0": "\\0", "\n": "\\n", "\r": "\\r"})
    rng = random.Random(5)
    alphabet = "ab'\"\\\0\n\r\x1a\t%_é€😀Z0"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(12)))
        assert escape_sql(text) == escape_string(text)
        assert csv_escape(text) == text.translate(csv_table)


@pytest.mark.parametrize("text", ["1E+2", "1E-7", "NaN", "sNaN", "Infinity", "-Infinity", "0E-10"])
def test_decimal_texts_leave_a_column_with_an_exponent_or_no_number_to_the_slow_path(text: str) -> None:
    from decimal import Decimal

    from seeder.sqltext import decimal_texts

    assert decimal_texts([Decimal("1.50"), Decimal(text)]) is None


def test_decimal_texts_are_format_f_for_plain_values() -> None:
    from decimal import Decimal

    from seeder.sqltext import decimal_texts

    values = [Decimal(t) for t in ("0", "-0", "-12.345", "0.000001", "123456789012.99", "5")]
    assert decimal_texts(values) == [format(v, "f") for v in values]


def test_money_rounds_half_away_from_zero_as_quantize_does_for_every_input_type() -> None:
    import random
    from decimal import ROUND_HALF_UP, Decimal

    from seeder.ruleset import money

    rng = random.Random(9)
    for _ in range(3000):
        value = rng.choice([Decimal(rng.randrange(-10**9, 10**9)).scaleb(-rng.randrange(0, 6)),
                            rng.uniform(-1e6, 1e6), rng.randrange(-10**6, 10**6), f"{rng.uniform(-99, 99):.5f}"])
        places = rng.randrange(0, 9)
        assert money(value, places) == Decimal(value).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    assert str(money(Decimal("2.675"))) == "2.68" and str(money(-2.5, 0)) == "-3"
