"""Claimboard's leaderboards: from claims to what users see."""
from pathlib import Path

# Here, not in store.py, so that `claimboard --help` shows them without importing the
# store (and with it pydantic and every reader): see tests/test_cli.py.
#: The store every command uses unless given --db (or $CLAIMBOARD_DB).
DEFAULT_DB = Path("data/claimboard.sqlite")
#: Papers per ingest transaction: small enough that a commit comes every second or so
#: (readers see progress, a second writer waits briefly), large enough to amortise it.
BATCH_SIZE = 200
