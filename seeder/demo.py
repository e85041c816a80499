"""The README's main job: a throwaway server, a schema, apply, verify, a summary."""

from __future__ import annotations

import time
from pathlib import Path

import typer

from seeder.ddl import load_sql
from seeder.errors import UsageError
from seeder.options import RunOptions
from seeder.pipeline import load_target, make_plan, run_verify
from seeder.runner import apply_plan
from seeder.sandbox import start_throwaway_server
from seeder.summary import render_apply, render_verify


def run_demo(schema: Path, options: RunOptions) -> bool:
    """Seed a fresh database built from schema; return whether verify passed."""
    if not schema.is_file():
        raise UsageError(f"schema file {schema} not found; run from the repository root or pass --schema")
    t0 = time.perf_counter()
    with start_throwaway_server() as server:
        url = server.create_database()
        tables = load_sql(url, schema.read_text(encoding="utf-8"))
        typer.echo(f"server: {server.kind}; schema {schema}: {tables} statements loaded")
        loaded = load_target(url, options)
        plan = make_plan(loaded, options)
        result = apply_plan(plan, loaded.url)
        typer.echo(render_apply(result))
        report = run_verify(loaded, options.threshold)
        typer.echo(render_verify(report))
        loaded.engine.dispose()
    typer.echo(f"demo: {len(loaded.graph.tables)} tables, {result.rows} rows, "
               f"{sum(1 for t in result.tables if t.written)} tables filled, verify "
               f"{'passed' if report.ok else 'FAILED'}, {time.perf_counter() - t0:.1f} s in all")
    return report.ok
