"""The layers of DESIGN.md hold: each package imports only those below it.

domain ← solve, daycare, io, store ← service ← cli, ui. The app (``ui/``) reaches the store and the
solver only through the service. Every import in every module counts, also one inside a
function.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

ALLOWED: dict[str, set[str]] = {
    "scheduler.i18n": set(),
    "scheduler.domain": {"scheduler.i18n"},
    "scheduler.solve": {"scheduler.domain", "scheduler.i18n"},
    "scheduler.daycare": {"scheduler.domain"},
    "scheduler.io": {"scheduler.domain", "scheduler.i18n"},
    "scheduler.store": {"scheduler.domain", "scheduler.io", "scheduler.i18n"},
    "scheduler.generate": {"scheduler.domain", "scheduler.io", "scheduler.i18n"},
    "scheduler.service": {
        "scheduler.domain",
        "scheduler.solve",
        "scheduler.daycare",
        "scheduler.io",
        "scheduler.store",
        "scheduler.generate",
        "scheduler.i18n",
    },
    "scheduler.bench": {
        "scheduler.domain",
        "scheduler.solve",
        "scheduler.daycare",
        "scheduler.io",
        "scheduler.generate",
        "scheduler.service",
        "scheduler.i18n",
    },
    "scheduler.cli": {
        "scheduler.domain",
        "scheduler.solve",
        "scheduler.daycare",
        "scheduler.io",
        "scheduler.store",
        "scheduler.generate",
        "scheduler.service",
        "scheduler.bench",
        "scheduler.i18n",
    },
    "ui": {"scheduler.domain", "scheduler.io", "scheduler.service", "scheduler.i18n"},
}
"""Per package, the other packages of the project it may import."""


def package_of(module: str) -> str | None:
    """The layer a dotted module name belongs to (``scheduler.solve.cpsat`` → ``scheduler.solve``);
    ``None`` for anything outside the project."""
    parts = module.split(".")
    if parts[0] == "ui":
        return "ui"
    if parts[0] == "scheduler" and len(parts) > 1:
        return ".".join(parts[:2])
    return None


def imports_of(path: Path) -> set[str]:
    """Every module ``path`` imports, absolute names (relative imports are not used here)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module)
    return found


def violations(module: str, imported: set[str]) -> list[str]:
    """The modules of ``imported`` that ``module`` may not import across the layers' arrows."""
    own = package_of(module)
    assert own in ALLOWED, f"{module} is in no layer"
    return sorted(
        name
        for name in imported
        if (other := package_of(name)) is not None and other != own and other not in ALLOWED[own]
    )


def project_modules() -> dict[str, Path]:
    """Every module of ``scheduler/`` (but its migrations) and ``ui/`` by dotted name."""
    files = [*(ROOT / "scheduler").rglob("*.py"), *(ROOT / "ui").rglob("*.py")]
    return {
        ".".join(p.relative_to(ROOT).with_suffix("").parts): p
        for p in files
        if "migrations" not in p.parts and p.parent.name != "scheduler"
    }


def test_every_import_follows_the_layers() -> None:
    found = {
        module: violations(module, imports_of(path)) for module, path in project_modules().items()
    }
    assert {module: bad for module, bad in found.items() if bad} == {}


@pytest.mark.parametrize(
    ("module", "imported"),
    [
        ("ui.screens.planning", "scheduler.store.errors"),
        ("ui.solve_job", "scheduler.solve"),
        ("scheduler.domain.model", "ui.app"),
        ("scheduler.store.plan_repo", "scheduler.service.views"),
    ],
)
def test_an_import_across_the_layers_is_caught(tmp_path: Path, module: str, imported: str) -> None:
    """The check itself can fail: a module importing across the arrows is reported."""
    probe = tmp_path / "probe.py"
    probe.write_text(f"import {imported}\n", encoding="utf-8")
    assert violations(module, imports_of(probe)) == [imported]
