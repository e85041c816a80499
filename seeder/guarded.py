"""apply, rollback and restore with the production safeguards: gate, summary, countdown, backup."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

import typer

from seeder.backup import backup_tables, restore_backup
from seeder.config import Target
from seeder.confirm import countdown, describe
from seeder.database import parse_url, shown
from seeder.errors import Refused, SchemaError
from seeder.options import RunOptions
from seeder.pipeline import checked_references, load_target, make_plan
from seeder.plan import Plan
from seeder.progress import progress_for_terminal
from seeder.rollback import rollback_run
from seeder.runner import ApplyResult, ApplySettings, apply_plan, check_no_user_data, run_id_for
from seeder.writer import Writer

FLAG = "--confirm-production-seed"


@dataclass(frozen=True)
class Safeguards:
    """What the user allowed on the command line."""

    confirmed: bool = False
    dry_run: bool = False
    keep_existing: bool = False
    fingerprint: str | None = None
    backup_dir: Path | None = Path(".seeder/backups")
    countdown: int = 10
    ledger: str = "_seeder_runs"
    progress: bool = True
    write_path: str = "auto"


def gate(target: Target, guard: Safeguards, action: str) -> None:
    """A production target is written only with the flag; nothing is touched before this check."""
    if target.production and not guard.confirmed:
        raise Refused(f"target {target.name} is production: {action} writes nothing without {FLAG}; "
                      f"preview with `seeder plan --target {target.name}` and `apply --dry-run` first")


def guarded_apply(target: Target, options: RunOptions, guard: Safeguards) -> tuple[Plan, ApplyResult]:
    if not guard.dry_run:
        gate(target, guard, "apply")
    loaded = load_target(target.url, options, guard.ledger)
    plan = make_plan(loaded, options)
    if guard.fingerprint and guard.fingerprint != plan.graph.fingerprint():
        raise SchemaError(f"the schema of {loaded.graph.database} changed since the plan (fingerprint "
                          f"{plan.graph.fingerprint()[:12]} is not {guard.fingerprint[:12]}); run `seeder plan` again")
    keep = guard.keep_existing or target.keep_existing
    if not keep:
        check_no_user_data(plan)
    run_id = run_id_for(plan)
    settings = ApplySettings(ledger=guard.ledger, dry_run=guard.dry_run, run_id=run_id, keep_existing=keep,
                             write_path=guard.write_path)
    progress = progress_for_terminal(guard.progress)
    if guard.dry_run or plan.total_rows == 0:
        return plan, apply_plan(plan, loaded.url, settings, progress)
    if target.production:
        typer.echo(describe(plan, loaded.url, run_id, target.name), err=True)
        countdown(guard.countdown, f"writing {plan.total_rows} rows to {shown(loaded.url)}")
    if guard.backup_dir is not None:
        tables = [t.table for t in plan.tables if t.rows]
        path = backup_tables(loaded.url, tables, guard.backup_dir, run_id)
        settings = replace(settings, backup=str(path))
    return plan, apply_plan(plan, loaded.url, settings, progress)


def guarded_rollback(target: Target, run_id: str, guard: Safeguards, rules: str | None) -> dict[str, int]:
    gate(target, guard, "rollback")
    options = RunOptions(rules_dir=rules)
    loaded = load_target(target.url, options, guard.ledger)
    refs, polys = checked_references(loaded, options.threshold)
    if target.production:
        countdown(guard.countdown, f"deleting the rows of run {run_id} from {shown(loaded.url)}")
    writer = Writer(loaded.url, loaded.graph.dialect)
    try:
        return rollback_run(writer, loaded.graph, refs, polys, loaded.ledger, run_id)
    finally:
        writer.close()


def guarded_restore(target: Target, backup: Path, guard: Safeguards) -> int:
    gate(target, guard, "restore")
    url = parse_url(target.url)
    if target.production:
        countdown(guard.countdown, f"restoring {backup} into {shown(url)}")
    return restore_backup(url, backup)
