"""Open a target database from a SQLAlchemy URL, with errors that say what to fix."""

from __future__ import annotations

import pymysql
import sqlalchemy as sa
from sqlalchemy.engine import URL, Engine

from seeder.errors import ConnectionFailed, UsageError

_ACCESS_DENIED = 1045
_UNKNOWN_DB = 1049


def parse_url(text: str) -> URL:
    try:
        url = sa.engine.make_url(text)
    except sa.exc.ArgumentError as exc:
        raise UsageError(f"--url {text!r} is not a SQLAlchemy URL; expected "
                         "mysql+pymysql://user:password@host:port/database") from exc
    if not url.drivername.startswith(("mysql", "mariadb")):
        raise UsageError(f"--url uses {url.drivername!r}; seeder writes MySQL or MariaDB: "
                         "mysql+pymysql://user:password@host:port/database")
    if not url.database:
        raise UsageError(f"--url {shown(url)} names no database; add /DATABASE at the end")
    return url.set(drivername="mysql+pymysql")


def shown(url: URL) -> str:
    """The URL as it may be printed: never with its password."""
    return url.render_as_string(hide_password=True)


def open_engine(url: URL) -> Engine:
    """An engine whose first connection has been tried, so failures surface here, named."""
    engine = sa.create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 10})
    try:
        with engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))
    except sa.exc.OperationalError as exc:
        engine.dispose()
        raise ConnectionFailed(_explain(url, exc.orig)) from None
    return engine


def _explain(url: URL, exc: BaseException | None) -> str:
    code = exc.args[0] if isinstance(exc, pymysql.err.MySQLError) and exc.args else None
    where = f"{url.host or '127.0.0.1'}:{url.port or 3306}"
    if code == _ACCESS_DENIED:
        return f"access denied for user {url.username!r} at {where}; check the user and password in --url"
    if code == _UNKNOWN_DB:
        return (f"database {url.database!r} does not exist on {where}; create it "
                f"(CREATE DATABASE `{url.database}`) or fix the name in --url")
    detail = exc.args[-1] if exc is not None and exc.args else str(exc)
    return f"cannot reach the server at {where} ({detail}); check the host and port in --url"


DENIED = {1044, 1142, 1143, 1227}
TOO_LARGE = {1197, 3100}   # max_binlog_cache_size; group replication's transaction size limit


def explain_denied(url: URL, exc: BaseException) -> str | None:
    """A missing privilege, said with the GRANT that fixes it; None for other errors."""
    code = exc.args[0] if isinstance(exc, pymysql.err.MySQLError) and exc.args else None
    if code in TOO_LARGE:
        return (f"the server refused a transaction this large ({exc.args[-1]}); nothing was kept. Seed in "
                "smaller steps (--rows or a lighter --profile, then re-run: each run adds what is missing) "
                "or raise the server's limit")
    if code not in DENIED:
        return None
    return (f"user {url.username!r} lacks a right the run needs ({exc.args[-1]}); nothing was written. "
            f"Grant it: GRANT SELECT, INSERT, UPDATE, DELETE, CREATE ON `{url.database}`.* TO "
            f"'{url.username}'@'%'")
