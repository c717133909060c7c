"""The package's layout stays readable: no import cycles, no borrowed private names, no module past ~500 lines,
and the CLI registers its commands itself (no ``importlib`` loading of its own modules)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "connote"
MAX_LINES = 500


def _modules() -> dict[str, Path]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def _imports(module: str, path: Path) -> list[tuple[str, list[str]]]:
    """Every import in the module (also inside functions): (imported module, names taken from it)."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(alias.name, []) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            found.append((target, [alias.name for alias in node.names]))
    return found


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    graph: dict[str, set[str]] = {m: set() for m in modules}
    for module, path in modules.items():
        for target, names in _imports(module, path):
            if not target.startswith("connote"):
                continue
            for name in names or [None]:
                sub = f"{target}.{name}" if name else None
                dep = sub if sub in modules else target
                if dep in modules and dep != module and not module.startswith(dep + "."):
                    graph[module].add(dep)
    return graph


def test_no_import_cycles():
    graph = _graph()
    state: dict[str, int] = {}
    stack: list[str] = []
    cycles = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for dep in sorted(graph[node]):
            if state.get(dep) == 1:
                cycles.append(stack[stack.index(dep):] + [dep])
            elif dep not in state:
                visit(dep)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)
    assert not cycles, "import cycles:\n" + "\n".join(" -> ".join(c) for c in cycles)


def test_no_module_takes_another_modules_private_names():
    modules = _modules()
    borrowed = []
    for module, path in modules.items():
        for target, names in _imports(module, path):
            if target.startswith("connote") and target != module:
                borrowed += [f"{module}: {name} from {target}" for name in names
                             if name.startswith("_") and not name.startswith("__")]
    assert not borrowed, borrowed


def test_no_module_is_over_500_lines():
    long = {m: n for m, p in _modules().items() if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert not long, long


def test_the_cli_registers_its_commands_without_importlib():
    for path in (PACKAGE / "cli").rglob("*.py"):
        assert "importlib" not in path.read_text(encoding="utf-8"), path
