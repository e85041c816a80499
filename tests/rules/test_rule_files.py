"""The TERP rule files load against the TERP snapshot and declare what DOMAIN 3 says inference misses."""

from __future__ import annotations

import ast
import shutil
import sys
from pathlib import Path

import pytest

from introspect.codegen import read_snapshot
from introspect.graph import SchemaGraph
from seeder.errors import RuleError
from seeder.options import RunOptions
from seeder.plan import build_plan, used_references
from seeder.ruleset import RuleSet, TableRule, Use, load_rules
from seeder.values import GENERATOR_KEYS
from tests.rules.terp import PICK_REFERENCES, POLY_PAIRS, ROWS, RULE_REFERENCES, RULES, SNAPSHOT

RULE_FILES = sorted(p for p in RULES.glob("*.py") if not p.name.startswith("_"))


@pytest.fixture(scope="module")
def graph() -> SchemaGraph:
    return read_snapshot(SNAPSHOT)


@pytest.fixture(scope="module")
def rules(graph: SchemaGraph) -> RuleSet:
    return load_rules(str(RULES), graph)


@pytest.mark.parametrize("path", RULE_FILES, ids=lambda p: p.name)
def test_each_rule_file_loads_on_its_own(path: Path, graph: SchemaGraph, tmp_path: Path) -> None:
    shutil.copy(path, tmp_path / path.name)
    shutil.copy(RULES / "parameters.py", tmp_path / "parameters.py")   # the pack's parameters, shared by all
    loaded = [r for r in load_rules(str(tmp_path), graph).rules if Path(r.path).name == path.name]
    if path.name == "parameters.py":
        assert not loaded and load_rules(str(tmp_path), graph).parameters is not None
        return
    assert loaded, f"{path.name} holds no TableRule"
    assert len(loaded) <= 4, f"{path.name}: keep a file to a few rules"
    for item in loaded:
        assert (item.rule.__doc__ or "").strip().count("\n") == 0, f"{item.rule.__name__}: one-line docstring"


def test_the_directory_loads_with_one_rule_per_table(rules: RuleSet) -> None:
    tables = [r.rule.table for r in rules.rules]
    assert len(tables) == len(set(tables)), "two rules for one table: the later silently wins column by column"


def test_every_generator_key_and_value_is_known(rules: RuleSet, graph: SchemaGraph) -> None:
    for item in rules.rules:
        for column, value in item.rule.column_rules().items():
            if isinstance(value, Use):
                assert value.key in GENERATOR_KEYS, f"{item.rule.__name__}.{column}: {value.key}"
                if value.key == "choice.pick":
                    values, weights = value.params["values"], value.params["weights"]
                    assert weights is None or len(weights) == len(values), f"{item.rule.__name__}.{column}"
                    col = graph.table(item.rule.table).column(column)
                    if col.family == "enum":
                        assert set(values) <= set(col.values), f"{item.rule.__name__}.{column}: not enum members"


def test_rows_are_the_light_volumes(rules: RuleSet) -> None:
    assert rules.rows() == ROWS


def test_references_inference_misses_are_declared(rules: RuleSet, graph: SchemaGraph) -> None:
    declared = {(r.table, r.columns, r.ref_table, r.ref_columns) for r in rules.references()}
    assert declared == RULE_REFERENCES | PICK_REFERENCES
    assert all(rules.pick(t, c) != "skewed" for t, c, _, _ in PICK_REFERENCES)
    before = {(r.table, r.columns) for r in used_references(graph, RuleSet(), 0.7)}
    assert not {(t, c) for t, c, _, _ in RULE_REFERENCES} & before, "a rule re-declares a used reference"
    used = {(r.table, r.columns, r.ref_table, r.ref_columns) for r in used_references(graph, rules, 0.7)}
    assert RULE_REFERENCES <= used


def test_inferred_references_the_domain_names_stay_as_inferred(rules: RuleSet, graph: SchemaGraph) -> None:
    used = {(r.table, r.columns): (r.ref_table, r.kind) for r in used_references(graph, rules, 0.7)}
    assert used[("expenses", ("categoryId",))] == ("expenseCategories", "inferred")
    assert used[("bills", ("vendorId",))] == ("vendors", "inferred")
    assert used[("payments", ("vendorId",))] == ("vendors", "inferred")   # AP payments (expand) name the vendor
    assert used[("lots", ("vendorId",))] == ("vendors", "inferred")


def test_every_polymorphic_pair_is_mapped(rules: RuleSet, graph: SchemaGraph) -> None:
    polys = {(p.table, p.type_column, p.id_column): dict(p.targets) for p in rules.polymorphic()}
    assert set(polys) == POLY_PAIRS
    assert polys[("comments", "commentable_type", "commentable_id")] == {
        "inventory_batch": "batches", "task": "todo_tasks", "client": "clients"}
    assert polys[("inbox_items", "source_type", "source_id")]["mention"] == "comments"
    assert polys[("invoices", "referenceType", "referenceId")] == {"ORDER": "orders"}
    assert "GLOBAL" not in polys[("alert_configurations", "target_type", "target_id")]
    assert "TEAM" not in polys[("calendar_event_permissions", "grant_type", "grantee_id")]
    for (table, type_column, _), targets in polys.items():
        col = graph.table(table).column(type_column)
        if col.family == "enum":
            assert set(targets) <= set(col.values), f"{table}.{type_column}: {set(targets) - set(col.values)}"
    plan = build_plan(graph, RunOptions(rules_dir=str(RULES)), rules)
    unmapped = [p for p in graph.polymorphic if (p.table, p.type_column) not in
                {(q.table, q.type_column) for tp in plan.tables for q in tp.polymorphic}]
    assert unmapped == []


def test_plan_with_the_rules_caps_no_table(rules: RuleSet, graph: SchemaGraph) -> None:
    plan = build_plan(graph, RunOptions(rules_dir=str(RULES)), rules)
    assert {t.table: t.cap_reason for t in plan.tables if t.cap_reason} == {}
    for table, rows in ROWS.items():
        assert plan.table(table).rows == rows


def test_rule_files_import_only_the_rule_api() -> None:
    for path in RULE_FILES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imports = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
        imports |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        project = {m for m in imports if m and m.split(".")[0] in ("seeder", "introspect", "tests")}
        assert project <= {"seeder.ruleset"}, f"{path.name}: {imports}"
        assert imports - project <= set(sys.stdlib_module_names) | {"datetime", "decimal"}, path.name


# --- the loader's own messages (d) -----------------------------------------------------------------

def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "broken.py"
    path.write_text("from seeder.ruleset import Poly, Ref, TableRule, Use\n\n\n" + body, encoding="utf-8")
    return path


def test_a_missing_column_names_file_class_and_suggestion(graph: SchemaGraph, tmp_path: Path) -> None:
    path = _write(tmp_path, 'class Invoices(TableRule):\n    table = "invoices"\n    stauts = "PAID"\n')
    with pytest.raises(RuleError) as err:
        load_rules(str(tmp_path), graph)
    assert str(err.value) == (f"{path}: Invoices.stauts is not a column of invoices (did you mean 'status'?)")


def test_a_missing_reference_column_is_named(graph: SchemaGraph, tmp_path: Path) -> None:
    path = _write(tmp_path, 'class Pay(TableRule):\n    table = "payments"\n'
                            '    references = [Ref("customerID", "clients")]\n')
    with pytest.raises(RuleError, match=r"Pay\.customerID is not a column of payments "
                                        r"\(did you mean 'customerId'\?\)") as err:
        load_rules(str(tmp_path), graph)
    assert str(path) in str(err.value)


def test_a_missing_table_and_poly_target_are_named(graph: SchemaGraph, tmp_path: Path) -> None:
    _write(tmp_path, 'class C(TableRule):\n    table = "comment"\n')
    with pytest.raises(RuleError, match=r"C\.table = 'comment' is not a table of .*did you mean 'comments'"):
        load_rules(str(tmp_path), graph)
    _write(tmp_path, 'class C(TableRule):\n    table = "comments"\n'
                     '    polymorphic = [Poly("commentable_type", "commentable_id", {"task": "todo_task"})]\n')
    with pytest.raises(RuleError, match=r"C: Poly target 'todo_task' is not a table"):
        load_rules(str(tmp_path), graph)


def test_rule_classes_expose_only_column_rules() -> None:
    class Sample(TableRule):
        table = "x"
        rows = 3
        status = Use.choice(["a"])
    assert set(Sample.column_rules()) == {"status"}


def test_an_unknown_generator_key_is_named_at_load(graph: SchemaGraph, tmp_path: Path) -> None:
    path = _write(tmp_path, 'class Users(TableRule):\n    table = "users"\n    openId = Use("uuid.v5")\n')
    with pytest.raises(RuleError) as err:
        load_rules(str(tmp_path), graph)
    assert str(err.value) == f"{path}: Users.openId: unknown generator key 'uuid.v5' (did you mean 'uuid.v4'?)"


@pytest.mark.parametrize(("profile", "orders", "clients", "lots"),
                         [("default", 400, 60, 150), ("light", 50, 12, 20), ("full", 4400, 60, 176),
                          ("edge", 120, 20, 24), ("chaos", 204, 30, 48)])
def test_the_pack_profiles_set_the_parameters_and_size_the_tables(graph: SchemaGraph, rules: RuleSet, profile: str,
                                                                  orders: int, clients: int, lots: int) -> None:
    """Tables sized by a parameter follow the profile; tables built by expand (orders, invoices,
    payments...) get their count from the rows they read (tests/rules/test_terp_full.py counts them)."""
    from seeder.options import RunOptions

    plan = build_plan(graph, RunOptions(profile=profile, rules_dir=str(RULES)), rules)
    rows = {t.table: t.rows for t in plan.tables}
    assert plan.params["orders"] == orders
    assert rows["clients"] == clients and rows["lots"] == lots and rows["batches"] == 2 * lots
    assert 0 < plan.params["full_payment_share"] <= 1
    if profile == "default":
        assert rules.parameters is not None and plan.params == rules.parameters.defaults


def test_the_pack_window_is_22_months_ending_today(graph: SchemaGraph, rules: RuleSet) -> None:
    from datetime import date

    from seeder.options import RunOptions, months_before

    plan = build_plan(graph, RunOptions(rules_dir=str(RULES)), rules)
    assert plan.env.end.date() == date.today()
    assert plan.env.start == months_before(plan.env.end, 22)
