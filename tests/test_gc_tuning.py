"""The collector's pace while decoding (issue 17): raised within a decode, put back after."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from tlcp_decode import cli, decode_command
from tlcp_decode.gc_tuning import DECODING_THRESHOLD, collecting_less_often

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def default_threshold() -> Iterator[tuple[int, int, int]]:
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield gc.get_threshold()
    gc.set_threshold(*before)


def test_the_threshold_is_raised_within_and_put_back_after(
        default_threshold: tuple[int, int, int]) -> None:
    with collecting_less_often():
        assert gc.get_threshold() == (DECODING_THRESHOLD, 10, 10)
    assert gc.get_threshold() == default_threshold
    with pytest.raises(RuntimeError), collecting_less_often():
        raise RuntimeError
    assert gc.get_threshold() == default_threshold


def test_a_threshold_already_higher_or_off_is_left_alone() -> None:
    before = gc.get_threshold()
    try:
        for threshold in (0, DECODING_THRESHOLD * 2):
            gc.set_threshold(threshold, 10, 10)
            with collecting_less_often():
                assert gc.get_threshold() == (threshold, 10, 10)
    finally:
        gc.set_threshold(*before)


def test_a_decode_runs_with_the_raised_threshold(default_threshold: tuple[int, int, int],
                                                  monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    seen: list[tuple[int, int, int]] = []
    decode_one = decode_command._decode_one

    def spy(*args: object, **kwargs: object) -> None:
        seen.append(gc.get_threshold())
        decode_one(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(decode_command, "_decode_one", spy)
    capture = ROOT / "pcaps/gmssl/gmssl_ecc_sm4_cbc_sm3.pcapng"
    assert cli.main(["--json", "--jobs", "1", str(capture)]) == 0
    assert seen == [(DECODING_THRESHOLD, 10, 10)]
    assert gc.get_threshold() == default_threshold
    assert '"type":"flow"' in capsys.readouterr().out


def _frozen_at_exit(code: str) -> int:
    """How many objects the collector had frozen when a decode run by ``code`` ended."""
    import subprocess
    import sys

    capture = ROOT / "pcaps/gmssl/gmssl_ecc_sm4_cbc_sm3.pcapng"
    script = (f"import atexit, gc, sys\natexit.register(lambda: print(gc.get_freeze_count(), "
              f"file=sys.stderr))\nsys.argv = ['tlcp-decode', '--json', '--jobs', '1', "
              f"{str(capture)!r}]\n{code}\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=True)
    return int(result.stderr.split()[-1])


def test_the_program_freezes_its_start_up_and_a_library_caller_does_not() -> None:
    assert _frozen_at_exit("from tlcp_decode.__main__ import run\nrun()") > 10_000
    assert _frozen_at_exit("from tlcp_decode.cli import main\nsys.exit(main())") == 0


def _program_collector(*args: str) -> tuple[int, int, bool]:
    """For ``tlcp-decode ARGS`` run as the program: how many imports its start-up made (after
    its first line raised the threshold, nothing frozen yet), how many of them with automatic
    collection on, and whether it was on at the end."""
    import subprocess
    import sys

    script = ("import atexit, gc, sys\nseen = []\n"
              "sys.addaudithook(lambda event, _: event == 'import' and "
              f"gc.get_threshold()[0] == {DECODING_THRESHOLD} and "
              "gc.get_freeze_count() == 0 and seen.append(gc.isenabled()))\n"
              "atexit.register(lambda: print(len(seen), sum(seen), gc.isenabled(), "
              "file=sys.stderr))\n"
              f"sys.argv = ['tlcp-decode', *{list(args)!r}]\n"
              "from tlcp_decode.__main__ import run\nrun()\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=True)
    imports, collecting, enabled = result.stderr.split()[-3:]
    return int(imports), int(collecting), enabled == "True"


def test_the_program_collects_nothing_during_its_start_up_and_collects_after_it() -> None:
    capture = str(ROOT / "pcaps/gmssl/gmssl_ecc_sm4_cbc_sm3.pcapng")
    for args in (["--json", capture], ["--json", "--jobs", "1", capture], [capture],
                 ["tables", "--format", "csv"]):
        imports, collecting, enabled = _program_collector(*args)
        assert imports > 50 and collecting == 0 and enabled, args
