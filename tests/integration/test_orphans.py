"""orphan_sql, the anti-join behind apply's and verify's orphan checks: rows whose reference columns are
all set and match no parent row; a row with any of them NULL references nothing."""

from __future__ import annotations

import pytest

from introspect.graph import Reference
from seeder.verify import orphan_sql
from tests.support.db import connect, load_sql

pytestmark = pytest.mark.mysql

SCHEMA = ("CREATE TABLE p (id INT PRIMARY KEY, a INT, b VARCHAR(5), UNIQUE KEY ab (a, b));"
          "CREATE TABLE `c``x` (id INT PRIMARY KEY, pid INT NULL, x INT NULL, y VARCHAR(5) NULL);"
          "INSERT INTO p VALUES (1, 1, 'a'), (2, 2, NULL);"
          "INSERT INTO `c``x` VALUES (1, 1, 1, 'a'), (2, 7, 1, 'b'), (3, NULL, NULL, 'a'), (4, 2, 2, NULL), "
          "(5, 8, 3, 'a'), (6, 7, 2, 'x'), (7, 1, 9, NULL);")


def rows(url: str, sql: str) -> list[tuple]:
    with connect(url) as conn, conn.cursor() as cur:
        cur.execute(sql)
        return list(cur.fetchall())


def test_counts_and_lists_the_rows_that_match_no_parent(fresh_db: str) -> None:
    load_sql(fresh_db, SCHEMA)
    single = Reference("c`x", ("pid",), "p", ("id",), kind="inferred")
    assert rows(fresh_db, orphan_sql(single, count=True)) == [(3,)]   # 7, 8, 7; NULL and 1, 2 are fine
    assert sorted(rows(fresh_db, orphan_sql(single))) == [(7,), (7,), (8,)]
    assert rows(fresh_db, orphan_sql(single, limit=1)) in ([(7,)], [(8,)])


def test_a_composite_reference_counts_only_rows_with_every_column_set(fresh_db: str) -> None:
    load_sql(fresh_db, SCHEMA)
    pair = Reference("c`x", ("x", "y"), "p", ("a", "b"), kind="rule")
    # (1,'a') matches; (1,'b'), (3,'a'), (2,'x') do not; rows with x or y NULL reference nothing, and
    # (2, NULL) in p matches no row: NULL equals nothing
    assert rows(fresh_db, orphan_sql(pair, count=True)) == [(3,)]
    assert sorted(rows(fresh_db, orphan_sql(pair))) == [(1, "b"), (2, "x"), (3, "a")]
