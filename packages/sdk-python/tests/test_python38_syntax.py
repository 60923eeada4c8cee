"""The package says requires-python >= 3.8: its source must parse there, and its annotations must evaluate there
(typing.get_type_hints evaluates them even under ``from __future__ import annotations``), so no ``X | None`` and
no ``list[str]``-style builtin generics (3.9/3.10)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = sorted((Path(__file__).resolve().parent.parent / "src").rglob("*.py"))
BUILTIN_GENERICS = {"list", "dict", "tuple", "set", "frozenset", "type"}


def _annotations(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            arguments = node.args
            for arg in arguments.posonlyargs + arguments.args + arguments.kwonlyargs + [arguments.vararg, arguments.kwarg]:
                if arg is not None and arg.annotation is not None:
                    yield arg.annotation
            if node.returns is not None:
                yield node.returns
        elif isinstance(node, ast.AnnAssign):
            yield node.annotation


def _too_new(annotation: ast.AST):
    for node in ast.walk(annotation):
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            yield "X | Y"
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id in BUILTIN_GENERICS:
            yield f"{node.value.id}[...]"
    # String annotations are evaluated by get_type_hints too.
    if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
        yield from _too_new(ast.parse(annotation.value, mode="eval").body)


def test_there_are_sources():
    assert len(SRC) >= 5


@pytest.mark.parametrize("path", SRC, ids=lambda p: p.name)
def test_the_source_parses_and_annotates_like_python_3_8(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path), feature_version=(3, 8))
    found = [f"{path.name}:{a.lineno}: {what}" for a in _annotations(tree) for what in _too_new(a)]
    assert not found, "annotations that break typing.get_type_hints on Python 3.8/3.9:\n" + "\n".join(found)
