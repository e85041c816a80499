"""Text summaries of apply and verify results (stdout)."""

from __future__ import annotations

from seeder.runner import ApplyResult
from seeder.verify import VerifyReport


def render_apply(result: ApplyResult) -> str:
    rate = result.rows / result.seconds if result.seconds else 0.0
    filled = sum(1 for t in result.tables if t.written)
    lines = [f"{'table':<40} {'planned':>8} {'written':>8} {'seconds':>8} {'rows/s':>9}"]
    lines += [f"{t.table:<40} {t.planned:>8} {t.written:>8} {t.seconds:>8.3f} "
              f"{(t.written / t.seconds if t.seconds else 0):>9,.0f}" for t in result.tables if t.planned]
    verb = {"dry_run": "dry run (nothing written)", "nothing_to_add": "nothing to add"}.get(result.status, "applied")
    lines.append(f"{verb}: run {result.run_id}, {filled}/{len(result.tables)} tables filled, {result.rows} rows, "
                 f"{result.updated} rows updated (rollups, deferred references), {result.seconds:.2f} s "
                 f"({rate:,.0f} rows/s; "
                 f"generate {result.generate_seconds:.2f} s, write {result.write_seconds:.2f} s)")
    return "\n".join(lines)


def render_verify(report: VerifyReport) -> str:
    lines = []
    for f in report.findings:
        ex = f"  e.g. {' | '.join(f.examples)}" if f.examples else ""
        lines.append(f"FAIL {f.check:<20} {f.object}: {f.count} ({f.detail}){ex}")
    state = "ok" if report.ok else f"{len(report.findings)} failed"
    lines.append(f"verify: {report.checks_run} checks, {state}")
    return "\n".join(lines)
