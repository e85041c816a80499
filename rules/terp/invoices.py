"""Invoices and invoice lines (DOMAIN 1.7, 2.6)."""

from seeder.ruleset import Poly, Ref, TableRule, Use


class Invoices(TableRule):
    """AR invoices: customerId -> clients, referenceType ORDER -> orders (SALE and CONTRACT have no table)."""

    table = "invoices"
    rows = 400
    references = [Ref("customerId", "clients")]
    polymorphic = [Poly("referenceType", "referenceId", {"ORDER": "orders"})]
    status = Use.choice(["PAID", "PARTIAL", "OVERDUE", "SENT", "VIEWED", "DRAFT", "VOID"],
                        weights=[70, 12, 10, 4, 1, 2, 1])
    paymentTerms = Use.choice(["CONSIGNMENT", "NET_30", "NET_15", "NET_7", "COD"], weights=[50, 20, 10, 10, 10])
    taxAmount = 0
    discountAmount = 0


class InvoiceLineItems(TableRule):
    """Invoice lines; most carry no line discount."""

    table = "invoiceLineItems"
    rows = 1200
    discountPercent = Use.choice([0, 5, 10], weights=[85, 10, 5])
