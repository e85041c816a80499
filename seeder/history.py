"""Read the run ledger for `seeder runs`."""

from __future__ import annotations

from seeder.database import parse_url
from seeder.ledger import Ledger, RunRecord
from seeder.writer import connect


def list_runs(url_text: str, ledger_name: str) -> list[RunRecord]:
    """Every run of the ledger, oldest first; an empty list where the seeder never wrote."""
    url = parse_url(url_text)
    from seeder.database import open_engine

    open_engine(url).dispose()   # the same clear errors as every other command
    conn = connect(url, "mysql")
    try:
        with conn.cursor() as cur:
            ledger = Ledger(ledger_name)
            return ledger.runs(cur) if ledger.exists(cur) else []
    finally:
        conn.close()
