"""Raw column types of both dialects parse into families and limits."""

from __future__ import annotations

import pytest

from introspect.dialect import normalise_default, parse_column_type, parse_enum_values

CASES = [
    ("int(11)", "integer", {"int_bytes": 4, "unsigned": False}),
    ("int", "integer", {"int_bytes": 4}),
    ("int(10) unsigned", "integer", {"unsigned": True}),
    ("bigint(20) unsigned zerofill", "integer", {"int_bytes": 8, "unsigned": True}),
    ("tinyint(1)", "boolean", {}),
    ("tinyint(3) unsigned", "integer", {"int_bytes": 1}),
    ("mediumint(9)", "integer", {"int_bytes": 3}),
    ("decimal(15,2)", "decimal", {"precision": 15, "scale": 2}),
    ("decimal(65,30)", "decimal", {"precision": 65, "scale": 30}),
    ("double", "float", {}),
    ("float(7,3)", "float", {"precision": 7}),
    ("bit(64)", "bit", {"length": 64}),
    ("varchar(255)", "varchar", {"length": 255}),
    ("char(2)", "char", {"length": 2}),
    ("binary(16)", "binary", {"length": 16}),
    ("varbinary(4)", "varbinary", {"length": 4}),
    ("tinytext", "text", {"length": 255}),
    ("longtext", "text", {"length": 4294967295}),
    ("mediumblob", "blob", {"length": 16777215}),
    ("datetime(6)", "datetime", {"precision": 6}),
    ("timestamp", "timestamp", {"precision": 0}),
    ("time(3)", "time", {"precision": 3}),
    ("year(4)", "year", {}),
    ("date", "date", {}),
    ("json", "json", {}),
    ("uuid", "uuid", {}),
    ("inet4", "inet4", {}),
    ("inet6", "inet6", {}),
    ("enum('A','b''c')", "enum", {"values": ("A", "b'c")}),
    ("set('x','y')", "set", {"values": ("x", "y")}),
    ("geometry", "unknown", {}),
    ("point", "unknown", {}),
]


@pytest.mark.parametrize(("raw", "family", "facts"), CASES)
def test_parse_column_type(raw: str, family: str, facts: dict) -> None:
    parsed = parse_column_type(raw)
    assert parsed.family == family
    for key, value in facts.items():
        assert getattr(parsed, key) == value


def test_mariadb_json_is_longtext_with_a_json_valid_check() -> None:
    assert parse_column_type("longtext", json_checked=True).family == "json"


def test_enum_values_with_escapes() -> None:
    assert parse_enum_values(r"'a\'b','c,d',''") == ("a'b", "c,d", "")


@pytest.mark.parametrize(("raw", "expected"), [
    ("current_timestamp()", ("current_timestamp()", True)), ("CURRENT_TIMESTAMP", ("CURRENT_TIMESTAMP", True)),
    ("'PENDING'", ("PENDING", False)), ("PENDING", ("PENDING", False)), (None, (None, False)),
    ("NULL", (None, False)), ("'it''s'", ("it's", False)),
])
def test_defaults_of_both_dialects(raw: str | None, expected: tuple) -> None:
    assert normalise_default(raw) == expected


@pytest.mark.parametrize(("extra", "flag", "generated"), [
    ("VIRTUAL GENERATED", "ALWAYS", True), ("STORED GENERATED", "ALWAYS", True), ("PERSISTENT", None, True),
    ("DEFAULT_GENERATED", "NEVER", False),                                   # MySQL 8: DEFAULT (now())
    ("DEFAULT_GENERATED on update CURRENT_TIMESTAMP", "NEVER", False),       # MySQL 8 updatedAt
    ("on update current_timestamp()", "NEVER", False), ("auto_increment", "NEVER", False), ("", None, False),
])
def test_generated_columns_of_both_dialects(extra: str, flag: str | None, generated: bool) -> None:
    from introspect.dialect import is_generated

    assert is_generated(extra, flag) is generated
