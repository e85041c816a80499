"""The light TERP fixture and failing_invariants, on which the area tests build."""

import pytest

from tests.rules.conftest import failing_invariants
from tests.support.db import load_sql

pytestmark = pytest.mark.mysql


def test_a_broken_invoice_total_is_reported_by_name(terp_light) -> None:
    assert failing_invariants(terp_light.url) == {}
    load_sql(terp_light.url, "UPDATE invoices SET totalAmount = totalAmount + 5 WHERE id = 1;")
    failed = failing_invariants(terp_light.url)
    assert failed and all(n >= 1 for n in failed.values())
