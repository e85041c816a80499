"""Insert order, cycle breaking and NOT NULL cycle groups, on graphs built in code."""

from __future__ import annotations

import pytest

from seeder.ordering import plan_order
from tests.unit.graphs import col, graph, table


def order_of(g):
    return plan_order(g, g.declared)


def test_parents_before_children() -> None:
    g = graph(table("lines", col("order_id"), refs=(("order_id", "orders"),)),
              table("orders", col("customer_id"), refs=(("customer_id", "customers"),)),
              table("customers"))
    o = order_of(g)
    assert o.order.index("customers") < o.order.index("orders") < o.order.index("lines")
    assert o.deferred == () and o.groups == ()


def test_self_reference_does_not_count_as_a_cycle() -> None:
    g = graph(table("cats", col("parent_id", nullable=True), refs=(("parent_id", "cats"),)))
    o = order_of(g)
    assert o.order == ("cats",) and o.cycles == ()


def test_nullable_cycle_is_deferred() -> None:
    g = graph(table("a", col("b_id"), refs=(("b_id", "b"),)),
              table("b", col("a_id", nullable=True), refs=(("a_id", "a"),)))
    o = order_of(g)
    assert [(r.table, r.columns) for r in o.deferred] == [("b", ("a_id",))]
    assert o.order == ("b", "a") and o.groups == ()


def test_not_null_cycle_becomes_a_group() -> None:
    g = graph(table("a", col("b_id"), refs=(("b_id", "b"),)), table("b", col("a_id"), refs=(("a_id", "a"),)),
              table("c", col("a_id"), refs=(("a_id", "a"),)))
    o = order_of(g)
    assert o.groups == (("a", "b"),)
    assert o.order.index("c") > max(o.order.index("a"), o.order.index("b"))


def test_three_table_cycle_defers_only_what_it_must() -> None:
    g = graph(table("a", col("b_id"), refs=(("b_id", "b"),)),
              table("b", col("c_id", nullable=True), refs=(("c_id", "c"),)),
              table("c", col("a_id"), refs=(("a_id", "a"),)))
    o = order_of(g)
    assert len(o.deferred) == 1 and o.deferred[0].table == "b"
    assert o.order == ("b", "a", "c")


@pytest.mark.parametrize("names", [("x", "y", "z"), ("z", "y", "x")])
def test_order_is_deterministic(names: tuple[str, ...]) -> None:
    g = graph(*(table(n) for n in names))
    assert order_of(g).order == ("x", "y", "z")


def test_soft_edges_order_only_when_they_close_no_cycle() -> None:
    from introspect.graph import Reference

    g = graph(table("notes", col("target_id")), table("zebras"), table("apes", col("note_id"),
                                                                          refs=(("note_id", "notes"),)))
    soft = (Reference("notes", ("target_id",), "zebras", ("id",), kind="polymorphic"),
            Reference("notes", ("target_id",), "apes", ("id",), kind="polymorphic"))
    o = plan_order(g, g.declared, soft)
    assert o.order.index("zebras") < o.order.index("notes") < o.order.index("apes")
