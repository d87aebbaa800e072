"""The distribution ships every module: no namespace package left out of a wheel."""

from __future__ import annotations

from conftest import ROOT
from setuptools import find_packages


def test_every_code_folder_is_a_package() -> None:
    package = ROOT / "tlcp_decode"
    folders = {p.parent for p in package.rglob("*.py")}
    missing = [str(f.relative_to(ROOT)) for f in folders if not (f / "__init__.py").exists()]
    assert missing == []
    found = set(find_packages(str(ROOT), include=["tlcp_decode*"]))
    expected = {str(f.relative_to(ROOT)).replace("/", ".") for f in folders}
    assert expected <= found
