"""Inventory, procurement and the workflow queue of the seeded TERP database (rules/terp: vendors, lots,
purchasing, inventory, movements, locations, catalog, taxonomy, workflow): the facts hold on the shared default
seed, and every invariant of these files fails on a light seed broken on purpose."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.rules.conftest import failing_invariants
from tests.support.db import load_sql

pytestmark = pytest.mark.mysql

MY_FILES = {"vendors.py", "lots.py", "purchasing.py", "inventory.py", "movements.py", "locations.py", "catalog.py",
            "taxonomy.py", "workflow.py"}


def _mine(plan) -> set[str]:
    return {inv.name for where, inv in plan.rules.invariants() if Path(where.split(":")[0]).name in MY_FILES}


def test_procurement_lots_and_batches(terp_seeded) -> None:
    s = terp_seeded
    assert s.scalar("SELECT COUNT(*) FROM vendors") == 8
    assert s.scalar("SELECT COUNT(*) FROM lots") == 150
    assert s.scalar("SELECT COUNT(*) FROM lots l JOIN vendors v ON v.id = l.vendorId WHERE v.createdAt <= l.date") == 150
    assert s.scalar("SELECT COUNT(*) FROM purchaseOrders WHERE purchaseOrderStatus = 'RECEIVED'") == 150
    assert s.scalar("SELECT COUNT(*) FROM purchaseOrders") >= 155
    assert s.scalar("SELECT COUNT(DISTINCT lotId) FROM batches") == 150 and s.scalar("SELECT COUNT(*) FROM batches") == 300
    # a received PO's items are its lot's batches; open POs received nothing
    assert s.scalar("SELECT COUNT(*) FROM purchaseOrderItems i JOIN batches b ON b.id = i.id "
                    "WHERE i.purchaseOrderId = b.lotId AND i.productId = b.productId") == 300
    assert s.scalar("SELECT COUNT(*) FROM purchaseOrders WHERE poNumber NOT REGEXP '^PO-20[0-9]{2}-[0-9]{4}$'") == 0
    share = s.scalar("SELECT AVG(paymentTerms = 'CONSIGNMENT') FROM batches")
    assert 0.87 <= share <= 0.93
    assert {t for (t,) in s.q("SELECT DISTINCT paymentTerms FROM batches")} == {"CONSIGNMENT", "COD"}
    assert s.scalar("SELECT COUNT(*) FROM batches WHERE paymentTerms = 'COD' AND amountPaid + 0 > 0") > 0
    sequences = dict(s.q("SELECT name, currentValue FROM sequences"))
    assert sequences == {"lot_code": 150, "batch_code": 300}


def test_the_stock_ledger_explains_every_quantity(terp_seeded) -> None:
    s = terp_seeded
    kinds = dict(s.q("SELECT inventoryMovementType, COUNT(*) FROM inventoryMovements GROUP BY 1"))
    assert kinds["INTAKE"] == 300 and kinds["SALE"] > 500 and kinds["ADJUSTMENT"] > 10 and kinds.get("RETURN", 0) >= 1
    # onHand = intake + returns - sales +/- adjustments and disposals, for every batch
    assert s.scalar("SELECT COUNT(*) FROM batches b JOIN (SELECT batchId, SUM(CAST(quantityChange AS DECIMAL(20,4))) q "
                    "FROM inventoryMovements GROUP BY batchId) m ON m.batchId = b.id "
                    "WHERE m.q <> CAST(b.onHandQty AS DECIMAL(20,4))") == 0
    # every returned item came back to its batch
    assert s.scalar("SELECT COUNT(*) FROM returns r JOIN inventoryMovements m ON m.referenceType = 'RETURN' "
                    "AND m.referenceId = r.id") >= s.scalar("SELECT COUNT(*) FROM returns")
    by_status = dict(s.q("SELECT batchStatus, COUNT(*) FROM batches GROUP BY 1"))
    assert by_status.get("SOLD_OUT", 0) > 10 and by_status.get("AWAITING_INTAKE", 0) >= 1
    assert s.scalar("SELECT COUNT(*) FROM batches b WHERE batchStatus = 'AWAITING_INTAKE' AND EXISTS (SELECT 1 "
                    "FROM inventoryMovements m WHERE m.batchId = b.id AND m.inventoryMovementType = 'SALE')") == 0
    assert s.scalar("SELECT COUNT(*) FROM inventoryMovements WHERE createdAt > '2025-11-01'") == 0


def test_the_workflow_queue(terp_seeded) -> None:
    s = terp_seeded
    assert [r[0] for r in s.q("SELECT slug FROM workflow_statuses ORDER BY `order`")] == [
        "intake-queue", "quality-check", "lab-testing", "packaging", "ready-for-sale", "on-hold"]
    queued = s.scalar("SELECT COUNT(*) FROM batches WHERE statusId IS NOT NULL")
    assert queued == 150
    moves = s.scalar("SELECT COUNT(*) FROM batch_status_history")
    assert 2.5 <= moves / queued <= 4
    assert s.scalar("SELECT COUNT(DISTINCT batchId) FROM batch_status_history") == queued
    assert s.scalar("SELECT COUNT(*) FROM batch_status_history WHERE createdAt > '2025-11-01'") == 0


def test_the_catalog_names_agree(terp_seeded) -> None:
    s = terp_seeded
    assert s.scalar("SELECT COUNT(DISTINCT nameCanonical) FROM products") == 100
    assert s.scalar("SELECT COUNT(*) FROM products p JOIN strains t ON t.id = p.strainId "
                    "WHERE p.nameCanonical LIKE CONCAT(t.name, ' - %')") == 100
    assert s.scalar("SELECT COUNT(*) FROM batches b LEFT JOIN grades g ON g.name = b.grade "
                    "WHERE b.grade IS NOT NULL AND g.id IS NULL") == 0
    assert s.scalar("SELECT COUNT(*) FROM batches b JOIN products p ON p.id = b.productId "
                    "WHERE b.grade IS NOT NULL AND p.nameCanonical NOT LIKE CONCAT('% - ', b.grade)") == 0
    assert s.scalar("SELECT COUNT(*) FROM strains WHERE standardizedName NOT REGEXP '^[a-z0-9-]+$'") == 0
    assert 0.85 <= s.scalar("SELECT AVG(category = 'Flower') FROM products") <= 0.95


def test_every_invariant_of_the_area_holds_and_fails_on_data_that_breaks_it(terp_light) -> None:
    url, q = terp_light.url, terp_light.scalar
    mine = _mine(terp_light.plan)
    assert len(mine) >= 25 and not set(failing_invariants(url)) & mine
    live = q("SELECT id FROM batches WHERE batchStatus = 'LIVE' AND statusId IS NULL ORDER BY id LIMIT 1") or \
        q("SELECT MIN(id) FROM batches WHERE batchStatus = 'LIVE'")
    other = q(f"SELECT MIN(id) FROM batches WHERE paymentTerms = 'CONSIGNMENT' AND id <> {live}")
    unpaid = q(f"SELECT MAX(id) FROM batches WHERE paymentTerms = 'CONSIGNMENT' AND id NOT IN ({live}, {other})")
    load_sql(url, f"""
        UPDATE lots SET createdAt = createdAt + INTERVAL 1 HOUR WHERE id = 1;
        UPDATE sequences SET currentValue = 1 WHERE name = 'lot_code';
        UPDATE sequences SET prefix = 'BCH-' WHERE name = 'batch_code';
        UPDATE batches SET sku = CONCAT(sku, 'X') WHERE id = 2;
        UPDATE batches SET createdAt = createdAt - INTERVAL 1 DAY WHERE id = 3;
        UPDATE batches SET reservedQty = '999999' WHERE id = 4;
        UPDATE batches SET batchStatus = 'SOLD_OUT', publishB2b = 1 WHERE id = {live};
        UPDATE batches SET unitCogsMin = '1' WHERE cogsMode = 'FIXED' LIMIT 1;
        UPDATE batches SET amountPaid = '1.00' WHERE id = {unpaid};
        UPDATE batches SET paymentTerms = 'NET_30' WHERE id = {other};
        UPDATE batches SET onHandQty = onHandQty + 1 WHERE id = {other};
        UPDATE batches SET statusId = 6 WHERE statusId = 5 LIMIT 1;
        UPDATE batchLocations SET bin = 'Bin 9' WHERE id = 2;
        UPDATE purchaseOrders SET actualDeliveryDate = actualDeliveryDate + INTERVAL 1 DAY WHERE id = 1;
        UPDATE purchaseOrders SET sentAt = orderDate - INTERVAL 1 DAY WHERE id = 2;
        UPDATE purchaseOrders SET total = total + 1 WHERE id = 3;
        UPDATE purchaseOrderItems SET unitCost = unitCost + 1 WHERE id = 1;
        UPDATE products SET uomSellable = 'EA' WHERE category = 'Flower' LIMIT 1;
        UPDATE products SET strainId = strainId % 50 + 1 WHERE id = 1;
        UPDATE products SET subcategory = 'Smalls' WHERE id = 10;
        UPDATE inventoryMovements SET quantityAfter = quantityAfter + 1 WHERE inventoryMovementType = 'SALE' LIMIT 1;
        UPDATE inventoryMovements SET referenceId = referenceId + 1 WHERE inventoryMovementType = 'INTAKE' LIMIT 1;
        UPDATE inventoryMovements SET referenceType = 'RETURN' WHERE inventoryMovementType = 'SALE'
            ORDER BY id DESC LIMIT 1;
        UPDATE workflow_statuses SET `order` = 7 WHERE slug = 'on-hold';
        UPDATE batch_status_history SET fromStatusId = NULL WHERE fromStatusId IS NOT NULL LIMIT 1;
    """)
    failed = failing_invariants(url)
    assert {n for n in failed if n in mine} == mine, sorted(mine - set(failed))
