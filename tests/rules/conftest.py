"""One TERP database seeded with rules/terp (pinned window 2024-01-01..2025-10-31, seed 42) for the whole
session: the area test modules (tests/rules/test_terp_*.py) read it and never write to it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from secrets import token_hex
from typing import Any

import pytest

from seeder.options import RunOptions
from seeder.plan import Plan
from seeder.sandbox import ThrowawayServer
from seeder.verify import VerifyReport
from tests.integration.helpers import seed
from tests.rules.terp import RULES
from tests.support.db import TERP_SCHEMA, connect, load_sql

OPTIONS = RunOptions(rules_dir=str(RULES), start=datetime(2024, 1, 1), end=datetime(2025, 10, 31))


@dataclass
class Seeded:
    """The seeded database: its URL, the plan and verify's report; q()/scalar() query it."""

    url: str
    plan: Plan
    report: VerifyReport

    def q(self, sql: str) -> list[tuple[Any, ...]]:
        with connect(self.url) as conn, conn.cursor() as cur:
            cur.execute(sql)
            return list(cur.fetchall())

    def scalar(self, sql: str) -> Any:
        return self.q(sql)[0][0]


@pytest.fixture(scope="session")
def terp_seeded(server: ThrowawayServer) -> Iterator[Seeded]:
    name = f"seeder_test_terp_seeded_{token_hex(4)}"
    url = server.create_database(name)
    try:
        load_sql(url, TERP_SCHEMA.read_text(encoding="utf-8"))
        plan, _result, report = seed(url, OPTIONS)
        yield Seeded(url, plan, report)
    finally:
        server.drop_database(name)


@pytest.fixture
def terp_light(server: ThrowawayServer) -> Iterator[Seeded]:
    """A TERP database of this test alone, seeded with the light profile (pinned window): tests that
    break data on purpose (to see an invariant fail) use it, never the shared one."""
    name = f"seeder_test_terp_light_{token_hex(4)}"
    url = server.create_database(name)
    try:
        load_sql(url, TERP_SCHEMA.read_text(encoding="utf-8"))
        options = RunOptions(rules_dir=str(RULES), profile="light", start=OPTIONS.start, end=OPTIONS.end)
        plan, _result, report = seed(url, options)
        assert report.ok, [f"{f.check} {f.object}: {f.count} {f.examples}" for f in report.findings]
        yield Seeded(url, plan, report)
    finally:
        server.drop_database(name)


def failing_invariants(url: str) -> dict[str, int]:
    """Invariant name -> rows breaking it, as `seeder verify --rules rules/terp` reports them."""
    from seeder.pipeline import load_target, run_verify

    loaded = load_target(url, RunOptions(rules_dir=str(RULES), start=OPTIONS.start, end=OPTIONS.end))
    try:
        report = run_verify(loaded, 0.7)
    finally:
        loaded.engine.dispose()
    return {f.object: f.count for f in report.findings if f.check == "invariant"}
