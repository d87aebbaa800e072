"""--dump-plaintext and --write-keylog cannot be turned against the user (issue 14 item 3):
planted symlinks, names that climb out, inputs with the same name, existing files, modes,
folders that take no files, and a killed run."""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import CAPTURES

from tlcp_decode.output_files import (
    OutputDirectory,
    OutputError,
    check_new_file,
    input_folder_name,
)
from tlcp_decode.testing import floods

CAPTURE = next(c for c in CAPTURES if c.keylog)
KEYS = ["--keylog", str(CAPTURE.keylog_path)]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tlcp_decode", *args, "--json", "-q"],
                          capture_output=True, text=True, timeout=600)


def _one_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1, result.stderr
    return result.stderr


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _partials(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.name.endswith(".partial")]


def test_plaintext_files_are_0600_in_a_0700_folder(tmp_path: Path) -> None:
    out = tmp_path / "new" / "dump"
    assert run(str(CAPTURE.path), *KEYS, "--dump-plaintext", str(out)).returncode == 0
    files = sorted(out.iterdir())
    assert files and all(_mode(f) == 0o600 for f in files)
    assert _mode(out) == 0o700 and not _partials(out)


def test_planted_symlink_is_not_followed(tmp_path: Path) -> None:
    out = tmp_path / "dump"
    out.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    (out / "1-c2s.bin").symlink_to(victim)
    stderr = _one_line(run(str(CAPTURE.path), *KEYS, "--dump-plaintext", str(out)))
    assert "1-c2s.bin" in stderr and "--force" in stderr
    assert victim.read_text() == "precious" and not _partials(out)
    # forced: the link itself is replaced by the plaintext, its target is untouched
    assert run(str(CAPTURE.path), *KEYS, "--dump-plaintext", str(out), "--force").returncode == 0
    assert victim.read_text() == "precious"
    assert not (out / "1-c2s.bin").is_symlink() and _mode(out / "1-c2s.bin") == 0o600


def test_inputs_get_their_own_folders_inside_the_dump_folder(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        shutil.copy(CAPTURE.path, tmp_path / folder / "same.pcapng")
    dots = tmp_path / "..."
    shutil.copy(CAPTURE.path, dots)
    out = tmp_path / "deep" / "dump"
    for jobs in (["--jobs", "1"], ["--jobs", "2"]):
        shutil.rmtree(out, ignore_errors=True)
        result = run(str(tmp_path / "a" / "same.pcapng"), str(tmp_path / "b" / "same.pcapng"),
                     str(dots), *KEYS, "--dump-plaintext", str(out), *jobs)
        assert result.returncode == 0, result.stderr
        assert sorted(p.name for p in out.iterdir()) == ["1-same.pcapng", "2-same.pcapng",
                                                         "3-input"]
        first, second = (sorted((out / f).iterdir()) for f in ("1-same.pcapng", "2-same.pcapng"))
        assert [p.name for p in first] == [p.name for p in second] and first
        assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]
        # nothing was written next to the dump folder
        assert sorted(p.name for p in (tmp_path / "deep").iterdir()) == ["dump"]


def test_folder_names_cannot_climb_out() -> None:
    assert input_folder_name(1, "../../etc/passwd") == "1-passwd"
    assert input_folder_name(2, "..") == "2-input"
    assert input_folder_name(3, "a b\x1b;.pcap") == "3-a_b__.pcap"


def test_write_keylog_refuses_an_existing_file(tmp_path: Path) -> None:
    keylog = tmp_path / "out.keylog"
    keylog.write_text("mine\n")
    assert "--force" in _one_line(run(str(CAPTURE.path), *KEYS, "--write-keylog", str(keylog)))
    assert keylog.read_text() == "mine\n"
    assert run(str(CAPTURE.path), *KEYS, "--write-keylog", str(keylog),
               "--force").returncode == 0
    assert keylog.read_text().startswith("CLIENT_RANDOM ") and _mode(keylog) == 0o600


def test_write_keylog_never_overwrites_its_own_input(tmp_path: Path) -> None:
    own = tmp_path / "keys.log"
    shutil.copy(CAPTURE.keylog_path, own)
    before = own.read_bytes()
    for force in ([], ["--force"]):
        stderr = _one_line(run(str(CAPTURE.path), "--keylog", str(own), "--write-keylog",
                               str(own), *force))
        assert "--keylog" in stderr
    assert own.read_bytes() == before


def test_write_keylog_with_nothing_recovered_writes_nothing(tmp_path: Path) -> None:
    empty = tmp_path / "empty.keylog"
    empty.write_text("# nothing\n")
    out = tmp_path / "out.keylog"
    result = run(str(CAPTURE.path), "--keylog", str(empty), "--write-keylog", str(out))
    assert result.returncode == 0 and not out.exists()
    assert "not written" in result.stderr


def test_planted_symlink_as_write_keylog_target(tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    victim.write_text("precious")
    link = tmp_path / "out.keylog"
    link.symlink_to(victim)
    _one_line(run(str(CAPTURE.path), *KEYS, "--write-keylog", str(link)))
    assert run(str(CAPTURE.path), *KEYS, "--write-keylog", str(link), "--force").returncode == 0
    assert victim.read_text() == "precious" and not link.is_symlink()


@pytest.mark.parametrize("where", ["missing-folder", "a-file", "unwritable"])
def test_bad_output_paths_are_one_line_before_decoding(tmp_path: Path, where: str) -> None:
    a_file = tmp_path / "file"
    a_file.write_text("x")
    unwritable = Path("/sys/kernel")
    if where == "unwritable" and os.access(unwritable, os.W_OK) and os.geteuid() != 0:
        pytest.skip("no folder that refuses files here")
    bad = {"missing-folder": tmp_path / "no" / "such" / "k.log", "a-file": a_file / "k.log",
           "unwritable": unwritable / "k.log"}[where]
    result = run(str(CAPTURE.path), *KEYS, "--write-keylog", str(bad))
    _one_line(result)
    assert result.stdout == ""  # checked before decoding
    dump = {"missing-folder": Path("/proc/self/no-such"), "a-file": a_file,
            "unwritable": unwritable / "dump"}[where]
    result = run(str(CAPTURE.path), *KEYS, "--dump-plaintext", str(dump))
    _one_line(result)
    assert result.stdout == ""


def test_output_directory_unit(tmp_path: Path) -> None:
    directory = OutputDirectory.open(tmp_path / "d")
    with pytest.raises(OutputError):
        directory.create("../escape")
    with pytest.raises(OutputError):
        directory.create("..")
    file = directory.create("x.bin")
    file.write(b"data")
    assert not (tmp_path / "d" / "x.bin").exists()  # not under its name before it is complete
    file.close()
    assert (tmp_path / "d" / "x.bin").read_bytes() == b"data"
    pending = directory.create("y.bin")
    pending.write(b"half")
    directory.discard_pending()
    assert sorted(p.name for p in (tmp_path / "d").iterdir()) == ["x.bin"]
    with pytest.raises(OutputError):
        check_new_file(tmp_path / "d" / "x.bin", force=False)
    directory.close()


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL],
                         ids=lambda s: signal.Signals(s).name)
def test_killed_run_leaves_no_half_written_file(tmp_path: Path, sig: int) -> None:
    """Killed in the middle of a batch: the key log (written at the end) does not exist, the
    plaintext files under their final names are complete, and SIGTERM leaves no .partial."""
    capture = tmp_path / "many.pcap"
    floods.write_pcap(capture, floods.short_connection_frames(20_000))
    reference = tmp_path / "reference"
    assert run(str(CAPTURE.path), *KEYS, "--dump-plaintext", str(reference)).returncode == 0
    out = tmp_path / "dump"
    keylog = tmp_path / "out.keylog"
    proc = subprocess.Popen([sys.executable, "-m", "tlcp_decode", str(CAPTURE.path),
                             str(capture), *KEYS, "--dump-plaintext", str(out), "--json", "-q",
                             "--write-keylog", str(keylog), "--jobs", "1"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    first = out / f"1-{CAPTURE.path.name}"
    deadline = time.monotonic() + 60
    while not (out / f"2-{capture.name}").exists():  # the first input is done
        assert time.monotonic() < deadline and proc.poll() is None
        time.sleep(0.05)
    time.sleep(0.5)  # stdout is not read: the decoder is blocked in the second input
    assert proc.poll() is None
    os.kill(proc.pid, sig)
    proc.wait(timeout=30)
    assert not keylog.exists()
    assert {p.name: p.read_bytes() for p in first.iterdir() if p.suffix == ".bin"} == {
        p.name: p.read_bytes() for p in reference.iterdir()}
    if sig == signal.SIGTERM:
        assert not _partials(out)
