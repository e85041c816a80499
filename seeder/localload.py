"""LOAD DATA LOCAL INFILE from memory, and only of what the seeder itself offers.

With LOCAL, the server names a file and the client sends it. PyMySQL's own handler opens whatever file the
server names, so a hostile server could read any file the seeder's user can. `LoadConnection` answers a
request only with the bytes `load()` was given for that statement, under a name made for it; it refuses
any other name (sending nothing, so the statement fails), and never touches the file system. The bytes go
out in frames of up to FRAME bytes, one `sendall` for the whole batch.

This hooks two PyMySQL internals (`Connection._read_query_result`, `MySQLResult._read_load_local_packet`,
stable since 1.0); `available()` says whether they are there, and the writer falls back to INSERTs when
they are not. The integration tests load through it on a real server.
"""

from __future__ import annotations

import secrets
import struct
from collections.abc import Callable
from typing import Any

import pymysql
from pymysql import connections, err
from pymysql.protocol import LoadLocalPacketWrapper

FRAME = 1 << 20   # bytes per packet: under every server's max_allowed_packet (>= 1 MiB by default)


def available() -> bool:
    """Whether this PyMySQL has the internals LoadConnection hooks."""
    return hasattr(connections.Connection, "_read_query_result") and \
        hasattr(connections.MySQLResult, "_read_load_local_packet")


class _Result(connections.MySQLResult):
    def _read_load_local_packet(self, first_packet: Any) -> None:
        conn: LoadConnection = self.connection
        asked = LoadLocalPacketWrapper(first_packet).filename.decode("utf-8", "replace")
        name, data = conn.offered or ("", b"")
        conn.offered = None
        if asked != name:   # not the statement we sent: nothing, and the statement fails below
            data = b""
        conn.send_frames(data)
        ok_packet = conn._read_packet()
        if not ok_packet.is_ok_packet():
            raise err.OperationalError(2014, "Commands out of sync after LOAD DATA LOCAL INFILE")
        self._read_ok_packet(ok_packet)
        if asked != name:
            raise err.OperationalError(2068, f"LOAD DATA LOCAL INFILE: the server asked for {asked!r}, which "
                                             "the seeder did not offer; nothing was sent")


class LoadConnection(pymysql.connections.Connection):
    """A PyMySQL connection whose LOAD DATA LOCAL INFILE reads from memory: see the module docstring."""

    offered: tuple[str, bytes] | None = None

    def load(self, cursor: Any, statement: Callable[[str], str], data: bytes) -> int:
        """Run statement(file), a LOAD DATA LOCAL INFILE of the SQL string literal `file`, with data as the
        file's content; return the rows the server reports."""
        name = f"seeder-{secrets.token_hex(8)}.csv"
        self.offered = (name, data)
        try:
            return cursor.execute(statement(f"'{name}'"))
        finally:
            self.offered = None

    def send_frames(self, data: bytes) -> None:
        """data as LOCAL INFILE packets, then the empty packet that ends the file: one sendall."""
        frames = []
        view = memoryview(data)
        for start in range(0, len(data), FRAME):
            chunk = view[start:start + FRAME]
            frames += [struct.pack("<I", len(chunk))[:3], bytes((self._next_seq_id,)), chunk]
            self._next_seq_id = (self._next_seq_id + 1) % 256
        frames += [b"\0\0\0", bytes((self._next_seq_id,))]
        self._next_seq_id = (self._next_seq_id + 1) % 256
        self._write_bytes(b"".join(frames))

    def _read_query_result(self, unbuffered: bool = False) -> int:
        if unbuffered:   # the seeder never streams results; keep PyMySQL's own path for it
            return super()._read_query_result(unbuffered=True)
        self._result = None
        result = _Result(self)
        result.read()
        self._result = result
        if result.server_status is not None:
            self.server_status = result.server_status
        return result.affected_rows
