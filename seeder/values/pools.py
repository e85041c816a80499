"""Pools of realistic strings, generated once per process with mimesis and then sampled.

`pool(name, seed, locale)` builds POOL_SIZE entries with a mimesis `Generic` seeded from
(run seed, pool name, locale) through SHA-256, so every process builds the same pool.
Entries are de-duplicated in first-seen order. Small curated vocabularies that mimesis
does not offer (or offers too exotically) live here as constants.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from functools import cache

from mimesis import Generic, Locale
from mimesis.enums import CountryCode

from seeder.values.base import stable_seed

POOL_SIZE = 600

_BUILDERS: dict[str, Callable[[Generic], str]] = {
    "first_name": lambda g: g.person.first_name(),
    "last_name": lambda g: g.person.last_name(),
    "occupation": lambda g: g.person.occupation(),
    "language": lambda g: g.person.language(),
    "company": lambda g: g.finance.company(),
    "street_name": lambda g: g.address.street_name(),
    "street_suffix": lambda g: g.address.street_suffix(),
    "city": lambda g: g.address.city(),
    "state": lambda g: g.address.state(),
    "state_abbr": lambda g: g.address.state(abbr=True),
    "postal_code": lambda g: g.address.postal_code(),
    "country": lambda g: g.address.country(),
    "country_a2": lambda g: g.address.country_code(code=CountryCode.A2),
    "country_a3": lambda g: g.address.country_code(code=CountryCode.A3),
    "word": lambda g: g.text.word(),
    "sentence": lambda g: g.text.sentence() if g.text.random.random() < 0.6 else g.text.quote(),
    "color": lambda g: g.text.color(),
    "user_agent": lambda g: g.internet.user_agent(),
    "timezone": lambda g: g.datetime.timezone(),
}

EMAIL_DOMAINS = ("gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "proton.me",
                 "aol.com", "example.com", "example.org", "mail.com")
TLDS = ("com", "com", "com", "net", "org", "io", "co", "dev", "app", "info")
CURRENCIES = (("USD", 30), ("EUR", 25), ("GBP", 10), ("JPY", 6), ("CAD", 5), ("AUD", 5), ("CHF", 4),
              ("CNY", 4), ("SEK", 2), ("NZD", 2), ("INR", 3), ("BRL", 2), ("MXN", 2))
LOCALES = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pt_BR", "ja_JP", "sv_SE",
           "pl_PL", "en_CA", "en_AU", "fr_CA", "es_MX")
LANGUAGE_CODES = ("en", "de", "fr", "es", "it", "nl", "pt", "ja", "sv", "pl", "zh", "ru", "ko", "tr")
STATUSES = (("active", 50), ("pending", 15), ("inactive", 12), ("completed", 10), ("suspended", 4),
            ("archived", 5), ("draft", 4))
ROLES = (("user", 60), ("editor", 12), ("admin", 5), ("manager", 10), ("viewer", 13))
GENDERS = (("female", 48), ("male", 48), ("other", 4))
MIME_TYPES = ("application/pdf", "image/jpeg", "image/png", "text/plain", "application/json",
              "text/csv", "application/zip", "image/webp", "video/mp4", "image/gif",
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/html")
FILE_EXTENSIONS = ("pdf", "jpg", "png", "txt", "csv", "docx", "xlsx", "zip", "json", "mp4")
IMAGE_EXTENSIONS = ("jpg", "png", "webp")
SEPARATORS = (".", "_", "")


@cache
def pool(name: str, seed: int, locale: str = "en") -> tuple[str, ...]:
    """POOL_SIZE entries of the named pool (de-duplicated, order kept, never empty)."""
    generic = Generic(locale=mimesis_locale(locale), seed=stable_seed(seed, "pool", name, locale))
    build = _BUILDERS[name]
    items = (str(build(generic)).strip() for _ in range(POOL_SIZE))
    unique = tuple(dict.fromkeys(item for item in items if item))
    return unique or ("x",)


def mimesis_locale(code: str) -> Locale:
    """The mimesis locale for "en", "en_GB", "de-AT" ...; English when mimesis lacks it."""
    wanted = code.strip().lower().replace("_", "-")
    for candidate in (wanted, wanted.split("-")[0]):
        try:
            return Locale(candidate)
        except ValueError:
            continue
    return Locale.EN


def ascii_fold(text: str) -> str:
    """text without accents and without characters outside [A-Za-z0-9] (for e-mails, handles)."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return "".join(ch for ch in folded if ch.isalnum())
