"""TERP's business parameters in one place (DOMAIN 1.1, 1.2, 1.10): volumes per profile and the rates rules use.

Every rule file reads these by name (`rows = param("orders")`, `row.param("overdue_share")`,
`src.param(...)`); `--profile light|full|edge|chaos` picks a column below, `--param NAME=VALUE` overrides one.
"""

from seeder.ruleset import Parameters


class TerpParameters(Parameters):
    """Volumes and rates. The default is a quick, coherent history; `full` is DOMAIN 1.1's 22 months."""

    window_months = 22               # the history ends today (or --end) and starts 22 months before

    defaults = {
        # --- volumes ------------------------------------------------------------------------------
        "orders": 400,               # sale orders, one invoice each (full: 200 a month over 22 months)
        "clients": 60,               # buyer clients (DOMAIN 1.3), of which `whales` take most revenue
        "whales": 10,
        "vendors": 8,
        "lots": 150,                 # purchase lots, one batch each, one purchase order each
        "events": 250,               # calendar events (200-300)
        "comments": 600,             # comments on orders, events and clients (500-1000)
        "lists": 60,                 # todo lists (50-100) ...
        "list_items": 300,           # ... and their tasks (200-500)
        "workflow_items": 150,       # workflow queue entries (100+), ~3 history rows each
        "pricing_rules": 25,         # 20+
        "pricing_profiles": 12,      # 10+
        # --- rates --------------------------------------------------------------------------------
        "whale_revenue_share": 0.70,   # share of revenue from the whales (Pareto)
        "margin": 0.25,              # average margin on price; each line varies by margin_variance (relative)
        "margin_variance": 0.10,
        "sales_consignment_share": 0.50,   # sale orders on CONSIGNMENT terms (the rest NET_30)
        "intake_consignment_share": 0.90,  # batches taken in on CONSIGNMENT (the rest COD)
        "payment_share": 0.85,       # invoices with a payment
        "full_payment_share": 0.82,  # of those, paid in full: about 70% of invoices PAID
        "overdue_share": 0.15,       # invoices overdue
        "overdue_120_share": 0.50,   # of the overdue, more than 120 days past due
        "return_share": 0.005,       # orders returned
        "refund_share": 0.05,        # orders refunded 5% of their total
        "empty_optional_share": 0.0,  # nullable free-text columns left empty (edge: most)
    }
    profiles = {
        "light": {"orders": 50, "clients": 12, "whales": 2, "vendors": 2, "lots": 20, "events": 40,
                  "comments": 80, "lists": 10, "list_items": 40, "workflow_items": 20,
                  "pricing_rules": 20, "pricing_profiles": 10},
        "full": {"orders": 4400, "lots": 176, "events": 280, "comments": 900, "lists": 80, "list_items": 450,
                 "workflow_items": 176},
        # extreme but valid: 20 whale clients, mostly overdue and returned, optional fields empty
        "edge": {"orders": 120, "clients": 20, "whales": 20, "vendors": 2, "lots": 24, "events": 60,
                 "comments": 120, "lists": 12, "list_items": 60, "workflow_items": 24,
                 "overdue_share": 0.80, "overdue_120_share": 0.90, "return_share": 0.10, "refund_share": 0.20,
                 "full_payment_share": 0.30, "empty_optional_share": 0.9},
        # odd but valid data for QA: wide margins, many partial payments, mixed terms
        "chaos": {"orders": 204, "clients": 30, "whales": 5, "vendors": 4, "lots": 48, "events": 120,
                  "comments": 300, "lists": 20, "list_items": 120, "workflow_items": 48,
                  "margin_variance": 0.60, "full_payment_share": 0.40, "sales_consignment_share": 0.8,
                  "return_share": 0.03, "overdue_share": 0.30},
    }
