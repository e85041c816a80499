"""A throwaway MySQL/MariaDB server for tests: SEEDER_TEST_DATABASE_URL's ("env"; no fallback if it fails),
else MySQL 8.0 via testcontainers if Docker answers, else a private mariadbd/mysqld in a temp directory."""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Self

import pymysql
import structlog
from sqlalchemy.engine import URL, make_url

from seeder.errors import ConnectionFailed, SeederError

ENV_VAR = "SEEDER_TEST_DATABASE_URL"
KINDS = ("env", "testcontainers", "private-mariadbd")
_SBIN = ("/usr/sbin", "/usr/local/sbin", "/usr/bin", "/usr/local/bin", "/usr/local/mysql/bin")
# fast start, no binlog, room for big batches; sql_mode stays the server default. The buffer pool and redo
# log hold a 10x TERP seed (226 MiB of pages in one transaction) without flushing to make room: with 256M
# and 32M the server spent 12.2 s of CPU on it (bench --scale 10, one run), with 1G and 512M 10.6 s (median
# of 3); the floor's LOAD DATA took as long either way
_SERVER_OPTIONS = (
    "--bind-address=127.0.0.1", "--skip-log-bin", "--skip-name-resolve", "--innodb-buffer-pool-size=1G",
    "--innodb-flush-log-at-trx-commit=2", "--max-allowed-packet=64M", "--local-infile=1",
    "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci", "--innodb-log-file-size=512M",
)


def _log(event: str, **fields: object) -> None:
    """Log via the global structlog set-up if there is one (the CLI's writes to stderr), else to stderr."""
    logger = structlog.get_logger()
    if not structlog.is_configured():
        logger = structlog.wrap_logger(structlog.PrintLogger(sys.stderr))
    logger.info(event, **fields)


class _Unavailable(Exception):
    """This way of getting a server does not apply or did not work; try the next one."""


def _server_url(url: URL | str) -> URL:
    """``url`` reduced to the server: pymysql driver, credentials, host and port; no database or options."""
    url = make_url(url)
    return URL.create("mysql+pymysql", url.username, url.password, url.host, url.port)


def _run(url: URL, sql: str) -> None:
    """Run one statement on the server of ``url`` (no database selected, autocommit)."""
    with pymysql.connect(host=url.host or "127.0.0.1", port=url.port or 3306, user=url.username or "root",
                         password=url.password or "", connect_timeout=5, autocommit=True) as conn:
        conn.cursor().execute(sql)


class ThrowawayServer:
    """A server the tests may freely create and drop databases on; a context manager."""

    def __init__(self, url: URL | str, kind: str, stop: Callable[[], None] | None = None,
                 pid: int | None = None) -> None:
        self._url, self.kind, self._stop, self._closed = _server_url(url), kind, stop, False
        self.pid = pid   # the server's process, where it runs on this machine under our control
        self.base_url = self._url.render_as_string(hide_password=False)
        self._created: list[str] = []
        atexit.register(self.close)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def create_database(self, name: str | None = None) -> str:
        """Create an empty utf8mb4 database (a unique ``seeder_test_`` name if none given); return its URL."""
        name = name or f"seeder_test_{secrets.token_hex(6)}"
        _run(self._url, f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci")
        self._created.append(name)
        return self._url.set(database=name).render_as_string(hide_password=False)

    def drop_database(self, name: str) -> None:
        """Drop database ``name`` if it exists."""
        _run(self._url, f"DROP DATABASE IF EXISTS `{name}`")
        self._created = [n for n in self._created if n != name]

    def close(self) -> None:
        """Stop the server if this object started it, else drop the databases created here. Idempotent."""
        if self._closed:
            return
        self._closed = True
        atexit.unregister(self.close)
        if self._stop is not None:
            return self._stop()
        for name in list(self._created):
            self.drop_database(name)


def _from_env() -> ThrowawayServer:
    """The server named by SEEDER_TEST_DATABASE_URL; ConnectionFailed if it does not answer."""
    if not os.environ.get(ENV_VAR):
        raise _Unavailable(f"no {ENV_VAR}")
    url = _server_url(os.environ[ENV_VAR])
    try:
        _run(url, "SELECT 1")
    except pymysql.MySQLError as exc:
        shown = url.render_as_string(hide_password=True)
        raise ConnectionFailed(f"{ENV_VAR} server {shown} does not answer: {exc}") from exc
    return ThrowawayServer(url, "env")


def _from_testcontainers() -> ThrowawayServer:
    """MySQL 8.0 in Docker; _Unavailable unless a Docker engine answers within a few seconds."""
    try:
        import docker
        docker.from_env(timeout=3).ping()
    except Exception as exc:  # any failure means "no engine"
        raise _Unavailable(f"no Docker engine ({type(exc).__name__}: {str(exc)[:160]})") from exc
    try:
        from testcontainers.community.mysql import MySqlContainer
    except ImportError:  # testcontainers before the "community" package layout
        from testcontainers.mysql import MySqlContainer
    container = MySqlContainer("mysql:8.0", dialect="pymysql", username="root", password=secrets.token_hex(8))
    container.with_command("--default-authentication-plugin=mysql_native_password --skip-log-bin "
                           "--character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci")
    try:
        container.start()
    except Exception as exc:
        with contextlib.suppress(Exception):
            container.stop()
        raise _Unavailable(f"testcontainers failed: {exc}") from exc
    return ThrowawayServer(container.get_connection_url(), "testcontainers", container.stop)


def _find(*names: str) -> str | None:
    """First of ``names`` on PATH or in the usual sbin/bin directories."""
    found = (shutil.which(n) or shutil.which(n, path=os.pathsep.join(_SBIN)) for n in names)
    return next((f for f in found if f), None)


class _PrivateServer:
    """A mariadbd/mysqld process of our own, with data, socket and logs in a temporary directory."""

    def __init__(self, binary: str) -> None:
        self.binary, self.name = binary, Path(binary).name
        version = subprocess.run([binary, "--version"], check=False, capture_output=True, text=True)
        self.version = version.stdout.strip()
        self.mariadb = "mariadb" in self.version.lower()
        shm = Path("/dev/shm")  # a RAM disk makes DDL ~5x faster; /tmp keeps the socket path short
        scratch = shm if os.access(shm, os.W_OK) and shutil.disk_usage(shm).free >= 2**30 else Path("/tmp")
        self.tmp = Path(tempfile.mkdtemp(prefix="seeder-db-", dir=scratch))
        self.data, self.sock, self.errlog = self.tmp / "data", self.tmp / "mysqld.sock", self.tmp / "err.log"
        self.proc: subprocess.Popen[bytes] | None = None
        self.port, self.password = 0, ""

    def start(self, timeout: float) -> None:
        """Initialise the data directory, start on a free port, wait until it answers, set root's password."""
        as_root = ["--user=root"] if os.geteuid() == 0 else []
        installer = _find("mariadb-install-db", "mysql_install_db") if self.mariadb else None
        init = [self.binary, "--initialize-insecure"] if not installer else [
            installer, "--auth-root-authentication-method=normal", "--skip-test-db", "--skip-name-resolve"]
        init[1:1] = ["--no-defaults", f"--datadir={self.data}", "--innodb-log-file-size=32M", *as_root]
        done = subprocess.run(init, check=False, stdin=subprocess.DEVNULL, capture_output=True, text=True)
        if done.returncode != 0:
            raise _Unavailable(f"{Path(init[0]).name} failed: {(done.stdout + done.stderr)[-600:]}")
        with socket.socket() as s:  # a free port; the tiny race with other processes is accepted
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        # PR_SET_PDEATHSIG: the server gets SIGTERM if the test process dies without stopping it
        on_fork = (lambda: ctypes.CDLL(None).prctl(1, signal.SIGTERM)) if sys.platform == "linux" else None
        self.proc = subprocess.Popen(
            [self.binary, "--no-defaults", f"--datadir={self.data}", f"--socket={self.sock}",
             f"--port={self.port}", f"--pid-file={self.tmp / 'mysqld.pid'}", f"--log-error={self.errlog}",
             f"--tmpdir={self.tmp}", *as_root, *_SERVER_OPTIONS],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=on_fork)  # noqa: PLW1509 - it only calls prctl
        deadline = time.monotonic() + timeout
        while self.proc.poll() is None and time.monotonic() < deadline:
            try:
                conn = pymysql.connect(unix_socket=str(self.sock), user="root", password="", autocommit=True)
                break
            except pymysql.MySQLError:
                time.sleep(0.1)
        else:
            code = self.proc.poll()
            state = f"did not answer within {timeout:.0f} s" if code is None else f"exited with code {code}"
            log_lines = self.errlog.read_text(errors="replace").splitlines() if self.errlog.exists() else []
            raise _Unavailable(f"{self.name} {state}; its error log ends: " + " | ".join(log_lines[-8:]))
        self.password = secrets.token_hex(8) if self.mariadb else ""  # MySQL 8: "" avoids the RSA exchange
        with conn, conn.cursor() as cur:  # root@127.0.0.1 is the account TCP logins use
            for host in ("127.0.0.1", "localhost"):
                cur.execute(f"CREATE USER IF NOT EXISTS 'root'@'{host}'")
                cur.execute(f"ALTER USER 'root'@'{host}' IDENTIFIED BY %s", (self.password,))
                cur.execute(f"GRANT ALL PRIVILEGES ON *.* TO 'root'@'{host}' WITH GRANT OPTION")

    def stop(self) -> None:
        """SHUTDOWN cleanly (terminate, then kill, as fallbacks) and delete the temporary directory."""
        if self.proc is not None and self.proc.poll() is None:
            try:
                with pymysql.connect(unix_socket=str(self.sock), user="root", password=self.password) as conn:
                    conn.cursor().execute("SHUTDOWN")
            except pymysql.MySQLError:
                self.proc.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.proc.wait(timeout=30)
            self.proc.kill()  # a no-op once it has exited
            self.proc.wait()
        shutil.rmtree(self.tmp, ignore_errors=True)


def _from_private_server(timeout: float = 60.0) -> ThrowawayServer:
    """A private mariadbd/mysqld in a fresh temporary directory; stopped and deleted on close."""
    binary = _find("mariadbd", "mysqld")
    if binary is None:
        raise _Unavailable("no mariadbd or mysqld on PATH or in " + ", ".join(_SBIN))
    started, server = time.monotonic(), _PrivateServer(binary)
    try:
        server.start(timeout)
    except BaseException as exc:
        server.stop()
        if isinstance(exc, pymysql.MySQLError):
            raise _Unavailable(f"{server.name} setup failed: {exc}") from exc
        raise
    _log("sandbox.private_server_started", binary=binary, version=server.version, port=server.port,
         datadir=str(server.data), seconds=round(time.monotonic() - started, 2))
    url = URL.create("mysql+pymysql", "root", server.password, "127.0.0.1", server.port)
    return ThrowawayServer(url, "private-mariadbd", server.stop, pid=server.proc.pid if server.proc else None)


def start_throwaway_server(prefer: str | None = None) -> ThrowawayServer:
    """Start (or borrow) a server, trying ``prefer`` (one of KINDS) first; SeederError if none works."""
    if prefer is not None and prefer not in KINDS:
        raise SeederError(f"unknown server kind {prefer!r}; choose one of {', '.join(KINDS)}")
    starters = {"env": _from_env, "testcontainers": _from_testcontainers,
                "private-mariadbd": _from_private_server}
    failures: list[str] = []
    for kind in sorted(KINDS, key=lambda k: k != prefer):
        try:
            server = starters[kind]()
        except _Unavailable as exc:
            _log("sandbox.unavailable", kind=kind, reason=str(exc))
            failures.append(str(exc))
            continue
        _log("sandbox.server_ready", kind=kind, url=server._url.render_as_string(hide_password=True))
        return server
    raise SeederError("no throwaway MySQL/MariaDB server could be started: " + "; ".join(failures))
