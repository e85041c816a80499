"""Payments (AR and AP), vendor payment history (DOMAIN 2.4, 2.6)."""

from seeder.ruleset import Ref, TableRule, Use


class Payments(TableRule):
    """Received (AR, customerId -> clients) and sent (AP) payments; seed:new method weights."""

    table = "payments"
    rows = 300
    references = [Ref("customerId", "clients")]
    paymentType = Use.choice(["RECEIVED", "SENT"], weights=[80, 20])
    paymentMethod = Use.choice(["CHECK", "ACH", "WIRE", "CASH", "CREDIT_CARD"], weights=[40, 30, 15, 10, 5])
    isReconciled = Use("bool.flag", true_share=0.7)


class PaymentHistory(TableRule):
    """Vendor payments recorded against batches."""

    table = "paymentHistory"
    paymentMethod = Use.choice(["CHECK", "ACH", "WIRE", "CASH"], weights=[40, 30, 15, 15])
