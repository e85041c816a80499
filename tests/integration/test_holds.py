"""apply writes a rolled-up parent once, final, unless what waits behind it outgrows it (seeder.holds)."""

from __future__ import annotations

from pathlib import Path

import pytest

from seeder.options import RunOptions
from tests.integration.helpers import seed
from tests.support.db import connect, load_sql

pytestmark = pytest.mark.mysql

SCHEMA = """
CREATE TABLE accounts (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(40) NOT NULL,
                       balance DECIMAL(12,2) NOT NULL);
CREATE TABLE notes (id INT AUTO_INCREMENT PRIMARY KEY, account_id INT NOT NULL, body VARCHAR(100) NOT NULL,
                    FOREIGN KEY (account_id) REFERENCES accounts(id));
CREATE TABLE entries (id INT AUTO_INCREMENT PRIMARY KEY, account_id INT NOT NULL, note_id INT NOT NULL,
                      amount DECIMAL(10,2) NOT NULL, FOREIGN KEY (account_id) REFERENCES accounts(id),
                      FOREIGN KEY (note_id) REFERENCES notes(id));
"""
RULES = '''
from decimal import Decimal

from seeder.ruleset import Parameters, Rollup, TableRule, param


class BookParameters(Parameters):
    defaults = {"accounts": 20, "notes": 10}


class Accounts(TableRule):
    """balance: the sum of the account's entries (generated after the notes, which reference accounts)."""

    table = "accounts"
    rows = param("accounts")
    balance = Decimal(0)
    rollups = [Rollup.sum("balance", child="entries", via="account_id", of="amount")]


class Notes(TableRule):
    table = "notes"
    rows = param("notes")


class Entries(TableRule):
    table = "entries"
    rows = param("accounts") * 3
'''


@pytest.fixture
def books(fresh_db: str, tmp_path: Path) -> tuple[str, str]:
    load_sql(fresh_db, SCHEMA)
    (tmp_path / "books.py").write_text(RULES)
    return fresh_db, str(tmp_path)


def _wrong_balances(url: str) -> int:
    with connect(url) as conn, conn.cursor() as cur:
        cur.execute("SELECT COUNT(*) FROM accounts a LEFT JOIN (SELECT account_id, SUM(amount) s FROM entries "
                    "GROUP BY account_id) e ON e.account_id = a.id WHERE a.balance <> COALESCE(e.s, 0)")
        return cur.fetchone()[0]


def test_a_parent_waits_for_its_rollups_with_the_smaller_table_referencing_it(books: tuple[str, str]) -> None:
    url, rules = books
    _, result, report = seed(url, RunOptions(rules_dir=rules))
    assert report.ok, report.findings
    assert result.updated == 0                 # 20 accounts inserted once, after the 10 notes waited
    assert _wrong_balances(url) == 0
    assert {t.table: t.written for t in result.tables} == {"accounts": 20, "notes": 10, "entries": 60}


def test_a_parent_outgrown_by_the_table_referencing_it_is_written_early_then_updated(books: tuple[str, str]) -> None:
    url, rules = books
    _, result, report = seed(url, RunOptions(rules_dir=rules, params=(("notes", "30"),)))
    assert report.ok, report.findings
    assert result.updated == 20                # 30 notes would have waited behind 20 accounts: UPDATEd
    assert _wrong_balances(url) == 0
