"""What a decoding run imports: the heavy libraries only when the capture or the options need
them, since importing them is most of the start-up cost of a run on a small capture.

Checked in a fresh interpreter (``sys.modules`` after ``cli.main``), not timed.
"""

from __future__ import annotations

import json
import struct
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
WITH_CERTIFICATES = ROOT / "pcaps/gmssl/gmssl_ecc_sm4_cbc_sm3.pcapng"
#: A capture with a certificate whose fields are not all read from its DER (an Ed25519 key:
#: session.der_fields), which asn1crypto's parser reads.
WITH_AN_ED25519_CERTIFICATE = ROOT / "pcaps/openssl-cli/tls12_ed25519.pcapng"
KEYLOG = ROOT / "pcaps/gmssl/gmssl_ecc_sm4_cbc_sm3.keylog"
HEAVY = ("asn1crypto", "asn1crypto.x509", "cryptography", "tlcp_decode.crypto")


def _imported_after(*args: str) -> set[str]:
    """The heavy modules imported by ``tlcp-decode ARGS`` (run in one process)."""
    code = ("import json, sys\nfrom tlcp_decode.cli import main\n"
            f"status = main({list(args)!r})\n"
            f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]), file=sys.stderr)\n"
            "sys.exit(status)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    return set(json.loads(result.stderr.strip().splitlines()[-1]))


def _empty_capture(folder: Path) -> Path:
    path = folder / "empty.pcap"
    path.write_bytes(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1))
    return path


def test_a_capture_without_certificates_imports_no_certificate_or_crypto_library(
        tmp_path: Path) -> None:
    assert _imported_after("--json", "--jobs", "1", str(_empty_capture(tmp_path))) == set()


def test_certificates_without_keys_need_asn1crypto_only() -> None:
    # (TLCP's certificates, read from their DER: asn1crypto's version, not its parser)
    assert _imported_after("--json", "--jobs", "1", str(WITH_CERTIFICATES)) == {"asn1crypto"}
    assert _imported_after("--json", "--jobs", "1", str(WITH_AN_ED25519_CERTIFICATE)) == {
        "asn1crypto", "asn1crypto.x509"}


def test_a_key_log_brings_the_crypto_package() -> None:
    imported = _imported_after("--json", "--jobs", "1", "--keylog", str(KEYLOG),
                               str(WITH_CERTIFICATES))
    assert {"cryptography", "tlcp_decode.crypto"} <= imported


def _program_imports(*args: str) -> set[str]:
    """Every module imported by ``python -m tlcp_decode ARGS`` (the program: its own ending,
    construct imported by tlcp_decode.deferred_imports), read from ``-X importtime``."""
    result = subprocess.run([sys.executable, "-X", "importtime", "-m", "tlcp_decode", *args],
                            capture_output=True, text=True, check=True)
    return {line.rpartition("|")[2].strip() for line in result.stderr.splitlines()
            if line.startswith("import time:")}


def test_the_program_imports_no_debugging_helpers_nor_ctypes_nor_csv(tmp_path: Path) -> None:
    capture = str(_empty_capture(tmp_path))
    for args in (["--json", "--jobs", "1"], ["--json"], []):
        imported = _program_imports(*args, capture)
        assert "tlcp_decode.tlcp.parser" in imported
        # construct's Probe and Debugger (tlcp_decode.deferred_imports), the tables' csv,
        # multiprocessing (the two processes are forked by tlcp_decode.parallel itself)
        assert not {"construct.debug", "pdb", "csv", "multiprocessing"} & imported, args
        if "--json" in args:  # (the text report uses inspect (rich) and the schemas)
            # inspect's code (with ast, dis, tokenize), which dataclasses imports: not run
            # (tlcp_decode.deferred_imports.defer_module, precompiled._SignatureDoc); the
            # construct schemas (the decoder parses with schema.fastparse)
            assert not {"inspect", "ast", "dis", "tokenize", "tlcp_decode.schema.handshake",
                        "tlcp_decode.schema.record", "tlcp_decode.schema.meta"} & imported, args
            # nor construct (tlcp_decode.schema.results: the generated parser's results are
            # stand-ins of its types)
            assert not {"construct.core", "construct.lib"} & imported, args
            # nor threading (lifetime.terminate_on_signals; the text report's rich uses it)
            assert "threading" not in imported, args
        # shutil (with bz2, lzma): argparse's formatter imports it for the terminal's width
        # (tlcp_decode.decode_arguments.HelpFormatter)
        assert "shutil" not in imported, args
        # nor ctypes (for prctl): the forked reading process ends with the decoder by its
        # lifeline (tlcp_decode.lifetime)
        assert "ctypes" not in imported, args


def test_session_tickets_and_certificates_do_not_run_hashlib() -> None:
    """hashlib loads OpenSSL's libcrypto (_hashlib, 11M instructions) for hashes the analysis
    does not use: its session-ticket keys are blake2b's, its HelloRetryRequest random is
    written out (tlcp_decode.session.analyzer, tlcp_decode.session.tls13)."""
    capture = ROOT / "pcaps/foreign-tls/OISF__tests__tls__tls-cert-issuer__tls.pcap"
    for args in (["--json", "--jobs", "1"], ["--json"]):
        assert "_hashlib" not in _program_imports(*args, str(capture)), args


def test_ticket_keys_are_hashlibs_blake2b() -> None:
    import hashlib

    from tlcp_decode.session.analyzer import _ticket_key

    ticket = bytes(range(200))
    assert _ticket_key(ticket) == hashlib.blake2b(ticket, digest_size=16).digest()


_NAMES = """\
import sys
{setup}
import construct
names = {{}}
exec("from construct import *", names)
import construct.debug
print(sorted(f"{{k}}={{getattr(v, '__module__', '')}}.{{getattr(v, '__qualname__', '')}}"
             for k, v in names.items() if k != "__builtins__"))
print(construct.Probe is construct.debug.Probe, construct.Debugger is construct.debug.Debugger)
"""


def test_construct_with_its_debugging_helpers_deferred_has_every_name() -> None:
    """construct's names are the same, imported ordinarily or with construct.debug deferred
    (the names construct exports from it are found on first use)."""
    outputs = []
    for setup in ("", "from tlcp_decode.deferred_imports import import_construct\n"
                      "import_construct()\nassert 'pdb' not in sys.modules",
                  "from tlcp_decode.deferred_imports import defer_construct\n"
                  "defer_construct()\nimport construct\n"
                  "assert 'construct.core' not in sys.modules\n"
                  "construct.Struct\nassert 'pdb' not in sys.modules"):
        result = subprocess.run([sys.executable, "-c", _NAMES.format(setup=setup)],
                                capture_output=True, text=True, check=True)
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1] == outputs[2]
    assert "Probe=construct.debug.Probe" in outputs[0] and outputs[0].endswith("True True\n")


_DEFERRED = """\
import sys
from tlcp_decode.deferred_imports import defer_module
defer_module("{name}")
import {name}
before = "{probe}" in sys.modules
{use}
print(before, "{probe}" in sys.modules, type(sys.modules["{name}"]) is type(sys), flush=True)
print(sorted(vars(sys.modules["{name}"])))
"""


def _run_deferred(name: str, probe: str, use: str, defer: bool = True) -> list[str]:
    code = _DEFERRED.format(name=name, probe=probe, use=use)
    if not defer:
        code = code.replace('defer_module("', 'str("')
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    return [result.stdout, result.stderr.strip().splitlines()[-1:]]


def test_a_deferred_module_runs_when_a_name_is_first_used() -> None:
    """``import inspect`` finds the deferred module without running it (dataclasses' import
    too); a name looked up in it runs it, and then it is the module an ordinary import makes
    (same names)."""
    ordinary = _run_deferred("inspect", "ast", "", defer=False)
    assert ordinary[0].startswith("True True True\n")
    for use in ("inspect.isclass(int)", "from inspect import isclass",
                "import dataclasses\nassert 'ast' not in sys.modules\ninspect.isclass"):
        deferred = _run_deferred("inspect", "ast", use)
        assert deferred[0].startswith("False True True\n"), (use, deferred)
        assert deferred[0].splitlines()[1] == ordinary[0].splitlines()[1]


def test_a_deferred_module_that_fails_is_not_left_imported(tmp_path: Path) -> None:
    (tmp_path / "failing_when_run.py").write_text("x = 1\nraise ValueError('ran')\n")
    code = (f"import sys\nsys.path.insert(0, {str(tmp_path)!r})\n"
            "from tlcp_decode.deferred_imports import defer_module\n"
            "defer_module('failing_when_run')\nimport failing_when_run\n"
            "try:\n    failing_when_run.x\nexcept ValueError as exc:\n    print(exc)\n"
            "print('failing_when_run' in sys.modules)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout == "ran\nFalse\n"


def test_packages_and_unknown_modules_are_not_deferred() -> None:
    from tlcp_decode.deferred_imports import defer_module

    before = dict(sys.modules)
    defer_module("no_such_module_anywhere")
    defer_module("sys")  # imported already: left alone
    assert sys.modules == before
    code = ("import sys\nfrom tlcp_decode.deferred_imports import defer_module\n"
            "defer_module('email')\nprint('email' in sys.modules)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout == "False\n"


def test_a_run_on_certificates_runs_no_module_it_does_not_use() -> None:
    """asn1crypto's imports for IP addresses, internationalised domain names and its error
    messages (deferred_imports.defer_asn1crypto_helpers), copy and datetime's Python code
    (tlcp_decode.__main__.defer_unused_imports) are deferred: a run on certificates does not
    run them."""
    for args in (["--json", "--jobs", "1"], ["--json"], []):
        imported = _program_imports(*args, str(WITH_AN_ED25519_CERTIFICATE))
        assert "asn1crypto.x509" in imported, args
        assert not {"socket", "selectors", "encodings.idna", "stringprep", "textwrap", "copy",
                    "datetime"} & imported, args


_ACCELERATED = """\
import sys
{setup}
from datetime import UTC, datetime
import datetime as module
import _datetime
print(type(module) is type(sys), datetime(2024, 5, 6, tzinfo=UTC).isoformat())
print(module.timedelta(days=1), type(module) is type(sys))
module.__all__  # (a name _datetime has not: runs the code of a deferred datetime)
print(type(module) is type(sys), all(getattr(module, name) is value for name, value in
                                     vars(_datetime).items() if not name.startswith("_")))
print(sorted(vars(module)))
"""


def _ordinary_and_deferred(code: str, deferral: str) -> tuple[list[str], list[str]]:
    """The lines ``code`` prints run as it is, and with ``deferral`` in its ``{setup}``."""
    outputs = []
    for setup in ("", deferral):
        result = subprocess.run([sys.executable, "-c", code.format(setup=setup)],
                                capture_output=True, text=True, check=True)
        outputs.append(result.stdout.splitlines())
    return outputs[0], outputs[1]


def test_a_module_of_an_accelerator_deferred_has_the_accelerators_names() -> None:
    """datetime deferred with _datetime's public names: they are found without running its
    code; another name runs it, and then it is the module an ordinary import makes."""
    ordinary, deferred = _ordinary_and_deferred(
        _ACCELERATED, "from tlcp_decode.deferred_imports import defer_module_of_accelerator\n"
                      "defer_module_of_accelerator('datetime', '_datetime')")
    assert ordinary[:2] == ["True 2024-05-06T00:00:00+00:00", "1 day, 0:00:00 True"]
    assert deferred[:2] == ["False 2024-05-06T00:00:00+00:00", "1 day, 0:00:00 False"]
    assert ordinary[2:] == deferred[2:] and ordinary[2] == "True True"


_ASN1CRYPTO_HELPERS = """\
import sys
{setup}
from asn1crypto import util, x509
helpers = ("socket", "selectors", "encodings.idna", "stringprep", "textwrap")
print([name for name in helpers if type(sys.modules.get(name)) is type(sys)])
address = x509.GeneralName(name="ip_address", value="192.0.2.1")
print(x509.GeneralName.load(address.dump()).native)
name = x509.DNSName("b\u00fccher.example")
print(name.dump(), x509.DNSName.load(name.dump()).native)
try:
    x509.DNSName(5)
except TypeError as exc:
    print(exc)
import encodings.idna, socket, stringprep, textwrap
print(repr(socket.AF_INET6), util.inet_ntop is socket.inet_ntop,
      encodings.idna.ToASCII("b\u00fccher"), textwrap.dedent("  a"), stringprep.in_table_a1("a"))
print([name for name in helpers if type(sys.modules.get(name)) is type(sys)])
print(sorted(vars(socket)), sorted(vars(encodings.idna)))
"""


def test_asn1crypto_works_with_its_helpers_deferred() -> None:
    """With socket, encodings.idna, stringprep and textwrap deferred, asn1crypto imports
    without running them, and what uses them (IP addresses, IDNA names, an error message;
    the modules themselves) works as with an ordinary import: same output, same modules."""
    ordinary, deferred = _ordinary_and_deferred(
        _ASN1CRYPTO_HELPERS, "from tlcp_decode.deferred_imports import defer_asn1crypto_helpers\n"
                             "defer_asn1crypto_helpers()")
    assert ordinary[0] != "[]" and deferred[0] == "[]"
    assert ordinary[1:] == deferred[1:]
    assert "192.0.2.1" in deferred[1]
    assert deferred[-3].startswith("<AddressFamily.AF_INET6: 10> True")


_AT_THE_FORK = """\
import os, sys
os.register_at_fork(before=lambda: print("forked after:", *sorted(
    name for name, module in sys.modules.items() if type(module) is type(sys)),
    file=sys.stderr))
sys.argv = ["tlcp-decode", *{args!r}]
from tlcp_decode.__main__ import run
run()
"""

#: Modules only the analysing process uses: the session analysis (with the generated checks
#: of the messages it does not read), the JSON writer, the model (the reading process makes
#: only its warnings: tlcp_decode.model_base) with the session's crypto values, and hashlib
#: (construct imports it, the analysis uses it; deferred_imports.defer_module).
ANALYSIS_ONLY = ("tlcp_decode.pipeline", "tlcp_decode.session.analyzer",
                 "tlcp_decode.schema.fastcheck",
                 "tlcp_decode.session.build", "tlcp_decode.session.checks",
                 "tlcp_decode.json_output", "tlcp_decode.report.jsonl",
                 "tlcp_decode.report.servers", "tlcp_decode.report.flowview",
                 "tlcp_decode.model", "tlcp_decode.session.crypto_values", "hashlib",
                 "_hashlib", "json", "orjson")


def test_the_reading_process_is_forked_before_the_analysis_is_imported() -> None:
    """In two processes the program forks the reading one before it imports the analysis
    (which only the analysing one runs): what was imported (run) at the fork is what reading
    needs, and the output is the one process's."""
    from tlcp_decode import parallel

    if not parallel.available():
        pytest.skip("one CPU: no second process")
    outputs = []
    for jobs in ("2", "1"):
        args = ["--json", "--jobs", jobs, str(WITH_CERTIFICATES)]
        result = subprocess.run([sys.executable, "-c", _AT_THE_FORK.format(args=args)],
                                capture_output=True, text=True, check=True)
        outputs.append(result.stdout)
        forks = [line.split()[2:] for line in result.stderr.splitlines()
                 if line.startswith("forked after:")]
        if jobs == "1":
            assert forks == []
            continue
        (imported,) = forks
        assert {"tlcp_decode.parallel", "tlcp_decode.reading", "tlcp_decode.record_stage",
                "tlcp_decode.source.native", "tlcp_decode.tlcp.parser"} <= set(imported)
        assert not set(ANALYSIS_ONLY) & set(imported)
        # nor pickle.py (the pipe's pickles are _pickle's: tlcp_decode.parallel), nor construct
        # (tlcp_decode.schema.results) with platform
        assert not {"pickle", "construct.core", "platform"} & set(imported)
    assert outputs[0] == outputs[1] and '"type":"flow"' in outputs[0]


def test_a_json_run_compiles_no_escape_pattern(tmp_path: Path) -> None:
    """report.escape compiles its patterns when first used (the one-line messages on stderr,
    the text report), not in every start-up; they are the ones it always had."""
    code = ("import sys\nfrom tlcp_decode.cli import main\nfrom tlcp_decode.report import escape\n"
            f"status = main(['--json', '--jobs', '1', {str(_empty_capture(tmp_path))!r}])\n"
            "print(escape._compiled.cache_info().currsize, file=sys.stderr)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stderr.split()[-1] == "0"
    from tlcp_decode.report import escape

    assert escape.CONTROL.pattern == (
        "[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ue000-\ue01f]")
    assert escape.CONTROL_IN_LINE.pattern == (
        "[\x00-\x09\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
    assert escape.escape_controls("a\x1bb\u202ec\n") == "a\\x1bb\\u202ec\\x0a"
    with pytest.raises(AttributeError):
        escape.NO_SUCH_PATTERN  # noqa: B018
