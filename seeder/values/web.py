"""Internet, code and vocabulary generators: URLs, domains, IPs, user agents, slugs, SKUs,
order numbers, references, EANs, hex tokens, UUIDs, colours, currencies, locales,
languages, time zones, statuses, roles, versions, MIME types and file names/paths.
"""

from __future__ import annotations

import ipaddress
import random
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from introspect.graph import Column
from seeder.infer.by_name import normalise
from seeder.values.base import Context, Drawer, ValueEnv, picker, weighted_picker
from seeder.values.limits import int_bounds, length_of
from seeder.values.pools import (
    CURRENCIES,
    FILE_EXTENSIONS,
    IMAGE_EXTENSIONS,
    LANGUAGE_CODES,
    LOCALES,
    MIME_TYPES,
    ROLES,
    STATUSES,
    TLDS,
    pool,
)
from seeder.values.text import fitting, words_of

if TYPE_CHECKING:
    from seeder.infer import GeneratorSpec

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"          # no I/O: codes people read aloud
ALNUM = UPPER + "23456789"
#: first octets of public-looking unicast IPv4 addresses
FIRST_OCTETS = tuple(o for o in range(1, 224) if o not in (10, 127))


def per_row(make: Callable[[random.Random], Any]) -> Drawer:
    """A drawer calling make(rng) once per row."""
    def draw(rng: random.Random, n: int, ctx: Context) -> list[Any]:
        return [make(rng) for _ in range(n)]
    return draw


def _chars(rng: random.Random, alphabet: str, count: int) -> str:
    return "".join(rng.choices(alphabet, k=count))


def _domain(rng: random.Random, words: tuple[str, ...]) -> str:
    name = rng.choice(words) + (rng.choice(words) if rng.random() < 0.4 else "")
    return f"{name}.{rng.choice(TLDS)}"


def _first_fitting(options: tuple[str, ...], limit: int) -> str:
    return next((text for text in options if len(text) <= limit), options[-1])


def domain_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """example-like host names: word[word].tld."""
    words = words_of(env)
    return per_row(lambda rng: _domain(rng, words))


def url_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """https://domain/word-word, shortened to https://domain when the column is short."""
    words, limit = words_of(env), length_of(column)

    def one(rng: random.Random) -> str:
        domain = _domain(rng, words)
        path = "-".join(rng.choice(words) for _ in range(rng.randint(1, 3)))
        return _first_fitting((f"https://www.{domain}/{path}", f"https://{domain}/{path}",
                               f"https://{domain}", domain), limit)
    return per_row(one)


def image_url_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """https://cdn.domain/images/<hex>.jpg (or a shorter form that fits)."""
    words, limit = words_of(env), length_of(column)

    def one(rng: random.Random) -> str:
        name, ext = f"{rng.getrandbits(48):012x}", rng.choice(IMAGE_EXTENSIONS)
        domain = _domain(rng, words)
        return _first_fitting((f"https://cdn.{domain}/images/{name}.{ext}", f"https://{domain}/{name}.{ext}",
                               f"/images/{name}.{ext}", f"{name}.{ext}"), limit)
    return per_row(one)


def _ipv4(rng: random.Random, firsts: tuple[int, ...] = FIRST_OCTETS) -> ipaddress.IPv4Address:
    octets = (rng.choice(firsts), rng.randrange(256), rng.randrange(256), rng.randrange(1, 255))
    return ipaddress.IPv4Address(bytes(octets))


def _ipv6(rng: random.Random) -> ipaddress.IPv6Address:
    return ipaddress.IPv6Address((0x2001 << 112) | (0x0DB8 << 96) | rng.getrandbits(96))


def ipv4_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """Public-looking IPv4 addresses as strings."""
    return per_row(lambda rng: str(_ipv4(rng)))


def ipv6_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """IPv6 addresses (2001:db8::/32) as strings."""
    return per_row(lambda rng: str(_ipv6(rng)))


def ip_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """Addresses in the column's form: string (20% IPv6 where 39+ chars fit), integer, packed bytes."""
    family, limit = column.family, length_of(column)
    if family == "inet6":
        return ipv6_values(spec, column, env)
    if family == "integer":
        firsts = tuple(o for o in FIRST_OCTETS if o <= int_bounds(column)[1] >> 24) or (1,)
        return per_row(lambda rng: int(_ipv4(rng, firsts)))
    if family in ("binary", "varbinary"):
        wide = limit >= 16 and family == "binary"
        return per_row(lambda rng: _ipv6(rng).packed if wide else _ipv4(rng).packed)
    if family in ("char", "varchar", "text") and limit >= 39:
        return per_row(lambda rng: str(_ipv6(rng) if rng.random() < 0.2 else _ipv4(rng)))
    return ipv4_values(spec, column, env)


def mac_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """aa:bb:cc:dd:ee:ff."""
    return per_row(lambda rng: ":".join(f"{rng.randrange(256):02x}" for _ in range(6)))


def user_agent_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """Browser user-agent strings that fit."""
    return picker(fitting(pool("user_agent", env.seed, env.locale), column))


def slug_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """lower-case-words-joined-by-hyphens, as many words as fit (2..5)."""
    words, limit = words_of(env), length_of(column)

    def one(rng: random.Random) -> str:
        parts = [rng.choice(words)]
        for _ in range(rng.randint(1, 4)):
            word = rng.choice(words)
            if len("-".join(parts)) + 1 + len(word) > limit:
                break
            parts.append(word)
        return "-".join(parts)
    return per_row(one)


def sku_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """ABC-12345, or as many upper-case letters and digits as fit."""
    limit = length_of(column)
    if limit >= 9:
        return per_row(lambda rng: f"{_chars(rng, UPPER, 3)}-{rng.randrange(10**5):05d}")
    return per_row(lambda rng: _chars(rng, ALNUM, limit))


def code_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """Short upper-case codes such as X7K2QH (up to 8 characters)."""
    size = max(1, min(length_of(column), 8))
    return per_row(lambda rng: _chars(rng, ALNUM, size))


def number_code_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """Document numbers such as ORD-00048213, the prefix taken from the column's name."""
    limit = length_of(column)
    prefix = (normalise(column.name).split("_")[0][:3] or "no").upper()
    digits = min(8, limit - len(prefix) - 1)
    if digits >= 4:
        return per_row(lambda rng: f"{prefix}-{rng.randrange(10**digits):0{digits}d}")
    size = max(1, min(limit, 10))
    return per_row(lambda rng: f"{rng.randrange(10**size):0{size}d}")


def reference_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """REF-7K2QHX9A style references, shortened to fit."""
    limit = length_of(column)
    if limit >= 8:
        return per_row(lambda rng: "REF-" + _chars(rng, ALNUM, min(limit - 4, 10)))
    return per_row(lambda rng: _chars(rng, ALNUM, limit))


def ean_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """EAN-13 numbers with a valid check digit (plain digits when shorter columns)."""
    limit = length_of(column)

    def one(rng: random.Random) -> str:
        body = [rng.randrange(10) for _ in range(12)]
        check = (10 - sum(d * (3 if i % 2 else 1) for i, d in enumerate(body)) % 10) % 10
        return ("".join(map(str, body)) + str(check))[:limit]
    return per_row(one)


def hex_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """Hex tokens: 64, 40 or 32 digits when they fit, else as many as the column holds."""
    limit = length_of(column)
    size = next((w for w in (64, 40, 32) if w <= limit), limit)
    return per_row(lambda rng: f"{rng.getrandbits(4 * size):0{size}x}")


def uuid_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """Version-4 UUIDs: canonical text, 32 hex digits, or 16 bytes, whichever the column takes."""
    limit = length_of(column)

    def one(rng: random.Random) -> Any:
        value = uuid.UUID(int=rng.getrandbits(128), version=4)
        if column.family in ("binary", "varbinary", "blob"):
            return value.bytes
        return str(value) if column.family == "uuid" or limit >= 36 else value.hex[:limit]
    return per_row(one)


def color_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """#a1b2c3 in 7-character columns (a1b2c3 in 6), colour names otherwise."""
    limit = length_of(column)
    if limit in (6, 7) or "hex" in normalise(column.name):
        return per_row(lambda rng: ("#" if limit >= 7 else "") + f"{rng.getrandbits(24):06x}")
    return picker(fitting(pool("color", env.seed, env.locale), column))


def _weighted(pairs: tuple[tuple[str, int], ...]) -> Callable[..., Drawer]:
    """A factory of weighted vocabulary words, keeping those that fit whole when any does."""
    def factory(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
        whole = tuple(pair for pair in pairs if len(pair[0]) <= length_of(column)) or pairs
        values, weights = zip(*whole, strict=True)
        return weighted_picker(values, weights)
    return factory


currency_values = _weighted(CURRENCIES)
status_values = _weighted(STATUSES)
role_values = _weighted(ROLES)


def locale_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """en_US-style locales, or two-letter language codes in short columns."""
    return picker(LOCALES if length_of(column) >= 5 else LANGUAGE_CODES)


def language_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """Language names in wide columns, ISO 639-1 codes in narrow ones."""
    if length_of(column) >= 8:
        return picker(fitting(pool("language", env.seed, env.locale), column))
    return picker(LANGUAGE_CODES)


def timezone_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """IANA zone names that fit ("UTC" when none does)."""
    zones = tuple(z for z in pool("timezone", env.seed, env.locale) if len(z) <= length_of(column))
    return picker(zones or ("UTC",))


def version_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """Semantic versions such as 2.14.3."""
    return per_row(lambda rng: f"{rng.randint(0, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 30)}")


def mime_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """Common MIME types that fit."""
    return picker(fitting(MIME_TYPES, column))


def file_name_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """word_word.ext file names."""
    words, limit = words_of(env), length_of(column)

    def one(rng: random.Random) -> str:
        first, second, ext = rng.choice(words), rng.choice(words), rng.choice(FILE_EXTENSIONS)
        return _first_fitting((f"{first}_{second}.{ext}", f"{first}.{ext}", first), limit)
    return per_row(one)


def file_path_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> Drawer:
    """/uploads/2023/07/<hex>.ext paths."""
    limit = length_of(column)

    def one(rng: random.Random) -> str:
        name = f"{rng.getrandbits(40):010x}.{rng.choice(FILE_EXTENSIONS)}"
        return _first_fitting((f"/uploads/{rng.randint(2015, 2025)}/{rng.randint(1, 12):02d}/{name}",
                               f"/uploads/{name}", name), limit)
    return per_row(one)
