"""Docstring and type-hint coverage of a submission's public functions and methods.

Public means: a function at module level (or under if/try/with there) or a
method of a class, where neither the function nor any enclosing class name
starts with an underscore. Dunder methods, `__init__` included, are not counted:
their contract is the language's. Functions nested in functions are helpers, not API.

"Complete type hints" means every parameter is annotated (*args and **kwargs
too, `self`/`cls` of a method excepted) and the return is annotated.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator

from grader.report.quality_model import DocsTyping

from .source import ParsedFile

_FunctionNode = ast.FunctionDef | ast.AsyncFunctionDef


def _public_functions(body: list[ast.stmt], prefix: str, in_class: bool
                      ) -> Iterator[tuple[str, _FunctionNode, bool]]:
    """(qualified name, node, is_method) of the public functions in a statement list."""
    for stmt in body:
        if isinstance(stmt, _FunctionNode):
            if not stmt.name.startswith("_"):
                yield f"{prefix}{stmt.name}", stmt, in_class
        elif isinstance(stmt, ast.ClassDef):
            if not stmt.name.startswith("_"):
                yield from _public_functions(stmt.body, f"{prefix}{stmt.name}.", True)
        else:
            # if/else, try/except, with, for: definitions nested in control flow still count.
            for field in ("body", "orelse", "finalbody"):
                yield from _public_functions(getattr(stmt, field, []) or [], prefix, in_class)
            for handler in getattr(stmt, "handlers", []) or []:
                yield from _public_functions(handler.body, prefix, in_class)


def _fully_typed(node: _FunctionNode, is_method: bool) -> bool:
    args = node.args
    positional = [*args.posonlyargs, *args.args]
    static = any(
        isinstance(d, ast.Name) and d.id == "staticmethod" for d in node.decorator_list
    )
    if is_method and not static and positional and positional[0].arg in ("self", "cls"):
        positional = positional[1:]
    params = [*positional, *args.kwonlyargs]
    params += [a for a in (args.vararg, args.kwarg) if a is not None]
    return node.returns is not None and all(p.annotation is not None for p in params)


def docs_typing(parsed_files: Iterable[ParsedFile]) -> DocsTyping:
    total = documented = typed = 0
    missing_doc: list[str] = []
    missing_types: list[str] = []
    for parsed in parsed_files:
        if parsed.tree is None:
            continue
        for name, node, is_method in _public_functions(parsed.tree.body, "", False):
            where = f"{parsed.path}::{name}"
            total += 1
            if ast.get_docstring(node, clean=False):
                documented += 1
            else:
                missing_doc.append(where)
            if _fully_typed(node, is_method):
                typed += 1
            else:
                missing_types.append(where)
    return DocsTyping(
        public_functions=total,
        with_docstring=documented,
        with_type_hints=typed,
        docstring_share=documented / total if total else None,
        type_hint_share=typed / total if total else None,
        missing_docstring=missing_doc,
        missing_type_hints=missing_types,
    )
