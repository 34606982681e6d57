"""The page in a real browser: `claimboard serve` on a free port, opened by Debian's
Chromium driven by Playwright. Screenshots go to artifacts/ (git-ignored).

Never skipped: without /usr/bin/chromium this fails and says how to install it
(`make test` and .ci/run install it first).
"""
from __future__ import annotations

import csv
import io
import subprocess
from contextlib import contextmanager
from pathlib import Path

import pytest
from sample_data import (
    HOSTILE,
    HOSTILE_DATASET,
    HOSTILE_NAMES,
    PAPERS,
    ScriptedExtractor,
)
from served import (
    CHROMIUM,
    CLAIMBOARD,
    FIRST_GRID_ROW,
    ServerDidNotStart,
    launch_chromium,
    serve_command,
    serving,
)

from extract.sources import default_corpus_path
from leaderboard import history, tables
from leaderboard.store import Store, load_frame

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
NUMERIC = {"value", "value_max", "rank", "model_size", "span_start", "span_end"}


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.fail("no /usr/bin/chromium: `apt-get install -y chromium` (make test does this as root)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = launch_chromium(playwright)
        yield launched
        launched.close()


@contextmanager
def serving_db(db: Path, log_path: Path):
    try:
        with serving(lambda port: serve_command(db, port), log_path) as url:
            yield url
    except ServerDidNotStart as error:
        pytest.fail(f"the page did not come up:\n{error}")


def open_page(browser, url: str):
    page = browser.new_page(viewport={"width": 1500, "height": 1100}, accept_downloads=True)
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(url)
    page.wait_for_selector(FIRST_GRID_ROW, state="attached", timeout=60_000)
    page.wait_for_selector("text=Evidence", timeout=30_000)
    return page, dialogs


def grid(page) -> list[dict[str, str]]:
    rows = page.evaluate("""() => Array.from(document.querySelectorAll(
        "[data-testid='stDataFrame'] table[role='grid'] tr")).map(
        tr => Array.from(tr.querySelectorAll('th, td')).map(cell => cell.textContent))""")
    header = rows[0]
    return [dict(zip(header, row)) for row in rows[1:]]


def toolbar_labels(page) -> list[str]:
    """The buttons of the board table's own toolbar (the chart has its own)."""
    table = page.locator("[data-testid='stElementContainer']:has([data-testid='stDataFrame'])").first
    table.hover()
    table.locator("[data-testid='stElementToolbar']").wait_for(state="attached")
    return table.locator("[data-testid='stElementToolbar'] button").evaluate_all(
        "buttons => buttons.map(b => b.getAttribute('aria-label') || b.textContent)")


def test_default_corpus_fid_board_in_chromium(browser, tmp_path):
    db = tmp_path / "claimboard.sqlite"
    ingest = subprocess.run([str(CLAIMBOARD), "ingest", str(default_corpus_path()), "--db", str(db), "--no-progress"],
                            capture_output=True, text=True, check=False)
    assert ingest.returncode == 0, ingest.stderr
    with serving_db(db, tmp_path / "serve.log") as url:
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
        store.ingest_papers([*PAPERS, HOSTILE_NAMES])
    with serving_db(db, tmp_path / "serve.log") as url:
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
        paper_line = page.get_by_text(f"Paper: {HOSTILE.title}", exact=True)
        paper_line.wait_for(timeout=30_000)  # drawn just after the sentence
        assert paper_line.count() == 1
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

        # A board named by markup: the picker and the table show it as typed.
        label = f"{HOSTILE_DATASET} / FID  (1 claim)"
        # Back up to the picker first: a click that scrolls the page far only focuses it.
        page.get_by_role("combobox", name="Board").scroll_into_view_if_needed()
        page.wait_for_timeout(300)
        page.get_by_role("combobox", name="Board").click()
        option = page.get_by_role("option", name=label, exact=True)
        option.wait_for(timeout=30_000)
        assert option.count() == 1 and option.locator("i, strong, b, img").count() == 0
        option.click()
        page.wait_for_function("""() => Array.from(document.querySelectorAll(
            "[data-testid='stDataFrame'] table[role='grid'] td")).some(td => td.textContent === '**M** <b>x</b>')""",
                               timeout=30_000)
        assert page.get_by_role("combobox", name="Board").input_value() == label
        page.screenshot(path=str(ARTIFACTS / "board-hostile-names.png"), full_page=True)
        page.close()
    assert dialogs == [], "a script from the data ran"


def dated_rows(rows: list[dict[str, str]]) -> int:
    return sum(1 for row in rows if row.get("Date", "").strip() not in ("", "—"))


def wait_for_grid(page, predicate_js: str) -> None:
    page.wait_for_function("""(test) => { const rows = Array.from(document.querySelectorAll(
        "[data-testid='stDataFrame'] table[role='grid'] tr")).map(tr => Array.from(tr.querySelectorAll('th, td'))
        .map(cell => cell.textContent)); return new Function('rows', test)(rows); }""", arg=predicate_js, timeout=30_000)


def test_boards_with_settings_chart_url_and_derived_rows_on_the_default_corpus_and_examples(browser, tmp_path):
    db = tmp_path / "claimboard.sqlite"
    examples = sorted(str(p) for p in (default_corpus_path().parent / "examples").iterdir())
    ingest = subprocess.run([str(CLAIMBOARD), "ingest", str(default_corpus_path()), *examples, "--db", str(db),
                             "--no-progress"], capture_output=True, text=True, check=False)
    assert ingest.returncode == 0, ingest.stderr
    with serving_db(db, tmp_path / "serve.log") as url:
        # A board, a view and a date filter (which leaves out the VAR paper of 2024-04-03), by URL.
        page, dialogs = open_page(browser, f"{url}/?board=ImageNet%20256x256%2FFID&rows=Every%20claim"
                                           "&dates=2024-06-01&dates=2025-12-03")
        page.set_viewport_size({"width": 1400, "height": 1100})
        assert page.get_by_role("combobox", name="Board").input_value().startswith("ImageNet 256x256 / FID  (")
        rows = grid(page)
        assert ("VAR", "1.8") not in {(r["Model"], r["Value"]) for r in rows}
        # The chart: one point per dated row of the board.
        chart_points = f"[data-testid='stVegaLiteChart'] svg {history.POINT_SELECTOR}"
        page.wait_for_selector(chart_points, state="attached")
        points = page.locator(chart_points)
        assert points.count() == dated_rows(rows) > 5
        # Hovering a point shows its model, value, paper and setting (as text).
        points.first.scroll_into_view_if_needed()
        points.first.hover(force=True)
        page.wait_for_selector("#vg-tooltip-element.visible", timeout=30_000)
        tip = page.locator("#vg-tooltip-element").inner_text()
        assert all(label in tip for label in ("Model", "FID", "Paper", "Setting", "Date")), tip
        assert any(r["Model"] in tip and r["Paper"] in tip for r in rows), tip
        # Both one-step DD results (VAR's and LlamaGen's distillation) are rows of their
        # own, told apart by their Setting (the host each one distils).
        dd = {r["Value"]: r["Setting"] for r in rows if r["Model"] == "DD"}
        assert set(dd) == {"9.96", "11.35"} and len(set(dd.values())) == 2, dd
        assert "VAR" in dd["9.96"] and "LlamaGen" in dd["11.35"], dd
        # Derived rows: none until asked for, then marked.
        assert all(r.get("Marker") != "derived" for r in rows)
        page.get_by_text("Show derived results").click()
        wait_for_grid(page, "return rows.some(r => r.includes('derived'))")
        rows = grid(page)
        derived = {(r["Model"], r["Value"]) for r in rows if r.get("Marker") == "derived"}
        assert ("LlamaGen", "2.18") in derived and all(r["Rank"] in ("", "—") for r in rows if r.get("Marker") == "derived")
        page.wait_for_function("() => window.location.search.includes('derived=true')", timeout=30_000)
        # The copy-link box names this board the way the URL does.
        code = page.locator("[data-testid='stCode']").first
        link = code.locator("code").inner_text()
        assert link.startswith(f"{url}/?board=ImageNet%20256x256%2FFID&") and "derived=true" in link
        assert code.locator("button[aria-label='Copy to clipboard']").count() == 1
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "board-fid-derived-chart.png"), full_page=True)

        # Reload: the same board, view and switches.
        page.reload()
        page.wait_for_selector(FIRST_GRID_ROW, state="attached", timeout=60_000)
        wait_for_grid(page, "return rows.some(r => r.includes('derived'))")
        assert page.get_by_role("combobox", name="Board").input_value().startswith("ImageNet 256x256 / FID  (")
        assert "board=ImageNet" in page.url and "derived=true" in page.url and "dates=2024-06-01" in page.url
        assert ("VAR", "1.8") not in {(r["Model"], r["Value"]) for r in grid(page)}

        # Another board by URL: its Setting column tells the rows of one model apart.
        page.goto(f"{url}/?board=ImageNet%20128x128%2FFID")
        page.wait_for_selector(FIRST_GRID_ROW, state="attached", timeout=60_000)
        wait_for_grid(page, "return rows.length > 1 && rows[0].includes('Setting')")
        assert page.get_by_role("combobox", name="Board").input_value().startswith("ImageNet 128x128 / FID  (")
        settings = {(r["Model"], r["Value"], r["Setting"]) for r in grid(page)}
        arflow = {(value, setting) for model, value, setting in settings if model == "ARFlow"}
        assert len(arflow) == 2 and len({setting for _, setting in arflow}) == 2, settings
        page.screenshot(path=str(ARTIFACTS / "board-settings-by-url.png"), full_page=True)

        # The Conflicts view lists the claims tables.conflicts finds, each with its sentence
        # (which ones depends on the extractor's models and conditions: there were VAR's own 1.8
        # and the 4.19 another paper quotes; that one now has its setting, 10 steps, so none).
        expected = tables.conflicts(load_frame(db))
        page.get_by_role("tab", name="Conflicts").click()
        # the Conflicts tab's own caption, not a " conflict" the previous tab may still show
        page.get_by_text("the same model, board and setting", exact=False).wait_for(timeout=30_000)
        if expected.empty:
            assert page.get_by_text("0 conflicts:", exact=False).count() == 1
        else:
            wait_for_grid(page, f"return rows.length === {len(expected) + 1} && rows[0].includes('Evidence')")
            shown = {(r["Model"], r["Value"], r["Evidence"]) for r in grid(page)}
            assert shown == {(m, f"{v:g}", s) for m, v, s in zip(expected["model"], expected["value"],
                                                                 expected["sentence"])}
        page.screenshot(path=str(ARTIFACTS / "conflicts-default-corpus.png"), full_page=True)
        page.close()
    assert dialogs == []
