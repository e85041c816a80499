"""TERP's business parameters in one place (DOMAIN 1.1, 1.2): volumes per profile and the shares rules use."""

from seeder.ruleset import Parameters


class TerpParameters(Parameters):
    """Volumes and rates; `--profile light|full` picks a column below, `--param NAME=VALUE` overrides one."""

    defaults = {
        "orders": 400,              # orders, one invoice each; 3 lines per order and per invoice;
                                    # payments for 85% of invoices (DOMAIN 4: 935 of 1,100)
        "full_payment_share": 0.82,  # payments that settle the whole invoice: about 70% of invoices PAID
    }
    profiles = {
        "light": {"orders": 50},
        "full": {"orders": 4400},   # 200 orders a month over 22 months
    }
