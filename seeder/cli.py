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
from seeder.options import RunOptions, parse_rows

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Fill a MySQL or MariaDB database with realistic data by reading its live schema.")

Url = Annotated[str, typer.Option("--url", help="SQLAlchemy URL: mysql+pymysql://user:pass@host:port/db")]
Seed = Annotated[int, typer.Option(help="Run seed; the same seed, schema and options give the same data.")]
Profile = Annotated[str, typer.Option(help="Row-count profile: default, light or large.")]
Rows = Annotated[list[str] | None, typer.Option("--rows", help="TABLE=N row count override (repeatable).")]
Rules = Annotated[str | None, typer.Option("--rules", help="Directory of rule files.")]
Start = Annotated[str | None, typer.Option(help="History window start, YYYY-MM-DD (default: end - 730 days).")]
End = Annotated[str | None, typer.Option(help="History window end, YYYY-MM-DD (default: today).")]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]


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


def _options(seed: int, profile: str, rows: list[str] | None, rules: str | None,
             start: str | None, end: str | None) -> RunOptions:
    try:
        parsed = parse_rows(rows or [])
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    return RunOptions(seed=seed, profile=profile, rows=parsed, rules_dir=rules,
                      start=_date(start, "--start"), end=_date(end, "--end"))


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
def plan(url: Url, as_json: AsJson = False, seed: Seed = 42, profile: Profile = "default", rows: Rows = None,
         rules: Rules = None, start: Start = None, end: End = None) -> None:
    """Preview: tables in insert order, rows, each column's generator and why, references and gaps."""
    from seeder.pipeline import load_target, make_plan
    from seeder.report import plan_to_dict, render_plan

    with _errors():
        options = _options(seed, profile, rows, rules, start, end)
        the_plan = make_plan(load_target(url, options), options)
        typer.echo(json.dumps(plan_to_dict(the_plan), indent=1) if as_json else render_plan(the_plan))


@app.command()
def apply(url: Url, seed: Seed = 42, profile: Profile = "default", rows: Rows = None, rules: Rules = None,
          start: Start = None, end: End = None) -> None:
    """Generate and write the plan's rows into an empty database."""
    from seeder.pipeline import load_target, make_plan
    from seeder.runner import apply_plan
    from seeder.summary import render_apply

    with _errors():
        options = _options(seed, profile, rows, rules, start, end)
        loaded = load_target(url, options)
        result = apply_plan(make_plan(loaded, options), loaded.url)
        typer.echo(render_apply(result))


@app.command()
def verify(url: Url, as_json: AsJson = False, rules: Rules = None) -> None:
    """Check the data: empty tables, orphans, duplicate keys, invalid enum and JSON values."""
    from seeder.pipeline import checked_references, load_target
    from seeder.summary import render_verify
    from seeder.verify import verify as run_verify

    with _errors():
        options = RunOptions(rules_dir=rules)
        loaded = load_target(url, options)
        refs, polys = checked_references(loaded, options.threshold)
        report = run_verify(loaded.engine, loaded.graph, refs, polys)
        typer.echo(json.dumps(report.to_dict(), indent=1) if as_json else render_verify(report))
        if not report.ok:
            raise VerifyFailed(f"{len(report.findings)} check(s) failed")


@app.command()
def demo(schema: Annotated[Path, typer.Option(help="DDL to load into the throwaway database.")] = Path(
             "generated/terp/schema.sql"),
         seed: Seed = 42, profile: Profile = "default", rules: Rules = None,
         rows: Rows = None) -> None:
    """Start a throwaway server, load a schema, seed it, verify it, print a summary."""
    from seeder.demo import run_demo

    with _errors():
        options = _options(seed, profile, rows, rules, None, None)
        ok = run_demo(schema, options)
        if not ok:
            raise VerifyFailed("verify found problems (see above)")


def main(argv: list[str] | None = None) -> Any:
    """Console-script entry point."""
    return app(args=argv if argv is not None else sys.argv[1:], prog_name="seeder")


_: Callable[..., Any] = main
