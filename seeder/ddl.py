"""Run SQL scripts (a schema's DDL) statement by statement, so that a failure names the statement."""

from __future__ import annotations

from collections.abc import Iterator

import pymysql
from sqlalchemy.engine import make_url

from seeder.errors import SchemaError


def connect(url: str) -> pymysql.connections.Connection:
    """An autocommit PyMySQL connection for a SQLAlchemy-style ``mysql+pymysql://`` URL."""
    u = make_url(url)
    return pymysql.connect(host=u.host or "127.0.0.1", port=u.port or 3306, user=u.username or "root",
                           password=u.password or "", database=u.database, charset="utf8mb4",
                           autocommit=True)


def split_sql(script: str) -> Iterator[str]:
    """Split a script into statements on ``;`` outside quotes, backticks and comments.

    Handles '...', "..." (with backslash escapes and doubled quotes), `...`, ``-- ``/``#`` line comments and
    ``/* */`` comments. Comments before a statement and comment-only pieces are dropped; ``/*! ... */``
    version comments count as code.
    DELIMITER lines (stored routines) are not supported.
    """
    start, i, n, code = 0, 0, len(script), False
    while i < n:
        c = script[i]
        if c in "'\"`":
            i += 1
            while i < n and script[i] != c:
                i += 2 if script[i] == "\\" and c != "`" else 1
            code = True
        elif c == "#" or (script.startswith("--", i) and (i + 2 >= n or script[i + 2] in " \t\r\n")):
            end = script.find("\n", i)
            i = n - 1 if end < 0 else end
            start = start if code else i + 1  # leading comments are not part of the statement
        elif script.startswith("/*", i):
            executable = script.startswith("/*!", i)
            end = script.find("*/", i + 2)
            i = n - 1 if end < 0 else end + 1
            start = start if code or executable else i + 1
            code = code or executable
        elif c == ";":
            if code:
                yield script[start:i].strip()
            start, code = i + 1, False
        elif not c.isspace():
            code = True
        i += 1
    if code:
        yield script[start:].strip()


def load_sql(url: str, sql: str) -> int:
    """Execute a multi-statement script (for example the TERP schema) in the database of ``url``.

    Statements run one at a time so that a failure names the statement; returns how many ran.
    """
    count = 0
    with connect(url) as conn, conn.cursor() as cur:
        for count, statement in enumerate(split_sql(sql), start=1):
            try:
                cur.execute(statement)
            except pymysql.MySQLError as exc:
                raise SchemaError(f"statement {count} of the script failed: {exc.args[-1]}: "
                                  f"{statement[:300]}") from exc
    return count
