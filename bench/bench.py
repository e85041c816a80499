"""Benchmark a full seed of a schema on a throwaway server, against the server's own bulk-load floor.

    .venv/bin/python bench/bench.py [--schema generated/terp/schema.sql] [--profile default] [--rules DIR]
                                    [--scale N] [--runs 3] [--write-path insert|load|auto] [--json]

Each run, on fresh databases of one throwaway server (seeder.sandbox.start_throwaway_server):

  ours    introspection + plan + apply (seeder.pipeline / seeder.runner, as `seeder apply` does) in a fresh
          child process, so that its peak RSS (VmHWM, the high-water mark) is that run's alone; wall time,
          rows, rows/s, and the time split into introspection+planning, generation, writing (the time
          the generating thread waits for the writer's thread, then deferred UPDATEs, ledger key
          records, the last checks and COMMIT) and other (lock, ledger row, orphan baseline); the
          writer's thread's INSERTs and UPDATEs are timed apart: they overlap generation;
  floor   the same rows (`seeder export --format csv` of the same plan, made in another child process)
          bulk-loaded into a fresh copy of the schema with LOAD DATA LOCAL INFILE; only the LOAD DATA
          statements are timed (the deferred UPDATEs of load.sql are timed apart). The CHECKSUM TABLE of
          both databases must match: the floor loads exactly our rows.

--scale N multiplies every table's planned rows (those of --profile) by N through --rows overrides, or,
with --rules, every volume parameter of the rule pack by N (--param overrides), to show how time and
memory grow. The history window is pinned for the whole bench, so every run writes the
same rows. Prints one column per run and the median; --json prints the same as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from seeder.ddl import connect, load_sql, split_sql
from seeder.options import RunOptions


def _quiet() -> None:
    import logging

    import structlog
    structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(logging.WARNING),
                        logger_factory=structlog.PrintLoggerFactory(sys.stderr))


def _rss_mib() -> float:
    """This process's peak RSS. VmHWM, not ru_maxrss: ru_maxrss survives exec, so a spawned child would
    report its parent's high-water mark when that is higher."""
    try:
        status = Path("/proc/self/status").read_text()
        return round(int(re.search(r"^VmHWM:\s+(\d+) kB", status, re.MULTILINE)[1]) / 1024, 1)
    except (OSError, TypeError):
        return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)  # KiB on Linux


def _time_statements() -> dict[str, float]:
    """Seconds spent in the writer's INSERTs and UPDATEs (instrumentation for this process only)."""
    from seeder.writer import Writer

    spent = {"Insert": 0.0, "Update": 0.0}
    run = Writer._run

    def timed(self: Any, cur: Any, op: Any) -> int:
        t0 = time.perf_counter()
        try:
            return run(self, cur, op)
        finally:
            kind = getattr(op, "made_from", type(op).__name__)   # an Insert or Update as submitted: its text
            spent[kind] = spent.get(kind, 0.0) + time.perf_counter() - t0

    Writer._run = timed  # type: ignore[method-assign]
    return spent


def _cpu_s(pid: int | None = None) -> float | None:
    """CPU seconds (user + system) of this process, or of process pid from /proc (None where unreadable)."""
    if pid is None:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        return usage.ru_utime + usage.ru_stime
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def seed_job(url: str, options: RunOptions, workdir: str, write_path: str = "auto",
             server_pid: int | None = None) -> dict[str, Any]:
    """Child process: introspect, plan and apply, timed; peak RSS and CPU time of this process, and the
    server's CPU time over the same span where its process is ours to read."""
    _quiet()
    os.chdir(workdir)  # apply's audit files land here, not in the repository
    from seeder.pipeline import load_target, make_plan
    from seeder.runner import ApplySettings, apply_plan

    statements = _time_statements()
    rss_start = _rss_mib()
    cpu0, server0 = _cpu_s(), _cpu_s(server_pid) if server_pid else None
    t0 = time.perf_counter()
    loaded = load_target(url, options)
    plan = make_plan(loaded, options)
    t1 = time.perf_counter()
    result = apply_plan(plan, loaded.url, ApplySettings(write_path=write_path))
    t2 = time.perf_counter()
    cpu = _cpu_s() - cpu0
    server = (_cpu_s(server_pid) or 0.0) - server0 if server0 is not None else None
    loaded.engine.dispose()
    wall = t2 - t0
    other = wall - (t1 - t0) - result.generate_seconds - result.write_seconds
    return {"rows": result.rows, "wall_s": wall, "introspect_plan_s": t1 - t0,
            "generate_s": result.generate_seconds, "write_s": result.write_seconds,
            "insert_s": statements["Insert"], "update_s": statements["Update"], "other_s": max(0.0, other),
            "rows_per_s": result.rows / wall, "peak_rss_mib": _rss_mib(), "start_rss_mib": rss_start,
            "cpu_s": cpu, **({"server_cpu_s": server, "cores_busy": (cpu + server) / wall} if server is not None else {})}


def export_job(url: str, options: RunOptions, out: str) -> dict[str, Any]:
    """Child process: the CSV files of the same plan (from the empty copy of the schema)."""
    _quiet()
    from seeder.export import export_plan
    from seeder.pipeline import load_target, make_plan

    loaded = load_target(url, options)
    plan = make_plan(loaded, options)
    result = export_plan(plan, "csv", Path(out), loaded.url)
    loaded.engine.dispose()
    return {"export_csv_s": result.seconds, "export_generate_s": result.generate_seconds,
            "export_rows": result.rows, "export_peak_rss_mib": _rss_mib(),
            "tables": [t.table for t in plan.tables]}


def in_child(fn: Any, *args: Any) -> dict[str, Any]:
    with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
        return pool.submit(fn, *args).result()


def load_floor(url: str, csv_dir: Path) -> dict[str, float]:
    """Run csv_dir/load.sql from csv_dir; time the LOAD DATA statements alone."""
    import pymysql
    from sqlalchemy.engine import make_url

    u = make_url(url)
    conn = pymysql.connect(host=u.host, port=u.port, user=u.username, password=u.password or "",
                           database=u.database, charset="utf8mb4", autocommit=True, local_infile=True)
    load = update = 0.0
    here = os.getcwd()
    os.chdir(csv_dir)
    try:
        with conn.cursor() as cur:
            for statement in split_sql((csv_dir / "load.sql").read_text(encoding="utf-8")):
                t0 = time.perf_counter()
                cur.execute(statement)
                spent = time.perf_counter() - t0
                if statement.startswith("LOAD DATA"):
                    load += spent
                elif statement.startswith("UPDATE"):
                    update += spent
    finally:
        os.chdir(here)
        conn.close()
    return {"floor_load_s": load, "floor_updates_s": update}


def checksums(url: str, tables: list[str]) -> dict[str, int]:
    with connect(url) as conn, conn.cursor() as cur:
        cur.execute("CHECKSUM TABLE " + ", ".join("`" + t.replace("`", "``") + "`" for t in tables))
        return {name.split(".", 1)[1]: value for name, value in cur.fetchall()}


def scaled_options(server: Any, schema: str, options: RunOptions, scale: int) -> RunOptions:
    """With rules: every whole-number parameter of the rule pack (its volumes) times scale, as --param
    overrides (tables built by expand follow them). Without: --rows overrides, every table's planned rows
    under options times scale."""
    if scale == 1:
        return options
    from dataclasses import replace

    from seeder.pipeline import load_target, make_plan

    url = server.create_database()
    try:
        load_sql(url, schema)
        loaded = load_target(url, options)
        plan = make_plan(loaded, options)
        loaded.engine.dispose()
    finally:
        server.drop_database(url.rsplit("/", 1)[1])
    if options.rules_dir:
        return replace(options, params=tuple((k, str(v * scale)) for k, v in plan.params.items()
                                             if isinstance(v, int) and not isinstance(v, bool)))
    return replace(options, rows=tuple((t.table, t.rows * scale) for t in plan.tables))


def one_run(server: Any, schema: str, options: RunOptions, workdir: Path, write_path: str) -> dict[str, Any]:
    ours_url, floor_url = server.create_database(), server.create_database()
    try:
        for url in (ours_url, floor_url):
            load_sql(url, schema)
        ours = in_child(seed_job, ours_url, options, str(workdir), write_path, server.pid)
        csv_dir = Path(tempfile.mkdtemp(dir=workdir, prefix="csv-"))
        exported = in_child(export_job, floor_url, options, str(csv_dir))
        floor = load_floor(floor_url, csv_dir)
        tables = exported.pop("tables")
        identical = checksums(ours_url, tables) == checksums(floor_url, tables)
    finally:
        for url in (ours_url, floor_url):
            server.drop_database(url.rsplit("/", 1)[1])
    run = {**ours, **exported, **floor}
    run["floor_rows_per_s"] = run["rows"] / run["floor_load_s"]
    run["ours_over_floor"] = run["wall_s"] / run["floor_load_s"]
    run["insert_over_floor"] = run["insert_s"] / run["floor_load_s"]
    run["identical_rows"] = identical
    return run


ROWS = [  # key, label, format
    ("rows", "rows written", "{:.0f}"),
    ("wall_s", "ours: wall s", "{:.3f}"),
    ("introspect_plan_s", "  introspection+plan s", "{:.3f}"),
    ("generate_s", "  generation s", "{:.3f}"),
    ("write_s", "  writing s (not overlapped)", "{:.3f}"),
    ("insert_s", "  writer thread: INSERTs s", "{:.3f}"),
    ("update_s", "  writer thread: UPDATEs s", "{:.3f}"),
    ("other_s", "  other s (lock, ledger, baseline)", "{:.3f}"),
    ("rows_per_s", "ours: rows/s", "{:,.0f}"),
    ("cpu_s", "ours: CPU s, seeder (all threads)", "{:.3f}"),
    ("server_cpu_s", "ours: CPU s, server", "{:.3f}"),
    ("cores_busy", "  cores busy ((seeder + server) / wall)", "{:.2f}"),
    ("peak_rss_mib", "ours: peak RSS MiB", "{:.1f}"),
    ("start_rss_mib", "  RSS after imports MiB", "{:.1f}"),
    ("export_csv_s", "export csv s (gen + files)", "{:.3f}"),
    ("export_generate_s", "  of which generation s", "{:.3f}"),
    ("export_peak_rss_mib", "export csv peak RSS MiB", "{:.1f}"),
    ("floor_load_s", "floor: LOAD DATA s", "{:.3f}"),
    ("floor_rows_per_s", "floor: rows/s", "{:,.0f}"),
    ("floor_updates_s", "  deferred UPDATEs s", "{:.3f}"),
    ("ours_over_floor", "ours / floor (wall)", "{:.1f}x"),
    ("insert_over_floor", "writer's INSERTs / floor", "{:.1f}x"),
    ("identical_rows", "same rows (checksums)", "{}"),
]


def median(runs: list[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in runs[0]:
        values = [r[key] for r in runs]
        out[key] = all(values) if isinstance(values[0], bool) else statistics.median(values)
    return out


def render(header: str, runs: list[dict[str, Any]], med: dict[str, Any]) -> str:
    cols = [f"run {i + 1}" for i in range(len(runs))] + ["median"]
    width = max(len(label) for _, label, _ in ROWS) + 2
    lines = [header, " " * width + "".join(f"{c:>12}" for c in cols)]
    for key, label, fmt in ROWS:
        if key not in med:   # the server's CPU time, where its process is not ours to read
            continue
        cells = [fmt.format(r[key]) for r in [*runs, med]]
        lines.append(f"{label:<{width}}" + "".join(f"{c:>12}" for c in cells))
    return "\n".join(lines)


def _shown(path: str) -> str:
    p = Path(path).resolve()
    return str(p.relative_to(ROOT)) if p.is_relative_to(ROOT) else str(p)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--schema", default=str(ROOT / "generated/terp/schema.sql"))
    ap.add_argument("--profile", default="default")
    ap.add_argument("--rules", default=None, help="rules directory, e.g. rules/terp")
    ap.add_argument("--scale", type=int, default=1, help="multiply every table's planned rows by N")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--write-path", choices=("insert", "load", "auto"), default="auto",
                    help="apply's --write-path (default: apply's default, auto)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if args.scale < 1 or args.runs < 1:
        ap.error("--scale and --runs must be at least 1")
    _quiet()
    from seeder.sandbox import start_throwaway_server

    schema = Path(args.schema).read_text(encoding="utf-8")
    start, end = RunOptions().window()  # pinned: every run writes the same rows
    rules = str(Path(args.rules).resolve()) if args.rules else None   # children run in another directory
    options = RunOptions(profile=args.profile, rules_dir=rules, start=start, end=end)
    runs: list[dict[str, Any]] = []
    with start_throwaway_server() as server, tempfile.TemporaryDirectory(prefix="seeder-bench-") as work:
        with connect(server.base_url + "/mysql") as conn, conn.cursor() as cur:
            cur.execute("SELECT VERSION()")
            version = cur.fetchone()[0]
        options = scaled_options(server, schema, options, args.scale)
        for i in range(args.runs):
            runs.append(one_run(server, schema, options, Path(work), args.write_path))
            if not args.json:
                done = runs[-1]
                print(f"run {i + 1}/{args.runs}: {done['rows']} rows in {done['wall_s']:.2f}s",
                      file=sys.stderr)
    med = median(runs)
    if args.json:
        def rounded(d: dict[str, Any]) -> dict[str, Any]:
            return {k: round(v, 4) if isinstance(v, float) else v for k, v in d.items()}
        print(json.dumps({"schema": _shown(args.schema), "profile": args.profile, "scale": args.scale,
                          "write_path": args.write_path,
                          "server": {"kind": server.kind, "version": version},
                          "runs": [rounded(r) for r in runs], "median": rounded(med)}, indent=1))
    else:
        print(render(f"seeder bench: {_shown(args.schema)}, profile {args.profile}, scale {args.scale}, "
                     f"write path {args.write_path}, {args.runs} run(s), {server.kind} server {version}", runs, med))


if __name__ == "__main__":
    main()
