"""rules/terp/order_history.py: the fulfilment history follows PENDING -> PACKED -> SHIPPED."""

import pytest

from tests.rules.conftest import failing_invariants
from tests.support.db import load_sql

pytestmark = pytest.mark.mysql

MINE = {"every sale order's fulfilment history starts PENDING and ends at its fulfillmentStatus",
        "a fulfilment move is dated when the order says: PACKED at packed_at, SHIPPED at shipped_at"}


def test_each_sale_order_has_one_row_per_state_it_reached(terp_seeded) -> None:
    rows = dict(terp_seeded.q("SELECT fulfillmentStatus, COUNT(*) FROM order_status_history GROUP BY 1"))
    orders = dict(terp_seeded.q("SELECT fulfillmentStatus, COUNT(*) FROM orders WHERE orderType = 'SALE' GROUP BY 1"))
    assert rows["PENDING"] == sum(orders.values())
    assert rows["PACKED"] == orders.get("PACKED", 0) + orders["SHIPPED"] and rows["SHIPPED"] == orders["SHIPPED"]
    assert terp_seeded.scalar("SELECT COUNT(*) FROM order_status_history h JOIN orders o ON o.id = h.order_id "
                              "WHERE h.fulfillmentStatus = 'SHIPPED' AND h.changed_by <> o.shipped_by") == 0


def test_the_history_invariants_fail_on_data_that_breaks_them(terp_light) -> None:
    assert not set(failing_invariants(terp_light.url)) & MINE
    load_sql(terp_light.url, "DELETE FROM order_status_history WHERE fulfillmentStatus = 'SHIPPED' "
                             "ORDER BY id LIMIT 1;"
                             "UPDATE order_status_history SET changed_at = changed_at + INTERVAL 1 HOUR "
                             "WHERE fulfillmentStatus = 'PACKED' ORDER BY id LIMIT 1;")
    assert MINE <= set(failing_invariants(terp_light.url))
