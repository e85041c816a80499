"""Key values of the rows each table received, for children to pick from."""

from __future__ import annotations

from collections import defaultdict


class KeyPool:
    """Per (table, columns): the key tuples that exist (inserted, or chosen before insert)."""

    def __init__(self) -> None:
        self._keys: dict[tuple[str, tuple[str, ...]], list[tuple[object, ...]]] = defaultdict(list)

    def add(self, table: str, columns: tuple[str, ...], values: list[tuple[object, ...]]) -> None:
        self._keys[(table, columns)].extend(values)

    def set(self, table: str, columns: tuple[str, ...], values: list[tuple[object, ...]]) -> None:
        self._keys[(table, columns)] = list(values)

    def get(self, table: str, columns: tuple[str, ...]) -> list[tuple[object, ...]]:
        return self._keys.get((table, columns), [])
