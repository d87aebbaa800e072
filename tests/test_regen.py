"""``python -m tlcp_decode.regen``: every generated file rewritten from the schemas and registry."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tlcp_decode import regen

ROOT = Path(__file__).resolve().parent.parent


def _copy_checkout(tmp_path: Path) -> Path:
    """A checkout-like folder holding today's generated files (and the README they live in)."""
    root = tmp_path / "checkout"
    root.mkdir()
    shutil.copy(ROOT / "pyproject.toml", root / "pyproject.toml")
    for generated in regen.GENERATED:
        target = root / generated.path
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / generated.path, target)
    return root


def test_committed_generated_files_are_fresh() -> None:
    proc = subprocess.run([sys.executable, "-m", "tlcp_decode.regen", "--check"], cwd=ROOT,
                          capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""


def test_regen_covers_every_generated_file() -> None:
    assert [g.path for g in regen.GENERATED] == [
        "dissector/tlcp.lua", "dissector/README.md", "tlcp_decode/schema/fastparse.py",
        "tlcp_decode/schema/fastcheck.py", "docs/cipher-suites.md",
        "tlcp_decode/precompiled_code.py", "tlcp_decode/compiled_patterns.py",
        "tlcp_decode/session/der_tables.py"]


def test_stale_files_are_named_by_check_and_rewritten(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = _copy_checkout(tmp_path)
    (root / "dissector/tlcp.lua").write_text("-- stale\n", encoding="utf-8")
    (root / "docs/cipher-suites.md").unlink()
    readme = root / "dissector/README.md"
    readme.write_text(readme.read_text(encoding="utf-8").replace("`tlcp.handshake.type`",
                                                                   "`tlcp.old`"),
                      encoding="utf-8")
    untouched = (root / "tlcp_decode/schema/fastparse.py").stat().st_mtime_ns

    assert regen.main(["--root", str(root), "--check"]) == 1
    assert capsys.readouterr().err.splitlines() == [
        "stale dissector/tlcp.lua", "stale dissector/README.md", "stale docs/cipher-suites.md"]
    assert (root / "dissector/tlcp.lua").read_text(encoding="utf-8") == "-- stale\n"
    assert regen.stale_files(root, write=False) == [
        "dissector/tlcp.lua", "dissector/README.md", "docs/cipher-suites.md"]

    assert regen.main(["--root", str(root)]) == 0
    for generated in regen.GENERATED:
        assert (root / generated.path).read_bytes() == (ROOT / generated.path).read_bytes(), \
            generated.path
    # a fresh file is not rewritten (CI's git diff and build tools see no change)
    assert (root / "tlcp_decode/schema/fastparse.py").stat().st_mtime_ns == untouched
    assert regen.main(["--root", str(root), "--check"]) == 0


def test_tables_are_english_whatever_the_locale(tmp_path: Path) -> None:
    root = _copy_checkout(tmp_path)
    (root / "docs/cipher-suites.md").unlink()
    env = {"LANG": "zh_CN.UTF-8", "LANGUAGE": "zh_CN", "PATH": "/usr/bin:/bin"}
    proc = subprocess.run([sys.executable, "-m", "tlcp_decode.regen", "--root", str(root)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
                          check=False)
    assert proc.returncode == 0, proc.stderr
    assert (root / "docs/cipher-suites.md").read_bytes() == (
        ROOT / "docs/cipher-suites.md").read_bytes()


def test_a_folder_that_is_no_checkout_is_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert regen.main(["--root", str(tmp_path), "--check"]) == 2
    assert "not a tlcp-decode checkout" in capsys.readouterr().err
