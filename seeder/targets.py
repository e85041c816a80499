"""Resolve where a command writes (--url or --target) and the options a target brings."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from seeder.config import Target, load_target_config
from seeder.errors import UsageError
from seeder.ledger import DEFAULT_LEDGER
from seeder.options import RunOptions


def resolve_target(url: str | None, target: str | None, config: Path | None) -> Target:
    """Exactly one of --url and --target."""
    if bool(url) == bool(target):
        raise UsageError("give exactly one of --url URL and --target NAME (a [targets.NAME] of seeder.toml)")
    if url:
        return Target(name="url", url=url)
    assert target is not None
    return load_target_config(target, config)


def merge_options(target: Target, options: RunOptions, seed: int | None, profile: str | None,
                  rules: str | None) -> RunOptions:
    """Command-line values win; then the target's; then the defaults."""
    return replace(options,
                   seed=seed if seed is not None else (target.seed if target.seed is not None else options.seed),
                   profile=profile or target.profile or options.profile,
                   rules_dir=rules or target.rules or options.rules_dir)


def ledger_name(target: Target, given: str | None) -> str:
    return given or target.ledger or DEFAULT_LEDGER
