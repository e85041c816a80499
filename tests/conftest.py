"""Shared fixtures: one throwaway MySQL/MariaDB server per test session, fresh databases per test.

The server comes from seeder.sandbox.start_throwaway_server (SEEDER_TEST_DATABASE_URL, else Docker, else a
private mariadbd). If none can be started the tests that need it FAIL; they are never skipped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from secrets import token_hex

import pytest

from seeder.errors import SeederError
from seeder.sandbox import ThrowawayServer, start_throwaway_server
from tests.support.db import TERP_SCHEMA, load_sql


@pytest.fixture(scope="session")
def server() -> Iterator[ThrowawayServer]:
    """The session's throwaway server; a failure to start it fails the test (never a skip)."""
    try:
        srv = start_throwaway_server()
    except SeederError as exc:
        pytest.fail(f"could not start a throwaway MySQL/MariaDB server: {exc}", pytrace=False)
    with srv:
        yield srv


@pytest.fixture
def db_factory(server: ThrowawayServer, request: pytest.FixtureRequest) -> Iterator[Callable[..., str]]:
    """``make(name_hint="t") -> url``: new empty utf8mb4 databases, all dropped after the test."""
    made: list[str] = []
    test_hint = re.sub(r"[^a-z0-9]+", "_", request.node.name.lower())[:16].strip("_")

    def make(name_hint: str = "t") -> str:
        hint = re.sub(r"[^a-z0-9]+", "_", name_hint.lower())[:16].strip("_") or "t"
        name = f"seeder_test_{test_hint}_{hint}_{token_hex(4)}"  # <= 55 characters
        url = server.create_database(name)
        made.append(name)
        return url

    yield make
    for name in made:
        server.drop_database(name)


@pytest.fixture
def fresh_db(db_factory: Callable[..., str]) -> str:
    """URL of a new, empty database on the session server; dropped after the test."""
    return db_factory("fresh")


@pytest.fixture
def terp_db(db_factory: Callable[..., str]) -> str:
    """URL of a new database holding the TERP schema (117 tables, no rows); dropped after the test."""
    url = db_factory("terp")
    load_sql(url, TERP_SCHEMA.read_text(encoding="utf-8"))
    return url
