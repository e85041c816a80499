"""Targets from seeder.toml: where to write, with what, and whether it is production.

    [targets.prod]
    url_env = "PROD_DATABASE_URL"   # the name of the variable holding the URL (or: url = "...")
    production = true
    profile = "default"             # optional: profile, rules, seed, keep_existing, ledger
    rules = "rules/terp"
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from seeder.errors import UsageError

KNOWN = {"url", "url_env", "production", "profile", "rules", "seed", "keep_existing", "ledger"}


@dataclass(frozen=True)
class Target:
    """One named target of seeder.toml (or an ad-hoc --url)."""

    name: str
    url: str
    production: bool = False
    profile: str | None = None
    rules: str | None = None
    seed: int | None = None
    keep_existing: bool = False
    ledger: str | None = None


def load_target_config(name: str, config: Path | None = None) -> Target:
    """Read target `name` from seeder.toml (or the given path); the URL comes from url or url_env."""
    path = config or Path("seeder.toml")
    if not path.is_file():
        raise UsageError(f"--target {name}: no {path} here; create it with a [targets.{name}] table "
                         "or pass --config PATH")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"{path} is not valid TOML: {exc}") from None
    targets: dict[str, Any] = data.get("targets", {})
    if name not in targets:
        known = ", ".join(sorted(targets)) or "none"
        raise UsageError(f"{path} has no [targets.{name}] (targets: {known})")
    raw = targets[name]
    unknown = set(raw) - KNOWN
    if unknown:
        raise UsageError(f"{path}: [targets.{name}] has unknown keys {sorted(unknown)}; known: {sorted(KNOWN)}")
    return Target(name=name, url=_url(name, raw, path), production=bool(raw.get("production", False)),
                  profile=raw.get("profile"), rules=raw.get("rules"), seed=raw.get("seed"),
                  keep_existing=bool(raw.get("keep_existing", False)), ledger=raw.get("ledger"))


def _url(name: str, raw: dict[str, Any], path: Path) -> str:
    if "url" in raw and "url_env" in raw:
        raise UsageError(f"{path}: [targets.{name}] sets both url and url_env; keep one")
    if "url" in raw:
        return str(raw["url"])
    env = raw.get("url_env")
    if not env:
        raise UsageError(f"{path}: [targets.{name}] needs url_env = \"VARIABLE\" (or url = \"...\")")
    value = os.environ.get(env)
    if not value:
        raise UsageError(f"target {name}: the environment variable {env} is not set; export {env}=<URL>")
    return value
