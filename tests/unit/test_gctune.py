"""Collection thresholds are raised for a run and come back after it, even when the run fails."""

from __future__ import annotations

import gc

import pytest

from seeder.gctune import THRESHOLDS, fewer_collections


def test_thresholds_are_raised_inside_and_restored_after_even_on_failure() -> None:
    before = gc.get_threshold()
    with fewer_collections():
        assert gc.get_threshold() == THRESHOLDS and gc.isenabled()
    assert gc.get_threshold() == before
    with pytest.raises(RuntimeError), fewer_collections():
        raise RuntimeError("the run failed")
    assert gc.get_threshold() == before
