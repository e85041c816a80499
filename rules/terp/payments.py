"""Payments received against invoices (DOMAIN 2.6): never more than what is owed, never before the invoice."""

from datetime import timedelta
from decimal import Decimal

from seeder.ruleset import Invariant, Ref, TableRule, Use, derived, param


class Payments(TableRule):
    """One payment for 85% of invoices, 82% of them in full (about 70% PAID), 1-45 days after the invoice."""

    # DOMAIN 4: 935 payments for 1,100 invoices; a partial payment covers 30-90% of the total.

    table = "payments"
    rows = param("orders") * 0.85
    references = [Ref("invoiceId", "invoices", pick="distinct"), Ref("customerId", "clients")]
    paymentType = "RECEIVED"          # AR; AP payments (SENT, vendorId, billId) belong with the bills flow
    vendorId = None
    billId = None
    paymentMethod = Use.choice(["CHECK", "ACH", "WIRE", "CASH", "CREDIT_CARD"], weights=[40, 30, 15, 10, 5])
    isReconciled = Use("bool.flag", true_share=0.7)
    invariants = [
        Invariant("a payment is positive and comes on or after its invoice, by the invoice's last change",
                  "SELECT p.id FROM payments p JOIN invoices i ON i.id = p.invoiceId "
                  "WHERE p.amount <= 0 OR p.paymentDate < i.invoiceDate OR p.paymentDate > DATE(i.updatedAt) + INTERVAL 1 DAY"),
        Invariant("a received payment names the invoice's customer",
                  "SELECT p.id FROM payments p JOIN invoices i ON i.id = p.invoiceId "
                  "WHERE p.paymentType = 'RECEIVED' AND p.customerId <> i.customerId"),
    ]

    @derived("customerId", after=["invoiceId"])
    def customer(row, rng):
        return row.parent("invoiceId")["customerId"]

    @derived("amount", after=["invoiceId"])
    def amount(row, rng):
        total = row.parent("invoiceId")["totalAmount"]
        share = Decimal(1) if rng.random() < row.param("full_payment_share") else Decimal(rng.randint(30, 90)) / 100
        return max(Decimal("0.01"), (total * share).quantize(Decimal("0.01")))

    @derived("paymentDate", after=["invoiceId"])
    def paid_on(row, rng):
        invoice = row.parent("invoiceId")    # paid by the invoice's last change, so never in the future
        return min(invoice["invoiceDate"] + timedelta(days=rng.randint(1, 45)), invoice["updatedAt"].date())


class PaymentHistory(TableRule):
    """Vendor payments recorded against batches."""

    table = "paymentHistory"
    paymentMethod = Use.choice(["CHECK", "ACH", "WIRE", "CASH"], weights=[40, 30, 15, 15])
