"""The rule API on a small schema: derived columns, parent rows, rollups, fixtures, invariants."""

from __future__ import annotations

from pathlib import Path

import pytest

from seeder.errors import RuleError, SeederError
from seeder.options import RunOptions
from tests.integration.helpers import seed
from tests.support.db import connect, load_sql, table_checksums

SHOP_RULES = str(Path(__file__).parent / "shop")
SCHEMA = """
CREATE TABLE statuses (id INT AUTO_INCREMENT PRIMARY KEY, code VARCHAR(10) NOT NULL UNIQUE,
                       label VARCHAR(30) NOT NULL);
CREATE TABLE orders (id INT AUTO_INCREMENT PRIMARY KEY, status_id INT NOT NULL, placed_at DATETIME NOT NULL,
                     total DECIMAL(12,2) NOT NULL, FOREIGN KEY (status_id) REFERENCES statuses(id));
CREATE TABLE order_lines (id INT AUTO_INCREMENT PRIMARY KEY, order_id INT NOT NULL, qty INT NOT NULL,
                          unit_price DECIMAL(10,2) NOT NULL, line_total DECIMAL(12,2) NOT NULL,
                          added_at DATETIME NOT NULL, FOREIGN KEY (order_id) REFERENCES orders(id));
"""
pytestmark = pytest.mark.mysql


def q(url: str, sql: str) -> list[tuple]:
    with connect(url) as conn, conn.cursor() as cur:
        cur.execute(sql)
        return list(cur.fetchall())


@pytest.fixture
def shop(fresh_db: str) -> str:
    load_sql(fresh_db, SCHEMA)
    return fresh_db


def test_rules_drive_derived_columns_rollups_fixtures_and_invariants(shop: str) -> None:
    plan, result, report = seed(shop, RunOptions(rules_dir=SHOP_RULES))
    assert report.ok, report.findings
    assert q(shop, "SELECT code, label FROM statuses ORDER BY id") == [("NEW", "New"), ("PAID", "Paid"),
                                                                     ("SHIPPED", "Shipped")]
    assert q(shop, "SELECT COUNT(*) FROM order_lines WHERE line_total <> qty * unit_price")[0][0] == 0
    assert q(shop, "SELECT COUNT(*) FROM order_lines WHERE qty NOT BETWEEN 1 AND 5")[0][0] == 0
    assert q(shop, "SELECT COUNT(*) FROM orders WHERE total > 0")[0][0] > 0
    assert result.updated == 0   # each order waited for its lines: written once, with its total (seeder.holds)
    assert report.checks_run > 0 and plan.table("order_lines").column("line_total").source.startswith("rule:")


def test_an_invariant_fails_on_data_that_breaks_it(shop: str) -> None:
    from seeder.pipeline import load_target, run_verify

    seed(shop, RunOptions(rules_dir=SHOP_RULES))
    load_sql(shop, "UPDATE orders SET total = total + 1 WHERE id = 3;")
    loaded = load_target(shop, RunOptions(rules_dir=SHOP_RULES))
    report = run_verify(loaded, 0.7)
    loaded.engine.dispose()
    failed = [f for f in report.findings if f.check == "invariant"]
    assert [f.object for f in failed] == ["order total equals the sum of its lines"]
    assert failed[0].count == 1 and failed[0].examples[0].startswith("3, ")


def test_apply_keeps_nothing_when_an_invariant_fails_before_commit(shop: str, tmp_path: Path) -> None:
    rules = tmp_path / "broken"
    rules.mkdir()
    text = (Path(SHOP_RULES) / "shop.py").read_text().replace(
        '    rollups = [Rollup.sum("total"', '    _no_rollups = [Rollup.sum("total"')
    (rules / "shop.py").write_text(text)
    before = table_checksums(shop)
    with pytest.raises(SeederError, match="order total equals the sum of its lines"):
        seed(shop, RunOptions(rules_dir=str(rules)))
    assert table_checksums(shop) == before


def test_a_derived_column_reading_an_unlisted_column_says_so(shop: str, tmp_path: Path) -> None:
    rules = tmp_path / "bad"
    rules.mkdir()
    (rules / "shop.py").write_text((Path(SHOP_RULES) / "shop.py").read_text().replace(
        '@derived("line_total", after=["qty", "unit_price"])', '@derived("line_total", after=["qty"])'))
    with pytest.raises(RuleError, match=r"shop.py: order_lines.line_total: KeyError: .*list it in after"):
        seed(shop, RunOptions(rules_dir=str(rules)))


def test_a_rule_on_a_self_reference_wins_over_the_tree_and_rules_see_the_window(fresh_db: str,
                                                                                 tmp_path: Path) -> None:
    load_sql(fresh_db, "CREATE TABLE nodes (id INT AUTO_INCREMENT PRIMARY KEY, parent_id INT NULL, "
                       "seen DATETIME NOT NULL, FOREIGN KEY (parent_id) REFERENCES nodes(id));")
    rules = tmp_path / "nodes"
    rules.mkdir()
    (rules / "nodes.py").write_text(
        "from seeder.ruleset import TableRule, derived\n\n\n"
        "class Nodes(TableRule):\n"
        "    table = 'nodes'\n"
        "    parent_id = None\n\n"
        "    @derived('seen', after=[])\n"
        "    def seen(row, rng):\n"
        "        return row.window.end\n")
    from datetime import datetime

    _, _, report = seed(fresh_db, RunOptions(rules_dir=str(rules), end=datetime(2025, 10, 31)))
    assert report.ok
    assert q(fresh_db, "SELECT COUNT(*) FROM nodes WHERE parent_id IS NOT NULL")[0][0] == 0
    assert q(fresh_db, "SELECT DISTINCT seen FROM nodes") == [(datetime(2025, 10, 31),)]


@pytest.mark.parametrize(("profile", "params", "orders", "max_qty"), [
    ("default", (), 30, 5), ("tiny", (), 5, 5), ("bulk", (), 60, 9), ("tiny", (("max_qty", "2"),), 5, 2),
])
def test_parameters_profiles_and_overrides(db_factory, profile: str, params: tuple, orders: int,
                                           max_qty: int) -> None:
    url = db_factory("params")
    load_sql(url, SCHEMA)
    _, _, report = seed(url, RunOptions(rules_dir=SHOP_RULES, profile=profile, params=params))
    assert report.ok
    assert q(url, "SELECT COUNT(*) FROM orders")[0][0] == orders
    assert q(url, "SELECT COUNT(*) FROM order_lines")[0][0] == orders * 3
    assert q(url, "SELECT MAX(qty) FROM order_lines")[0][0] <= max_qty


def test_unknown_parameter_and_profile_are_named(shop: str) -> None:
    from seeder.errors import UsageError

    with pytest.raises(RuleError, match="--param max_qtty: unknown parameter; known: max_qty, orders"):
        seed(shop, RunOptions(rules_dir=SHOP_RULES, params=(("max_qtty", "3"),)))
    with pytest.raises(RuleError, match="--param orders=many: expected a int"):
        seed(shop, RunOptions(rules_dir=SHOP_RULES, params=(("orders", "many"),)))
    with pytest.raises(UsageError, match="unknown profile 'huge'; choose one of: bulk, default, large, light, tiny"):
        seed(shop, RunOptions(rules_dir=SHOP_RULES, profile="huge"))


def test_money_rounds_as_mysql_round_does() -> None:
    from decimal import Decimal

    from seeder.ruleset import money

    assert money(Decimal("2.675")) == Decimal("2.68") and money(Decimal("-0.125")) == Decimal("-0.13")
    assert money(Decimal("1.005"), places=1) == Decimal("1.0") and str(money(3)) == "3.00"


HISTORY_RULE = '''
from datetime import timedelta

from seeder.ruleset import TableRule


class OrderEvents(TableRule):
    """One 'placed' event per order, and a 'paid' one a day later for orders over 100."""

    table = "order_events"
    reads = ("orders",)

    def expand(src, rng):
        assert src.first_key == 1
        out = []
        for o in src.rows("orders"):
            out.append({"order_id": o["id"], "event": "placed", "at": o["placed_at"]})
            if o["total"] > 100:
                out.append({"order_id": o["id"], "event": "paid", "at": o["placed_at"] + timedelta(days=1)})
        return out
'''


def _with_events(shop: str, rules: Path) -> Path:
    """The order_events table, and a rules directory holding the shop's rules (history.py to add)."""
    load_sql(shop, "CREATE TABLE order_events (id INT AUTO_INCREMENT PRIMARY KEY, order_id INT NOT NULL, "
                   "event VARCHAR(10) NOT NULL, at DATETIME NOT NULL, note VARCHAR(40) NULL);")
    rules.mkdir()
    (rules / "shop.py").write_text((Path(SHOP_RULES) / "shop.py").read_text())
    return rules


def test_expand_builds_one_row_per_dict_from_earlier_tables(shop: str, tmp_path: Path) -> None:
    rules = _with_events(shop, tmp_path / "history")
    (rules / "history.py").write_text(HISTORY_RULE)
    plan, _, report = seed(shop, RunOptions(rules_dir=str(rules)))
    assert report.ok, report.findings
    order = plan.ordering.order
    assert order.index("orders") < order.index("order_events")
    big = q(shop, "SELECT COUNT(*) FROM orders WHERE total > 100")[0][0]
    assert 0 < big < 30
    assert q(shop, "SELECT COUNT(*) FROM order_events")[0][0] == 30 + big
    # the expand sees rolled-up totals, and its rows carry exactly what it set
    assert q(shop, "SELECT COUNT(*) FROM order_events e JOIN orders o ON o.id = e.order_id "
                   "WHERE (e.event = 'placed' AND e.at = o.placed_at) "
                   "OR (e.event = 'paid' AND o.total > 100 AND e.at = o.placed_at + INTERVAL 1 DAY)")[0][0] == 30 + big


def test_expand_naming_a_missing_column_or_unread_table_says_which(shop: str, tmp_path: Path) -> None:
    load_sql(shop, "CREATE TABLE order_events (id INT AUTO_INCREMENT PRIMARY KEY, order_id INT NOT NULL, "
                   "event VARCHAR(10) NOT NULL, at DATETIME NOT NULL);")
    rules = tmp_path / "bad"
    rules.mkdir()
    (rules / "history.py").write_text(HISTORY_RULE.replace('"event": "placed"', '"evnt": "placed"'))
    with pytest.raises(RuleError, match=r"history.py: OrderEvents: expand sets 'evnt', which is not a column"):
        seed(shop, RunOptions(rules_dir=str(rules)))
    (rules / "history.py").write_text(HISTORY_RULE.replace('reads = ("orders",)', 'reads = ("statuses",)'))
    with pytest.raises(RuleError, match=r"expand: KeyError: .*'orders' is not available to this rule: list it"):
        seed(shop, RunOptions(rules_dir=str(rules)))


def test_window_months_of_the_parameters_sets_the_default_window() -> None:
    from datetime import datetime

    from seeder.options import months_before

    assert RunOptions(end=datetime(2025, 10, 31)).window(months=22) == (datetime(2023, 12, 31),
                                                                        datetime(2025, 10, 31))
    assert months_before(datetime(2025, 3, 31), 1) == datetime(2025, 2, 28)
    assert RunOptions(start=datetime(2024, 1, 1), end=datetime(2025, 10, 31)).window(months=22)[0] == \
        datetime(2024, 1, 1)


def test_an_expand_sets_a_self_reference_by_first_key_and_the_tree_keeps_it(fresh_db: str, tmp_path: Path) -> None:
    load_sql(fresh_db, "CREATE TABLE nodes (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(10) NOT NULL, "
                       "parent_id INT NULL, FOREIGN KEY (parent_id) REFERENCES nodes(id));")
    rules = tmp_path / "tree"
    rules.mkdir()
    (rules / "nodes.py").write_text(
        "from seeder.ruleset import TableRule\n\n\n"
        "class Nodes(TableRule):\n"
        "    table = 'nodes'\n\n"
        "    def expand(src, rng):\n"
        "        return [{'name': n, 'parent_id': None if p is None else src.first_key + p}\n"
        "                for n, p in [('root', None), ('a', 0), ('b', 0), ('a1', 1)]]\n")
    _, _, report = seed(fresh_db, RunOptions(rules_dir=str(rules)))
    assert report.ok
    assert q(fresh_db, "SELECT c.name, p.name FROM nodes c LEFT JOIN nodes p ON p.id = c.parent_id ORDER BY c.id") == \
        [("root", None), ("a", "root"), ("b", "root"), ("a1", "a")]


WHOLE_COLUMN_LINES = '''
from datetime import timedelta

from seeder.ruleset import TableRule, derived_column, param


class OrderLines(TableRule):
    """The shop's order lines, each column computed whole (same streams, same order as row by row)."""

    table = "order_lines"
    rows = param("orders") * 3

    @derived_column("qty")
    def qty(cols, rng):
        return [rng.randint(1, cols.param("max_qty")) for _ in range(len(cols))]

    @derived_column("line_total", after=["qty", "unit_price"])
    def line_total(cols, rng):
        return [q * p for q, p in zip(cols["qty"], cols["unit_price"])]

    @derived_column("added_at", after=["order_id"])
    def added_at(cols, rng):
        return [at + timedelta(hours=rng.randint(1, 48)) for at in cols.parent("order_id", "placed_at")]
'''


def _shop_rules(tmp_path: Path, name: str, lines: str) -> str:
    rules = tmp_path / name
    rules.mkdir()
    shop_rules = (Path(SHOP_RULES) / "shop.py").read_text()
    (rules / "shop.py").write_text(shop_rules[: shop_rules.index("class OrderLines(TableRule):")])
    (rules / "lines.py").write_text(lines)
    return str(rules)


def test_whole_column_rules_give_the_rows_of_the_per_row_rules_they_replace(db_factory, tmp_path: Path) -> None:
    per_row, whole = db_factory("rows"), db_factory("cols")
    for url in (per_row, whole):
        load_sql(url, SCHEMA)
    seed(per_row, RunOptions(rules_dir=SHOP_RULES))
    plan, _, report = seed(whole, RunOptions(rules_dir=_shop_rules(tmp_path, "whole", WHOLE_COLUMN_LINES)))
    assert report.ok, report.findings
    assert plan.table("order_lines").column("qty").generator == "rule.derived(whole=True)"
    shop = ["statuses", "orders", "order_lines"]
    assert {t: table_checksums(per_row)[t] for t in shop} == {t: table_checksums(whole)[t] for t in shop}
    assert q(whole, "SELECT COUNT(*) FROM order_lines l JOIN orders o ON o.id = l.order_id "
                    "WHERE l.added_at <= o.placed_at OR l.line_total <> l.qty * l.unit_price")[0][0] == 0


def test_a_whole_column_rule_that_returns_too_few_values_or_reads_an_unlisted_column_says_which(
        shop: str, tmp_path: Path) -> None:
    short = WHOLE_COLUMN_LINES.replace("for _ in range(len(cols))]", "for _ in range(len(cols) - 1)]")
    with pytest.raises(RuleError, match=r"lines.py: order_lines.qty: ValueError: returned 89 values for 90 rows"):
        seed(shop, RunOptions(rules_dir=_shop_rules(tmp_path, "short", short)))
    unlisted = WHOLE_COLUMN_LINES.replace('after=["order_id"]', 'after=["qty"]')
    with pytest.raises(RuleError, match=r"order_lines.added_at: KeyError: .*'order_id' is not available to this "
                                        r"rule: list it in after"):
        seed(shop, RunOptions(rules_dir=_shop_rules(tmp_path, "unlisted", unlisted)))
    assert q(shop, "SELECT COUNT(*) FROM orders")[0][0] == 0   # nothing kept


COLUMNS_HISTORY_RULE = '''
from seeder.ruleset import TableRule


class OrderEvents(TableRule):
    """One 'placed' event per order, given as columns."""

    table = "order_events"
    reads = ("orders",)

    def expand(src, rng):
        orders = src.rows("orders")
        return {"order_id": [o["id"] for o in orders], "event": ["placed"] * len(orders),
                "at": [o["placed_at"] for o in orders]}
'''


def test_an_expand_may_return_columns_of_equal_length(shop: str, tmp_path: Path) -> None:
    rules = _with_events(shop, tmp_path / "columns")
    (rules / "history.py").write_text(COLUMNS_HISTORY_RULE.replace('["placed"] * len(orders)', '["placed"]'))
    with pytest.raises(RuleError, match=r"history.py: OrderEvents: expand returned columns of different lengths: "
                                        r"order_id=30, event=1, at=30"):
        seed(shop, RunOptions(rules_dir=str(rules)))
    (rules / "history.py").write_text(COLUMNS_HISTORY_RULE)
    _, _, report = seed(shop, RunOptions(rules_dir=str(rules)))
    assert report.ok, report.findings
    assert q(shop, "SELECT COUNT(*), COUNT(DISTINCT e.order_id), SUM(e.at = o.placed_at AND e.event = 'placed') "
                   "FROM order_events e JOIN orders o ON o.id = e.order_id") == [(30, 30, 30)]


def test_progress_counts_every_row_generated_and_written_with_totals_corrected(shop: str, tmp_path: Path) -> None:
    """Planned counts are estimates: the progress total follows the rows made; rows count as written from
    the writer's thread."""
    import threading

    from seeder.runner import apply_plan
    from tests.integration.helpers import plan_for

    class Recording:
        def __init__(self) -> None:
            self.total, self.generated_rows, self.written_rows, self.threads = 0, 0, 0, set()

        def start(self, tables: int, rows: int, writing: bool = True) -> None:
            self.total = rows * 2

        def table(self, name: str, rows: int) -> None: ...

        def generated(self, planned: int, rows: int) -> None:
            self.total += (rows - planned) * 2
            self.generated_rows += rows

        def written(self, rows: int) -> None:
            self.written_rows += rows
            self.threads.add(threading.current_thread().name)

        def finish(self) -> None: ...

    rules = _with_events(shop, tmp_path / "history")
    (rules / "history.py").write_text(HISTORY_RULE)   # expand: the plan cannot know its rows
    loaded, plan = plan_for(shop, RunOptions(rules_dir=str(rules)))
    progress = Recording()
    result = apply_plan(plan, loaded.url, progress=progress)
    loaded.engine.dispose()
    assert plan.total_rows != result.rows
    assert progress.generated_rows == progress.written_rows == result.rows
    assert progress.total == 2 * result.rows and progress.threads == {"seeder-writer"}


def test_plan_says_an_expand_builds_the_table_instead_of_guessing_its_rows(shop: str, tmp_path: Path) -> None:
    from seeder.report import plan_to_dict, render_plan
    from tests.integration.helpers import plan_for

    rules = _with_events(shop, tmp_path / "history")
    (rules / "history.py").write_text(HISTORY_RULE)
    loaded, plan = plan_for(shop, RunOptions(rules_dir=str(rules)))
    loaded.engine.dispose()
    text = render_plan(plan)
    assert "order_events  rows=by expand" in text
    assert "+ 1 table(s) built by expand" in text.splitlines()[0]
    flags = {t["table"]: t["rows_by_expand"] for t in plan_to_dict(plan)["tables"]}
    assert flags["order_events"] is True and flags["orders"] is False
