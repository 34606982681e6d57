"""`make chromium` on a machine without the browser: the browser alone, quietly, with one
line saying what is installed and why (issue 10, item 14). apt-get is a stand-in here
that records its arguments and is as chatty as the real one."""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

FAKE_APT = """#!/bin/sh
echo "$@" >> "$APT_LOG"
i=0; while [ $i -lt 500 ]; do echo "Get:$i http://deb.debian.org/debian bookworm/main chromium"; i=$((i+1)); done
"""


def test_make_chromium_installs_only_the_browser_and_says_so_in_one_line(tmp_path):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "apt-get").write_text(FAKE_APT)
    (bin_dir / "apt-get").chmod(0o755)
    env = dict(os.environ, PATH=f"{bin_dir}:{os.environ['PATH']}", APT_LOG=str(tmp_path / "apt.log"))
    result = subprocess.run([shutil.which("make"), "--no-print-directory", "-C", str(ROOT), "chromium",
                             f"CHROMIUM={tmp_path / 'no-chromium'}"],
                            capture_output=True, text=True, env=env, check=False)
    lines = (result.stdout + result.stderr).strip().splitlines()
    assert len(lines) == 1 and "chromium" in lines[0] and "browser test" in lines[0], lines
    assert "--no-install-recommends" in lines[0] or os.geteuid() == 0
    if os.geteuid() == 0:  # as on CI: it installs
        assert result.returncode == 0
        calls = (tmp_path / "apt.log").read_text().splitlines()
        install = [call for call in calls if call.split()[:1] != ["update"]]
        assert install and all("--no-install-recommends" in call and "-qq" in call for call in install)
