"""Serving the page and driving Debian's Chromium: shared by the browser test and the
page benchmark."""
from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
CLAIMBOARD = Path(sys.executable).with_name("claimboard")
#: The hidden accessible twin of a st.dataframe (which draws on a canvas): its rows carry the text.
FIRST_GRID_ROW = "[data-testid='stDataFrame'] table[role='grid'] tr[aria-rowindex='2']"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def serve_command(db: Path, port: int) -> list[str]:
    return [str(CLAIMBOARD), "serve", "--port", str(port), "--address", "127.0.0.1", "--db", str(db)]


def bare_streamlit_command(script: Path, port: int) -> list[str]:
    return [sys.executable, "-m", "streamlit", "run", str(script), "--server.port", str(port),
            "--server.address", "127.0.0.1", "--server.headless", "true",
            "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"]


class ServerDidNotStart(RuntimeError):
    pass


@contextmanager
def serving(command_for_port, log_path: Path, timeout_s: float = 60.0):
    """Run `command_for_port(port)` on a free port until the block ends; yields the URL
    once Streamlit's health check answers."""
    port = free_port()
    with open(log_path, "wb") as log:
        server = subprocess.Popen(command_for_port(port), stdout=log, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + timeout_s
            while True:
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as answer:
                        if answer.read() == b"ok":
                            break
                except OSError:
                    pass
                if server.poll() is not None or time.monotonic() > deadline:
                    raise ServerDidNotStart(log_path.read_text(errors="replace"))
                time.sleep(0.2)
            yield f"http://127.0.0.1:{port}"
        finally:
            server.terminate()
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()


def launch_chromium(playwright):
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
