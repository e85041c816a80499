"""Which tables a check reads: it runs once they are all final."""

from __future__ import annotations

from seeder.validation import tables_in

NAMES = ["orders", "order_items", "clients", "weird`name", "status"]


def test_tables_in_finds_bare_and_quoted_names_only_as_whole_words() -> None:
    sql = ("SELECT o.id FROM orders o JOIN `order_items` i ON i.order_id = o.id "
           "WHERE o.client_id NOT IN (SELECT id FROM `weird``name`) AND o.orders_count > 0")
    assert tables_in(sql, NAMES) == {"orders", "order_items", "weird`name"}


def test_a_column_named_like_a_table_only_makes_the_check_wait_longer() -> None:
    assert tables_in("SELECT id FROM clients WHERE status = 'x'", NAMES) == {"clients", "status"}
