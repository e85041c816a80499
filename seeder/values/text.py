"""Free-text generators: words, names of things, titles, paragraphs, and pooled strings.

Lengths: CHAR/VARCHAR limits count characters, TEXT limits count UTF-8 bytes; paragraphs
are also kept under PARAGRAPH_BUDGET characters so rows stay reasonable. Phrases are
built word by word and stop before the limit, so values are cut (by `fit_value`) only
when even one word does not fit.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from introspect.graph import Column
from seeder.values.base import Context, Drawer, ValueEnv, picker
from seeder.values.convert import cut_bytes
from seeder.values.limits import length_of
from seeder.values.pools import pool

if TYPE_CHECKING:
    from seeder.infer import GeneratorSpec

PARAGRAPH_BUDGET = 900


def measure_for(column: Column) -> Callable[[str], int]:
    """How the column counts length: UTF-8 bytes for TEXT, characters otherwise."""
    if column.family == "text":
        return lambda text: len(text.encode("utf-8"))
    return len


def fitting(items: Sequence[str], column: Column, limit: int | None = None) -> tuple[str, ...]:
    """The items that fit the column whole; if none does, all items cut to fit."""
    limit = length_of(column) if limit is None else limit
    size = measure_for(column)
    whole = tuple(item for item in items if size(item) <= limit)
    if whole:
        return whole
    cut = (cut_bytes(item, limit) if column.family == "text" else item[:limit] for item in items)
    return tuple(dict.fromkeys(item for item in cut if item)) or ("x" * max(min(limit, 1), 0),)


def pooled(name: str) -> Callable[[GeneratorSpec, Column, ValueEnv], Drawer]:
    """A factory picking from the named mimesis pool, keeping entries that fit."""
    def factory(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
        return picker(fitting(pool(name, env.seed, env.locale), column))
    factory.__doc__ = f"Entries of the {name!r} pool that fit the column."
    return factory


def words_of(env: ValueEnv) -> tuple[str, ...]:
    """Plain alphabetic words of the run's word pool."""
    words = tuple(w.lower() for w in pool("word", env.seed, env.locale) if w.isalpha())
    return words or ("item",)


def phrase(rng: random.Random, words: Sequence[str], limit: int, count: int,
           style: Callable[[str], str] = str) -> str:
    """Up to `count` styled words joined by spaces, stopping before `limit` characters."""
    parts: list[str] = []
    used = -1
    for _ in range(count):
        word = style(rng.choice(words))
        if used + 1 + len(word) > limit:
            break
        parts.append(word)
        used += 1 + len(word)
    return " ".join(parts) if parts else style(rng.choice(words))[:limit]


def phrase_factory(low: int, high: int, style: Callable[[str], str]) -> Callable[..., Drawer]:
    """A factory of phrases of low..high words in the given style."""
    def factory(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
        words, limit = words_of(env), min(length_of(column), PARAGRAPH_BUDGET)

        def draw(rng: random.Random, n: int, ctx: Context) -> list[Any]:
            return [phrase(rng, words, limit, rng.randint(low, high), style) for _ in range(n)]
        return draw
    return factory


def paragraph_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """1..`sentences` sentences from the sentence pool, within the column and the budget."""
    most = max(int(spec.param("sentences", 3)), 1)
    limit = min(length_of(column), PARAGRAPH_BUDGET)
    size = measure_for(column)
    sentences = fitting(pool("sentence", env.seed, env.locale), column, limit)
    words = words_of(env)

    sizes = {text: size(text) for text in sentences}   # a paragraph's size is its sentences' sizes + 1 each

    def one(rng: random.Random) -> str:
        text = rng.choice(sentences)
        length = sizes[text]
        if length > limit:
            return phrase(rng, words, limit, 12, str)
        for _ in range(rng.randint(1, most) - 1):
            sentence = rng.choice(sentences)
            longer = length + 1 + sizes[sentence]
            if longer > limit:
                break
            text, length = text + " " + sentence, longer
        return text

    def draw(rng: random.Random, n: int, ctx: Context) -> list[Any]:
        return [one(rng) for _ in range(n)]
    return draw


def capitalised(word: str) -> str:
    """Word with its first letter upper-cased."""
    return word[:1].upper() + word[1:]


words_values = phrase_factory(1, 3, str)
word_values = phrase_factory(1, 1, str)
name_values = phrase_factory(1, 3, capitalised)
title_values = phrase_factory(3, 7, capitalised)
