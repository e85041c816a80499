"""`seeder rules new TABLE`: a skeleton that loads as written, never overwrites, names unknown tables."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from introspect.codegen import read_snapshot
from introspect.graph import SchemaGraph
from seeder.errors import RuleError, UsageError
from seeder.options import RunOptions
from seeder.plan import Plan, build_plan
from seeder.ruleset import RuleSet, load_rules
from seeder.ruleset.skeleton import check_table, class_name, render_skeleton, write_skeleton
from tests.rules.terp import ROOT, SNAPSHOT


def seeder(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "seeder", *args], capture_output=True, text=True, timeout=300,
                          check=False, cwd=ROOT)


@pytest.fixture(scope="module")
def graph() -> SchemaGraph:
    return read_snapshot(SNAPSHOT)


@pytest.fixture(scope="module")
def plan(graph: SchemaGraph) -> Plan:
    return build_plan(graph, RunOptions(), RuleSet())


def test_class_names_are_identifiers() -> None:
    assert class_name("order_line_items") == "OrderLineItems"
    assert class_name("auditLogs") == "AuditLogs"
    assert class_name("userDashboardPreferences") == "UserDashboardPreferences"
    assert class_name("2fa-codes") == "T2faCodes"


def test_every_terp_skeleton_loads_as_written_and_uncommented(plan: Plan, graph: SchemaGraph,
                                                              tmp_path: Path) -> None:
    written, opened = tmp_path / "as_written", tmp_path / "uncommented"
    opened.mkdir()
    for table in graph.tables:
        path = write_skeleton(plan, table.name, written)
        text = path.read_text(encoding="utf-8")
        assert all(re.search(rf"# {re.escape(c)}[ :=]", text) for c in table.column_names), table.name
        # every ready `# column = Use(...)` line is valid rule code once uncommented
        (opened / path.name).write_text(re.sub(r"(?m)^    # (\w+ = Use\(.*\))  #.*$", r"    \1", text),
                                        encoding="utf-8")
    as_written = load_rules(str(written), graph)
    assert len(as_written.rules) == len(graph.tables)
    assert all(r.rule.column_rules() == {} and r.rule.rows is None for r in as_written.rules)
    uncommented = load_rules(str(opened), graph)
    assert sum(len(r.rule.column_rules()) for r in uncommented.rules) > 500
    for loaded in uncommented.rules:  # the uncommented lines give back the inferred generators
        tp = plan.table(loaded.rule.table)
        for column in loaded.rule.column_rules():
            inferred = tp.column(column).spec
            spec = uncommented.column_spec(loaded.rule.table, column)
            assert inferred is not None and spec is not None
            assert (spec.key, spec.params) == (inferred.key, inferred.params), f"{loaded.rule.table}.{column}"


def test_the_skeleton_lists_generators_sources_and_open_gaps(plan: Plan) -> None:
    text = render_skeleton(plan, "invoices")
    assert 'class Invoices(TableRule):' in text and 'table = "invoices"' in text
    assert '# invoiceNumber = Use("code.number")  # varchar(50), name:number' in text
    assert '# createdBy: reference pick users.id  # int(11), ref:inferred 0.75' in text
    assert '#     Ref("customerId", "TABLE"),  # no table matches [customer]' in text
    assert '#     Poly("referenceType", "referenceId", {"VALUE": "TABLE"}),' in text
    assert "[generic]" in text
    assert all(len(line) <= 110 for line in text.splitlines())
    inbox = render_skeleton(plan, "inbox_items")
    assert '"mention": "TABLE", "task_assignment": "TABLE", "task_update": "TABLE"' in inbox


def test_unknown_table_and_existing_file_are_refused(plan: Plan, tmp_path: Path) -> None:
    with pytest.raises(UsageError, match=r"no table 'invoice' in \w+ \(did you mean 'invoices'\?\)"):
        check_table(plan.graph, "invoice")
    with pytest.raises(UsageError, match=r"did you mean 'auditLogs'"):
        check_table(plan.graph, "audit_logs")
    with pytest.raises(UsageError, match=r"no table 'zzz' in \w+$"):
        check_table(plan.graph, "zzz")
    path = write_skeleton(plan, "comments", tmp_path)
    with pytest.raises(RuleError, match=re.escape(f"{path} already exists")):
        write_skeleton(plan, "comments", tmp_path)


def test_rules_new_has_help() -> None:
    out = seeder("rules", "new", "--help")
    assert out.returncode == 0 and "--dir" in out.stdout and "--url" in out.stdout


@pytest.mark.mysql
def test_rules_new_writes_a_skeleton_that_loads(terp_db: str, graph: SchemaGraph, tmp_path: Path) -> None:
    target = tmp_path / "rules"
    out = seeder("rules", "new", "order_line_items", "--url", terp_db, "--dir", str(target))
    assert out.returncode == 0, out.stderr
    path = target / "order_line_items.py"
    assert out.stdout.strip() == f"wrote {path}"
    text = path.read_text(encoding="utf-8")
    assert "class OrderLineItems(TableRule):" in text
    assert "# batch_id: reference pick batches.id  # int(11), ref:inferred 0.95" in text
    rules = load_rules(str(target), graph)
    assert [r.rule.table for r in rules.rules] == ["order_line_items"]


@pytest.mark.mysql
def test_rules_new_refuses_to_overwrite(terp_db: str, tmp_path: Path) -> None:
    path = tmp_path / "invoices.py"
    path.write_text("# mine\n", encoding="utf-8")
    out = seeder("rules", "new", "invoices", "--url", terp_db, "--dir", str(tmp_path))
    assert out.returncode == 1
    assert f"Error: {path} already exists" in out.stderr
    assert path.read_text(encoding="utf-8") == "# mine\n"


@pytest.mark.mysql
def test_rules_new_names_an_unknown_table(terp_db: str, tmp_path: Path) -> None:
    out = seeder("rules", "new", "invoice_line_items", "--url", terp_db, "--dir", str(tmp_path))
    assert out.returncode == 2
    assert re.search(r"Error: no table 'invoice_line_items' in \w+ \(did you mean 'invoiceLineItems'\?\)", out.stderr)
    assert list(tmp_path.iterdir()) == []
