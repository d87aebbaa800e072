"""The HTML report in a real browser: Debian's headless Chromium driven by selenium.

One browser session serves every check of this file (start-up is the slow part). The report
is opened from a file: URL with no network; the checks: no console error, no request but the
file itself, the server table and verdicts, the ladder of chosen connections (one arrow per
TCP control segment and TLCP message with its frame number, both lifelines' states equal to
the decoder's), the same in Chinese, a screenshot of a ladder kept as a test artifact, and a
PDF print whose text holds the verdicts.
"""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import PCAPS, ROOT

from tlcp_decode.cli import main

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ARTIFACTS = ROOT / "tmp" / "artifacts"  # screenshots and PDFs of the last run (not committed)

pytestmark = pytest.mark.skipif(
    not (CHROMIUM.exists() and CHROMEDRIVER.exists() and shutil.which("pdftotext")),
    reason="needs Debian's chromium, chromium-driver and poppler-utils (.ci/run installs them)")

UNTRUSTED = PCAPS / "gmssl" / "gmssl_ecc_untrusted_ca_alert.pcapng"
RESUME = PCAPS / "tongsuo" / "tongsuo_ecc_sm4_cbc_sm3_resume.pcapng"
RSA = PCAPS / "tongsuo" / "tongsuo_rsa_sm4_cbc_sm3.pcapng"
TLS12 = PCAPS / "gmssl-segmented" / "19_alert_tls12_client_to_tlcp_server.pcapng"
CAPTURES = [UNTRUSTED, RESUME, RSA, TLS12]


@pytest.fixture(scope="module")
def driver() -> Iterator[Any]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--window-size=1280,1000", "--no-first-run", "--disable-extensions",
                 "--disable-background-networking", "--disable-component-update"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    # the driver is given explicitly, so Selenium Manager never looks for (or downloads) one
    browser = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)),
                               options=options)
    try:
        yield browser
    finally:
        browser.quit()


def _report(tmp: Path, name: str, *extra: str) -> Path:
    out = tmp / name
    status = main(["report", *map(str, CAPTURES), "-o", str(out), "--keylog",
                   str(RESUME.with_suffix(".keylog")), *extra])
    assert status == 0
    return out


def _decoded(path: Path) -> list[dict[str, Any]]:
    import contextlib
    import io

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        assert main([str(path), "--json", "-q"]) == 0
    return [json.loads(line) for line in buffer.getvalue().splitlines()]


def _tshark_control_frames(path: Path, port: int) -> list[int]:
    """Frames of SYN, SYN+ACK, FIN and RST segments, and the handshake's ACK, per tshark."""
    fields = subprocess.run(
        ["tshark", "-r", str(path), "-Y", f"tcp.port == {port}", "-T", "fields",
         "-e", "frame.number", "-e", "tcp.flags.syn", "-e", "tcp.flags.fin",
         "-e", "tcp.flags.reset", "-e", "tcp.flags.ack", "-e", "tcp.len"],
        capture_output=True, text=True, check=True, timeout=60).stdout.split("\n")
    frames = []
    synack_seen = handshake_ack = False
    for line in filter(None, fields):
        frame, syn, fin, rst, ack, length = line.split("\t")
        flagged = [v in ("1", "True") for v in (syn, fin, rst, ack)]
        if flagged[0] or flagged[1] or flagged[2]:
            frames.append(int(frame))
            synack_seen |= flagged[0] and flagged[3]
        elif synack_seen and not handshake_ack and flagged[3]:
            frames.append(int(frame))  # the first ACK after the SYN+ACK
            handshake_ack = True
    return frames


def _open(driver: Any, path: Path, anchor: str = "") -> list[dict[str, Any]]:
    """Load the report; return the network requests the page made."""
    driver.get_log("performance")  # forget earlier pages' events
    driver.get(path.resolve().as_uri() + anchor)
    requests = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            requests.append(message["params"]["request"])
    return requests


def _ladder(driver: Any, anchor: str) -> tuple[list[str], list[str], list[str], list[str]]:
    from selenium.webdriver.common.by import By

    svg = driver.find_element(By.CSS_SELECTOR, f"#{anchor} svg.lad")
    frames = [g.get_attribute("data-frame") for g in svg.find_elements(By.CSS_SELECTOR, "g.a")]
    labels = [t.get_attribute("textContent")
              for t in svg.find_elements(By.CSS_SELECTOR, "g.a text")]
    client = [t.get_attribute("textContent")
              for t in svg.find_elements(By.CSS_SELECTOR, 'text.st[data-end="client"]')]
    server = [t.get_attribute("textContent")
              for t in svg.find_elements(By.CSS_SELECTOR, 'text.st[data-end="server"]')]
    return frames, labels, client, server


def test_report_in_chromium(driver: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    page = _report(tmp_path, "report.html")
    requests = _open(driver, page, "#f1c1")
    assert [r["url"] for r in requests] == [page.resolve().as_uri() + "#f1c1"] or \
        {r["url"].split("#")[0] for r in requests} == {page.resolve().as_uri()}
    errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []

    # the server table, one row per server, with the verdicts a MANIFEST reader expects
    rows = driver.find_elements(By.CSS_SELECTOR, "#srvs tbody tr")
    verdicts = {r.find_element(By.CSS_SELECTOR, "td").text:
                r.find_element(By.CSS_SELECTOR, ".v").text for r in rows}
    assert verdicts == {"127.0.0.1:24448": "attention", "127.0.0.1:34441": "pass",
                        "127.0.0.1:34435": "attention", "127.0.0.1:20119": "attention"}

    # the untrusted-CA connection (opened by the link): its ladder against tshark and the JSON
    assert driver.find_element(By.ID, "f1c1").get_attribute("open") is not None
    flow = _decoded(UNTRUSTED)[0]
    tlcp = flow["tlcp"]
    expected = sorted(_tshark_control_frames(UNTRUSTED, 24448)
                      + [m["frame"] for m in tlcp["handshake"]]
                      + [a["frame"] for a in tlcp["alerts"]])
    frames, labels, client, server = _ladder(driver, "f1c1")
    assert sorted(int(f) for f in frames) == expected
    assert all(label.split(" ")[0] == frame for label, frame in zip(labels, frames, strict=True))
    assert "14 Alert fatal bad_certificate" in labels and "1 SYN" in labels
    assert client == flow["tcp"]["client_states"]
    assert server == flow["tcp"]["server_states"]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    driver.find_element(By.CSS_SELECTOR, "#f1c1 svg.lad").screenshot(
        str(ARTIFACTS / "ladder-untrusted-ca.png"))
    assert (ARTIFACTS / "ladder-untrusted-ca.png").stat().st_size > 1000

    # a resumed connection: encrypted messages marked, application data grouped, and a link
    # to the connection that created the session
    resumed = _decoded(RESUME)[2]
    anchor = f"f2c{resumed['index']}"
    frames, labels, client, server = _ladder(driver, anchor)
    assert client == resumed["tcp"]["client_states"]
    assert server == resumed["tcp"]["server_states"]
    assert any(label.endswith("{Finished}") for label in labels)
    link = driver.find_element(By.CSS_SELECTOR, f"#{anchor} svg.lad a")
    assert link.get_dom_attribute("href").endswith(f"#f2c{resumed['tlcp']['resumed_from']}")

    # sorting and filtering (the script's enhancement)
    search = driver.find_element(By.ID, "flt")
    search.send_keys("34435")
    visible = [r for r in driver.find_elements(By.CSS_SELECTOR, "#conns tbody tr")
               if r.is_displayed()]
    assert len(visible) == 1 and "RSA_SM4_CBC_SM3" in visible[0].text

    # print to PDF: the verdicts and findings are in the text of the pages
    pdf = driver.execute_cdp_cmd("Page.printToPDF", {"printBackground": True})
    (ARTIFACTS / "report.pdf").write_bytes(base64.b64decode(pdf["data"]))
    text = subprocess.run(["pdftotext", "-layout", str(ARTIFACTS / "report.pdf"), "-"],
                          capture_output=True, text=True, check=True, timeout=60).stdout
    assert "127.0.0.1:24448" in text and "attention" in text and "pass" in text
    assert "bad_certificate" in text
    assert text.index("Servers and verdicts") < text.index("Connections")


@pytest.fixture
def english_afterwards() -> Iterator[None]:
    """The report sets the process's language: leave it English for the next test."""
    from tlcp_decode.report import i18n

    yield
    i18n.set_language("en")


@pytest.mark.usefixtures("english_afterwards")
def test_chinese_report_in_chromium(driver: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    page = _report(tmp_path, "report-zh.html", "--lang", "zh")
    _open(driver, page, "#f1c1")
    assert [e for e in driver.get_log("browser") if e["level"] == "SEVERE"] == []
    body = driver.find_element(By.TAG_NAME, "body").get_attribute("textContent")
    for term in ("密码套件", "签名证书", "加密证书", "密钥用法", "会话复用", "双向身份鉴别", "需关注",
                 "通过"):
        assert term in body, term
    flow = _decoded(UNTRUSTED)[0]
    frames, labels, client, server = _ladder(driver, "f1c1")
    assert client == flow["tcp"]["client_states"] and server == flow["tcp"]["server_states"]
    assert "14 Alert 致命 bad_certificate" in labels  # the level in Chinese, the alert by its name
    driver.find_element(By.CSS_SELECTOR, "#f1c1 svg.lad").screenshot(
        str(ARTIFACTS / "ladder-untrusted-ca-zh.png"))
    pdf = driver.execute_cdp_cmd("Page.printToPDF", {})
    (ARTIFACTS / "report-zh.pdf").write_bytes(base64.b64decode(pdf["data"]))
    text = subprocess.run(["pdftotext", str(ARTIFACTS / "report-zh.pdf"), "-"],
                          capture_output=True, text=True, check=True, timeout=60).stdout
    assert "需关注" in text and "通过" in text
