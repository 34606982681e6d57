"""`python -m leaderboard.serve run leaderboard/app.py [streamlit options]`: Streamlit's
own command line, in a process that has already imported what the page needs.

Streamlit imports a page's modules only when the first visitor arrives, so pandas,
pyarrow and leaderboard.* (about a second together) would slow the first render;
`claimboard serve` starts the server through here so they are loaded at start-up.
"""
import sys

import pandas
import pyarrow.feather
from streamlit.web.cli import main

import leaderboard.evidence
import leaderboard.export
import leaderboard.links
import leaderboard.store
import leaderboard.tables

#: Imported for their side effect: loaded before the first visitor arrives.
PRELOADED = (pandas, pyarrow.feather, leaderboard.evidence, leaderboard.export, leaderboard.links,
             leaderboard.store, leaderboard.tables)

if __name__ == "__main__":
    sys.exit(main(prog_name="streamlit"))
