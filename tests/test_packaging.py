"""What a non-editable install ships: every package folder of the source tree is declared."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _declared() -> tuple[list[str], dict[str, str]]:
    setup = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    return setup["packages"], setup["package-dir"]


def _folder(package: str, package_dir: dict[str, str]) -> Path:
    """The source folder of a dotted package name, through the longest mapped prefix."""
    parts = package.split(".")
    for cut in range(len(parts), 0, -1):
        prefix = ".".join(parts[:cut])
        if prefix in package_dir:
            return ROOT / package_dir[prefix] / Path(*parts[cut:])
    return ROOT / Path(*parts)


def test_every_package_folder_with_an_init_is_declared_so_a_wheel_ships_it() -> None:
    # A folder left out of `packages` works in an editable install and breaks `pip install .`
    # (a language folder's rules.py went missing from the wheel that way).
    packages, package_dir = _declared()
    shipped = {_folder(p, package_dir).resolve() for p in packages}
    roots = {_folder(p, package_dir).resolve() for p in package_dir}
    on_disk = {init.parent.resolve() for root in roots for init in root.rglob("__init__.py")
               if ".venv" not in init.parts and "build" not in init.parts}
    assert sorted(map(str, on_disk - shipped)) == []


def test_every_declared_package_exists() -> None:
    packages, package_dir = _declared()
    missing = [p for p in packages if not (_folder(p, package_dir) / "__init__.py").is_file()]
    assert missing == []
