"""Load rule files from a directory and check them against the live schema."""

from __future__ import annotations

import difflib
import importlib.util
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from introspect.graph import Polymorphic, Reference, SchemaGraph
from seeder.errors import RuleError
from seeder.infer import GeneratorSpec
from seeder.ruleset.api import Derived, Invariant, Param, Parameters, Rollup, TableRule, Use

DERIVED_KEY = "rule.derived"
from seeder.values import GENERATOR_KEYS


@dataclass(frozen=True)
class LoadedRule:
    """One TableRule class with the file it came from."""

    rule: type[TableRule]
    path: str


@dataclass(frozen=True)
class RuleSet:
    """All rules of a run, checked against the schema. Empty when no --rules is given."""

    rules: tuple[LoadedRule, ...] = ()
    parameters: type[Parameters] | None = None
    _specs: dict[tuple[str, str], GeneratorSpec] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        for loaded in self.rules:
            for col, value in loaded.rule.column_rules().items():
                self._specs[(loaded.rule.table, col)] = _spec(value, loaded, col)

    def rows(self, params: dict[str, Any] | None = None) -> dict[str, int]:
        """Rows per table the rules ask for; Param rows resolved with the run's parameters."""
        params = params if params is not None else self.params(None, ())
        return {r.rule.table: r.rule.rows.resolve(params) if isinstance(r.rule.rows, Param) else r.rule.rows
                for r in self.rules if r.rule.rows is not None}

    def window_months(self) -> int | None:
        return self.parameters.window_months if self.parameters else None

    def profiles(self) -> tuple[str, ...]:
        return tuple(self.parameters.profiles) if self.parameters else ()

    def params(self, profile: str | None, overrides: tuple[tuple[str, str], ...]) -> dict[str, Any]:
        """The defaults, then the profile's values, then --param overrides (typed like the default)."""
        if self.parameters is None:
            if overrides:
                raise RuleError(f"--param {overrides[0][0]}: these rules declare no Parameters")
            return {}
        values = dict(self.parameters.defaults)
        values.update(self.parameters.profiles.get(profile or "", {}))
        for name, text in overrides:
            if name not in values:
                raise RuleError(f"--param {name}: unknown parameter; known: {', '.join(sorted(values))}"
                                + _suggest(name, list(values)))
            values[name] = _typed(values[name], text, name)
        return values

    def references(self) -> tuple[Reference, ...]:
        out = []
        for loaded in self.rules:
            for ref in loaded.rule.references:
                cols, ref_cols = ref.as_tuple()
                out.append(Reference(table=loaded.rule.table, columns=cols, ref_table=ref.ref_table,
                                     ref_columns=ref_cols, kind="rule", confidence=1.0,
                                     evidence=f"rule:{loaded.path}"))
        return tuple(out)

    def pick(self, table: str, columns: tuple[str, ...]) -> str:
        """How children pick parents through these columns: skewed, distinct or cover."""
        for loaded in self.rules:
            for ref in loaded.rule.references:
                if loaded.rule.table == table and ref.as_tuple()[0] == columns:
                    return ref.pick
        return "skewed"

    def polymorphic(self) -> tuple[Polymorphic, ...]:
        return tuple(Polymorphic(table=l.rule.table, type_column=p.type_column, id_column=p.id_column,
                                 targets=tuple(sorted(p.targets.items())), evidence=f"rule:{l.path}")
                     for l in self.rules for p in l.rule.polymorphic)

    def rollups(self) -> tuple[tuple[str, Rollup], ...]:
        """(parent table, rollup) in rule-file order."""
        return tuple((r.rule.table, roll) for r in self.rules for roll in r.rule.rollups)

    def invariants(self) -> tuple[tuple[str, Invariant], ...]:
        """(where it is declared, invariant)."""
        return tuple((f"{r.path}: {r.rule.__name__}", inv) for r in self.rules for inv in r.rule.invariants)

    def expander(self, table: str) -> tuple[Any, tuple[str, ...], str] | None:
        """(expand function, the tables it reads, where it is declared) of the table's rule, if any."""
        for r in self.rules:
            if r.rule.table == table and r.rule.expand is not None:
                return r.rule.expand, tuple(r.rule.reads), f"{r.path}: {r.rule.__name__}"
        return None

    def reads(self) -> tuple[tuple[str, str], ...]:
        """(table, table it reads) for every rule with `reads`."""
        return tuple((r.rule.table, t) for r in self.rules for t in r.rule.reads)

    def fixtures(self, table: str) -> list[dict[str, Any]]:
        return [row for r in self.rules if r.rule.table == table for row in r.rule.fixtures]

    def specs(self) -> dict[tuple[str, str], GeneratorSpec]:
        """(table, column) -> the rule's generator, for every column a rule sets."""
        return dict(self._specs)

    def column_spec(self, table: str, column: str) -> GeneratorSpec | None:
        return self._specs.get((table, column))

    def overrides_column(self, table: str, column: str) -> bool:
        return (table, column) in self._specs


def _typed(default: Any, text: str, name: str) -> Any:
    """A --param value in the type of the parameter's default."""
    try:
        if isinstance(default, bool):
            return text.strip().lower() in ("1", "true", "yes", "on")
        if isinstance(default, int):
            return int(text)
        if isinstance(default, float):
            return float(text)
    except ValueError:
        raise RuleError(f"--param {name}={text}: expected a {type(default).__name__}") from None
    return text


def _spec(value: Any, loaded: LoadedRule, column: str) -> GeneratorSpec:
    source = f"rule:{loaded.path}"
    if isinstance(value, Derived):
        return GeneratorSpec(key=DERIVED_KEY, params=(("fn", value.fn), *((("whole", True),) if value.whole else ())),
                             source=source, after=value.after)
    if isinstance(value, Use):
        return GeneratorSpec(key=value.key, params=tuple(sorted(value.params.items())), source=source)
    return GeneratorSpec(key="const.value", params=(("value", value),), source=source)


def load_rules(directory: str | None, graph: SchemaGraph) -> RuleSet:
    """Import every *.py file of the directory and check each rule against the graph."""
    if not directory:
        return RuleSet()
    root = Path(directory)
    if not root.is_dir():
        raise RuleError(f"rules directory {directory} does not exist; pass --rules with a directory of rule files")
    loaded: list[LoadedRule] = []
    parameters: list[tuple[type[Parameters], Path]] = []
    for path in sorted(root.glob("*.py")):
        if path.name.startswith("_"):
            continue
        rules, params = _rule_classes(path)
        parameters += [(p, path) for p in params]
        for rule in rules:
            _check(rule, str(path), graph)
            loaded.append(LoadedRule(rule, str(path)))
    if len(parameters) > 1:
        found = ", ".join(f"{p.__name__} in {f}" for p, f in parameters)
        raise RuleError(f"{directory}: more than one Parameters class ({found}); keep one")
    chosen = parameters[0][0] if parameters else None
    for loaded_rule in loaded:
        rows = loaded_rule.rule.rows
        if isinstance(rows, Param) and (chosen is None or rows.name not in chosen.defaults):
            raise RuleError(f"{loaded_rule.path}: {loaded_rule.rule.__name__}.rows = param({rows.name!r}), "
                            "which no Parameters class declares in its defaults")
    return RuleSet(tuple(loaded), chosen)


def _rule_classes(path: Path) -> tuple[list[type[TableRule]], list[type[Parameters]]]:
    name = f"seeder_rules_{abs(hash(str(path.resolve())))}_{path.stem}"
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise RuleError(f"{path}: cannot be imported as a Python file")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except Exception as exc:  # a broken rule file is the user's to fix: say where
        raise RuleError(f"{path}: failed to import: {type(exc).__name__}: {exc}") from exc
    mine = [v for v in vars(module).values() if isinstance(v, type) and v.__module__ == name]
    return ([v for v in mine if issubclass(v, TableRule)], [v for v in mine if issubclass(v, Parameters)])


def _check(rule: type[TableRule], path: str, graph: SchemaGraph) -> None:
    where = f"{path}: {rule.__name__}"
    table_name = getattr(rule, "table", None)
    if not table_name:
        raise RuleError(f"{where} has no `table = \"...\"` attribute")
    if not graph.has_table(table_name):
        raise RuleError(f"{where}.table = {table_name!r} is not a table of {graph.database}"
                        + _suggest(table_name, [t.name for t in graph.tables]))
    table = graph.table(table_name)
    names = list(table.column_names)
    mentioned = list(rule.column_rules())
    for ref in rule.references:
        cols, ref_cols = ref.as_tuple()
        mentioned += list(cols)
        if ref.pick not in ("skewed", "distinct", "cover"):
            raise RuleError(f"{where}: Ref({cols[0]!r}, ...) pick={ref.pick!r}; use skewed, distinct or cover")
        if not graph.has_table(ref.ref_table):
            raise RuleError(f"{where}: Ref to {ref.ref_table!r}, which is not a table of {graph.database}"
                            + _suggest(ref.ref_table, [t.name for t in graph.tables]))
        target = graph.table(ref.ref_table)
        for c in ref_cols:
            if not target.has_column(c):
                raise RuleError(f"{where}: Ref to {ref.ref_table}.{c}, which is not a column"
                                + _suggest(c, list(target.column_names)))
    for p in rule.polymorphic:
        mentioned += [p.type_column, p.id_column]
        for t in p.targets.values():
            if not graph.has_table(t):
                raise RuleError(f"{where}: Poly target {t!r} is not a table of {graph.database}")
    for value in rule.column_rules().values():
        if isinstance(value, Derived):
            mentioned += list(value.after)
    for fixture in rule.fixtures:
        mentioned += list(fixture)
    for read in rule.reads:
        if not graph.has_table(read):
            raise RuleError(f"{where}.reads: {read!r} is not a table of {graph.database}"
                            + _suggest(read, [t.name for t in graph.tables]))
    if rule.reads and rule.expand is None:
        raise RuleError(f"{where} has `reads` but no `expand` function to read them")
    for roll in rule.rollups:
        mentioned.append(roll.column)
        if not graph.has_table(roll.child):
            raise RuleError(f"{where}: Rollup child {roll.child!r} is not a table of {graph.database}"
                            + _suggest(roll.child, [t.name for t in graph.tables]))
        if not graph.table(roll.child).has_column(roll.via):
            raise RuleError(f"{where}: Rollup via {roll.child}.{roll.via}, which is not a column"
                            + _suggest(roll.via, list(graph.table(roll.child).column_names)))
    for col in mentioned:
        if col not in names:
            raise RuleError(f"{where}.{col} is not a column of {table_name}" + _suggest(col, names))
    for col, value in rule.column_rules().items():
        if isinstance(value, Use) and value.key not in GENERATOR_KEYS:
            raise RuleError(f"{where}.{col}: unknown generator key {value.key!r}"
                            + _suggest(value.key, list(GENERATOR_KEYS)))


def _suggest(name: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(name, choices, n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""
