"""The schema of a challenge's static rules ("no heapq", "no list.pop(0)").

The bank validates rules when it loads a spec; the quality stage
(grader/stages/quality/rules.py) checks them against a submission's AST.
A rule is a TOML table in the challenge spec:

    [[rules]]
    id = "no-heapq"
    description = "build the heap yourself"
    forbid_imports = ["heapq", "queue.PriorityQueue"]
    forbid_calls = ["sorted", "list.sort", "list.pop(0)"]

    [[rules]]
    id = "no-builtin-map"
    forbid_builtin_containers = true
    in_classes = ["HashMap"]

Entries:
- forbid_imports: dotted module or module attribute ("heapq", "collections.OrderedDict").
  Forbids every way of reaching it: `import heapq [as h]`, `from heapq import x [as y]`,
  `from heapq import *`, `importlib.import_module("heapq")`, `__import__("heapq")`,
  `sys.modules["heapq"]`, and attribute access on an allowed parent module
  (`import collections as c; c.OrderedDict`, `getattr(collections, "OrderedDict")`).
- allow_imports: exceptions under a forbidden entry ("queue.Full" under "queue"): the
  module may then be imported, but only these attributes of it may be used.
- forbid_calls: a builtin ("sorted"), a qualified name ("heapq.heappush",
  "functools.lru_cache", as a call, a reference or a decorator, through any alias),
  or a method on a builtin type ("list.sort", "list.pop(0)", "list.insert(0)"). Types
  are unknown statically, so a method entry matches that method on any object, and
  "(0)" restricts it to calls whose leading positional arguments are those literals.
  A method the submission defines itself is exempt when called on self/cls.
- forbid_builtin_containers: dict/set literals and comprehensions, and calls of dict,
  set, frozenset, defaultdict, Counter, OrderedDict, ... are violations inside the
  classes in `in_classes` (or anywhere, if `in_classes` is empty); outside those
  classes they are reported as suspicious (the class could keep its entries there).
"""

from __future__ import annotations

import ast
import builtins
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

_RULE_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_DOTTED = re.compile(r"^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*$")
_CALL = re.compile(r"^(?P<name>[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)\s*(?:\((?P<args>.*)\))?$")
BUILTIN_TYPES = frozenset(
    name
    for name, value in vars(builtins).items()
    if isinstance(value, type) and not issubclass(value, BaseException)
)


def under(name: str, prefix: str) -> bool:
    """True if `name` is `prefix` or inside it ('heapq.heappush' is under 'heapq')."""
    return name == prefix or name.startswith(prefix + ".")


@dataclass(frozen=True)
class MethodPattern:
    """`list.pop(0)` -> method 'pop', args (0,); `list.sort` -> method 'sort', args None."""

    text: str
    method: str
    args: tuple | None


def _parse_call_entry(entry: str) -> str | MethodPattern:
    """A forbid_calls entry as a qualified name ('builtins.sorted') or a MethodPattern."""
    match = _CALL.match(entry.strip())
    if not match:
        raise ValueError(f"forbid_calls entry {entry!r} is not a name or name(literal, ...)")
    name, args_text = match["name"], match["args"]
    head, _, rest = name.partition(".")
    if rest and head in BUILTIN_TYPES:
        if "." in rest:
            raise ValueError(f"forbid_calls entry {entry!r}: expected type.method")
        args = None
        if args_text is not None:
            try:
                args = ast.literal_eval(f"({args_text},)") if args_text.strip() else ()
            except (ValueError, SyntaxError) as exc:
                message = f"forbid_calls entry {entry!r}: arguments must be literals"
                raise ValueError(message) from exc
        return MethodPattern(entry, rest, args)
    if args_text is not None:
        raise ValueError(f"forbid_calls entry {entry!r}: only type.method entries take arguments")
    if not rest:
        if head not in vars(builtins):
            raise ValueError(f"forbid_calls entry {entry!r} is not a builtin; write module.name")
        return f"builtins.{head}"
    return name


class Rule(BaseModel):
    """One static rule of a challenge, as written in its TOML spec."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(description="kebab-case; `allow` in the CLI relaxes rules by id")
    description: str = ""
    forbid_imports: list[str] = []
    allow_imports: list[str] = []
    forbid_calls: list[str] = []
    forbid_builtin_containers: bool = False
    in_classes: list[str] = []

    @field_validator("id")
    @classmethod
    def _kebab(cls, value: str) -> str:
        if not _RULE_ID.match(value):
            raise ValueError(f"rule id {value!r} must be kebab-case")
        return value

    @field_validator("forbid_imports", "allow_imports")
    @classmethod
    def _dotted(cls, values: list[str]) -> list[str]:
        for value in values:
            if not _DOTTED.match(value):
                raise ValueError(f"{value!r} is not a dotted module or module.name")
        return values

    @field_validator("forbid_calls")
    @classmethod
    def _calls(cls, values: list[str]) -> list[str]:
        for value in values:
            _parse_call_entry(value)
        return values

    @model_validator(mode="after")
    def _coherent(self) -> Rule:
        if not (self.forbid_imports or self.forbid_calls or self.forbid_builtin_containers):
            raise ValueError(f"rule {self.id!r} forbids nothing")
        if self.in_classes and not self.forbid_builtin_containers:
            raise ValueError(f"rule {self.id!r}: in_classes needs forbid_builtin_containers")
        targets = self.forbidden_names()
        for allowed in self.allow_imports:
            if not any(under(allowed, t) and allowed != t for t in targets):
                raise ValueError(f"allow_imports entry {allowed!r} relaxes no forbidden entry")
        return self

    def forbidden_names(self) -> list[str]:
        """Qualified names this rule forbids ('heapq', 'builtins.sorted', ...)."""
        names = list(self.forbid_imports)
        names += [e for e in map(_parse_call_entry, self.forbid_calls) if isinstance(e, str)]
        return list(dict.fromkeys(names))

    def denied_modules(self) -> list[str]:
        """Whole modules the worker may refuse to import at run time (for the submission).

        Only a forbidden entry that is a module with nothing allowed beneath it: a
        rule that allows `queue.Full` cannot deny `queue` itself.
        """
        return [m for m in self.forbid_imports if "." not in m
                and not any(under(a, m) for a in self.allow_imports)]

    def method_patterns(self) -> list[MethodPattern]:
        entries = map(_parse_call_entry, self.forbid_calls)
        return [e for e in entries if isinstance(e, MethodPattern)]


def parse_rules(tables: Iterable[Mapping]) -> list[Rule]:
    """Rules from the `[[rules]]` tables of a parsed TOML spec; ids must be unique."""
    rules = [Rule.model_validate(dict(table)) for table in tables]
    ids = [rule.id for rule in rules]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise ValueError(f"duplicate rule ids: {', '.join(duplicates)}")
    return rules
