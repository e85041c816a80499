"""Test helpers importable as tests.support (plain functions, no fixtures)."""
