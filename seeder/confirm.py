"""The production gate: say exactly what will happen, then count down; Ctrl-C aborts with nothing written."""

from __future__ import annotations

import sys
import time

from sqlalchemy.engine import URL

from seeder.errors import SeederError
from seeder.plan import Plan


class Aborted(SeederError):
    """The user stopped the countdown."""


def describe(plan: Plan, url: URL, run_id: str, target: str) -> str:
    written = sum(1 for t in plan.tables if t.rows)
    lines = [f"target {target}: PRODUCTION", f"host {url.host}:{url.port or 3306}, database {url.database}",
             f"run id {run_id}", f"tables written: {written}, rows: {plan.total_rows}"]
    lines += [f"  {t.table:<40} +{t.rows}" for t in plan.tables if t.rows]
    kept = [t.table for t in plan.tables if t.user_rows]
    if kept:
        lines.append(f"kept as they are (only referenced): {', '.join(kept)}")
    return "\n".join(lines)


def countdown(seconds: int, action: str) -> None:
    """Print a countdown on stderr; KeyboardInterrupt becomes Aborted (nothing written yet)."""
    try:
        for left in range(seconds, 0, -1):
            print(f"\r{action} in {left:2d} s; Ctrl-C aborts", end="", file=sys.stderr, flush=True)
            time.sleep(1)
        print(f"\r{action} now{' ' * 30}", file=sys.stderr, flush=True)
    except KeyboardInterrupt:
        print(file=sys.stderr)
        raise Aborted("aborted at the countdown; nothing was written") from None
