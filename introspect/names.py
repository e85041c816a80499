"""Name normalisation for matching column names to table names.

Identifiers are split into lower-case tokens (camelCase, PascalCase, snake_case,
kebab-case and mixed forms), the last token is reduced to its singular form, and
the tokens are joined without separators into a *key*:

    >>> key(tokens("sampleRequests")), key(tokens("sample_request"))
    ('samplerequest', 'samplerequest')

Both sides of a comparison go through the same functions, so an imperfect
singulariser only matters when one side is singular and the other plural.
"""

from __future__ import annotations

import re

_TOKEN = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+\d*|[A-Z]+\d*|\d+")

#: Plural -> singular for words the suffix rules get wrong.
_IRREGULAR_PLURALS: dict[str, str] = {
    "people": "person", "persons": "person", "children": "child", "men": "man", "women": "woman",
    "statuses": "status", "analyses": "analysis", "bases": "base", "buses": "bus",
    "aliases": "alias", "indices": "index", "matrices": "matrix", "vertices": "vertex",
    "criteria": "criterion", "phenomena": "phenomenon", "geese": "goose", "mice": "mouse",
    "teeth": "tooth", "feet": "foot", "quizzes": "quiz", "viruses": "virus", "campuses": "campus",
    "theses": "thesis", "crises": "crisis", "diagnoses": "diagnosis", "axes": "axis",
    "caches": "cache", "shelves": "shelf", "knives": "knife", "halves": "half", "wolves": "wolf",
}
#: Words that end in "s" but are singular (or have no distinct plural).
_INVARIANT = frozenset({
    "series", "species", "news", "data", "media", "metadata", "info", "sms",
    "status", "alias", "bus", "campus", "analysis", "basis", "axis", "thesis", "crisis",
})
_SUFFIX_RULES: tuple[tuple[str, str], ...] = (
    ("ies", "y"), ("sses", "ss"), ("xes", "x"), ("ches", "ch"), ("shes", "sh"), ("zzes", "zz"),
)


def tokens(name: str) -> tuple[str, ...]:
    """Split an identifier into lower-case tokens: 'parentStrainId' -> ('parent', 'strain', 'id')."""
    return tuple(t.lower() for t in _TOKEN.findall(name))


def singular(word: str) -> str:
    """A small English singulariser for identifier tokens ('categories' -> 'category')."""
    word = word.lower()
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    if word in _INVARIANT or len(word) <= 3:
        return word
    for suffix, repl in _SUFFIX_RULES:
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            return word[: -len(suffix)] + repl
    if word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("s"):
        return word[:-1]
    return word


def is_plural(word: str) -> bool:
    """True when `singular` changes the word, i.e. it reads as a plural."""
    return singular(word) != word.lower()


def singular_tokens(toks: tuple[str, ...]) -> tuple[str, ...]:
    """The tokens with the last one singularised (`order_line_items` -> order, line, item)."""
    if not toks:
        return toks
    return toks[:-1] + (singular(toks[-1]),)


def key(toks: tuple[str, ...]) -> str:
    """The comparison key: singular tokens joined without separators."""
    return "".join(singular_tokens(toks))


def name_key(name: str) -> str:
    """`key(tokens(name))`: the key of a table or column name, or of an enum value."""
    return key(tokens(name))


def ends_with(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """True when the singular tokens of `longer` end with the singular tokens of `shorter`."""
    a, b = singular_tokens(longer), singular_tokens(shorter)
    return 0 < len(b) <= len(a) and a[len(a) - len(b):] == b


def starts_with(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """True when `longer` has more tokens and its first ones are `shorter` (singular-insensitive)."""
    b = singular_tokens(shorter)
    return 0 < len(b) < len(longer) and singular_tokens(longer[: len(b)]) == b


def show(toks: tuple[str, ...]) -> str:
    """Tokens as evidence text: '[parent, strain]'."""
    return "[" + ", ".join(toks) + "]"
