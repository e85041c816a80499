"""Run the seeder's library steps against a database URL, as the CLI does."""

from __future__ import annotations

from pathlib import Path

from seeder.options import RunOptions
from seeder.pipeline import Loaded, load_target, make_plan, run_verify
from seeder.plan import Plan
from seeder.runner import ApplyResult, apply_plan
from seeder.verify import VerifyReport

SCHEMAS = Path(__file__).resolve().parents[1] / "schemas"


def plan_for(url: str, options: RunOptions | None = None) -> tuple[Loaded, Plan]:
    options = options or RunOptions()
    loaded = load_target(url, options)
    return loaded, make_plan(loaded, options)


def seed(url: str, options: RunOptions | None = None) -> tuple[Plan, ApplyResult, VerifyReport]:
    """Plan, apply and verify; return all three."""
    options = options or RunOptions()
    loaded, plan = plan_for(url, options)
    result = apply_plan(plan, loaded.url)
    report = run_verify(loaded, options.threshold)
    loaded.engine.dispose()
    return plan, result, report


def is_mariadb(url: str) -> bool:
    from tests.support.db import connect

    with connect(url) as conn, conn.cursor() as cur:
        cur.execute("SELECT VERSION()")
        return "mariadb" in str(cur.fetchone()[0]).lower()
