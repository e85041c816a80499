"""Orders and their V2 line items (DOMAIN 1.6, 2.5)."""

from seeder.ruleset import TableRule, Use


class Orders(TableRule):
    """Sales and quotes; lines live in order_line_items (the V2 shape keeps items = [])."""

    table = "orders"
    rows = 400
    orderType = Use.choice(["SALE", "QUOTE"], weights=[88, 12])
    quoteStatus = Use.choice(["DRAFT", "SENT", "VIEWED", "ACCEPTED", "REJECTED", "EXPIRED", "CONVERTED"],
                             weights=[30, 20, 10, 10, 5, 10, 15])
    saleStatus = Use.choice(["PAID", "PARTIAL", "PENDING", "OVERDUE", "CANCELLED"], weights=[55, 20, 12, 10, 3])
    paymentTerms = Use.choice(["CONSIGNMENT", "NET_30", "NET_15", "NET_7", "COD"], weights=[50, 20, 10, 10, 10])
    fulfillmentStatus = Use.choice(["SHIPPED", "PACKED", "PENDING"], weights=[60, 10, 30])
    items = "[]"
    # NULL as the generators left it: an inferred pick of a random invoice would make orders -> invoices a hard
    # edge, put invoices first and leave invoices.referenceType ORDER -> orders (the link that matters) unfilled.
    invoice_id = None
    tax = 0
    discount = 0
    cash_payment = 0


class OrderLineItems(TableRule):
    """Order lines: unit COGS per lb (flower) or unit, 15-35 % margins, mostly DEFAULT margin source."""

    table = "order_line_items"
    rows = 1200
    cogs_per_unit = Use("money.amount", low=40, high=1980)
    original_cogs_per_unit = Use("money.amount", low=40, high=1980)
    margin_percent = Use("number.range", low=15, high=35, decimals=2)
    margin_dollar = Use("money.amount", low=10, high=700)
    margin_source = Use.choice(["DEFAULT", "CUSTOMER_PROFILE", "MANUAL"], weights=[70, 20, 10])
    is_cogs_overridden = Use("bool.flag", true_share=0.05)
    is_margin_overridden = Use("bool.flag", true_share=0.1)
    is_sample = Use("bool.flag", true_share=0.05)


class OrderAuditLog(TableRule):
    """Changes to draft and finalised orders, by the app's action names."""

    table = "order_audit_log"
    action = Use.choice(["CREATE_DRAFT", "UPDATE_DRAFT", "FINALIZE", "LINE_ITEM_ADD", "LINE_ITEM_UPDATE",
                         "LINE_ITEM_REMOVE", "MARGIN_OVERRIDE", "COGS_OVERRIDE", "ADJUSTMENT_CHANGE", "DELETE"],
                        weights=[25, 15, 20, 12, 10, 5, 5, 3, 3, 2])
