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


def test_verify_counts_polymorphic_orphans_per_type_and_not_unset_ids(fresh_db: str) -> None:
    from seeder.options import RunOptions
    from seeder.pipeline import load_target, run_verify

    load_sql(fresh_db, "CREATE TABLE posts (id INT PRIMARY KEY); CREATE TABLE photos (id INT PRIMARY KEY);"
                       "CREATE TABLE comments (id INT PRIMARY KEY, commentable_type ENUM('post', 'photo') NOT NULL, "
                       "commentable_id INT NULL);"
                       "INSERT INTO posts VALUES (1); INSERT INTO photos VALUES (1), (2);"
                       "INSERT INTO comments VALUES (1, 'post', 1), (2, 'photo', 2), (3, 'post', 99), (4, 'photo', 1), "
                       "(5, 'post', NULL), (6, 'post', 2), (7, 'photo', 3);")
    loaded = load_target(fresh_db, RunOptions())
    try:
        report = run_verify(loaded, RunOptions().threshold)
    finally:
        loaded.engine.dispose()
    found = {(f.check, f.object): f.count for f in report.findings}
    assert found == {("polymorphic_orphans", "comments(commentable_type='post')"): 2,    # 99 and 2
                     ("polymorphic_orphans", "comments(commentable_type='photo')"): 1}   # 3
