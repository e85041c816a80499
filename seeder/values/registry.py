"""The generator keys: key -> (factory, one-line description), and build_values.

A factory takes (spec, column, env) and returns a drawer; `build_values` wraps it with
the column's codec (make_unique/capacity), `fit_value` and the spec's NULL share.
To add a generator, write its factory in the module named for what it does and add a
line here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from introspect.graph import Column
from seeder.values import numbers, people, structured, temporal, text, web
from seeder.values.base import ColumnValues, Drawer, ValueEnv, Values
from seeder.values.codecs import codec_for

if TYPE_CHECKING:
    from seeder.infer import GeneratorSpec

Factory = Callable[["GeneratorSpec", Column, ValueEnv], Drawer]

GENERATORS: dict[str, tuple[Factory, str]] = {
    # people and organisations
    "person.first_name": (text.pooled("first_name"), "given names (mimesis pool)"),
    "person.last_name": (text.pooled("last_name"), "family names (mimesis pool)"),
    "person.full_name": (people.full_name_values, "'First Last' (or 'F. Last' when short)"),
    "person.username": (people.username_values, "login handles: jane.doe, jdoe42, jane_doe1987"),
    "person.email": (people.email_values, "handle@common-domain, handle shortened to fit"),
    "person.phone": (people.phone_values, "phone numbers in the longest layout that fits"),
    "person.gender": (people.gender_values, "female/male/other (F/M/X when one character)"),
    "person.occupation": (text.pooled("occupation"), "job titles (mimesis pool)"),
    "company.name": (text.pooled("company"), "company names (mimesis pool)"),
    # places
    "address.street": (people.street_values, "'1234 Maple Avenue'"),
    "address.line2": (people.line2_values, "'Apt 4B', 'Suite 210'"),
    "address.city": (text.pooled("city"), "city names (mimesis pool)"),
    "address.state": (people.state_values, "state names, abbreviations when <= 3 chars"),
    "address.zip": (people.zip_values, "postal codes that fit"),
    "address.country": (people.country_values, "ISO alpha-2 / alpha-3 / country name by length"),
    "geo.latitude": (numbers.latitude_values, "latitudes -90..90, 6 decimals where kept"),
    "geo.longitude": (numbers.longitude_values, "longitudes -180..180, 6 decimals where kept"),
    # internet, codes, secrets
    "internet.url": (web.url_values, "https://domain/path URLs"),
    "internet.image_url": (web.image_url_values, "image URLs ending in .jpg/.png/.webp"),
    "internet.domain": (web.domain_values, "host names word.tld"),
    "internet.ip": (web.ip_values, "IP addresses as text, integer or packed bytes"),
    "internet.mac": (web.mac_values, "MAC addresses"),
    "internet.user_agent": (web.user_agent_values, "browser user agents (mimesis pool)"),
    "internet.slug": (web.slug_values, "url-slugs-of-words"),
    "code.sku": (web.sku_values, "SKUs like ABC-12345"),
    "code.code": (web.code_values, "short upper-case codes like X7K2QH"),
    "code.number": (web.number_code_values, "document numbers like ORD-00048213"),
    "code.reference": (web.reference_values, "references like REF-7K2QHX9A"),
    "code.ean": (web.ean_values, "EAN-13 numbers with a valid check digit"),
    "crypto.hex": (web.hex_values, "hex tokens/hashes: 64/40/32 digits or the column length"),
    "uuid.v4": (web.uuid_values, "version-4 UUIDs: canonical text, 32 hex digits or 16 bytes"),
    # vocabularies
    "misc.color": (web.color_values, "#rrggbb in 6/7-char columns, colour names otherwise"),
    "misc.currency": (web.currency_values, "ISO 4217 codes, USD/EUR most frequent"),
    "misc.locale": (web.locale_values, "en_US-style locales (2-letter codes when short)"),
    "misc.language": (web.language_values, "language names, ISO 639-1 codes when short"),
    "misc.timezone": (web.timezone_values, "IANA time zone names"),
    "misc.status": (web.status_values, "active/pending/inactive/... weighted"),
    "misc.role": (web.role_values, "user/editor/admin/manager/viewer weighted"),
    "misc.version": (web.version_values, "semantic versions 2.14.3"),
    "misc.mime_type": (web.mime_values, "common MIME types"),
    "file.name": (web.file_name_values, "word_word.ext file names"),
    "file.path": (web.file_path_values, "/uploads/yyyy/mm/<hex>.ext paths"),
    # numbers
    "number.range": (numbers.range_values, "numbers in params low..high (decimals) within the column"),
    "int.range": (numbers.range_values, "generic integers, modest range for the width"),
    "decimal.range": (numbers.range_values, "generic decimals 0..1000 within precision/scale"),
    "float.range": (numbers.range_values, "generic floats 0..1000"),
    "money.amount": (numbers.money_values, "positive amounts, log-uniform low..high, 2 decimals"),
    "number.decimal_string": (numbers.decimal_string_values, "numbers in text columns: '125.50'"),
    "number.quantity": (numbers.quantity_values, "whole quantities low..high, small ones more often"),
    "number.percent": (numbers.percent_values, "0-100 or 0-1 depending on precision/scale and unit"),
    "number.rating": (numbers.rating_values, "ratings 1..5"),
    "bool.flag": (numbers.flag_values, "0/1 with P(1) = param true_share (default 0.5)"),
    "bit.random": (numbers.bit_values, "uniform BIT(n) values"),
    # time
    "temporal.created": (temporal.chronological_values,
                         "spread evenly over the history window, in row order (rows are created in key order)"),
    "temporal.event": (temporal.created_values, "uniform in the window, after `after` if set"),
    "temporal.updated": (temporal.updated_values, ">= the row's created value, <= window end"),
    "temporal.deleted": (temporal.created_values, "after the row's created value (mostly NULL)"),
    "temporal.end": (temporal.end_values, "interval end: start + 1 hour..30 days"),
    "temporal.future": (temporal.future_values, "expiry/due: created (or window end) + 7 days..2 years"),
    "temporal.birthdate": (temporal.birthdate_values, "ages 18..80 at the window end"),
    "temporal.time": (temporal.time_values, "times of day at the column's precision"),
    "temporal.year": (temporal.year_values, "years of the window"),
    # free text
    "text.word": (text.word_values, "one lower-case word"),
    "text.words": (text.words_values, "1..3 lower-case words (generic strings)"),
    "text.name": (text.name_values, "1..3 capitalised words (names of things)"),
    "text.title": (text.title_values, "3..7 capitalised words"),
    "text.paragraph": (text.paragraph_values, "1..N sentences (param sentences), within the length"),
    # structured and member types
    "json.object": (structured.json_object_values, "small JSON objects (shape=settings|metadata)"),
    "json.array": (structured.json_array_values, "JSON arrays of ids, words or line items"),
    "enum.pick": (structured.enum_values, "one member, mildly weighted to early members/default"),
    "set.subset": (structured.set_values, "non-empty subset of the members, comma-joined"),
    "binary.random": (structured.bytes_values, "random bytes (BINARY(n): exactly n)"),
    "inet.ipv4": (web.ipv4_values, "IPv4 addresses"),
    "inet.ipv6": (web.ipv6_values, "IPv6 addresses (2001:db8::/32)"),
    "fallback.string": (structured.fallback_values, "unknown types: a short word, NULL if nullable"),
    "const.value": (structured.const_values, "rule files: the constant param value"),
    "choice.pick": (structured.choice_values, "rule files: one of param values (weights)"),
}

#: key -> description, for plans, docs and rule-file validation
GENERATOR_KEYS: dict[str, str] = {key: description for key, (_, description) in GENERATORS.items()}


def build_values(spec: GeneratorSpec, column: Column, env: ValueEnv) -> ColumnValues:
    """The values of `column` as `spec` describes them."""
    try:
        factory = GENERATORS[spec.key][0]
    except KeyError:
        raise ValueError(f"column {column.name!r}: unknown generator key {spec.key!r}") from None
    share = spec.null_share if column.nullable else 0.0
    return Values(column, factory(spec, column, env), codec_for(spec.key, column), share)
