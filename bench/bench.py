"""Benchmark a full seed of a schema on a throwaway server: wall time, rows/s, peak memory, phases.

    .venv/bin/python bench/bench.py [--schema generated/terp/schema.sql] [--profile default] [--runs 3]

Each run gets a fresh database. Prints one line per run and the median; JSON with --json.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from seeder.ddl import load_sql
from seeder.log import configure_logging
from seeder.options import RunOptions
from seeder.pipeline import load_target, make_plan
from seeder.runner import apply_plan
from seeder.sandbox import start_throwaway_server


def one_run(server, schema: str, options: RunOptions) -> dict:
    url = server.create_database()
    load_sql(url, schema)
    t0 = time.perf_counter()
    loaded = load_target(url, options)
    plan = make_plan(loaded, options)
    t1 = time.perf_counter()
    result = apply_plan(plan, loaded.url)
    t2 = time.perf_counter()
    loaded.engine.dispose()
    return {"rows": result.rows, "wall_s": round(t2 - t0, 3), "introspect_plan_s": round(t1 - t0, 3),
            "generate_s": round(result.generate_seconds, 3), "write_s": round(result.write_seconds, 3),
            "rows_per_s": round(result.rows / (t2 - t0)),
            "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--schema", default="generated/terp/schema.sql")
    ap.add_argument("--profile", default="default")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    configure_logging()
    import logging

    import structlog
    structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(logging.WARNING))
    schema = Path(args.schema).read_text(encoding="utf-8")
    options = RunOptions(profile=args.profile)
    runs = []
    with start_throwaway_server() as server:
        for i in range(args.runs):
            runs.append(one_run(server, schema, options))
            if not args.json:
                print(f"run {i + 1}: " + ", ".join(f"{k}={v}" for k, v in runs[-1].items()))
    median = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
    if args.json:
        print(json.dumps({"runs": runs, "median": median}, indent=1))
    else:
        print("median: " + ", ".join(f"{k}={v}" for k, v in median.items()))


if __name__ == "__main__":
    main()
