"""`python -m leaderboard.serve run leaderboard/app.py [streamlit options]`: Streamlit's
own command line, in a process that has already imported what the page needs.

Streamlit imports a page's modules only when the first visitor arrives, so pandas,
pyarrow and leaderboard.* (about a second together) would slow the first render;
`claimboard serve` starts the server through here so they are loaded at start-up.
"""
import sys

import pandas  # noqa: F401
import pyarrow.feather  # noqa: F401

import leaderboard.evidence  # noqa: F401
import leaderboard.export  # noqa: F401
import leaderboard.links  # noqa: F401
import leaderboard.store  # noqa: F401
import leaderboard.tables  # noqa: F401
from streamlit.web.cli import main

if __name__ == "__main__":
    sys.exit(main(prog_name="streamlit"))
