"""The page in a real browser: `claimboard serve` on a free port, opened by Debian's
Chromium driven by Playwright. Screenshots go to artifacts/ (git-ignored).

Never skipped: without /usr/bin/chromium this fails and says how to install it
(`make test` and .ci/run install it first).
"""
from __future__ import annotations

import csv
import io
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

from extract.sources import default_corpus_path
from leaderboard.store import Store
from sample_data import HOSTILE, PAPERS, ScriptedExtractor

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
CLAIMBOARD = Path(sys.executable).with_name("claimboard")
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
NUMERIC = {"value", "value_max", "rank", "model_size", "span_start", "span_end"}


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.fail("no /usr/bin/chromium: `apt-get install -y chromium` (make test does this as root)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def serving(db: Path, log_path: Path):
    """`claimboard serve` on a free port until the block ends; yields the page URL."""
    port = free_port()
    with open(log_path, "wb") as log:
        server = subprocess.Popen([str(CLAIMBOARD), "serve", "--port", str(port), "--address", "127.0.0.1",
                                   "--db", str(db)], stdout=log, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as answer:
                        if answer.read() == b"ok":
                            break
                except OSError:
                    pass
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"the page did not come up:\n{log_path.read_text(errors='replace')}")
                time.sleep(0.3)
            yield f"http://127.0.0.1:{port}"
        finally:
            server.terminate()
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()


def open_page(browser, url: str):
    page = browser.new_page(viewport={"width": 1500, "height": 1100}, accept_downloads=True)
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(url)
    # The table draws on a canvas; its accessible twin (a hidden <table role=grid>) has the text.
    page.wait_for_selector("[data-testid='stDataFrame'] table[role='grid'] tr[aria-rowindex='2']",
                           state="attached", timeout=60_000)
    page.wait_for_selector("text=Evidence", timeout=30_000)
    return page, dialogs


def grid(page) -> list[dict[str, str]]:
    rows = page.evaluate("""() => Array.from(document.querySelectorAll(
        "[data-testid='stDataFrame'] table[role='grid'] tr")).map(
        tr => Array.from(tr.querySelectorAll('th, td')).map(cell => cell.textContent))""")
    header = rows[0]
    return [dict(zip(header, row)) for row in rows[1:]]


def toolbar_labels(page) -> list[str]:
    page.locator("[data-testid='stDataFrame']").first.hover()
    page.wait_for_selector("[data-testid='stElementToolbar']", state="attached")
    return page.evaluate("""() => Array.from(document.querySelectorAll(
        "[data-testid='stElementToolbar'] button")).map(b => b.getAttribute('aria-label') || b.textContent)""")


def test_default_corpus_fid_board_in_chromium(browser, tmp_path):
    db = tmp_path / "claimboard.sqlite"
    ingest = subprocess.run([str(CLAIMBOARD), "ingest", str(default_corpus_path()), "--db", str(db), "--no-progress"],
                            capture_output=True, text=True)
    assert ingest.returncode == 0, ingest.stderr
    with serving(db, tmp_path / "serve.log") as url:
        page, dialogs = open_page(browser, url)
        picked = page.get_by_role("combobox", name="Board").input_value()
        assert picked.startswith("ImageNet 256x256 / FID  (") and picked.endswith(" claims)")
        rows = grid(page)
        position = {(r["Model"], r["Value"]): n for n, r in enumerate(rows)}
        assert position[("xAR-H", "1.24")] < position[("M-VAR-d32", "1.78")]
        for row in rows:
            assert row["Paper link"].startswith(("https://", "http://")), row
        assert rows[0]["Rank"] == "1" and rows[0]["Model"] == "xAR-H"
        # The evidence of the top row: number marked, a real link to the paper.
        assert page.locator("blockquote.claim-evidence mark").first.inner_text() == "1.24"
        href = page.locator("a:has-text('Open paper')").first.get_attribute("href")
        assert href.startswith("https://huggingface.co/papers?q=Beyond+Next-Token")
        # Streamlit's own CSV download is off: ours is the only export.
        labels = toolbar_labels(page)
        assert labels and not any("download" in label.lower() for label in labels), labels
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "board-default-corpus.png"), full_page=True)
        page.close()
    assert dialogs == []


def test_hostile_text_stays_text_and_the_download_is_safe(browser, tmp_path):
    db = tmp_path / "sample.sqlite"
    with Store(db, extractor=ScriptedExtractor()) as store:
        store.ingest_papers(PAPERS)
    with serving(db, tmp_path / "serve.log") as url:
        page, dialogs = open_page(browser, url)
        hostile = [r for r in grid(page) if r["Model"] == "=cmd|' /C calc'!A0"]
        assert len(hostile) == 1 and hostile[0]["Paper"] == HOSTILE.title  # literally, tags and all

        # Select the hostile row (the row-marker checkbox is drawn at the left of its row).
        box = page.locator("[data-testid='stDataFrame'] canvas").first.bounding_box()
        row_height = box["height"] / 4  # header + 3 rows
        page.mouse.click(box["x"] + 14, box["y"] + row_height * 3.5)
        page.wait_for_function("""() => {
            const q = document.querySelector('blockquote.claim-evidence mark');
            return q && q.textContent === '3.5'; }""", timeout=30_000)
        quote = page.locator("blockquote.claim-evidence")
        assert "<img src=x onerror=alert(1)> and **not bold** and $x^2$ :smile: stay text." in quote.inner_text()
        assert quote.locator("img, strong, b, script").count() == 0
        assert page.get_by_text(f"Paper: {HOSTILE.title}", exact=True).count() == 1
        # javascript: URLs never became links.
        assert page.locator("a[href^='javascript']").count() == 0

        with page.expect_download() as download:
            page.get_by_role("button", name="Download this board (CSV)").click()
        text = Path(download.value.path()).read_text(encoding="utf-8")
        rows = list(csv.DictReader(io.StringIO(text, newline="")))
        assert [r["model"] for r in rows] == ["xAR-H", "M-VAR-d32", "'=cmd|' /C calc'!A0"]
        for row in rows:
            for column, cell in row.items():
                assert column in NUMERIC or not cell.startswith(TRIGGERS), (column, cell)
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "board-hostile-sample.png"), full_page=True)
        page.close()
    assert dialogs == [], "a script from the data ran"
