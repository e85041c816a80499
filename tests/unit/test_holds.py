"""seeder.holds: which generated tables wait, and in what order they go."""

from __future__ import annotations

from seeder.holds import Holds

# orders (a rollup parent) <- notes (declared key to orders) <- replies (declared key to notes);
# clients (a rollup parent); audit references nothing
FKS = {"notes": {"orders"}, "replies": {"notes"}, "lines": {"orders"}, "mixed": {"orders", "clients"}}


def holds() -> Holds:
    return Holds({"orders", "clients"}, FKS)


def test_a_parent_waits_with_what_references_it_and_goes_first_once_final() -> None:
    h = holds()
    assert h.arrive("orders", 10, rolled_up=False)
    assert h.arrive("notes", 3, rolled_up=True)        # a declared key to a held parent
    assert h.arrive("replies", 2, rolled_up=True)      # ... through a waiting table
    assert not h.arrive("audit", 50, rolled_up=True)   # references nothing held: written at once
    assert h.waiting == ["orders", "notes", "replies"]
    assert h.release({"orders"}) == ["orders", "notes", "replies"]   # generation order
    assert not h.held and not h.waiting


def test_a_parent_final_on_arrival_or_not_a_parent_goes_at_once() -> None:
    h = holds()
    assert not h.arrive("orders", 10, rolled_up=True)
    assert not h.arrive("notes", 3, rolled_up=True)    # orders is written: nothing to wait for
    assert not h.held and not h.waiting


def test_a_parent_outgrown_by_what_waits_behind_it_goes_early_and_is_not_final() -> None:
    h = holds()
    h.arrive("orders", 10, rolled_up=False)
    h.arrive("notes", 6, rolled_up=True)
    assert h.outgrown() == []                          # 6 rows behind 10
    h.arrive("replies", 5, rolled_up=True)
    assert h.outgrown() == ["orders"]                  # 11 rows behind 10
    assert h.release(h.outgrown()) == ["orders", "notes", "replies"]   # its rollups will be UPDATEd


def test_a_table_waiting_for_two_parents_goes_after_both() -> None:
    h = holds()
    h.arrive("orders", 10, rolled_up=False)
    h.arrive("clients", 10, rolled_up=False)
    assert h.arrive("mixed", 1, rolled_up=True)
    assert h.release({"orders"}) == ["orders"]
    assert h.waiting == ["clients", "mixed"]
    assert h.release({"clients"}) == ["clients", "mixed"]


def test_a_table_that_cannot_wait_names_the_parents_to_write_first() -> None:
    h = holds()
    h.arrive("orders", 10, rolled_up=False)
    assert not h.arrive("lines", 4, rolled_up=True, can_wait=False)   # in a NOT NULL cycle group
    assert h.blockers("lines") == {"orders"} and h.blockers("audit") == set()
    assert h.release(h.blockers("lines")) == ["orders"]
    assert not h.arrive("clients", 3, rolled_up=False, can_wait=False) and not h.held


def test_releasing_a_parent_not_held_changes_nothing() -> None:
    h = holds()
    h.arrive("orders", 10, rolled_up=False)
    assert h.release({"clients"}) == []
    assert h.held == {"orders"} and h.waiting == ["orders"]
