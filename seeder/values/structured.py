"""Generators for structured and member types: JSON documents, ENUM, SET, raw bytes, the
fallback for unknown types, and the two rule helpers (a constant, a weighted choice).
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from introspect.graph import Column
from seeder.values.base import Context, Drawer, ValueEnv, picker, weighted_picker
from seeder.values.limits import length_of
from seeder.values.pools import LANGUAGE_CODES
from seeder.values.text import words_of

if TYPE_CHECKING:
    from seeder.infer import GeneratorSpec

Maker = Callable[[random.Random], Any]


def _one_of(*options: Any) -> Maker:
    return lambda rng: rng.choice(options)


def _int_between(low: int, high: int) -> Maker:
    return lambda rng: rng.randint(low, high)


SETTINGS: tuple[tuple[str, Maker], ...] = (
    ("theme", _one_of("light", "dark", "system")),
    ("language", _one_of(*LANGUAGE_CODES[:6])),
    ("notifications", _one_of(True, False)),
    ("email_opt_in", _one_of(True, False)),
    ("items_per_page", _one_of(10, 20, 50, 100)),
    ("timezone", _one_of("UTC", "Europe/Berlin", "America/New_York", "Asia/Tokyo")),
    ("two_factor", _one_of(True, False)),
)
METADATA: tuple[tuple[str, Maker], ...] = (
    ("source", _one_of("web", "mobile", "api", "import")),
    ("version", _int_between(1, 5)),
    ("priority", _one_of("low", "normal", "high")),
    ("channel", _one_of("email", "sms", "push", "in_app")),
    ("ref", lambda rng: f"{rng.getrandbits(32):08x}"),
    ("verified", _one_of(True, False)),
    ("score", _int_between(0, 100)),
)


def _dump(doc: Any) -> str:
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _shrunk(doc: dict[str, Any] | list[Any], limit: int | None) -> str:
    """doc as compact JSON, dropping members from the end until it fits `limit` bytes."""
    while True:
        text = _dump(doc)
        if limit is None or len(text.encode("utf-8")) <= limit or not doc:
            return text
        doc = dict(list(doc.items())[:-1]) if isinstance(doc, dict) else doc[:-1]


def json_object_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """Small objects: settings-like (shape=settings) or metadata-like (default)."""
    vocabulary = SETTINGS if spec.param("shape", "metadata") == "settings" else METADATA
    words, limit = words_of(env), _json_limit(column)

    def one(rng: random.Random) -> str:
        members = rng.sample(vocabulary, rng.randint(2, min(5, len(vocabulary))))
        doc: dict[str, Any] = {key: make(rng) for key, make in members}
        if vocabulary is METADATA and rng.random() < 0.4:
            doc["tags"] = sorted({rng.choice(words) for _ in range(rng.randint(1, 3))})
        return _shrunk(doc, limit)

    def draw(rng: random.Random, n: int, ctx: Context) -> list[Any]:
        return [one(rng) for _ in range(n)]
    return draw


def _array_item(kind: str, words: tuple[str, ...]) -> Maker:
    if kind == "int":
        return _int_between(1, 10_000)
    if kind == "object":
        return lambda rng: {"sku": f"SKU-{rng.randrange(10**5):05d}", "qty": rng.randint(1, 5),
                            "price": round(rng.uniform(1, 200), 2)}
    return lambda rng: rng.choice(words)


def json_array_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """Arrays of 1..5 ids, words (tags) or line-item objects (param items=int|word|object)."""
    make, limit = _array_item(spec.param("items", "word"), words_of(env)), _json_limit(column)

    def one(rng: random.Random) -> str:
        return _shrunk([make(rng) for _ in range(rng.randint(1, 5))], limit)

    def draw(rng: random.Random, n: int, ctx: Context) -> list[Any]:
        return [one(rng) for _ in range(n)]
    return draw


def _json_limit(column: Column) -> int | None:
    return length_of(column) if column.family != "json" or column.length else None


def enum_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """One member per row; earlier members and the column default are somewhat more frequent."""
    members = column.values or ("",)
    default = (column.default or "").strip("'\"")
    weights = [(3.0 if m == default else 1.0) / (1 + 0.25 * i) for i, m in enumerate(members)]
    return weighted_picker(members, weights)


def set_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """A non-empty subset per row (each member with probability 0.35), in definition order."""
    members = column.values

    def one(rng: random.Random) -> str:
        if not members:
            return ""
        chosen = [m for m in members if rng.random() < 0.35] or [rng.choice(members)]
        return ",".join(chosen)

    def draw(rng: random.Random, n: int, ctx: Context) -> list[Any]:
        return [one(rng) for _ in range(n)]
    return draw


def bytes_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """Random bytes: exactly n for BINARY(n), 8..32 for VARBINARY, 16..256 for BLOBs."""
    limit = length_of(column)
    if column.family == "binary":
        low = high = limit
    elif column.family == "varbinary":
        low, high = min(limit, 8), min(limit, 32)
    else:
        low, high = min(limit, 16), min(limit, 256)

    def draw(rng: random.Random, n: int, ctx: Context) -> list[Any]:
        return [rng.randbytes(rng.randint(low, high)) for _ in range(n)]
    return draw


def fallback_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """Unknown types: a short lower-case word (NULL rows come from null_share = 1)."""
    limit = max(1, min(column.length or 16, 16))
    words = tuple(w[:limit] for w in words_of(env))
    return picker(words)


def const_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """The same value (param value) in every row."""
    value = spec.param("value")

    def draw(rng: random.Random, n: int, ctx: Context) -> list[Any]:
        return [value] * n
    return draw


def choice_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """One of param values per row, with optional relative param weights."""
    values = tuple(spec.param("values", ()))
    if not values:
        raise ValueError(f"column {column.name!r}: choice.pick needs a non-empty 'values' param")
    weights = spec.param("weights")
    return weighted_picker(values, weights) if weights else picker(values)
