"""The steps every command shares: connect, reflect, infer references, load rules, plan."""

from __future__ import annotations

from dataclasses import dataclass

import structlog
from sqlalchemy.engine import URL, Engine

from introspect.graph import Reference, SchemaGraph
from introspect.references import infer_references
from introspect.reflect import reflect_schema
from seeder.database import open_engine, parse_url
from seeder.errors import SchemaError
from seeder.ledger import DEFAULT_LEDGER, Ledger
from seeder.options import RunOptions
from seeder.plan import Plan, build_plan, used_polymorphic, used_references
from seeder.ruleset import RuleSet, load_rules
from seeder.state import read_state
from seeder.verify import VerifyReport, verify

log = structlog.get_logger()


@dataclass(frozen=True)
class Loaded:
    """A connected target with its schema graph and rules."""

    url: URL
    engine: Engine
    graph: SchemaGraph
    rules: RuleSet
    ledger: Ledger


def load_target(url_text: str, options: RunOptions, ledger: str = DEFAULT_LEDGER) -> Loaded:
    url = parse_url(url_text)
    engine = open_engine(url)
    graph = infer_references(reflect_schema(engine, exclude=Ledger(ledger).tables))
    if not graph.tables:
        raise SchemaError(f"database {graph.database!r} has no tables; create the schema first "
                          "(for example from generated/NAME/schema.sql)")
    log.info("schema_reflected", database=graph.database, tables=len(graph.tables),
             declared=len(graph.declared), inferred=len(graph.inferred), polymorphic=len(graph.polymorphic))
    return Loaded(url=url, engine=engine, graph=graph, rules=load_rules(options.rules_dir, graph),
                  ledger=Ledger(ledger))


def make_plan(loaded: Loaded, options: RunOptions) -> Plan:
    raw = loaded.engine.raw_connection()
    try:
        with raw.cursor() as cur:
            state = read_state(cur, loaded.graph, loaded.ledger)
    finally:
        raw.close()
    return build_plan(loaded.graph, options, loaded.rules, state)


def checked_references(loaded: Loaded, threshold: float) -> tuple[tuple[Reference, ...], tuple]:
    """References verify checks: declared, rule and used inferred ones, and the used polymorphic pairs."""
    return (used_references(loaded.graph, loaded.rules, threshold),
            used_polymorphic(loaded.graph, loaded.rules))


def run_verify(loaded: Loaded, threshold: float) -> VerifyReport:
    """Every check of `seeder verify`, the rule files' invariants included."""
    refs, polys = checked_references(loaded, threshold)
    return verify(loaded.engine, loaded.graph, refs, polys, loaded.rules.invariants())
