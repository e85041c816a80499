"""Run options shared by plan, apply and verify: one frozen object instead of many arguments."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

DEFAULT_WINDOW_DAYS = 730


@dataclass(frozen=True)
class RunOptions:
    """What to generate: seed, profile, overrides and the history window."""

    seed: int = 42
    profile: str = "default"
    rows: tuple[tuple[str, int], ...] = ()        # --rows TABLE=N overrides, in the order given
    rules_dir: str | None = None
    start: datetime | None = None                 # history window; None -> end - DEFAULT_WINDOW_DAYS
    end: datetime | None = None                   # None -> today at midnight (UTC)
    threshold: float = 0.7                        # inferred references at or above are used
    batch_size: int = 10_000                      # rows per LOAD DATA unit (INSERTs: ~1 MB statements within
                                                  # it); 10x TERP: writer 11.8 -> 10.3 s, wall -0.5 s vs 2,000
    params: tuple[tuple[str, str], ...] = ()      # --param NAME=VALUE overrides of the rules' Parameters
    extra: tuple[tuple[str, str], ...] = field(default=())

    def window(self, today: date | None = None, months: int | None = None) -> tuple[datetime, datetime]:
        """(start, end): end defaults to today; start to `months` calendar months before the end when
        given (a rule pack's window_months), else DEFAULT_WINDOW_DAYS before it."""
        end = self.end or datetime.combine(today or date.today(), time(0, 0))
        if self.start:
            return self.start, end
        return (months_before(end, months) if months else end - timedelta(days=DEFAULT_WINDOW_DAYS)), end

    @property
    def row_overrides(self) -> dict[str, int]:
        return dict(self.rows)


def months_before(moment: datetime, months: int) -> datetime:
    """The same day `months` calendar months earlier (the month's last day where it is shorter)."""
    index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(index, 12)
    for day in range(moment.day, 27, -1):
        try:
            return moment.replace(year=year, month=month + 1, day=day)
        except ValueError:
            continue
    return moment.replace(year=year, month=month + 1, day=min(moment.day, 28))


def parse_params(items: list[str]) -> tuple[tuple[str, str], ...]:
    """Parse ["margin=0.3", "orders=4400"]; raise ValueError naming the bad item."""
    out = []
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise ValueError(f"--param {item!r}: expected NAME=VALUE, e.g. --param orders=4400")
        out.append((name.strip(), value.strip()))
    return tuple(out)


def parse_rows(items: list[str]) -> tuple[tuple[str, int], ...]:
    """Parse ["orders=50", "users=3"]; raise ValueError naming the bad item."""
    out = []
    for item in items:
        name, sep, count = item.partition("=")
        if not sep or not name or not count.strip().isdigit():
            raise ValueError(f"--rows {item!r}: expected TABLE=N with N a whole number, e.g. --rows orders=50")
        out.append((name.strip(), int(count)))
    return tuple(out)
