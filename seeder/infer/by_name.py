"""Name rules: an ordered table of (regex on the normalised column name, families, key, params).

Names are normalised first (`normalise`): camelCase is split into snake tokens and
everything is lower-cased, so `createdAt`, `created_at`, `CreatedAt` and `CREATED_AT`
all read `created_at`. Patterns are matched with `re.search` against that form; they
use `(^|_)` and `$` so that they match whole tokens at the end of the name.

The first rule whose pattern matches, whose families include the column's family and
whose optional conditions hold (table regex, sibling regex, `when` predicate) wins.
To add a rule, insert it above the first rule that would otherwise catch the name.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from introspect.graph import Column
from seeder.infer.by_type import (
    CLOCK,
    FLAGS,
    JSON,
    JSON_OR_TEXT,
    NUMBERS,
    POINTS,
    SHORT,
    STRINGS,
    TEMPORAL_ANY,
    at_most,
    flag_capable,
    temporal_capable,
    wide_enough,
    year_capable,
)

#: suffixes that keep a temporal word temporal: created, created_at, create_time, created_on ...
SUFFIX = r"(_(at|on|date|time|datetime|ts|timestamp|dt|utc|stamp|gmt|time_utc|datetime_utc))?"

CREATED = (r"(^|_)(created?|creation|inserted|added|registered|signup|signed_up|joined|enrolled)"
           + SUFFIX + "$")
UPDATED = (r"(^|_)(updated?|modified|modify|modification|changed|edited|touched|last_modified"
           r"|last_updated|last_changed|mtime)" + SUFFIX + "$")
DELETED = (r"(^|_)(deleted|delete|removed|archived|trashed|destroyed|cancell?ed|voided|deactivated"
           r"|disabled|banned|suspended|revoked|closed)" + SUFFIX + "$")
START = (r"(^|_)(starts?|starting|started|begins?|began|beginning|from|check_?in|opens?|opening"
         r"|valid_from|effective)" + SUFFIX + "$")
END = (r"(^|_)(ends?|ending|ended|finish|finishes|finished|stops?|stopped|until|till|to|check_?out"
       r"|closes|closing|completed|resolved|valid_to|valid_until)" + SUFFIX + "$")

PERSON_TABLES = (r"(^|_)(users?|customers?|clients?|employees?|people|persons?|members?|authors?"
                 r"|contacts?|staff|students?|teachers?|patients?|doctors?|accounts?|profiles?|admins?"
                 r"|agents?|players?|guests?|drivers?|owners?|subscribers?|candidates?|applicants?"
                 r"|passengers?|travell?ers?|participants?|attendees?|artists?|actors?|instructors?"
                 r"|volunteers?|recipients?|sellers?|buyers?|reviewers?|speakers?|managers?|workers?"
                 r"|tenants?|residents?|athletes?|coaches?|persons?|individuals?)$")
COMPANY_TABLES = (r"(^|_)(compan(y|ies)|vendors?|suppliers?|brands?|manufacturers?|organi[sz]ations?"
                  r"|orgs?|business(es)?|merchants?|publishers?|agenc(y|ies)|firms?|carriers?|banks?"
                  r"|partners?|stores?|shops?|retailers?|distributors?|providers?|sponsors?|employers?)$")
ADDRESS_SIBLINGS = (r"(^|_)(city|town|zip|zip_?code|postal_?code|post_?code|postcode|country"
                    r"|address|street|address_?line_?1|address1)$")


@dataclass(frozen=True)
class NameRule:
    """One line of the name table."""

    pattern: str                          # regex searched in the normalised column name
    families: frozenset[str]              # column families the rule applies to
    key: str                              # generator key
    params: tuple[tuple[str, Any], ...] = ()
    table: str | None = None              # regex the normalised table name must match
    sibling: str | None = None            # regex some other column's normalised name must match
    when: Callable[[Column], bool] | None = None
    null_share: float | None = None       # overrides the default share of NULLs

    def applies(self, name: str, column: Column, table: str, siblings: Iterable[str]) -> bool:
        """True when this rule fits the column."""
        if column.family not in self.families or not re.search(self.pattern, name):
            return False
        if self.table is not None and not re.search(self.table, table):
            return False
        if self.sibling is not None and not any(re.search(self.sibling, s) for s in siblings):
            return False
        return self.when is None or self.when(column)


@functools.lru_cache(maxsize=65536)
def normalise(name: str) -> str:
    """snake_case, lower-case form of a column or table name (camelCase split into tokens)."""
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    text = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", text)
    text = re.sub(r"[^0-9A-Za-z]+", "_", text).strip("_").lower()
    return re.sub(r"_+", "_", text)


def _range(low: float, high: float, decimals: int | None = None) -> tuple[tuple[str, Any], ...]:
    params: list[tuple[str, Any]] = [("high", high), ("low", low)]
    if decimals is not None:
        params.insert(0, ("decimals", decimals))
    return tuple(params)


def _numeric(pattern: str, key: str, params: tuple[tuple[str, Any], ...]) -> tuple[NameRule, ...]:
    """A number rule, plus its twin for numbers kept in VARCHAR/CHAR columns (plain decimal strings)."""
    return (NameRule(pattern, NUMBERS, key, params),
            NameRule(pattern, SHORT, "number.decimal_string", params))


R = NameRule
_T = temporal_capable
_SHARE_LOW, _SHARE_HIGH = (("true_share", 0.1),), (("true_share", 0.85),)
FLAG_PREFIX = r"^(is|has|have|can|should|allow|allows|enable|use|show|must|needs?|was|did|does|wants?)_"

#: The ordered name table. First match wins.
NAME_RULES: tuple[NameRule, ...] = (
    # --- flags ------------------------------------------------------------------------------
    R(FLAG_PREFIX + r"(deleted|archived|banned|blocked|locked|hidden|disabled|spam|suspended|test|draft)$",
      FLAGS, "bool.flag", _SHARE_LOW, when=flag_capable),
    R(FLAG_PREFIX + r"(active|enabled|verified|confirmed|approved|published|visible|valid|available)$",
      FLAGS, "bool.flag", _SHARE_HIGH, when=flag_capable),
    R(FLAG_PREFIX, FLAGS, "bool.flag", when=flag_capable),
    R(r"(^|_)(deleted|archived|banned|blocked|locked|hidden|disabled|spam|suspended|removed|trashed"
      r"|cancell?ed|closed|revoked|voided|deactivated)$",
      FLAGS, "bool.flag", _SHARE_LOW, when=flag_capable),
    R(r"(^|_)(active|enabled|verified|confirmed|approved|published|visible|available|subscribed"
      r"|opt_?in|opted_in|consent)$", FLAGS, "bool.flag", _SHARE_HIGH, when=flag_capable),
    R(r"^(featured|default|primary|public|private|paid|completed|done|read|seen|pinned|starred|sticky"
      r"|required|mandatory|optional|flag|flagged|premium|vip|online)$|_flag$", FLAGS, "bool.flag",
      when=flag_capable),
    # --- time zones before anything temporal ("time_zone") ------------------------------------
    R(r"(^|_)(timezone|time_?zone|tz|tz_?name|timezone_?name|olson)$", SHORT, "misc.timezone"),
    # --- temporal ---------------------------------------------------------------------------
    R(CREATED, TEMPORAL_ANY, "temporal.created", when=_T),
    R(UPDATED, TEMPORAL_ANY, "temporal.updated", when=_T),
    R(DELETED, TEMPORAL_ANY, "temporal.deleted", when=_T, null_share=0.9),
    R(r"(^|_)(birth_?date|date_of_birth|dob|birthday|born|born_on|born_at|birth)$",
      POINTS | SHORT, "temporal.birthdate", when=_T),
    R(r"(^|_)(expires?|expiry|expiration|due|deadline|renews?|renewal|scheduled|scheduled_for"
      r"|remind|reminder|next_\w+)" + SUFFIX + "$", POINTS, "temporal.future"),
    R(END, CLOCK, "temporal.end"),
    R(START, CLOCK, "temporal.event"),
    R(r"(_at|_ts|_timestamp|_epoch|_unix|_unix_time|^timestamp|^ts|^epoch)$", TEMPORAL_ANY,
      "temporal.event", when=_T),
    R(r"(^|_)(date|datetime|time|dt)$", CLOCK | SHORT, "temporal.event", when=_T),
    R(r"_on$|^(date|time|datetime)_|_(day|when)$", CLOCK, "temporal.event"),
    R(r"(^|_)(year|yr)$", frozenset({"year", "integer", "char", "varchar"}), "temporal.year",
      when=year_capable),
    # --- people -----------------------------------------------------------------------------
    R(r"(^|_)(first_?name|given_?name|fname|forename|first)$", STRINGS, "person.first_name"),
    R(r"(^|_)(middle_?name|middle_?initial|middle)$", STRINGS, "person.first_name", null_share=0.5),
    R(r"(^|_)(last_?name|family_?name|surname|lname|last|maiden_?name)$", STRINGS, "person.last_name"),
    R(r"(^|_)(user_?name|login|login_?name|nick_?name|nick|handle|screen_?name|account_?name)$",
      STRINGS, "person.username"),
    R(r"(^|_)(e_?mail|mail)(_?address|_addr)?$", STRINGS, "person.email"),
    R(r"(^|_)(phone|telephone|tel|mobile|cell|cell_?phone|fax|msisdn|whatsapp)(_?(number|no|num|nr))?$"
      r"|(^|_)contact_(number|no)$", STRINGS, "person.phone"),
    R(r"(^|_)(gender|sex)$", SHORT, "person.gender"),
    R(r"(^|_)(occupation|job_?title|job|profession|designation)$", STRINGS, "person.occupation"),
    R(r"(^|_)(full_?name|display_?name|contact_?name|customer_?name|person_?name|author_?name"
      r"|owner_?name|real_?name|recipient_?name|billing_?name|shipping_?name|holder_?name"
      r"|card_?holder|emergency_?contact|assignee|author)$", STRINGS, "person.full_name"),
    R(r"(^|_)(company|vendor|brand|manufacturer|supplier|organi[sz]ation|org|employer|business"
      r"|merchant|publisher|agency|firm|carrier|bank|institution|school|university)(_?name)?$",
      STRINGS, "company.name"),
    R(r"^(name|full_name)$", STRINGS, "person.full_name", table=PERSON_TABLES),
    R(r"^name$", STRINGS, "company.name", table=COMPANY_TABLES),
    # --- internet (before addresses: "ip_address", "mac_address") --------------------------
    R(r"(^|_)(ip|ip_?addr(ess)?|ipv[46](_?addr(ess)?)?|remote_?addr(ess)?|client_?addr(ess)?)$",
      SHORT | {"integer", "binary", "varbinary", "inet4", "inet6"}, "internet.ip", when=wide_enough(4)),
    R(r"(^|_)mac(_?addr(ess)?)?$", SHORT, "internet.mac"),
    R(r"(^|_)(user_?agent|ua|browser_?agent)$", STRINGS, "internet.user_agent"),
    R(r"(^|_)(image|img|avatar|photo|picture|pic|thumbnail|thumb|logo|icon|banner|cover|headshot"
      r"|profile_?pic(ture)?|profile_?image)(_?(url|uri|link|src|path))?$", STRINGS, "internet.image_url"),
    R(r"(^|_)(url|uri|link|href|website|web_?site|homepage|home_?page|permalink|callback|webhook"
      r"|endpoint)$", STRINGS, "internet.url"),
    R(r"(^|_)(domain|domain_?name|host|hostname|host_?name|fqdn|subdomain)$", SHORT, "internet.domain"),
    R(r"(^|_)slug$", STRINGS, "internet.slug"),
    # --- addresses and places ---------------------------------------------------------------
    R(r"(^|_)(street_?number|house_?number|building_?number|house_?no)$", STRINGS | NUMBERS,
      "number.range", _range(1, 9999, 0)),
    R(r"(^|_)(address_?line_?2|address2|addr2|line2|street_?line_?2|street2|apartment|apt|suite)$",
      STRINGS, "address.line2", null_share=0.6),
    R(r"(^|_)(street|street_?address|address|address_?line_?1|address1|addr1|addr|line1"
      r"|street_?line_?1|street1)$", STRINGS, "address.street"),
    R(r"(^|_)(city|town|municipality|locality|suburb)(_?name)?$", STRINGS, "address.city"),
    R(r"(^|_)(state|region)(_?(code|name|abbr))?$", STRINGS, "address.state", sibling=ADDRESS_SIBLINGS),
    R(r"(^|_)state$", SHORT, "address.state", when=at_most(3)),           # CHAR(2) state: an abbreviation
    R(r"(^|_)(province|county|prefecture|state_?code|state_?abbr|state_?province)$", STRINGS,
      "address.state"),
    R(r"(^|_)(zip|zip_?code|zipcode|postal|postal_?code|post_?code|postcode|zip5|plz|pin_?code)$",
      STRINGS, "address.zip"),
    R(r"(^|_)(country|country_?code|country_?name|country_?iso|nationality|citizenship|iso_?country"
      r"|country_of_\w+)$", STRINGS, "address.country"),
    R(r"(^|_)(lat|latitude)$", NUMBERS | SHORT, "geo.latitude"),
    R(r"(^|_)(lng|lon|long|longitude)$", NUMBERS | SHORT, "geo.longitude"),
    # --- identifiers, secrets and codes -------------------------------------------------------
    R(r"(^|_)(uuid|guid|uid|external_?id|public_?id|unique_?id|correlation_?id|request_?id|trace_?id"
      r"|session_?id)$", SHORT | {"uuid", "binary", "varbinary"}, "uuid.v4", when=wide_enough(16)),
    R(r"(^|_)(token|secret|hash|hashed|password|passwd|pwd|salt|digest|checksum|signature|fingerprint"
      r"|nonce|api_?key|secret_?key|access_?key|private_?key|public_?key|auth_?key|csrf|sha1|sha256"
      r"|md5|etag|hmac)$", STRINGS, "crypto.hex"),
    R(r"(^|_)sku$", STRINGS, "code.sku"),
    R(r"(^|_)(barcode|ean|ean13|upc|gtin|isbn|isbn13)$", SHORT, "code.ean"),
    R(r"(^|_)(currency|currency_?code|currency_?iso|ccy|curr)$", SHORT, "misc.currency"),
    R(r"(^|_)(locale|locale_?code|culture)$", SHORT, "misc.locale"),
    R(r"(^|_)(lang|language|language_?code|lang_?code|preferred_?language|language_?name)$", SHORT,
      "misc.language"),
    R(r"(^|_)colou?r(_?(code|hex|name))?$|(^|_)hex_?colou?r$", SHORT, "misc.color"),
    R(r"(^|_)(reference|ref|reference_?(number|no|code)|ref_?(number|no|code)|tracking(_?(number|no|code))?"
      r"|confirmation(_?(number|no|code))?|booking_?ref(erence)?|transaction_?ref|external_?ref)$",
      SHORT, "code.reference"),
    R(r"(^|_)(number|no|num|nr|serial|serial_?number)$", SHORT, "code.number"),
    R(r"(^|_)(number|no|num|nr)$", frozenset({"integer"}), "number.range", _range(1, 99999, 0)),
    R(r"(^|_)(code|short_?code|promo_?code|coupon(_?code)?|voucher(_?code)?|access_?code|invite_?code"
      r"|referral_?code|activation_?code|verification_?code|pin)$", SHORT, "code.code"),
    # --- numbers ----------------------------------------------------------------------------
    *_numeric(r"(^|_)(qty|quantity|quantities|units|ordered_?qty)$|_(qty|quantity)$", "number.quantity",
              _range(1, 20, 2)),
    *_numeric(r"(^|_)(count|cnt|stock|inventory|on_?hand|in_?stock|stock_?level|available_?qty)$"
              r"|^(num|number_of|n|no_of)_|_(count|cnt)$", "number.quantity", _range(0, 500, 0)),
    *_numeric(r"(^|_)(hourly|daily|monthly|weekly|annual|yearly|nightly|day)_rate$", "money.amount",
              _range(10, 500, 2)),
    *_numeric(r"(^|_)(rate|ratio|probability|prob|share|weight_?factor|conversion|churn|utili[sz]ation"
              r"|occupancy)$|_(rate|ratio)$", "number.percent", (*_range(0, 1, 4), ("unit", "ratio"))),
    *_numeric(r"(^|_)(percent|percentage|pct|perc|progress|completion|margin)$|_(pct|percent|percentage)$",
              "number.percent", (*_range(0, 100, 2), ("unit", "percent"))),
    *_numeric(r"(^|_)(fees?|tax|taxes|vat|discount|tip|tips|shipping|shipping_?cost|freight|handling"
              r"|surcharge|deposit|commission|bonus|penalty|service_?charge|delivery_?fee)(_(amount|total"
              r"|usd|eur|gbp|cents))?$", "money.amount", _range(0.5, 100, 2)),
    *_numeric(r"(^|_)(salary|wage|wages|income|compensation|payroll|annual_?salary)$", "money.amount",
              _range(20000, 200000, 2)),
    *_numeric(r"(^|_)(price|cost|amount|total|subtotal|sub_?total|grand_?total|balance|revenue|payment"
              r"|paid|refund|refunded|credit|debit|budget|rent|msrp|spend|spent|earnings|profit|sales"
              r"|turnover|payout)(_(usd|eur|gbp|cents|paid|due|net|gross|amount|total|value|local|original"
              r"|base|incl_?tax|excl_?tax))?$", "money.amount", _range(1, 1000, 2)),
    R(r"(^|_)(rating|stars|star_?rating|review_?score|avg_?rating|average_?rating)$", NUMBERS,
      "number.rating"),
    R(r"(^|_)(score|points|karma|reputation)$", NUMBERS, "number.range", _range(0, 100)),
    R(r"(^|_)age$", NUMBERS, "number.range", _range(18, 80, 0)),
    R(r"(^|_)month$", NUMBERS, "number.range", _range(1, 12, 0)),
    R(r"(^|_)(day|day_of_month)$", NUMBERS, "number.range", _range(1, 28, 0)),
    R(r"(^|_)(weekday|day_of_week|dow)$", NUMBERS, "number.range", _range(0, 6, 0)),
    R(r"(^|_)hour$", NUMBERS, "number.range", _range(0, 23, 0)),
    R(r"(^|_)(minute|second)$", NUMBERS, "number.range", _range(0, 59, 0)),
    R(r"(^|_)(sort_?order|sort|position|priority|rank|ranking|sequence|seq|order_?index|display_?order"
      r"|ordinal|level|depth|idx|index)$", frozenset({"integer"}), "number.range", _range(0, 100, 0)),
    R(r"(^|_)(weight|height|width|length|depth|size|volume|area|distance|mileage|duration|minutes"
      r"|seconds|hours|days|kg|lbs|grams|cm|mm|km|miles)$", NUMBERS, "number.range", _range(1, 500, 2)),
    R(r"(^|_)(version|ver|revision|rev)$", frozenset({"integer"}), "number.range", _range(1, 20, 0)),
    R(r"(^|_)(version|app_?version|sw_?version|revision)$", SHORT, "misc.version"),
    # --- JSON documents -----------------------------------------------------------------------
    R(r"(^|_)(settings|setting|config|configuration|conf|preferences|prefs|options|opts|flags|features)$",
      JSON_OR_TEXT, "json.object", (("shape", "settings"),)),
    R(r"(^|_)(metadata|meta|attributes|attrs|properties|props|payload|extra|extras|json)$|_json$",
      JSON_OR_TEXT, "json.object", (("shape", "metadata"),)),
    R(r"(^|_)(ids|\w+_ids)$", JSON, "json.array", (("items", "int"),)),
    R(r"(^|_)(items|line_?items|lines|entries|products|cart)$", JSON, "json.array", (("items", "object"),)),
    R(r"(^|_)(tags|list|roles|permissions|scopes|images|photos|categories|labels|keywords|members"
      r"|skills|aliases|emails|phones|values|history|steps|urls|links|attachments|recipients)$",
      JSON, "json.array", (("items", "word"),)),
    R(r"(^|_)(data|context|params|parameters|custom_?fields|headers|specs|specifications|details|info"
      r"|profile|raw|body|response|request|result|state|address)$", JSON, "json.object",
      (("shape", "metadata"),)),
    # --- files, kinds and statuses --------------------------------------------------------------
    R(r"(^|_)(mime|mime_?type|content_?type|media_?type|file_?type|mimetype)$", SHORT, "misc.mime_type"),
    R(r"(^|_)(file_?name|filename|original_?name|attachment|document|file)$", STRINGS, "file.name"),
    R(r"(^|_)(path|file_?path|filepath|storage_?path|dir|directory|folder)$", STRINGS, "file.path"),
    R(r"(^|_)(status|state|stage|phase)$", SHORT, "misc.status"),
    R(r"(^|_)(role|user_?role|access_?level)$", SHORT, "misc.role"),
    # --- free text ----------------------------------------------------------------------------
    R(r"(^|_)(title|subject|headline|heading|caption|topic)$", STRINGS, "text.title"),
    R(r"(^|_)(name|label|display_?label|alias)$", STRINGS, "text.name"),
    R(r"(^|_)(type|kind|category|group|tag|genre|segment|tier|plan|channel|source|medium|class|variant"
      r"|flavou?r|format|mode|method|unit|keyword)$", SHORT, "text.word"),
    R(r"(^|_)(summary|excerpt|tagline|snippet|abstract|blurb|teaser|subtitle|slogan|motto)$", STRINGS,
      "text.paragraph", (("sentences", 2),)),
    R(r"(^|_)(description|desc|descr|notes?|comments?|remarks?|body|content|contents|text|message|msg"
      r"|details|bio|biography|about|review|feedback|instructions|answer|question|reason|explanation"
      r"|memo|html|markdown|story|overview|intro|introduction|synopsis)$", STRINGS, "text.paragraph",
      (("sentences", 4),)),
)


def match_name(table_name: str, column: Column, siblings: Iterable[Column] = ()) -> NameRule | None:
    """The first rule of NAME_RULES that fits the column, or None."""
    name = normalise(column.name)
    table = normalise(table_name)
    sibling_names = tuple(normalise(c.name) for c in siblings if c.name != column.name)
    for rule in NAME_RULES:
        if rule.applies(name, column, table, sibling_names):
            return rule
    return None
