"""Checks a challenge's static rules (schema: grader/bank/rules.py) on the AST.

A forbidden name is reported once, where it is first reached (the import, or the
access on an innocent module), not at every use of an alias of it. What the AST
cannot settle (computed getattr names, eval/exec/compile, dynamic imports of
computed names, globals()/vars() lookups) is reported with severity "suspicious".
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from grader.bank.rules import BUILTIN_TYPES, Rule, under
from grader.report.quality_model import RuleFinding, Severity

from .resolve import IMPORT_FUNCTIONS, Resolver, fold_str, str_constant
from .source import ParsedFile, deep_recursion, parse_files

# What "a built-in dict or set" means when constructed by a call.
CONTAINER_FACTORIES = (
    "builtins.dict",
    "builtins.set",
    "builtins.frozenset",
    "collections.defaultdict",
    "collections.Counter",
    "collections.OrderedDict",
    "collections.ChainMap",
    "collections.UserDict",
    "types.MappingProxyType",
    "weakref.WeakKeyDictionary",
    "weakref.WeakValueDictionary",
    "weakref.WeakSet",
)
_CONTAINERS_TARGET = "forbid_builtin_containers"
_DYNAMIC_CODE = frozenset({"builtins.eval", "builtins.exec", "builtins.compile"})


@dataclass
class _Targets:
    """A rule's qualified names with the allowances that apply to each."""

    entries: list[tuple[str, tuple[str, ...]]]

    @classmethod
    def of(cls, rule: Rule) -> _Targets:
        return cls(
            [
                (t, tuple(a for a in rule.allow_imports if under(a, t)))
                for t in rule.forbidden_names()
            ]
        )

    def forbidden(self, name: str) -> str | None:
        """The entry forbidding `name`, unless an allowance covers it or lies beneath it."""
        if not name:
            return None
        for target, allowed in self.entries:
            if not under(name, target):
                continue
            if any(under(name, a) or a.startswith(name + ".") for a in allowed):
                continue
            return target
        return None

    def kept_for(self, name: str) -> tuple[str, tuple[str, ...]] | None:
        """(entry, allowances) if `name` is a forbidden module kept only for some attributes."""
        for target, allowed in self.entries:
            if under(name, target) and any(a.startswith(name + ".") for a in allowed):
                return target, allowed
        return None


class _RuleChecker:
    """Checks one rule against one parsed file."""

    def __init__(self, rule: Rule, parsed: ParsedFile, resolver: Resolver) -> None:
        self.rule = rule
        self.parsed = parsed
        self.r = resolver
        self.targets = _Targets.of(rule)
        self.methods = rule.method_patterns()
        self.findings: dict[tuple, RuleFinding] = {}

    def add(self, node: ast.AST, message: str, severity: Severity, target: str | None) -> None:
        finding = RuleFinding(
            rule_id=self.rule.id,
            file=self.parsed.path,
            line=getattr(node, "lineno", 1),
            col=self.parsed.col(node),
            message=message,
            severity=severity,
            target=target,
        )
        key = (finding.line, finding.col, finding.severity, finding.message)
        self.findings.setdefault(key, finding)

    def run(self) -> list[RuleFinding]:
        tree = self.parsed.tree
        assert tree is not None
        if self.targets.entries:
            self._imports(tree)
            self._references()
        self._dynamic(tree)
        if self.methods:
            self._method_calls(tree)
        if self.rule.forbid_builtin_containers:
            self._containers(tree)
        return list(self.findings.values())

    # -- forbidden names ----------------------------------------------------

    def _imports(self, tree: ast.Module) -> None:
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    target = self.targets.forbidden(alias.name)
                    if target:
                        self.add(alias, f"import {alias.name}", "violation", target)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                for alias in node.names:
                    if alias.name == "*":
                        kept = self.targets.kept_for(node.module)
                        target = self.targets.forbidden(node.module) or (kept and kept[0])
                        if target:
                            self.add(alias, f"from {node.module} import *", "violation", target)
                        continue
                    name = f"{node.module}.{alias.name}"
                    target = self.targets.forbidden(name)
                    if target:
                        self.add(alias, f"from {node.module} import {alias.name}", "violation",
                                 target)

    def _references(self) -> None:
        for node, pairs in self.r.references():
            for name, base in sorted(pairs):
                target = self.targets.forbidden(name)
                # Reported where the forbidden name is first reached, not at alias uses.
                if target and not self.targets.forbidden(base):
                    self.add(node, f"uses {name}", "violation", target)
                kept = self.targets.kept_for(name)
                if kept and not self.r.is_extended(node):
                    allowed = ", ".join(kept[1])
                    self.add(node, f"uses module {name} beyond {allowed}", "violation", kept[0])

    def _dynamic(self, tree: ast.Module) -> None:
        """Lookups the AST cannot settle: reported as suspicious for the reviewer."""
        for node in ast.walk(tree):
            message = self._unsettled(node)
            if message:
                self.add(node, message, "suspicious", None)

    def _unsettled(self, node: ast.AST) -> str | None:
        if isinstance(node, ast.Call):
            return self._unsettled_call(node)
        if isinstance(node, ast.Subscript) and str_constant(node.slice) is None:
            if any(_is_namespace(q) for q in self.r.qualnames(node.value)):
                return "namespace indexed with a computed key" + _folded(node.slice)
            return None
        if not isinstance(node, ast.Name | ast.Attribute) or not isinstance(node.ctx, ast.Load):
            return None
        if isinstance(node, ast.Attribute) and node.attr == "__dict__" and self.r.resolve(
            node.value
        ):
            return "module namespace accessed through __dict__"
        found = self.r.qualnames(node) & _DYNAMIC_CODE
        if found and not self.r.is_extended(node):
            return f"{min(found).removeprefix('builtins.')}() can run code the AST cannot see"
        return None

    def _unsettled_call(self, node: ast.Call) -> str | None:
        funcs = self.r.qualnames(node.func)
        args = node.args
        first = args[0] if args else None
        if funcs & IMPORT_FUNCTIONS and str_constant(first) is None:
            return "import of a computed module name" + _folded(first)
        if "builtins.getattr" in funcs and len(args) >= 2 and str_constant(args[1]) is None:
            if self.r.resolve(args[0]):
                return "getattr with a computed name on a module" + _folded(args[1])
            return None
        if "builtins.globals" in funcs:
            return "globals() lookup can reach any name"
        if "builtins.vars" in funcs and (not args or self.r.resolve(args[0])):
            return "vars() namespace lookup can reach any name"
        if (
            isinstance(node.func, ast.Attribute)
            and node.func.attr in ("get", "__getitem__")
            and str_constant(first) is None
            and any(_is_namespace(q) for q in self.r.qualnames(node.func.value))
        ):
            return "namespace lookup with a computed key" + _folded(first)
        return None

    # -- methods on builtin types -------------------------------------------

    def _method_calls(self, tree: ast.Module) -> None:
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Load):
                parent = self.r.parent(node)
                call = parent if isinstance(parent, ast.Call) and parent.func is node else None
                args = list(call.args) if call else None
                # `list.pop(xs, 0)`: unbound method, the receiver is the first argument.
                if args is not None and any(
                    q.removeprefix("builtins.") in BUILTIN_TYPES
                    for q in self.r.qualnames(node.value)
                ):
                    args = args[1:]
                if not self._own_method(node.value, node.attr):
                    self._match(node, node.attr, args)
            elif isinstance(node, ast.Call):
                self._method_call_forms(node)
            elif isinstance(node, ast.Delete | ast.Assign):
                self._front_slicing(node)

    def _method_call_forms(self, node: ast.Call) -> None:
        funcs = self.r.qualnames(node.func)
        if "builtins.getattr" in funcs and len(node.args) >= 2:
            name = str_constant(node.args[1])
            if name is None:
                # On a module it is already reported by _dynamic_call.
                if not self.r.resolve(node.args[0]):
                    self.add(node, "getattr with a computed name" + _folded(node.args[1]),
                             "suspicious", None)
            else:
                parent = self.r.parent(node)
                call = parent if isinstance(parent, ast.Call) and parent.func is node else None
                self._match(node, name, list(call.args) if call else None)
        if "operator.methodcaller" in funcs and node.args:
            name = str_constant(node.args[0])
            if name is None:
                self.add(node, "methodcaller with a computed name" + _folded(node.args[0]),
                         "suspicious", None)
            else:
                self._match(node, name, list(node.args[1:]))

    def _own_method(self, receiver: ast.expr, method: str) -> bool:
        return (
            isinstance(receiver, ast.Name)
            and receiver.id in ("self", "cls")
            and method in self.r.method_names
        )

    def _match(self, node: ast.AST, method: str, args: list[ast.expr] | None) -> None:
        for pattern in self.methods:
            if pattern.method != method:
                continue
            if pattern.args is not None and not _leading_literals(args, pattern.args):
                continue
            shown = pattern.text.partition(".")[2]
            self.add(node, f"calls .{shown}", "violation", pattern.text)

    def _front_slicing(self, node: ast.Delete | ast.Assign) -> None:
        """`del xs[0]` and `xs[:0] = ...` do what pop(0) and insert(0, x) do."""
        wanted = {(p.method, p.args): p for p in self.methods}
        pop, insert = wanted.get(("pop", (0,))), wanted.get(("insert", (0,)))
        for target in node.targets:
            if not isinstance(target, ast.Subscript):
                continue
            if isinstance(node, ast.Delete) and pop and _is_front(target.slice, deleting=True):
                self.add(target, "del of the first element, like pop(0)", "suspicious", pop.text)
            if isinstance(node, ast.Assign) and insert and _is_front(target.slice, deleting=False):
                self.add(target, "slice assignment at the front, like insert(0, x)",
                         "suspicious", insert.text)

    # -- built-in containers ------------------------------------------------

    def _containers(self, tree: ast.Module) -> None:
        scope = set(self.rule.in_classes)
        for node in ast.walk(tree):
            what = self._container(node)
            if what is None:
                continue
            classes = set(self.r.enclosing_classes(node))
            if isinstance(node, ast.ClassDef):
                classes.add(node.name)  # `class HashMap(dict)` is inside HashMap
            if not scope or scope & classes:
                self.add(node, f"stores data in {what}", "violation", _CONTAINERS_TARGET)
            else:
                where = ", ".join(sorted(scope))
                self.add(node, f"{what} outside {where} may hold its entries", "suspicious",
                         _CONTAINERS_TARGET)
        for node in ast.walk(tree):
            if self._attribute_storage(node) and (
                not scope or scope & set(self.r.enclosing_classes(node))
            ):
                self.add(node, "instance attributes used as a dict", "suspicious",
                         _CONTAINERS_TARGET)

    def _container(self, node: ast.AST) -> str | None:
        if isinstance(node, ast.Dict):
            return "a dict literal"
        if isinstance(node, ast.DictComp):
            return "a dict comprehension"
        if isinstance(node, ast.Set):
            return "a set literal"
        if isinstance(node, ast.SetComp):
            return "a set comprehension"
        if isinstance(node, ast.Call):
            # dict[str, int]() is a call of dict too.
            func = node.func.value if isinstance(node.func, ast.Subscript) else node.func
            found = _factory(self.r.qualnames(func))
            return f"{found}()" if found else None
        if isinstance(node, ast.ClassDef):
            for base in node.bases:
                found = _factory(self.r.qualnames(base))
                if found:
                    return f"a subclass of {found}"
        return None

    def _attribute_storage(self, node: ast.AST) -> bool:
        """self.__dict__, vars(self), setattr(self, <computed>, v): a dict in disguise."""
        if isinstance(node, ast.Attribute) and node.attr == "__dict__":
            return True
        if not isinstance(node, ast.Call):
            return False
        funcs = self.r.qualnames(node.func)
        if "builtins.vars" in funcs:
            return True
        if funcs & {"builtins.setattr", "builtins.object.__setattr__"} and len(node.args) >= 2:
            return str_constant(node.args[1]) is None
        return False


def _factory(names: set[str]) -> str | None:
    for name in sorted(names):
        for factory in CONTAINER_FACTORIES:
            if under(name, factory):
                return factory.removeprefix("builtins.")
    return None


def _is_namespace(name: str) -> bool:
    return name in ("sys.modules", "builtins") or name.endswith(".__dict__")


def _folded(node: ast.AST | None) -> str:
    value = fold_str(node)
    return f" (evaluates to {value!r})" if value is not None else ""


def _leading_literals(args: list[ast.expr] | None, expected: tuple) -> bool:
    if args is None or len(args) < len(expected):
        return False
    for arg, want in zip(args, expected, strict=False):
        try:
            value = ast.literal_eval(arg)
        except (ValueError, SyntaxError, TypeError):
            return False
        # False == 0 in Python, and xs.pop(False) does pop the front.
        if type(value) is float or value != want:
            return False
    return True


def _is_front(index: ast.expr, *, deleting: bool) -> bool:
    """xs[0] / xs[:1] / xs[0:1] when deleting; xs[:0] / xs[0:0] when assigning."""
    def lit(node: ast.expr | None, default: int) -> int | None:
        if node is None:
            return default
        try:
            value = ast.literal_eval(node)
        except (ValueError, SyntaxError, TypeError):
            return None
        return value if isinstance(value, int) else None

    if isinstance(index, ast.Slice):
        if index.step is not None:
            return False
        start, stop = lit(index.lower, 0), lit(index.upper, -1)
        return start == 0 and stop == (1 if deleting else 0)
    return deleting and lit(index, -1) == 0


def runtime_denials(rules: Iterable[Rule], allow: Iterable[str] = frozenset()) -> dict[str, str]:
    """{module: rule id} the worker refuses when the submission imports it (evasions too)."""
    relaxed = set(allow)
    return {m: r.id for r in rules if r.id not in relaxed for m in r.denied_modules()}


def check_parsed(
    parsed_files: Iterable[ParsedFile], rules: Iterable[Rule], allow: Iterable[str] = ()
) -> list[RuleFinding]:
    """check_rules on files already parsed (analyze() parses each file once)."""
    relaxed = set(allow)
    active = [rule for rule in rules if rule.id not in relaxed]
    findings: list[RuleFinding] = []
    if not active:
        return findings
    for parsed in parsed_files:
        if parsed.tree is None:
            continue  # the engine rejects syntax errors; nothing to check here
        for rule in active:
            findings += _RuleChecker(rule, parsed, parsed.resolver).run()
    return sorted(findings, key=lambda f: (f.file, f.line, f.col, f.rule_id, f.severity))


def check_rules(
    files: Mapping[str, str], rules: Iterable[Rule], allow: Iterable[str] = frozenset()
) -> list[RuleFinding]:
    """Violations and suspicious findings of `rules` in `files` (path -> source text).

    Rules whose id is in `allow` were relaxed by the interviewer and report nothing.
    """
    with deep_recursion():
        return check_parsed(parse_files(files), rules, allow)

