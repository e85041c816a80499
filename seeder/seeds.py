"""Deterministic seeds: every table and column draws from its own stream derived from the run seed."""

from __future__ import annotations

import hashlib
import random


def derive_seed(seed: int, *parts: str) -> int:
    """A 64-bit seed from the run seed and names; stable across processes and Python versions."""
    text = "\x1f".join([str(seed), *parts]).encode()
    return int.from_bytes(hashlib.sha256(text).digest()[:8], "big")


def stream(seed: int, *parts: str) -> random.Random:
    return random.Random(derive_seed(seed, *parts))
