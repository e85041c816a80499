"""Generator inference: name rules, type rules, fallback, `after` and NULL shares."""

from __future__ import annotations

import re

import pytest

from introspect.graph import FAMILIES, Column
from seeder.infer import GeneratorSpec, infer_column
from seeder.infer.by_name import NAME_RULES, normalise
from seeder.infer.by_type import TYPE_RULES
from seeder.values import GENERATOR_KEYS
from tests.unit.graphs import column as col


def infer(name: str, raw: str, table: str = "things", siblings: tuple[Column, ...] = (), **kw) -> GeneratorSpec:
    column = col(raw, name=name, **kw)
    return infer_column(table, column, (column, *siblings))


INFER_TABLE = [
    # people
    ("email", "varchar(320)", "person.email"),
    ("emailAddress", "varchar(255)", "person.email"),
    ("user_email", "varchar(100)", "person.email"),
    ("first_name", "varchar(50)", "person.first_name"),
    ("firstName", "varchar(50)", "person.first_name"),
    ("LastName", "varchar(50)", "person.last_name"),
    ("surname", "varchar(80)", "person.last_name"),
    ("full_name", "varchar(120)", "person.full_name"),
    ("displayName", "varchar(120)", "person.full_name"),
    ("username", "varchar(32)", "person.username"),
    ("user_name", "varchar(32)", "person.username"),
    ("phone", "varchar(20)", "person.phone"),
    ("phoneNumber", "varchar(20)", "person.phone"),
    ("mobile_no", "varchar(15)", "person.phone"),
    ("gender", "varchar(10)", "person.gender"),
    ("job_title", "varchar(100)", "person.occupation"),
    ("company_name", "varchar(100)", "company.name"),
    ("vendor", "varchar(100)", "company.name"),
    ("brand", "varchar(60)", "company.name"),
    # places
    ("address", "varchar(255)", "address.street"),
    ("street_address", "varchar(255)", "address.street"),
    ("address_line2", "varchar(255)", "address.line2"),
    ("city", "varchar(80)", "address.city"),
    ("province", "varchar(80)", "address.state"),
    ("state", "char(2)", "address.state"),
    ("zip_code", "varchar(10)", "address.zip"),
    ("postalCode", "varchar(10)", "address.zip"),
    ("country", "char(2)", "address.country"),
    ("country_code", "char(3)", "address.country"),
    ("latitude", "decimal(10,8)", "geo.latitude"),
    ("lng", "double", "geo.longitude"),
    # internet, codes, secrets
    ("website", "varchar(255)", "internet.url"),
    ("profile_url", "varchar(255)", "internet.url"),
    ("avatar_url", "varchar(255)", "internet.image_url"),
    ("imageUrl", "varchar(500)", "internet.image_url"),
    ("ip_address", "varchar(45)", "internet.ip"),
    ("last_login_ip", "int unsigned", "internet.ip"),
    ("user_agent", "varchar(255)", "internet.user_agent"),
    ("slug", "varchar(120)", "internet.slug"),
    ("sku", "varchar(32)", "code.sku"),
    ("code", "varchar(16)", "code.code"),
    ("promo_code", "varchar(16)", "code.code"),
    ("order_number", "varchar(20)", "code.number"),
    ("invoiceNumber", "varchar(20)", "code.number"),
    ("reference", "varchar(40)", "code.reference"),
    ("tracking_number", "varchar(40)", "code.reference"),
    ("uuid", "char(36)", "uuid.v4"),
    ("guid", "binary(16)", "uuid.v4"),
    ("password_hash", "varchar(255)", "crypto.hex"),
    ("api_token", "char(64)", "crypto.hex"),
    ("currency", "char(3)", "misc.currency"),
    ("currency_code", "varchar(3)", "misc.currency"),
    ("locale", "varchar(10)", "misc.locale"),
    ("timezone", "varchar(64)", "misc.timezone"),
    ("time_zone", "varchar(64)", "misc.timezone"),
    ("color", "varchar(7)", "misc.color"),
    ("status", "varchar(20)", "misc.status"),
    # numbers
    ("price", "decimal(10,2)", "money.amount"),
    ("unitPrice", "decimal(10,2)", "money.amount"),
    ("total_amount", "decimal(12,2)", "money.amount"),
    ("balance", "decimal(12,2)", "money.amount"),
    ("tax", "decimal(8,2)", "money.amount"),
    ("amount", "varchar(20)", "number.decimal_string"),
    ("qty", "varchar(20)", "number.decimal_string"),
    ("qty", "int", "number.quantity"),
    ("quantity", "smallint unsigned", "number.quantity"),
    ("stock", "int", "number.quantity"),
    ("view_count", "int unsigned", "number.quantity"),
    ("discount_percent", "decimal(5,2)", "number.percent"),
    ("tax_rate", "decimal(5,4)", "number.percent"),
    ("rating", "tinyint", "number.rating"),
    ("age", "tinyint unsigned", "number.range"),
    ("sort_order", "int", "number.range"),
    # flags
    ("is_active", "tinyint(1)", "bool.flag"),
    ("isVerified", "boolean", "bool.flag"),
    ("has_children", "tinyint(1)", "bool.flag"),
    ("email_enabled", "bit(1)", "bool.flag"),
    ("active", "tinyint(1)", "bool.flag"),
    ("is_deleted", "tinyint(1)", "bool.flag"),
    # time
    ("created_at", "timestamp", "temporal.created"),
    ("createdAt", "timestamp", "temporal.created"),
    ("CreatedAt", "datetime", "temporal.created"),
    ("CREATED_AT", "datetime(6)", "temporal.created"),
    ("date_created", "date", "temporal.created"),
    ("create_time", "int unsigned", "temporal.created"),
    ("updated_at", "timestamp", "temporal.updated"),
    ("modifiedDate", "datetime", "temporal.updated"),
    ("deleted_at", "datetime", "temporal.deleted"),
    ("archivedAt", "timestamp", "temporal.deleted"),
    ("published_at", "datetime", "temporal.event"),
    ("orderDate", "date", "temporal.event"),
    ("birth_date", "date", "temporal.birthdate"),
    ("dob", "date", "temporal.birthdate"),
    ("expires_at", "datetime", "temporal.future"),
    ("due_date", "date", "temporal.future"),
    ("ends_at", "datetime", "temporal.end"),
    ("start_time", "time", "temporal.event"),
    ("year", "year", "temporal.year"),
    ("model_year", "smallint", "temporal.year"),
    # text
    ("title", "varchar(200)", "text.title"),
    ("subject", "varchar(150)", "text.title"),
    ("product_name", "varchar(100)", "text.name"),
    ("label", "varchar(50)", "text.name"),
    ("category", "varchar(30)", "text.word"),
    ("description", "text", "text.paragraph"),
    ("notes", "varchar(500)", "text.paragraph"),
    ("body", "mediumtext", "text.paragraph"),
    ("comment", "tinytext", "text.paragraph"),
    ("summary", "varchar(255)", "text.paragraph"),
    # structured
    ("status", "enum('active','inactive','banned')", "enum.pick"),
    ("gender", "enum('m','f')", "enum.pick"),
    ("permissions", "set('read','write','admin')", "set.subset"),
    ("metadata", "json", "json.object"),
    ("settings", "json", "json.object"),
    ("tags", "json", "json.array"),
    ("item_ids", "json", "json.array"),
    ("line_items", "json", "json.array"),
    ("payload", "json", "json.object"),
    ("ext_id", "uuid", "uuid.v4"),
    ("addr", "inet6", "inet.ipv6"),
]


@pytest.mark.parametrize(("name", "raw", "key"), INFER_TABLE, ids=[f"{n}:{r}" for n, r, _ in INFER_TABLE])
def test_infer_table(name: str, raw: str, key: str) -> None:
    spec = infer(name, raw)
    assert spec.key == key, spec.source


def test_table_is_large_enough() -> None:
    assert len(INFER_TABLE) >= 60


@pytest.mark.parametrize(("raw", "key"), [
    ("int", "int.range"), ("bigint unsigned", "int.range"), ("decimal(5,2)", "decimal.range"),
    ("double", "float.range"), ("bit(8)", "bit.random"), ("bit(1)", "bool.flag"), ("tinyint(1)", "bool.flag"),
    ("date", "temporal.event"), ("datetime(6)", "temporal.event"), ("timestamp", "temporal.event"),
    ("time(3)", "temporal.time"), ("year", "temporal.year"), ("varchar(40)", "text.words"),
    ("char(36)", "uuid.v4"), ("text", "text.paragraph"), ("binary(16)", "binary.random"),
    ("blob", "binary.random"), ("enum('a','b')", "enum.pick"), ("set('a','b')", "set.subset"),
    ("json", "json.object"), ("uuid", "uuid.v4"), ("inet4", "inet.ipv4"), ("inet6", "inet.ipv6"),
])
def test_type_rules(raw: str, key: str) -> None:
    spec = infer("zq", raw)
    assert spec.key == key
    assert spec.source == f"type:{raw}"


@pytest.mark.parametrize("raw", ["enum('a','b')", "set('x')", "tinyint(1)", "uuid", "inet4", "inet6"])
def test_self_describing_types_are_not_generic(raw: str) -> None:
    assert infer("zq", raw).generic is False


@pytest.mark.parametrize("raw", ["int", "varchar(20)", "datetime", "json", "blob", "decimal(8,2)"])
def test_type_guesses_are_generic(raw: str) -> None:
    assert infer("zq", raw).generic is True


def test_name_rules_are_not_generic_and_name_their_pattern() -> None:
    spec = infer("email", "varchar(100)")
    assert spec.generic is False
    assert spec.source == "name:email"
    assert infer("createdAt", "timestamp").source == "name:created_at"


@pytest.mark.parametrize(("raw", "nullable", "share"), [
    ("geometry", True, 1.0), ("geometry", False, 0.0), ("point", True, 1.0), ("mystery_type(3)", False, 0.0),
])
def test_unknown_types_fall_back(raw: str, nullable: bool, share: float) -> None:
    spec = infer("shape", raw, nullable=nullable)
    assert spec.key == "fallback.string"
    assert spec.generic is True
    assert spec.source == f"fallback:{raw}"
    assert spec.null_share == share


def test_updated_follows_created_sibling_by_real_name() -> None:
    created = col("timestamp", name="createdAt")
    spec = infer("updatedAt", "timestamp", siblings=(created,))
    assert spec.key == "temporal.updated"
    assert spec.after == ("createdAt",)


def test_updated_without_created_sibling_has_no_after() -> None:
    assert infer("updated_at", "datetime").after == ()


def test_deleted_and_events_follow_created() -> None:
    created = col("datetime", name="created_at")
    assert infer("deleted_at", "datetime", siblings=(created,), nullable=True).after == ("created_at",)
    assert infer("shipped_at", "datetime", siblings=(created,)).after == ("created_at",)


def test_created_never_follows() -> None:
    other = col("datetime", name="created_on")
    assert infer("created_at", "datetime", siblings=(other,)).after == ()


def test_end_follows_matching_start() -> None:
    siblings = (col("date", name="trial_start"), col("date", name="start_date"), col("datetime", name="created_at"))
    assert infer("end_date", "date", siblings=siblings).after == ("start_date",)
    assert infer("trial_end", "date", siblings=siblings).after == ("trial_start",)


def test_time_of_day_end_follows_time_start() -> None:
    siblings = (col("time", name="opens_at"), col("datetime", name="created_at"))
    assert infer("closes_at", "time", siblings=siblings).after == ("opens_at",)


def test_created_like_flag_is_not_a_partner() -> None:
    siblings = (col("tinyint(1)", name="is_created"),)
    assert infer("updated_at", "datetime", siblings=siblings).after == ()


def test_generated_created_column_is_not_a_partner() -> None:
    siblings = (col("datetime", name="created_at", generated=True),)
    assert infer("updated_at", "datetime", siblings=siblings).after == ()


def test_null_shares() -> None:
    assert infer("deleted_at", "datetime", nullable=True).null_share == pytest.approx(0.9)
    assert infer("deleted_at", "datetime", nullable=False).null_share == 0.0
    assert infer("nickname", "varchar(20)", nullable=True).null_share == pytest.approx(0.1)
    assert infer("zq", "int", nullable=False).null_share == 0.0


@pytest.mark.parametrize(("table", "key"), [
    ("users", "person.full_name"), ("Customers", "person.full_name"), ("companies", "company.name"),
    ("vendor", "company.name"), ("products", "text.name"), ("categories", "text.name"),
])
def test_name_column_depends_on_table(table: str, key: str) -> None:
    assert infer("name", "varchar(100)", table=table).key == key


@pytest.mark.parametrize("family", ["json", "text"])
def test_json_documents_in_longtext(family: str) -> None:
    assert infer("settings", "longtext", family=family).key == "json.object"
    assert infer("metadata", "longtext", family=family).param("shape") == "metadata"


def test_after_never_forms_a_cycle() -> None:
    names = ["created_at", "updated_at", "start_date", "end_date", "valid_from", "valid_to", "published_at",
             "expires_at", "deleted_at", "check_in", "check_out", "last_login_at", "due_date"]
    columns = tuple(col("datetime", name=n, nullable=True) for n in names)
    after = {c.name: infer_column("t", c, columns).after for c in columns}
    assert after["check_out"] == ("check_in",) and after["valid_to"] == ("valid_from",)
    for name in names:
        seen, current = {name}, after[name]
        while current:
            assert current[0] not in seen and current[0] in after
            seen.add(current[0])
            current = after[current[0]]


def test_state_is_an_address_only_next_to_address_columns() -> None:
    assert infer("state", "varchar(30)", siblings=(col("varchar(60)", name="city"),)).key == "address.state"
    assert infer("state", "varchar(30)").key == "misc.status"


@pytest.mark.parametrize(("raw", "expected"), [
    ("createdAt", "created_at"), ("CreatedAt", "created_at"), ("CREATED_AT", "created_at"),
    ("created_at", "created_at"), ("userID", "user_id"), ("HTMLBody", "html_body"),
    ("imageURL", "image_url"), ("zip-code", "zip_code"), ("Address Line 1", "address_line_1"),
])
def test_normalise(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


def test_every_rule_key_has_a_generator() -> None:
    keys = {rule.key for rule in NAME_RULES} | {rule.key for rule in TYPE_RULES} | {"fallback.string"}
    assert keys <= set(GENERATOR_KEYS)


def test_every_rule_compiles_and_names_known_families() -> None:
    for rule in NAME_RULES:
        re.compile(rule.pattern)
        assert rule.families <= set(FAMILIES), rule.pattern


def test_spec_is_hashable_and_params_are_readable() -> None:
    spec = infer("qty", "varchar(20)")
    assert hash(spec) == hash(infer("qty", "varchar(20)"))
    assert spec.param("decimals") == 2
    assert spec.param("nope", "dflt") == "dflt"


def test_every_family_resolves() -> None:
    for family in FAMILIES:
        column = Column(name="zq", family=family, raw_type=family, sa_type="", nullable=True)
        assert infer_column("t", column, (column,)).key in GENERATOR_KEYS
