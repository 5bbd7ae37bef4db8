"""Static name resolution: which dotted name an expression refers to.

`Resolver.resolve(expr)` answers e.g. `{("heapq.heappush", "heapq")}` for `h.heappush`
after `import heapq as h`. Each answer is a pair (qualified name, base): the base
is the name the expression was reached from, so rules can report a forbidden
name once, where it is first reached (the import, or the attribute access on an
innocent module), instead of at every later use of an alias.

The analysis is deliberately conservative (it prefers a false alarm to a miss):
- aliases (`s = sorted`, `import heapq as h`, `h = importlib.import_module("heapq")`)
  are collected for the whole file, ignoring scopes and control flow;
- a builtin name resolves to `builtins.<name>` unless a def, class, parameter or
  import binds that name in an enclosing scope (plain assignments do not hide a
  builtin, since `sorted = wrap(sorted)` still reaches the builtin);
- `from m import *` makes every otherwise unbound name possibly `m.<name>`.
"""

from __future__ import annotations

import ast
import builtins
from collections import defaultdict
from dataclasses import dataclass, field

Pair = tuple[str, str]
NO_PAIRS: frozenset[Pair] = frozenset()

BUILTIN_NAMES = frozenset(dir(builtins))
IMPORT_FUNCTIONS = frozenset(
    {"importlib.import_module", "builtins.__import__", "importlib.__import__"}
)
# Bounds the alias fixpoint; self-referential chains (`a = a.b`) grow otherwise.
_MAX_ALIAS_ROUNDS = 12


def str_constant(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def fold_str(node: ast.AST | None) -> str | None:
    """Value of a string built from literals ("sor" + "ted", f"{'a'}b"), else None."""
    if node is None:
        return None
    value = str_constant(node)
    if value is not None:
        return value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = fold_str(node.left), fold_str(node.right)
        return left + right if left is not None and right is not None else None
    if isinstance(node, ast.JoinedStr):
        parts = []
        for part in node.values:
            inner = part.value if isinstance(part, ast.FormattedValue) else part
            folded = fold_str(inner)
            if folded is None:
                return None
            parts.append(folded)
        return "".join(parts)
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "join"
        and len(node.args) == 1
        and isinstance(node.args[0], ast.List | ast.Tuple)
    ):
        sep = fold_str(node.func.value)
        items = [fold_str(item) for item in node.args[0].elts]
        if sep is not None and all(item is not None for item in items):
            return sep.join(items)  # type: ignore[arg-type]
    return None


@dataclass
class _Scope:
    kind: str  # "module" | "function" | "class"
    parent: _Scope | None
    binds: set[str] = field(default_factory=set)


class Resolver:
    """Name resolution for one module's AST; build once, query many times."""

    def __init__(self, tree: ast.Module) -> None:
        self.tree = tree
        self.parents: dict[ast.AST, ast.AST] = {}
        self._scope_of: dict[ast.Name, _Scope] = {}
        self.aliases: dict[str, set[str]] = defaultdict(set)
        self.star_modules: list[str] = []
        self.method_names: set[str] = set()
        # Every name the file binds in any way; star imports cannot supply these.
        self.bound_names: set[str] = set()
        self._alias_assignments: list[tuple[str, ast.expr]] = []
        self._memo: dict[ast.AST, frozenset[Pair]] = {}
        self._scopes: list[_Scope] = []
        # An explicit work list, not recursion: deep expressions must not overflow the stack.
        self._pending: list[tuple[ast.AST, _Scope]] = [(tree, self._new_scope("module", None))]
        while self._pending:
            self._visit(*self._pending.pop())
        for scope in self._scopes:
            self.bound_names |= scope.binds
        self._solve_aliases()

    # -- collection ---------------------------------------------------------

    def _new_scope(self, kind: str, parent: _Scope | None) -> _Scope:
        scope = _Scope(kind, parent)
        self._scopes.append(scope)
        return scope

    def _child(self, node: ast.AST, child: ast.AST | None, scope: _Scope) -> None:
        if child is not None:
            self.parents[child] = node
            self._pending.append((child, scope))

    def _children(self, node: ast.AST, children, scope: _Scope) -> None:
        for child in children:
            self._child(node, child, scope)

    def _visit(self, node: ast.AST, scope: _Scope) -> None:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            self._visit_function(node, scope)
            return
        if isinstance(node, ast.ClassDef):
            scope.binds.add(node.name)
            # Decorators and bases run in the enclosing scope, the body in the class's.
            self._children(node, node.decorator_list + node.bases, scope)
            self._children(node, node.keywords, scope)
            inner = self._new_scope("class", scope)
            for stmt in node.body:
                if isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef):
                    self.method_names.add(stmt.name)
            self._children(node, node.body, inner)
            return
        if isinstance(node, ast.Import):
            for alias in node.names:
                top = alias.name.split(".")[0]
                bound = alias.asname or top
                self.aliases[bound].add(alias.name if alias.asname else top)
                scope.binds.add(bound)
        elif isinstance(node, ast.ImportFrom):
            for alias in node.names:
                if alias.name == "*":
                    if node.level == 0 and node.module:
                        self.star_modules.append(node.module)
                    continue
                bound = alias.asname or alias.name
                scope.binds.add(bound)
                if node.level == 0 and node.module:
                    self.aliases[bound].add(f"{node.module}.{alias.name}")
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                self._note_alias(target, node.value)
        elif isinstance(node, ast.AnnAssign | ast.NamedExpr) and node.value is not None:
            self._note_alias(node.target, node.value)
        elif isinstance(node, ast.Name):
            self._scope_of[node] = scope
            if not isinstance(node.ctx, ast.Load):
                self.bound_names.add(node.id)
        elif isinstance(node, ast.ExceptHandler | ast.MatchAs | ast.MatchStar) and node.name:
            self.bound_names.add(node.name)
        self._children(node, ast.iter_child_nodes(node), scope)

    def _visit_function(self, node, scope: _Scope) -> None:
        args = node.args
        # Defaults, annotations and decorators are evaluated in the enclosing scope.
        outer: list[ast.AST] = [*args.defaults, *(d for d in args.kw_defaults if d)]
        if not isinstance(node, ast.Lambda):
            scope.binds.add(node.name)
            outer += node.decorator_list
            outer += [a.annotation for a in _all_args(args) if a.annotation]
            if node.returns:
                outer.append(node.returns)
        self._children(node, outer, scope)
        inner = self._new_scope("function", scope)
        inner.binds |= {a.arg for a in _all_args(args)}
        body = [node.body] if isinstance(node, ast.Lambda) else node.body
        self._children(node, body, inner)

    def _note_alias(self, target: ast.expr, value: ast.expr) -> None:
        if isinstance(target, ast.Name):
            self._alias_assignments.append((target.id, value))
        elif (
            isinstance(target, ast.Tuple | ast.List)
            and isinstance(value, ast.Tuple | ast.List)
            and len(target.elts) == len(value.elts)
        ):
            for sub_target, sub_value in zip(target.elts, value.elts, strict=True):
                self._note_alias(sub_target, sub_value)

    def _solve_aliases(self) -> None:
        # Chains (`a = sorted; b = a`) need a fixpoint; order in the file is irrelevant.
        for _ in range(_MAX_ALIAS_ROUNDS):
            self._memo.clear()
            changed = False
            for name, value in self._alias_assignments:
                found = {q for q, _ in self.resolve(value)} - self.aliases[name]
                if found:
                    self.aliases[name] |= found
                    changed = True
            if not changed:
                break
        self._memo.clear()

    # -- queries ------------------------------------------------------------

    def _hidden(self, node: ast.Name) -> bool:
        """True if a def/class/parameter/import binds this name where it is used."""
        scope = self._scope_of.get(node)
        innermost = True
        while scope is not None:
            # Class bodies are not visible from the methods nested in them.
            if (innermost or scope.kind != "class") and node.id in scope.binds:
                return True
            innermost = False
            scope = scope.parent
        return False

    def resolve(self, node: ast.AST) -> frozenset[Pair]:
        cached = self._memo.get(node)
        if cached is None:
            cached = self._memo[node] = frozenset(self._resolve(node))
        return cached

    def qualnames(self, node: ast.AST) -> set[str]:
        return {q for q, _ in self.resolve(node)}

    def _resolve(self, node: ast.AST) -> set[Pair]:
        if isinstance(node, ast.Name):
            return self._resolve_name(node)
        if isinstance(node, ast.Attribute):
            return {(f"{q}.{node.attr}", q) for q, _ in self.resolve(node.value)}
        if isinstance(node, ast.Subscript):
            return self._item(node.value, str_constant(node.slice))
        if isinstance(node, ast.NamedExpr):
            return set(self.resolve(node.value))
        if isinstance(node, ast.Call):
            return self._resolve_call(node)
        return set()

    def _resolve_name(self, node: ast.Name) -> set[Pair]:
        name = node.id
        pairs = {(q, q) for q in self.aliases.get(name, ())}
        if self._hidden(node):
            return pairs
        if name == "__builtins__":
            pairs.add(("builtins", ""))
        elif name in BUILTIN_NAMES:
            pairs.add((f"builtins.{name}", "builtins"))
        elif name not in self.bound_names:
            # Only a name nothing else defines can come from `from m import *`.
            pairs |= {(f"{module}.{name}", module) for module in self.star_modules}
        return pairs

    def _item(self, container: ast.AST, key: str | None) -> set[Pair]:
        """`container[key]`: sys.modules and namespace dicts map keys to names."""
        if key is None:
            return set()
        pairs = set()
        for q, _ in self.resolve(container):
            if q == "sys.modules":
                pairs.add((key, q))
            else:
                base = q.removesuffix(".__dict__")
                pairs.add((f"{base}.{key}", base))
        return pairs

    def _resolve_call(self, node: ast.Call) -> set[Pair]:
        funcs = self.qualnames(node.func)
        args = node.args
        if funcs & IMPORT_FUNCTIONS:
            module = str_constant(args[0]) if args else None
            if module and not module.startswith("."):
                if funcs & {"builtins.__import__", "importlib.__import__"} and not _fromlist(node):
                    module = module.split(".")[0]  # __import__("a.b") returns package a
                return {(module, "")}
            return set()
        if "builtins.getattr" in funcs and len(args) >= 2:
            name = str_constant(args[1])
            if name is None:
                return set()
            return {(f"{q}.{name}", q) for q, _ in self.resolve(args[0])}
        if "builtins.vars" in funcs and len(args) == 1:
            return {(f"{q}.__dict__", q) for q, _ in self.resolve(args[0])}
        if isinstance(node.func, ast.Attribute) and node.func.attr in ("get", "__getitem__"):
            return self._item(node.func.value, str_constant(args[0]) if args else None)
        return set()

    # -- structure helpers --------------------------------------------------

    def parent(self, node: ast.AST) -> ast.AST | None:
        return self.parents.get(node)

    def ancestors(self, node: ast.AST):
        parent = self.parents.get(node)
        while parent is not None:
            yield parent
            parent = self.parents.get(parent)

    def is_extended(self, node: ast.AST) -> bool:
        """True if the parent refines this reference (`h` in `h.heappush`, `getattr(h, 'x')`)."""
        parent = self.parents.get(node)
        if isinstance(parent, ast.Attribute | ast.Subscript) and parent.value is node:
            return bool(self.resolve(parent))
        if isinstance(parent, ast.Call) and node in parent.args:
            return bool(self.resolve(parent))
        return False

    def references(self):
        """Every loaded expression that resolves to at least one name, with its pairs."""
        for node in ast.walk(self.tree):
            if isinstance(node, ast.Name | ast.Attribute | ast.Subscript):
                if not isinstance(node.ctx, ast.Load):
                    continue
            elif not isinstance(node, ast.Call):
                continue
            pairs = self.resolve(node)
            if pairs:
                yield node, pairs

    def in_function(self, node: ast.AST) -> bool:
        return any(
            isinstance(a, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
            for a in self.ancestors(node)
        )

    def under_main_guard(self, node: ast.AST) -> bool:
        """True inside `if __name__ == "__main__":`, which does not run on import."""
        return any(isinstance(a, ast.If) and _is_main_guard(a.test) for a in self.ancestors(node))

    def enclosing_classes(self, node: ast.AST) -> list[str]:
        return [a.name for a in self.ancestors(node) if isinstance(a, ast.ClassDef)]


def _all_args(args: ast.arguments) -> list[ast.arg]:
    found = [*args.posonlyargs, *args.args, *args.kwonlyargs]
    found += [a for a in (args.vararg, args.kwarg) if a is not None]
    return found


def _fromlist(call: ast.Call) -> bool:
    if len(call.args) >= 4:
        return True
    return any(k.arg == "fromlist" for k in call.keywords)


def _is_main_guard(test: ast.expr) -> bool:
    return (
        isinstance(test, ast.Compare)
        and isinstance(test.left, ast.Name)
        and test.left.id == "__name__"
        and len(test.comparators) == 1
        and str_constant(test.comparators[0]) == "__main__"
    )
