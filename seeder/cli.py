"""The command line: introspect, plan, apply, verify, demo. Each command is a thin shell over the library."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any

import typer

from seeder.errors import SeederError, UsageError, VerifyFailed
from seeder.log import configure_logging
from seeder.options import RunOptions, parse_params, parse_rows

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Fill a MySQL or MariaDB database with realistic data by reading its live schema.")

Url = Annotated[str, typer.Option("--url", help="SQLAlchemy URL: mysql+pymysql://user:pass@host:port/db")]
Seed = Annotated[int | None, typer.Option(help="Run seed (default 42); the same seed, schema and options give "
                                               "the same data.")]
Profile = Annotated[str | None, typer.Option(help="Row-count profile: default, light or large.")]
Rows = Annotated[list[str] | None, typer.Option("--rows", help="TABLE=N row count override (repeatable).")]
Rules = Annotated[str | None, typer.Option("--rules", help="Directory of rule files.")]
Start = Annotated[str | None, typer.Option(help="History window start, YYYY-MM-DD (default: end - 730 days).")]
End = Annotated[str | None, typer.Option(help="History window end, YYYY-MM-DD (default: today).")]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]
Params = Annotated[list[str] | None, typer.Option("--param", help="NAME=VALUE override of a rule-pack "
                                                                   "parameter (repeatable).")]
OptUrl = Annotated[str | None, typer.Option("--url", help="SQLAlchemy URL: mysql+pymysql://user:pass@host:port/db")]
TargetOpt = Annotated[str | None, typer.Option("--target", help="A [targets.NAME] of seeder.toml.")]
ConfigOpt = Annotated[Path | None, typer.Option("--config", help="seeder.toml to read (default: ./seeder.toml).")]
Confirm = Annotated[bool, typer.Option("--confirm-production-seed", help="Required to write to a production target.")]
Countdown = Annotated[int, typer.Option(help="Seconds to count down before writing to production.")]
WRITE_PATHS = ("insert", "load", "auto")
LedgerOpt = Annotated[str | None, typer.Option("--ledger", help="Run ledger table (default _seeder_runs).")]


@contextmanager
def _errors() -> Iterator[None]:
    """Turn library errors into one short line on stderr and an exit code."""
    try:
        yield
    except SeederError as exc:
        typer.echo(f"Error: {exc}", err=True)
        raise typer.Exit(exc.exit_code) from None


def _date(text: str | None, flag: str) -> datetime | None:
    if text is None:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{flag} {text!r} is not a date; use YYYY-MM-DD") from None


def _options(seed: int | None, profile: str | None, rows: list[str] | None, rules: str | None,
             start: str | None, end: str | None, params: list[str] | None = None) -> RunOptions:
    try:
        parsed, overrides = parse_rows(rows or []), parse_params(params or [])
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    defaults = RunOptions()
    return RunOptions(seed=defaults.seed if seed is None else seed, profile=profile or defaults.profile,
                      rows=parsed, rules_dir=rules, start=_date(start, "--start"), end=_date(end, "--end"),
                      params=overrides)


@app.callback()
def _main(verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Debug logs on stderr.")] = False) -> None:
    configure_logging(verbose)


@app.command()
def introspect(url: Url, out: Annotated[Path, typer.Option(help="Output directory, e.g. generated/NAME/")]) -> None:
    """Write sqlacodegen models, a schema snapshot and the DDL of a live database."""
    from introspect.codegen import write_generated
    from seeder.pipeline import load_target

    with _errors():
        loaded = load_target(url, RunOptions())
        for path in write_generated(loaded.engine, loaded.graph, out):
            typer.echo(str(path))


@app.command()
def plan(url: OptUrl = None, target: TargetOpt = None, config: ConfigOpt = None, as_json: AsJson = False,
         seed: Seed = None, profile: Profile = None, rows: Rows = None, rules: Rules = None,
         start: Start = None, end: End = None, ledger: LedgerOpt = None, params: Params = None) -> None:
    """Preview: tables in insert order, rows, each column's generator and why, references and gaps."""
    from seeder.pipeline import load_target, make_plan
    from seeder.report import plan_to_dict, render_plan
    from seeder.targets import ledger_name, merge_options, resolve_target

    with _errors():
        where = resolve_target(url, target, config)
        options = merge_options(where, _options(None, None, rows, rules, start, end, params), seed, profile, rules)
        the_plan = make_plan(load_target(where.url, options, ledger_name(where, ledger)), options)
        typer.echo(json.dumps(plan_to_dict(the_plan), indent=1) if as_json else render_plan(the_plan))


@app.command()
def apply(url: OptUrl = None, target: TargetOpt = None, config: ConfigOpt = None, seed: Seed = None,
          profile: Profile = None, rows: Rows = None, rules: Rules = None, start: Start = None, end: End = None,
          params: Params = None,
          dry_run: Annotated[bool, typer.Option("--dry-run", help="Generate and validate; write nothing.")] = False,
          confirm: Confirm = False,
          keep_existing: Annotated[bool, typer.Option(
              "--keep-existing", help="Leave tables that hold rows of their own untouched; point at them.")] = False,
          fingerprint: Annotated[str | None, typer.Option(
              help="Refuse unless the schema fingerprint (shown by plan) is this one.")] = None,
          backup_dir: Annotated[Path, typer.Option(help="Where backups go.")] = Path(".seeder/backups"),
          no_backup: Annotated[bool, typer.Option("--no-backup", help="Skip the backup (not for production).")] = False,
          countdown: Countdown = 10, ledger: LedgerOpt = None,
          write_path: Annotated[str, typer.Option(
              help="insert (multi-row INSERTs), load (LOAD DATA LOCAL INFILE, every warning fails the run) "
                   "or auto (load where the server allows it, else insert).")] = "auto") -> None:
    """Generate and write the plan's rows: atomically, recorded in the run ledger, undoable."""
    from seeder.guarded import Safeguards, guarded_apply
    from seeder.summary import render_apply
    from seeder.targets import ledger_name, merge_options, resolve_target

    with _errors():
        where = resolve_target(url, target, config)
        options = merge_options(where, _options(None, None, rows, rules, start, end, params), seed, profile, rules)
        guard = Safeguards(confirmed=confirm, dry_run=dry_run, keep_existing=keep_existing, fingerprint=fingerprint,
                           backup_dir=None if no_backup and not where.production else backup_dir,
                           countdown=countdown, ledger=ledger_name(where, ledger), write_path=write_path)
        if write_path not in WRITE_PATHS:
            raise UsageError(f"--write-path {write_path!r}: choose one of {', '.join(WRITE_PATHS)}")
        _plan, result = guarded_apply(where, options, guard)
        typer.echo(render_apply(result))


@app.command()
def verify(url: OptUrl = None, target: TargetOpt = None, config: ConfigOpt = None, as_json: AsJson = False,
           rules: Rules = None, ledger: LedgerOpt = None) -> None:
    """Check the data: empty tables, orphans, duplicate keys, invalid enum and JSON values."""
    from seeder.pipeline import load_target, run_verify
    from seeder.summary import render_verify
    from seeder.targets import ledger_name, merge_options, resolve_target

    with _errors():
        where = resolve_target(url, target, config)
        options = merge_options(where, RunOptions(), None, None, rules)
        loaded = load_target(where.url, options, ledger_name(where, ledger))
        report = run_verify(loaded, options.threshold)
        typer.echo(json.dumps(report.to_dict(), indent=1) if as_json else render_verify(report))
        if not report.ok:
            raise VerifyFailed(f"{len(report.findings)} check(s) failed")


@app.command()
def runs(url: OptUrl = None, target: TargetOpt = None, config: ConfigOpt = None, as_json: AsJson = False,
         ledger: LedgerOpt = None) -> None:
    """List the runs of the ledger: id, status, start, rows, backup."""
    from seeder.history import list_runs
    from seeder.targets import ledger_name, resolve_target

    with _errors():
        where = resolve_target(url, target, config)
        records = list_runs(where.url, ledger_name(where, ledger))
        if as_json:
            typer.echo(json.dumps([r.to_dict() for r in records], indent=1))
        for r in [] if as_json else records:
            typer.echo(f"{r.run_id}  {r.status:<12} {r.started_at:%Y-%m-%d %H:%M:%S}  "
                       f"{sum(r.rows.values()):>8} rows  seed {r.seed}  {r.profile}  {r.backup}")


@app.command()
def rollback(run_id: Annotated[str, typer.Argument(help="The run to take back (see `seeder runs`).")],
             url: OptUrl = None, target: TargetOpt = None, config: ConfigOpt = None, confirm: Confirm = False,
             rules: Rules = None, countdown: Countdown = 10, ledger: LedgerOpt = None) -> None:
    """Delete exactly the rows a run inserted, children first; refused if other rows now depend on them."""
    from seeder.guarded import Safeguards, guarded_rollback
    from seeder.targets import ledger_name, resolve_target

    with _errors():
        where = resolve_target(url, target, config)
        guard = Safeguards(confirmed=confirm, countdown=countdown, ledger=ledger_name(where, ledger))
        deleted = guarded_rollback(where, run_id, guard, rules or where.rules)
        typer.echo(f"rolled back {run_id}: {sum(deleted.values())} rows deleted from {len(deleted)} tables")


@app.command()
def restore(backup: Annotated[Path, typer.Argument(help="A backup file written by apply.")],
            url: OptUrl = None, target: TargetOpt = None, config: ConfigOpt = None, confirm: Confirm = False,
            countdown: Countdown = 10) -> None:
    """Load a backup taken by apply: the tables it holds go back to their state before the run."""
    from seeder.guarded import Safeguards, guarded_restore
    from seeder.targets import resolve_target

    with _errors():
        where = resolve_target(url, target, config)
        statements = guarded_restore(where, backup, Safeguards(confirmed=confirm, countdown=countdown))
        typer.echo(f"restored {backup}: {statements} statements")


@app.command()
def demo(schema: Annotated[Path, typer.Option(help="DDL to load into the throwaway database.")] = Path(
             "generated/terp/schema.sql"),
         seed: Seed = 42, profile: Profile = "default", rules: Rules = None,
         rows: Rows = None, params: Params = None) -> None:
    """Start a throwaway server, load a schema, seed it, verify it, print a summary."""
    from seeder.demo import run_demo

    with _errors():
        options = _options(seed, profile, rows, rules, None, None, params)
        ok = run_demo(schema, options)
        if not ok:
            raise VerifyFailed("verify found problems (see above)")


SourceUrl = Annotated[str | None, typer.Option("--url", help="SQLAlchemy URL of the live database "
                                                              "(or --snapshot).")]
Snapshot = Annotated[str | None, typer.Option("--snapshot", help="Schema snapshot generated/NAME/schema.json "
                                                                  "instead of --url.")]


@app.command()
def graph(url: SourceUrl = None, snapshot: Snapshot = None,
          fmt: Annotated[str, typer.Option("--format", help="mermaid or dot.")] = "mermaid",
          rules: Rules = None) -> None:
    """Print the tables' dependency graph: declared solid, inferred dashed, rule bold, polymorphic dotted."""
    from seeder.diagram import render_graph
    from seeder.export import open_source

    with _errors():
        options = RunOptions(rules_dir=rules)
        source = open_source(url, snapshot, options)
        try:
            typer.echo(render_graph(source.graph, source.rules, options.threshold, fmt), nl=False)
        finally:
            source.close()


@app.command()
def export(fmt: Annotated[str, typer.Option("--format", help="sql (one data.sql) or csv (a file per table "
                                                             "and load.sql).")],
           out: Annotated[Path, typer.Option(help="Output directory.")],
           url: SourceUrl = None, snapshot: Snapshot = None, seed: Seed = 42, profile: Profile = "default",
           rows: Rows = None, rules: Rules = None, start: Start = None, end: End = None,
           params: Params = None) -> None:
    """Write the rows apply would write into SQL or CSV files instead of a database."""
    from seeder.export import FORMATS, export_plan, open_source

    with _errors():
        if fmt not in FORMATS:
            raise UsageError(f"--format {fmt!r}: choose one of {', '.join(FORMATS)}")
        options = _options(seed, profile, rows, rules, start, end, params)
        source = open_source(url, snapshot, options)
        try:
            result = export_plan(source.plan(options), fmt, out, source.url)
        finally:
            source.close()
        for path in result.files:
            typer.echo(str(path))
        typer.echo(f"{result.rows} rows of {result.tables} tables and {result.updated} UPDATEs (rollups, "
                   f"deferred references) in {result.seconds:.1f}s", err=True)


rules_app = typer.Typer(add_completion=False, no_args_is_help=True, help="Write rule files.")
app.add_typer(rules_app, name="rules")


@rules_app.command("new")
def rules_new(table: Annotated[str, typer.Argument(help="The table to write a rule skeleton for.")], url: Url,
              directory: Annotated[Path, typer.Option("--dir", help="Rules directory to write into.")] = Path(
                  "rules")) -> None:
    """Write DIR/<table>.py: a TableRule skeleton with every column's inferred generator and source."""
    from seeder.pipeline import load_target, make_plan
    from seeder.ruleset.skeleton import check_table, refuse_existing, skeleton_path, write_skeleton

    with _errors():
        refuse_existing(skeleton_path(directory, table))
        options = RunOptions()
        loaded = load_target(url, options)
        check_table(loaded.graph, table)
        path = write_skeleton(make_plan(loaded, options), table, directory)
        typer.echo(f"wrote {path}")


def main(argv: list[str] | None = None) -> Any:
    """Console-script entry point."""
    return app(args=argv if argv is not None else sys.argv[1:], prog_name="seeder")


_: Callable[..., Any] = main
