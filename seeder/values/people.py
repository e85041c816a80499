"""People, companies and addresses: pooled mimesis names composed per row with `rng`.

Composition (first + last, local@domain, number + street + suffix) happens at draw time,
so the space of values is much larger than any one pool while mimesis runs only once
per pool and process.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, Any

from introspect.graph import Column
from seeder.values.base import Context, Drawer, ValueEnv, picker, weighted_picker
from seeder.values.limits import length_of
from seeder.values.pools import EMAIL_DOMAINS, GENDERS, ascii_fold, pool
from seeder.values.text import fitting

if TYPE_CHECKING:
    from seeder.infer import GeneratorSpec


def _names(env: ValueEnv) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return pool("first_name", env.seed, env.locale), pool("last_name", env.seed, env.locale)


def full_name_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """"First Last", or "F. Last" when the column is short."""
    firsts, lasts = _names(env)
    limit = length_of(column)

    def one(rng: random.Random) -> str:
        first, last = rng.choice(firsts), rng.choice(lasts)
        for text in (f"{first} {last}", f"{first[:1]}. {last}", first):
            if len(text) <= limit:
                return text
        return first[:limit]

    def draw(rng: random.Random, n: int, ctx: Context) -> list[Any]:
        return [one(rng) for _ in range(n)]
    return draw


def _handle(rng: random.Random, first: str, last: str) -> str:
    """A login-style handle: jane.doe, jdoe42, jane_doe1987, janedoe ..."""
    first, last = ascii_fold(first).lower() or "user", ascii_fold(last).lower() or "name"
    shape = rng.randrange(5)
    if shape == 0:
        return f"{first}.{last}"
    if shape == 1:
        return f"{first[:1]}{last}{rng.randint(1, 99)}"
    if shape == 2:
        return f"{first}_{last}{rng.randint(1950, 2010)}"
    if shape == 3:
        return f"{first}{last}"
    return f"{first}{rng.randint(1, 999)}"


def username_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """Handles built from pooled first and last names."""
    firsts, lasts = _names(env)

    def draw(rng: random.Random, n: int, ctx: Context) -> list[Any]:
        return [_handle(rng, rng.choice(firsts), rng.choice(lasts)) for _ in range(n)]
    return draw


def email_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """handle@domain, the handle shortened (never the domain) to fit the column."""
    firsts, lasts = _names(env)
    limit = length_of(column)
    domains = tuple(d for d in EMAIL_DOMAINS if limit - len(d) - 1 >= 3) or EMAIL_DOMAINS

    def one(rng: random.Random) -> str:
        domain = rng.choice(domains)
        local = _handle(rng, rng.choice(firsts), rng.choice(lasts))
        room = limit - len(domain) - 1
        return f"{local[:room]}@{domain}" if room >= 3 else f"{local}@{domain}"[:limit]

    def draw(rng: random.Random, n: int, ctx: Context) -> list[Any]:
        return [one(rng) for _ in range(n)]
    return draw


def _digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(count))


def phone_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """NANP-style numbers in the longest layout the column takes."""
    limit = length_of(column)

    def one(rng: random.Random) -> str:
        area, exchange = f"{rng.randint(2, 9)}{_digits(rng, 2)}", f"{rng.randint(2, 9)}{_digits(rng, 2)}"
        line = _digits(rng, 4)
        for text in (f"+1-{area}-{exchange}-{line}", f"({area}) {exchange}-{line}",
                     f"{area}-{exchange}-{line}", f"{area}{exchange}{line}"):
            if len(text) <= limit:
                return text
        return _digits(rng, limit)

    def draw(rng: random.Random, n: int, ctx: Context) -> list[Any]:
        return [one(rng) for _ in range(n)]
    return draw


def gender_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """female/male/other (F/M/X in one-character columns)."""
    names, weights = zip(*GENDERS, strict=True)
    if length_of(column) < max(len(name) for name in names):
        names = tuple(name[:1].upper() if name != "other" else "X" for name in names)
    return weighted_picker(names, weights)


def street_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """"1234 Maple Avenue"."""
    streets = pool("street_name", env.seed, env.locale)
    suffixes = pool("street_suffix", env.seed, env.locale)

    def draw(rng: random.Random, n: int, ctx: Context) -> list[Any]:
        return [f"{int(10 ** rng.uniform(0, 4))} {rng.choice(streets)} {rng.choice(suffixes)}"
                for _ in range(n)]
    return draw


def line2_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """"Apt 4B", "Suite 210", "Unit 7"."""
    def one(rng: random.Random) -> str:
        kind = rng.choice(("Apt", "Suite", "Unit", "Floor"))
        letter = rng.choice(("", "", "A", "B", "C")) if kind == "Apt" else ""
        return f"{kind} {rng.randint(1, 40 if kind == 'Floor' else 999)}{letter}"

    def draw(rng: random.Random, n: int, ctx: Context) -> list[Any]:
        return [one(rng) for _ in range(n)]
    return draw


def state_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """State names, or abbreviations in columns of up to 3 characters."""
    name = "state_abbr" if length_of(column) <= 3 else "state"
    return picker(fitting(pool(name, env.seed, env.locale), column))


def zip_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """Postal codes that fit; digits only when none does."""
    limit = length_of(column)
    codes = tuple(c for c in pool("postal_code", env.seed, env.locale) if len(c) <= limit)
    if codes:
        return picker(codes)

    def draw(rng: random.Random, n: int, ctx: Context) -> list[Any]:
        return [_digits(rng, limit) for _ in range(n)]
    return draw


def country_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """ISO alpha-2 in 2-character columns, alpha-3 in 3-character ones, names otherwise."""
    limit = length_of(column)
    if limit <= 2:
        return picker(fitting(pool("country_a2", env.seed, env.locale), column))
    if limit < 6:
        return picker(fitting(pool("country_a3", env.seed, env.locale), column))
    return picker(fitting(pool("country", env.seed, env.locale), column))
