"""Values: every generated value fits its column, deterministically; variants, capacities, NULLs,
row order of temporal columns, and fit_value."""

from __future__ import annotations

import hashlib
import ipaddress
import json
import math
import os
import random
import re
import subprocess
import sys
import uuid
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from introspect.graph import Column
from seeder.infer import GeneratorSpec, infer_column
from seeder.infer.by_name import NAME_RULES
from seeder.values import GENERATOR_KEYS, ValueEnv, build_values, fit_value
from tests.unit.graphs import column as col

ENV = ValueEnv(seed=1234, start=datetime(2019, 1, 1), end=datetime(2024, 6, 30, 18, 45, 12, 345678))
N = 500

# --- an independent checker ----------------------------------------------------------------
TS_MIN, TS_MAX = datetime(1970, 1, 1, 0, 0, 1), datetime(2038, 1, 19, 3, 14, 7)


def _fraction_ok(micro: int, precision: int | None) -> bool:
    return micro % 10 ** (6 - (precision or 0)) == 0


def _decimal_ok(c: Column, v: object) -> bool:
    p, s = c.precision or 10, c.scale or 0
    if not isinstance(v, Decimal) or not v.is_finite() or v.as_tuple().exponent != -s:
        return False
    return abs(v) < Decimal(10) ** (p - s) and (v >= 0 or not c.unsigned)


def _temporal_ok(c: Column, v: object) -> bool:
    f = c.family
    if f == "date":
        return type(v) is date and date(1000, 1, 1) <= v <= date(9999, 12, 31)
    if f in ("datetime", "timestamp"):
        if not isinstance(v, datetime) or v.tzinfo is not None or not _fraction_ok(v.microsecond, c.precision):
            return False
        return TS_MIN <= v <= TS_MAX if f == "timestamp" else datetime(1000, 1, 1) <= v
    if f == "time":
        if isinstance(v, timedelta):
            return abs(v) <= timedelta(hours=838, minutes=59, seconds=59)
        return isinstance(v, time) and _fraction_ok(v.microsecond, c.precision)
    return type(v) is int and 1901 <= v <= 2155          # year


def _text_ok(c: Column, v: object) -> bool:
    if not isinstance(v, str):
        return False
    if c.family == "text":
        return len(v.encode("utf-8")) <= c.length
    return len(v) <= c.length


def _member_ok(c: Column, v: object) -> bool:
    if c.family == "enum":
        return v in c.values
    parts = v.split(",") if isinstance(v, str) and v else []
    return isinstance(v, str) and len(parts) == len(set(parts)) and set(parts) <= set(c.values)


def _other_ok(c: Column, v: object) -> bool:
    f = c.family
    if f in ("binary", "varbinary", "blob"):
        return isinstance(v, bytes) and (len(v) == c.length if f == "binary" else len(v) <= c.length)
    if f == "json":
        return isinstance(v, str) and json.loads(v) is not None or v == "null"
    if f == "uuid":
        return isinstance(v, str) and str(uuid.UUID(v)) == v
    if f == "inet4":
        return isinstance(v, str) and str(ipaddress.IPv4Address(v)) == v
    if f == "inet6":
        return isinstance(v, str) and ipaddress.ip_address(v) is not None
    return isinstance(v, (str, bytes)) and (c.length is None or len(v) <= c.length)   # unknown


def fits(c: Column, v: object) -> bool:
    """Would MySQL in STRICT mode accept v for c (and does PyMySQL send it as the right type)?"""
    if v is None:
        return c.nullable
    f = c.family
    if f == "integer":
        bits = 8 * (c.int_bytes or 4)
        low, high = (0, 2**bits - 1) if c.unsigned else (-(2 ** (bits - 1)), 2 ** (bits - 1) - 1)
        return type(v) is int and low <= v <= high
    if f == "boolean":
        return type(v) is int and v in (0, 1)
    if f == "decimal":
        return _decimal_ok(c, v)
    if f == "float":
        return type(v) is float and math.isfinite(v) and (v >= 0 or not c.unsigned)
    if f == "bit":
        return type(v) is int and 0 <= v < 2 ** (c.length or 1)
    if f in ("date", "datetime", "timestamp", "time", "year"):
        return _temporal_ok(c, v)
    if f in ("char", "varchar", "text"):
        return _text_ok(c, v)
    if f in ("enum", "set"):
        return _member_ok(c, v)
    return _other_ok(c, v)


# --- the matrix ----------------------------------------------------------------------------
TYPE_MATRIX = [
    "tinyint", "tinyint unsigned", "smallint", "smallint unsigned", "mediumint", "mediumint unsigned",
    "int", "int unsigned", "bigint", "bigint unsigned", "tinyint(1)", "decimal(5,2)", "decimal(3,3)",
    "decimal(65,30)", "decimal(10,0) unsigned", "decimal", "float", "double", "float(7,2)", "bit(1)", "bit(5)",
    "bit(64)", "date", "datetime", "datetime(3)", "datetime(6)", "timestamp", "timestamp(0)", "timestamp(6)",
    "time", "time(3)", "year", "char(1)", "char(2)", "char(36)", "varchar(1)", "varchar(3)", "varchar(255)",
    "tinytext", "text", "mediumtext", "longtext", "binary(1)", "binary(16)", "varbinary(4)", "varbinary(255)",
    "tinyblob", "blob", "enum('a','b','c')", "enum('')", "set('x','y','z')", "set('only')", "json", "uuid",
    "inet4", "inet6", "geometry", "point",
]


def _draw(spec: GeneratorSpec, column: Column, n: int = N, seed: int = 99, ctx: dict | None = None) -> list:
    return build_values(spec, column, ENV).draw(random.Random(seed), n, ctx or {})


def _assert_all_fit(column: Column, values: list) -> None:
    bad = [v for v in values if not fits(column, v)]
    assert not bad, f"{column.raw_type} {column.name}: {bad[:5]!r}"


@pytest.mark.parametrize("raw", TYPE_MATRIX)
@pytest.mark.parametrize("nullable", [False, True])
def test_type_matrix_fits(raw: str, nullable: bool) -> None:
    column = col(raw, name="zq", nullable=nullable)
    spec = infer_column("t", column, (column,))
    values = _draw(spec, column)
    assert len(values) == N
    _assert_all_fit(column, values)


NAMED = [
    ("email", "varchar(320)"), ("email", "varchar(12)"), ("first_name", "varchar(5)"), ("last_name", "char(3)"),
    ("full_name", "varchar(8)"), ("username", "varchar(6)"), ("phone", "varchar(10)"), ("phone", "varchar(4)"),
    ("company", "varchar(10)"), ("address", "varchar(20)"), ("address", "tinytext"), ("city", "varchar(4)"),
    ("state", "char(2)"), ("province", "varchar(40)"), ("zip", "varchar(10)"), ("zip", "char(3)"),
    ("country", "char(2)"), ("country", "char(3)"), ("country", "varchar(4)"), ("country", "varchar(60)"),
    ("website", "varchar(20)"), ("avatar_url", "varchar(12)"), ("ip_address", "varchar(15)"),
    ("ip_address", "varchar(45)"), ("ip", "int unsigned"), ("ip", "int"), ("ip", "varbinary(16)"),
    ("ip", "binary(16)"), ("user_agent", "varchar(40)"), ("slug", "varchar(10)"), ("sku", "varchar(6)"),
    ("code", "char(2)"), ("order_number", "varchar(6)"), ("orderNumber", "varchar(30)"),
    ("reference", "varchar(5)"), ("barcode", "varchar(13)"), ("token", "char(8)"), ("password", "varchar(255)"),
    ("uuid", "char(36)"), ("uuid", "char(32)"), ("uuid", "varchar(20)"), ("uuid", "binary(16)"),
    ("currency", "char(3)"), ("locale", "varchar(5)"), ("locale", "char(2)"), ("language", "varchar(30)"),
    ("timezone", "varchar(10)"), ("color", "varchar(7)"), ("color", "varchar(20)"), ("colour", "char(6)"),
    ("price", "decimal(10,2)"), ("price", "decimal(5,2) unsigned"), ("price", "decimal(3,3)"),
    ("price", "int"), ("price", "float"), ("price", "decimal(65,30)"), ("amount", "varchar(20)"),
    ("amount", "varchar(4)"), ("qty", "varchar(20)"), ("qty", "tinyint"), ("stock", "decimal(10,2)"),
    ("salary", "decimal(5,2)"), ("fee", "decimal(4,2)"), ("discount_percent", "decimal(5,2)"),
    ("tax_rate", "decimal(5,4)"), ("rate", "double"), ("percent", "tinyint"), ("percent", "varchar(6)"),
    ("rating", "decimal(2,1)"), ("score", "float"), ("latitude", "decimal(10,8)"),
    ("longitude", "decimal(11,8)"), ("longitude", "decimal(9,6)"), ("lat", "float"), ("lng", "varchar(12)"),
    ("age", "tinyint unsigned"), ("month", "tinyint"), ("is_active", "tinyint(1)"), ("is_active", "bit(1)"),
    ("active", "int"), ("created_at", "timestamp"), ("created_at", "datetime(6)"), ("created_at", "date"),
    ("created_at", "int unsigned"), ("created_at", "int"), ("created_at", "bigint"),
    ("created_at", "varchar(19)"), ("created_at", "varchar(10)"), ("created_at", "year"),
    ("created_at", "time"), ("birth_date", "date"), ("birth_date", "timestamp"), ("expires_at", "timestamp"),
    ("due_date", "date"), ("year", "smallint"), ("year", "char(4)"), ("year", "year"),
    ("title", "varchar(10)"), ("title", "tinytext"), ("name", "varchar(3)"), ("category", "char(1)"),
    ("description", "varchar(30)"), ("description", "tinytext"), ("description", "longtext"),
    ("summary", "varchar(255)"), ("metadata", "json"), ("settings", "longtext"), ("settings", "tinytext"),
    ("tags", "json"), ("item_ids", "json"), ("line_items", "json"), ("status", "varchar(1)"),
    ("role", "varchar(5)"), ("version", "varchar(8)"), ("mime_type", "varchar(20)"), ("file_name", "varchar(12)"),
    ("path", "varchar(30)"), ("gender", "char(1)"), ("gender", "varchar(10)"), ("mac_address", "varchar(17)"),
    ("domain", "varchar(30)"), ("job_title", "varchar(12)"), ("address_line2", "varchar(8)"),
    ("street_number", "varchar(4)"), ("street_number", "smallint"),
]


@pytest.mark.parametrize(("name", "raw"), NAMED, ids=[f"{n}:{r}" for n, r in NAMED])
def test_named_specs_fit(name: str, raw: str) -> None:
    column = col(raw, name=name, nullable=name in ("email", "price"))
    spec = infer_column("users", column, (column,))
    assert not spec.key.startswith("fallback"), spec
    _assert_all_fit(column, _draw(spec, column))


def _representatives(families: frozenset[str]) -> list[Column]:
    raws = ["tinyint(1)", "tinyint", "int", "int unsigned", "bigint", "decimal(5,2)", "decimal(4,4)", "double",
            "bit(1)", "date", "datetime(6)", "timestamp", "time", "year", "char(2)", "char(36)", "varchar(5)",
            "varchar(255)", "tinytext", "binary(16)", "varbinary(8)", "json", "uuid", "inet4", "inet6"]
    return [c for c in (col(r) for r in raws) if c.family in families]


@pytest.mark.parametrize("index", range(len(NAME_RULES)))
def test_every_name_rule_fits_every_family_it_allows(index: int) -> None:
    rule = NAME_RULES[index]
    for column in _representatives(rule.families):
        if rule.when is not None and not rule.when(column):
            continue
        spec = GeneratorSpec(rule.key, rule.params, null_share=0.0)
        _assert_all_fit(column, _draw(spec, column, n=100))


# --- determinism ---------------------------------------------------------------------------
DETERMINISM_CASES = [("email", "varchar(100)"), ("first_name", "varchar(40)"), ("description", "text"),
                     ("price", "decimal(10,2)"), ("created_at", "datetime(6)"), ("metadata", "json"),
                     ("city", "varchar(40)"), ("uuid", "char(36)"), ("zq", "blob"), ("tags", "json")]


def _digest() -> str:
    out = []
    for name, raw in DETERMINISM_CASES:
        column = col(raw, name=name, nullable=True)
        out.append(repr(_draw(infer_column("t", column, (column,)), column, n=200, seed=5)))
    return hashlib.sha256("\n".join(out).encode()).hexdigest()


def test_same_seeds_give_same_values() -> None:
    for name, raw in DETERMINISM_CASES:
        column = col(raw, name=name, nullable=True)
        spec = infer_column("t", column, (column,))
        assert _draw(spec, column, seed=5) == _draw(spec, column, seed=5)
        assert _draw(spec, column, seed=5) != _draw(spec, column, seed=6)


def test_values_are_identical_across_processes() -> None:
    root, here = str(Path(__file__).resolve().parents[2]), str(Path(__file__).parent)
    script = (f"import sys; sys.path.insert(0, {root!r}); sys.path.insert(0, {here!r}); "
              "import test_values; print(test_values._digest())")
    digests = set()
    for hash_seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
        digests.add(run.stdout.strip())
    assert digests == {_digest()}


def test_draw_does_not_call_mimesis_per_value(monkeypatch: pytest.MonkeyPatch) -> None:
    column = col("varchar(100)", name="email")
    values = build_values(infer_column("t", column, (column,)), column, ENV)
    from seeder.values import pools

    def refuse(*args, **kwargs):
        raise AssertionError("mimesis called while drawing")
    monkeypatch.setattr(pools, "Generic", refuse)
    assert len(values.draw(random.Random(1), 5000, {})) == 5000


# --- make_unique and capacity ------------------------------------------------------------------
CAPACITIES = [
    ("enum('a','b','c')", 3), ("tinyint(1)", 2), ("tinyint unsigned", 256), ("tinyint", 256), ("bit(1)", 2),
    ("bit(8)", 256), ("bit(64)", None), ("char(1)", 36), ("char(2)", 36**2), ("varchar(3)", 36**3),
    ("year", 255), ("smallint", 65536), ("int", 2**32), ("bigint", None), ("decimal(5,2)", 199999),
    ("decimal(3,3)", 1999), ("decimal(5,2) unsigned", 100000), ("set('x','y','z')", 7), ("binary(1)", 256),
    ("binary(16)", None), ("inet4", 2**32), ("inet6", None), ("uuid", None), ("text", None), ("json", None),
    ("varchar(255)", None), ("date", 3287182), ("time", 86400), ("datetime(6)", None), ("longblob", None),
    ("longtext", None), ("varbinary(4)", 256**4),
]


@pytest.mark.parametrize(("raw", "capacity"), CAPACITIES)
def test_capacity(raw: str, capacity: int | None) -> None:
    column = col(raw, name="zq")
    assert build_values(infer_column("t", column, (column,)), column, ENV).capacity() == capacity


UNIQUE_CASES = [
    ("zq", "tinyint unsigned"), ("zq", "tinyint"), ("zq", "int"), ("zq", "bigint unsigned"), ("zq", "decimal(5,2)"),
    ("zq", "decimal(3,3)"), ("zq", "decimal(65,30)"), ("zq", "float"), ("zq", "double"), ("zq", "float(7,2)"),
    ("zq", "bit(1)"), ("zq", "bit(12)"), ("zq", "year"), ("zq", "date"), ("zq", "datetime(6)"),
    ("zq", "timestamp"), ("zq", "time"), ("zq", "time(2)"), ("zq", "char(1)"), ("zq", "char(2)"),
    ("zq", "varchar(3)"), ("zq", "varchar(255)"), ("zq", "tinytext"), ("zq", "binary(1)"), ("zq", "binary(16)"),
    ("zq", "varbinary(4)"), ("zq", "blob"), ("zq", "enum('a','b','c')"), ("zq", "set('x','y','z')"),
    ("zq", "json"), ("zq", "uuid"), ("zq", "inet4"), ("zq", "inet6"), ("zq", "tinyint(1)"),
    ("email", "varchar(40)"), ("email", "varchar(16)"), ("qty", "varchar(20)"), ("amount", "varchar(5)"),
    ("token", "char(8)"), ("token", "char(3)"), ("uuid", "char(36)"), ("uuid", "char(32)"), ("code", "char(2)"),
    ("slug", "varchar(120)"), ("created_at", "int unsigned"), ("metadata", "json"), ("tags", "json"),
    ("price", "decimal(10,2)"), ("zq", "geometry"),
]


def _key(value: object) -> object:
    """Equality as a case-insensitive, PAD SPACE collation (and MySQL's BINARY padding) sees it."""
    if isinstance(value, str):
        return value.rstrip(" ").casefold()
    if isinstance(value, bytes):
        return value.rstrip(b"\0")
    if isinstance(value, float):
        return float(f"{value:.7g}")           # what survives FLOAT storage
    return value


@pytest.mark.parametrize(("name", "raw"), UNIQUE_CASES, ids=[f"{n}:{r}" for n, r in UNIQUE_CASES])
def test_make_unique_gives_distinct_fitting_values(name: str, raw: str) -> None:
    column = col(raw, name=name)
    values = build_values(infer_column("t", column, (column,)), column, ENV)
    base = values.draw(random.Random(3), 1, {})[0]
    capacity = values.capacity()
    top = 1000 if capacity is None else min(1000, capacity - 1)
    variants = [values.make_unique(base, k) for k in range(1, top + 1)]
    _assert_all_fit(column, variants)
    keys = [_key(v) for v in variants] if column.family != "float" or "7,2" in raw else variants
    assert len(set(map(repr, keys))) == len(variants)
    if capacity is not None and capacity <= 10**6:
        with pytest.raises(ValueError):
            values.make_unique(base, capacity)


def test_make_unique_keeps_shapes() -> None:
    email = col("varchar(60)", name="email")
    values = build_values(infer_column("t", email, (email,)), email, ENV)
    assert re.fullmatch(r"[^@\s]+\+\w+@[\w.]+", values.make_unique("jane.doe@example.com", 7))
    qty = col("varchar(20)", name="qty")
    values = build_values(infer_column("t", qty, (qty,)), qty, ENV)
    assert values.make_unique("125.50", 3) == "125.53"
    with pytest.raises(ValueError):
        values.make_unique(None, 1)


# --- rows, windows, NULLs ------------------------------------------------------------------
def _moment(value: object) -> datetime:
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, time())
    if isinstance(value, int):
        return datetime(1970, 1, 1) + timedelta(seconds=value)
    return datetime.fromisoformat(value)


PAIRS = [("timestamp", "timestamp"), ("datetime(6)", "datetime"), ("datetime(6)", "timestamp(3)"),
         ("date", "datetime"), ("datetime(6)", "date"), ("int unsigned", "datetime"), ("datetime", "int unsigned"),
         ("varchar(19)", "datetime(2)"), ("timestamp(6)", "timestamp(6)")]


@pytest.mark.parametrize(("created_raw", "updated_raw"), PAIRS)
@pytest.mark.parametrize("nullable", [False, True])
def test_updated_is_never_before_created(created_raw: str, updated_raw: str, nullable: bool) -> None:
    created = col(created_raw, name="createdAt", nullable=nullable)
    updated = col(updated_raw, name="updatedAt", nullable=nullable)
    siblings = (created, updated)
    created_spec, updated_spec = (infer_column("t", c, siblings) for c in siblings)
    assert updated_spec.after == ("createdAt",)
    rng = random.Random(11)
    first = build_values(created_spec, created, ENV).draw(rng, 2000, {})
    second = build_values(updated_spec, updated, ENV).draw(rng, 2000, {"createdAt": first})
    _assert_all_fit(updated, second)
    for before, after in zip(first, second, strict=True):
        if before is None or after is None:
            continue
        if updated.family == "date":        # a DATE cannot hold the time of day
            assert after >= _moment(before).date()
        else:
            assert _moment(after) >= _moment(before)
        assert _moment(after) <= ENV.end


@pytest.mark.parametrize("precision", range(7))
def test_updated_starts_at_the_created_value_rounded_up_to_the_column_grid(precision: int) -> None:
    """The drawer's own rounding of a prior (a fast path) is ceil_to_column's: a row "never modified since
    creation" (30% of rows) holds exactly ceil_to_column(prior), the others lie above it."""
    from seeder.values.temporal import ceil_to_column

    created, updated = col("datetime(6)", name="createdAt"), col(f"datetime({precision})", name="updatedAt")
    spec = infer_column("t", updated, (created, updated))
    rng = random.Random(precision)
    priors = [ENV.start + timedelta(microseconds=rng.randrange(10**13)) for _ in range(3000)]
    drawn = build_values(spec, updated, ENV).draw(rng, len(priors), {"createdAt": priors})
    floors = [ceil_to_column(updated, p) for p in priors]
    assert all(d >= f for d, f in zip(drawn, floors, strict=True))
    assert 0.2 < sum(d == f for d, f in zip(drawn, floors, strict=True)) / len(priors) < 0.4


def test_deleted_is_mostly_null_and_after_created() -> None:
    created, deleted = col("datetime", name="created_at"), col("datetime", name="deleted_at", nullable=True)
    spec = infer_column("t", deleted, (created, deleted))
    rng = random.Random(2)
    first = build_values(infer_column("t", created, (created, deleted)), created, ENV).draw(rng, 4000, {})
    second = build_values(spec, deleted, ENV).draw(rng, 4000, {"created_at": first})
    share = sum(v is None for v in second) / len(second)
    assert 0.85 < share < 0.95
    assert all(d is None or d >= c for c, d in zip(first, second, strict=True))


@pytest.mark.parametrize(("start_raw", "end_raw"), [("date", "date"), ("datetime", "datetime"), ("time", "time")])
def test_end_is_never_before_start(start_raw: str, end_raw: str) -> None:
    start, end = col(start_raw, name="start_time"), col(end_raw, name="end_time")
    spec = infer_column("t", end, (start, end))
    assert spec.after == ("start_time",)
    rng = random.Random(4)
    first = build_values(infer_column("t", start, (start, end)), start, ENV).draw(rng, 1000, {})
    second = build_values(spec, end, ENV).draw(rng, 1000, {"start_time": first})
    assert all(b >= a for a, b in zip(first, second, strict=True))


@pytest.mark.parametrize("raw", ["timestamp", "timestamp(6)", "datetime", "date", "year", "int"])
def test_created_values_stay_in_the_window(raw: str) -> None:
    column = col(raw, name="created_at")
    for value in _draw(infer_column("t", column, (column,)), column, n=2000):
        moment = datetime(value, 1, 1) if column.family == "year" else _moment(value)
        assert ENV.start.replace(month=1, day=1) <= moment <= ENV.end


def test_timestamps_stay_inside_1970_2038_even_for_wide_windows() -> None:
    env = ValueEnv(seed=1, start=datetime(1900, 1, 1), end=datetime(2100, 1, 1))
    for raw in ("timestamp", "timestamp(6)"):
        column = col(raw, name="created_at")
        values = build_values(infer_column("t", column, (column,)), column, env).draw(random.Random(1), 3000, {})
        _assert_all_fit(column, values)
        assert min(values) >= datetime(1970, 1, 2) and max(values) <= datetime(2038, 1, 18)


@pytest.mark.parametrize(("raw", "fractional"), [("datetime", False), ("timestamp(0)", False),
                                                 ("datetime(6)", True), ("datetime(3)", True)])
def test_fractional_seconds_follow_precision(raw: str, fractional: bool) -> None:
    column = col(raw, name="created_at")
    values = _draw(infer_column("t", column, (column,)), column, n=300)
    assert any(v.microsecond for v in values) == fractional


def test_null_shares_only_on_nullable_columns() -> None:
    spec = GeneratorSpec("text.words", null_share=0.1)
    nullable, strict = col("varchar(30)", nullable=True), col("varchar(30)", nullable=False)
    share = sum(v is None for v in _draw(spec, nullable, n=5000)) / 5000
    assert 0.07 < share < 0.13
    assert None not in _draw(spec, strict, n=5000)
    assert None not in _draw(GeneratorSpec("text.words"), nullable, n=2000)


def test_unknown_nullable_is_null_and_not_null_is_a_short_string() -> None:
    for nullable in (True, False):
        column = col("geometry", name="shape", nullable=nullable)
        values = _draw(infer_column("t", column, (column,)), column)
        assert all(v is None for v in values) if nullable else all(isinstance(v, str) and v for v in values)


# --- shapes of specific generators -----------------------------------------------------------
def _named(name: str, raw: str, n: int = N) -> list:
    column = col(raw, name=name)
    return _draw(infer_column("users", column, (column,)), column, n=n)


def test_shapes() -> None:
    assert all(re.fullmatch(r"\d+\.\d\d", v) for v in _named("qty", "varchar(20)"))
    assert all(re.fullmatch(r"[A-Z]{2}", v) for v in _named("country", "char(2)"))
    assert all(re.fullmatch(r"[A-Z]{3}", v) for v in _named("country", "char(3)"))
    assert any(len(v) > 3 for v in _named("country", "varchar(60)"))
    assert all(re.fullmatch(r"[A-Z]{3}", v) for v in _named("currency", "char(3)"))
    assert all(re.fullmatch(r"[^@\s]+@[\w.-]+\.\w+", v) for v in _named("email", "varchar(320)"))
    assert all(re.fullmatch(r"#[0-9a-f]{6}", v) for v in _named("color", "varchar(7)"))
    assert all(re.fullmatch(r"[0-9a-f]{64}", v) for v in _named("token", "varchar(255)"))
    assert all(str(uuid.UUID(v)) == v for v in _named("uuid", "char(36)"))
    assert all(isinstance(json.loads(v), dict) for v in _named("settings", "longtext", n=50))
    assert all(isinstance(json.loads(v), list) for v in _named("tags", "json", n=50))
    assert all(v > 0 for v in _named("price", "decimal(10,2)"))


def test_short_columns_keep_whole_realistic_values() -> None:
    assert all(2019 <= v <= 2024 for v in _named("year", "smallint"))
    assert all(v.isalpha() for v in _named("name", "varchar(3)"))
    assert set(_named("role", "varchar(5)")) <= {"user", "admin"}
    assert all("@" in v for v in _named("email", "varchar(12)"))
    assert all(0 <= float(v) <= 100 for v in _named("percent", "varchar(6)"))
    assert all(re.fullmatch(r"[A-Z]{2}", v) for v in _named("state", "char(2)"))


@pytest.mark.parametrize(("name", "raw", "low", "high"), [
    ("discount_percent", "decimal(5,2)", 0, 100), ("tax_rate", "decimal(5,4)", 0, 1),
    ("completion", "decimal(3,2)", 0, 1), ("percent", "tinyint", 0, 100), ("rate", "double", 0, 1),
    ("rating", "decimal(2,1)", 1, 5), ("latitude", "decimal(10,8)", -90, 90), ("lng", "double", -180, 180),
])
def test_numeric_ranges(name: str, raw: str, low: float, high: float) -> None:
    values = _named(name, raw)
    assert all(low <= v <= high for v in values)
    assert max(values) > (low + high) / 2 > min(values) or name == "rating"


def test_set_subsets_are_valid_and_non_empty() -> None:
    column = col("set('read','write','admin')", name="perms")
    values = _draw(infer_column("t", column, (column,)), column)
    assert all(v and set(v.split(",")) <= {"read", "write", "admin"} for v in values)
    assert len(set(values)) > 3


def test_enum_is_mildly_weighted_to_default() -> None:
    column = col("enum('new','active','closed')", name="status", default="closed")
    values = _draw(infer_column("t", column, (column,)), column, n=3000)
    assert set(values) == {"new", "active", "closed"}
    assert values.count("closed") == max(values.count(v) for v in set(values))


def test_unknown_generator_key_is_reported() -> None:
    with pytest.raises(ValueError, match="unknown generator key"):
        build_values(GeneratorSpec("nope.nothing"), col("int"), ENV)


def test_rule_helpers() -> None:
    column = col("varchar(5)", name="kind")
    assert _draw(GeneratorSpec("const.value", (("value", "abcdefgh"),)), column, n=3) == ["abcde"] * 3
    picks = _draw(GeneratorSpec("choice.pick", (("values", ("x", "y")), ("weights", (1, 0)))), column, n=20)
    assert picks == ["x"] * 20


def test_generator_keys_are_described() -> None:
    assert all(isinstance(d, str) and d for d in GENERATOR_KEYS.values())


# --- fit_value -----------------------------------------------------------------------------
@pytest.mark.parametrize(("raw", "value", "expected"), [
    ("varchar(3)", "abcdef", "abc"), ("char(2)", 12345, "12"), ("tinytext", "é" * 200, "é" * 127),
    ("decimal(5,2)", "3.14159", Decimal("3.14")), ("decimal(5,2)", 7, Decimal("7.00")),
    ("int", Decimal(42), 42), ("int", "17", 17), ("tinyint(1)", True, 1), ("tinyint(1)", "no", 0),
    ("date", datetime(2020, 5, 6, 7, 8), date(2020, 5, 6)), ("date", "2021-02-03", date(2021, 2, 3)),
    ("datetime", datetime(2020, 1, 1, 1, 1, 1, 999999), datetime(2020, 1, 1, 1, 1, 1)),
    ("datetime(3)", datetime(2020, 1, 1, 1, 1, 1, 123456), datetime(2020, 1, 1, 1, 1, 1, 123000)),
    ("timestamp", "2020-01-01 10:00:00", datetime(2020, 1, 1, 10)), ("year", date(1999, 1, 1), 1999),
    ("time", "10:11:12.5", time(10, 11, 12)), ("binary(4)", b"ab", b"ab\0\0"), ("varbinary(2)", "abc", b"ab"),
    ("enum('Active','Off')", "active", "Active"), ("set('a','b','c')", ["c", "a", "a"], "a,c"),
    ("set('a','b','c')", "c,b", "b,c"), ("json", {"b": 1, "a": [1]}, '{"a":[1],"b":1}'),
    ("uuid", uuid.UUID(int=1), "00000000-0000-0000-0000-000000000001"), ("inet4", 16909060, "1.2.3.4"),
    ("inet6", "2001:0db8::0001", "2001:db8::1"), ("bit(4)", 15, 15), ("int unsigned", datetime(1970, 1, 2), 86400),
    ("varchar(10)", datetime(2020, 1, 2, 3, 4, 5), "2020-01-02"), ("float(5,2)", 3.14159, 3.14),
])
def test_fit_value_coerces(raw: str, value: object, expected: object) -> None:
    assert fit_value(col(raw, name="c"), value) == expected


@pytest.mark.parametrize(("raw", "value"), [
    ("tinyint", 128), ("tinyint unsigned", -1), ("decimal(5,2)", "1000"), ("decimal(3,3)", 1),
    ("int", "abc"), ("float", float("nan")), ("bit(2)", 4), ("year", 1800), ("date", "0999-01-01"),
    ("timestamp", datetime(1969, 12, 31)), ("timestamp", datetime(2038, 1, 20)), ("enum('a')", "b"),
    ("set('a')", "a,b"), ("json", "{not json"), ("uuid", "nope"), ("inet4", "300.1.1.1"), ("int", None),
])
def test_fit_value_refuses_and_names_the_column(raw: str, value: object) -> None:
    with pytest.raises(ValueError, match="'colname'"):
        fit_value(col(raw, name="colname"), value)


FAST_PATH_CASES = [  # values each per-column fitter takes a fast path for, and the edges around them
    ("int", [7, -2**31, 2**31, True, False, "5", 2.5]), ("tinyint(1)", [True, False, 1, 127, 128]),
    ("tinyint unsigned", [True, 0, 255, 256, -1]), ("bit(1)", [True, 1, 2]),
    ("decimal(5,2)", [Decimal("1.005"), Decimal("999.99"), Decimal("999.995"), 7, -3, 2.675, 0.1, 1e10,
                      float("inf"), "3.14159", Decimal("NaN")]),
    ("decimal(10,0) unsigned", [Decimal("-0.4"), Decimal(-1), 5, 5.5]),
    ("tinytext", ["a" * 63, "a" * 64, "é" * 127, "é" * 128, 12]), ("text", ["x" * 20000, "€" * 21845, "€" * 21846]),
    ("varchar(3)", ["abc", "abcd", 5]), ("enum('A','b')", ["A", "a", "c"]),
    ("datetime", [datetime(2020, 1, 1, 1, 1, 1), datetime(2020, 1, 1, 1, 1, 1, 5), date(2020, 1, 1)]),
    ("timestamp", [datetime(1970, 1, 1), datetime(2038, 1, 20), datetime(2000, 1, 1)]),
    ("date", [date(2020, 1, 1), datetime(2020, 1, 1, 5)]),
]


@pytest.mark.parametrize(("raw", "values"), FAST_PATH_CASES, ids=[raw for raw, _ in FAST_PATH_CASES])
def test_per_column_fitters_agree_with_fit_value(raw: str, values: list[object]) -> None:
    from seeder.values.fitcolumn import make_fitter

    column = col(raw, name="c")
    fit = make_fitter(column)
    for value in values:
        try:
            expected: object = fit_value(column, value)
        except ValueError as exc:
            expected = exc
        if isinstance(expected, ValueError):
            with pytest.raises(ValueError):
                fit(value)
        else:
            got = fit(value)
            assert got == expected and type(got) is type(expected), (raw, value)


def test_fit_value_keeps_null_in_nullable_columns() -> None:
    assert fit_value(col("int", nullable=True), None) is None


COLUMN_CASES = FAST_PATH_CASES + [
    ("year", [1901, 2155, 2156]), ("datetime(3)", [datetime(2020, 1, 1, 0, 0, 0, 1000), datetime(2020, 1, 1, 0, 0, 0, 1)]),
    ("datetime", [datetime(2020, 1, 1, tzinfo=UTC), datetime(2020, 1, 1)]),
    ("varchar(2)", ["é€", "ab", None]), ("decimal(6,3)", [Decimal("1.5"), Decimal("-0.0004"), None]),
    # mixed types a whole column converts in its pass: bools as ints, ints and floats as Decimals,
    # datetimes cut to the column's fraction
    ("tinyint(1)", [True, False, 1, None]), ("tinyint unsigned", [True, 0, 255]), ("bit(1)", [True, False]),
    ("decimal(6,2)", [Decimal("1.005"), 0, 2.675, -3, None]), ("decimal(4,2)", [99, 100.0, Decimal("99.994")]),
    ("decimal(6,2)", [1, float("nan"), Decimal(2)]), ("decimal(6,2)", [Decimal("NaN"), 1.5]),
    ("datetime", [datetime(2020, 1, 1, 0, 0, 0, 999999), datetime(2020, 1, 1), None]),
    ("timestamp(2)", [datetime(2020, 1, 1, 0, 0, 0, 123456), datetime(1970, 1, 1)]),
    ("int", [True, 7]), ("smallint", [1, 2.0]),
]


@pytest.mark.parametrize(("raw", "values"), COLUMN_CASES, ids=[raw for raw, _ in COLUMN_CASES])
def test_whole_column_fitters_agree_with_fitting_value_by_value(raw: str, values: list[object]) -> None:
    """Every sub-column tried (all values, each value alone and beside a NULL, the values that fit) gives
    the values and types of fitting one by one, or raises where that raises."""
    from seeder.values.fitcolumn import make_column_fitter, make_fitter

    for nullable in (True, False):
        column = col(raw, name="c", nullable=nullable)
        one, whole = make_fitter(column), make_column_fitter(column)
        fitting = []
        for v in values:
            try:
                one(v)
                fitting.append(v)
            except ValueError:
                pass
        for sample in [values, fitting, *([v] for v in values), *([v, None] for v in values)]:
            try:
                expected: object = [None if v is None else one(v) for v in sample]
            except ValueError:
                with pytest.raises(ValueError):
                    whole(sample)
                continue
            got = whole(sample)
            assert got == expected and list(map(type, got)) == list(map(type, expected)), (raw, sample)
        checked = make_column_fitter(column, null_checked=True)
        if not nullable:
            with pytest.raises(ValueError, match="NOT NULL"):
                checked([*fitting, None])
        else:
            assert checked([*fitting, None])[-1] is None


@pytest.mark.parametrize(("raw", "moment", "expected"), [
    ("datetime(3)", datetime(2024, 5, 1, 12, 0, 0, 400), datetime(2024, 5, 1, 12, 0, 0, 1000)),
    ("datetime(3)", datetime(2024, 5, 1, 12, 0, 0, 2000), datetime(2024, 5, 1, 12, 0, 0, 2000)),
    ("datetime", datetime(2024, 5, 1, 23, 59, 59, 500_000), datetime(2024, 5, 2)),
    ("timestamp(6)", datetime(2024, 5, 1, 12, 0, 0, 7), datetime(2024, 5, 1, 12, 0, 0, 7)),
    ("int unsigned", datetime(2024, 5, 1, 12, 0, 0, 1), datetime(2024, 5, 1, 12, 0, 1)),
    ("date", datetime(2024, 5, 1, 0, 0, 1), datetime(2024, 5, 2)),
    ("date", datetime(2024, 5, 1), datetime(2024, 5, 1)),
    ("year", datetime(2024, 5, 1), datetime(2025, 1, 1)),
    ("year", datetime(2024, 1, 1), datetime(2024, 1, 1)),
])
def test_ceil_to_column_is_the_smallest_value_on_the_columns_grid_not_before(raw: str, moment: datetime,
                                                                             expected: datetime) -> None:
    from seeder.values.temporal import ceil_to_column

    assert ceil_to_column(col(raw, name="at"), moment) == expected
