"""The SQLite store: papers and the claims extracted from them.

One paper is one row, however many sources and runs it arrives from:

* identity is the paper `id`; a paper whose id is not stored but whose title reduces to
  the same `title_key` is the same paper, and once any source gives an arXiv id, that id
  becomes the row's id (claims follow through ON UPDATE CASCADE);
* merging keeps non-null fields, the newer non-null value winning;
* a title-key match merges only papers whose titles are the same text (letters and
  digits of every script, case folded): a key that loses characters never joins two
  different papers;
* claims are written only when a paper is new or its abstract text changed, and then
  replace the old ones, so ingesting the same file twice changes nothing;
* ingest commits in batches of papers (`BATCH_SIZE`), each paper whole with its claims:
  an interrupted ingest loses at most the batch in flight, never half a paper, and no
  transaction is held for long, so a second writer gets its turn between batches.
  Running the same ingest again skips every paper already stored (no extraction, no
  write): it resumes after the last committed batch;
* readers (`Store(path, readonly=True)`: `boards`, `export`, the page) open the file
  read-only and, through WAL, see the last committed batch while an ingest writes.
  Opening never writes: the schema is created only by a writer that finds it missing.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import sys
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from pydantic import ValidationError

from extract.models import Claim, Paper
from extract.parallel import Failed, chunked, ordered_map, sigint_to_main_thread
from extract.sources import BadRecord, SourceError, read_path, title_key
from extract.sources.base import plural, validation_reason
from extract.sources.identity import arxiv_abs_url, normalise_arxiv_id
from leaderboard import BATCH_SIZE, DEFAULT_DB

SCHEMA_VERSION = "1"
#: How long a writer waits for another writer's batch before giving up, in seconds.
LOCK_WAIT_S = 600.0

if TYPE_CHECKING:
    import pandas as pd  # imported by the functions that build frames: `--help` stays fast
    from typing_extensions import Self  # typing.Self needs Python 3.11

    from extract.pipeline import Extraction

Extractor = Callable[[Paper], "Extraction"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS papers (
    id            TEXT PRIMARY KEY,
    title_key     TEXT NOT NULL,          -- extract.sources.title_key(title): cross-source identity
    title         TEXT NOT NULL DEFAULT '',
    abstract      TEXT NOT NULL,
    url           TEXT,
    code_url      TEXT,
    project_url   TEXT,
    arxiv_id      TEXT,
    published     TEXT,                   -- ISO dates
    listed        TEXT,
    source        TEXT NOT NULL DEFAULT 'unknown',
    upvotes       INTEGER,
    authors       TEXT,                   -- JSON list
    author_count  INTEGER,
    categories    TEXT,                   -- JSON list of arXiv categories, primary first
    extractor     TEXT,                   -- fingerprint of the extractor that made its claims
    warnings      TEXT,                   -- JSON list of extraction warnings
    ingested_at   TEXT NOT NULL
);
-- identity by title: by title_key, and for a paper with an arXiv id only rows with none
CREATE INDEX IF NOT EXISTS papers_by_title_key_and_arxiv_id ON papers(title_key, arxiv_id);
CREATE INDEX IF NOT EXISTS papers_by_arxiv_id ON papers(arxiv_id);

CREATE TABLE IF NOT EXISTS claims (
    id             INTEGER PRIMARY KEY,
    paper_id       TEXT NOT NULL REFERENCES papers(id) ON DELETE CASCADE ON UPDATE CASCADE,
    position       INTEGER NOT NULL,      -- order of the claim in the extractor's output
    metric         TEXT NOT NULL,
    kind           TEXT NOT NULL,
    value          REAL NOT NULL,
    value_max      REAL,
    unit           TEXT,
    dataset        TEXT,
    model          TEXT,
    baseline       TEXT,
    condition      TEXT,
    text           TEXT NOT NULL,
    span_start     INTEGER NOT NULL,      -- the number's place in the original abstract
    span_end       INTEGER NOT NULL,
    sentence       TEXT NOT NULL DEFAULT '',
    sentence_start INTEGER,               -- where `sentence` starts in the abstract, to highlight
    rule           TEXT NOT NULL DEFAULT '',
    UNIQUE (paper_id, position)
);
-- The page's queries: a board is (kind='score', dataset, metric) ranked by value; model
-- sizes join params claims by model; a paper's claims are replaced by paper_id.
CREATE INDEX IF NOT EXISTS claims_by_board ON claims(kind, dataset, metric, value);
CREATE INDEX IF NOT EXISTS claims_by_model ON claims(kind, model);
CREATE INDEX IF NOT EXISTS claims_by_paper ON claims(paper_id);

CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

_PAPER_COLUMNS = ("id", "title_key", "title", "abstract", "url", "code_url", "project_url",
                  "arxiv_id", "published", "listed", "source", "upvotes", "authors",
                  "author_count", "categories", "extractor", "warnings", "ingested_at")
_CLAIM_COLUMNS = ("paper_id", "position", "metric", "kind", "value", "value_max", "unit",
                  "dataset", "model", "baseline", "condition", "text", "span_start",
                  "span_end", "sentence", "sentence_start", "rule")
#: Paper fields that merge (newer non-null wins); `id` and `title_key` are derived.
_MERGED_FIELDS = ("title", "abstract", "url", "code_url", "project_url", "arxiv_id",
                  "published", "listed", "source", "upvotes", "authors", "author_count", "categories")


@dataclass
class IngestReport:
    """What an ingest did. `claims` counts the claims the ingested papers now have in
    the store, so ingesting the same file twice reports the same numbers."""

    papers: int = 0
    claims: int = 0
    bad: list[BadRecord] = field(default_factory=list)
    seconds: float = 0.0
    new: int = 0            # papers not stored before
    extracted: int = 0      # papers (re-)extracted: new, or abstract changed, or --reextract
    updated: int = 0        # papers whose details changed but whose claims were kept
    unchanged: int = 0      # papers already stored exactly so
    stale: int = 0          # kept papers whose claims came from a different extractor version

    def add(self, other: IngestReport) -> None:
        for name in ("papers", "claims", "new", "extracted", "updated", "unchanged", "stale"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.bad.extend(other.bad)
        self.seconds += other.seconds

    def summary(self) -> str:
        rate = self.papers / self.seconds if self.seconds > 0 else 0.0
        return (f"{plural(self.papers, 'paper')} ({self.new} new, {self.extracted} extracted), "
                f"{plural(self.claims, 'claim')}, {plural(len(self.bad), 'bad record')}, "
                f"{self.seconds:.2f} s ({rate:.0f} papers/s)")


@lru_cache(maxsize=1)
def extractor_fingerprint() -> str:
    """A hash of the extractor's code and vocabularies: tells which claims an older
    extractor made (see `IngestReport.stale` and `--reextract`)."""
    import extract
    root = Path(extract.__file__).parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.suffix in (".py", ".json", ".tsv") and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


# What one paper's own values can raise while it is planned or stored: that paper is
# rejected, never its batch.
_PAPER_VALUE_ERRORS = (sqlite3.IntegrityError, sqlite3.InterfaceError, sqlite3.DataError,
                       OverflowError, ValueError, TypeError)


def _one_line(error: Exception) -> str:
    if isinstance(error, ValidationError):
        return validation_reason(error)
    return f"{type(error).__name__}: {error}"


class StoreError(Exception):
    """A store that cannot be used as asked, in one line for the user (no traceback):
    missing, not a database, read-only, locked by another writer. The page shows it."""


@dataclass
class _Plan:
    """What storing one paper will do, worked out from the rows stored now."""

    rows: list[sqlite3.Row]
    merged: dict
    primary: sqlite3.Row | None
    final_id: str
    target: Paper | None  # the paper to extract, when its claims must be (re)made


@dataclass
class _Ahead:
    """A batch's plans, made before its papers go to the workers, and what they were
    made against: a plan is used again when the batch is stored only if no paper stored
    since then (by this ingest: `stored`; by another process: `version`) touched a row
    it could have found."""

    plans: dict[int, _Plan]  # by the record's position in the batch
    stored: int              # papers this ingest had stored when they were made
    version: int             # PRAGMA data_version then: another connection's commit changes it


def _wait_notice(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


class Store:
    """The claim store at `path`.

    A writer (the default) creates the file and its schema when missing. A reader
    (`readonly=True`) never creates or writes anything: a missing file, or one that is
    not a Claimboard store, raises `StoreError`.
    """

    def __init__(self, path: str | Path = DEFAULT_DB, extractor: Extractor | None = None, *,
                 readonly: bool = False, on_wait: Callable[[str], None] = _wait_notice,
                 lock_wait_s: float = LOCK_WAIT_S):
        self.path = Path(path)
        self.readonly = readonly
        self._on_wait = on_wait
        self._lock_wait_s = lock_wait_s
        self._extractor = extractor
        # Papers stored by the running ingest, and when each identity key was last
        # written (see _Ahead): plans made ahead are used again only while still true.
        self._stored: int = 0
        self._touched: dict[tuple[str, str], int] = {}
        memory = str(path) == ":memory:"
        if not memory:
            _check_file(self.path, reader=readonly)
        try:
            if readonly:
                self.db = _connect_readonly(self.path)
            else:
                if not memory:
                    self.path.parent.mkdir(parents=True, exist_ok=True)
                # Autocommit mode: transactions are opened explicitly, one per batch.
                self.db = sqlite3.connect(str(path), isolation_level=None, timeout=lock_wait_s)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA foreign_keys = ON")
            has_schema = self._has_schema()
            if not readonly and not has_schema:
                self._create_schema(memory)
            elif readonly and not has_schema:
                raise StoreError(f"{self.path} is not a Claimboard store (it has no claims tables)")
            elif not readonly:
                self._migrate()
        except sqlite3.DatabaseError as error:
            raise _store_error(self.path, error) from None
        except OSError as error:
            raise StoreError(f"cannot open the store {self.path}: {error.strerror}") from None

    def _has_schema(self) -> bool:
        row = self.db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").fetchone()
        return row is not None and self.db.execute(
            "SELECT 1 FROM meta WHERE key = 'generation'").fetchone() is not None

    def _migrate(self) -> None:
        """Columns added since a store was made (a writer adds them; readers read around them)."""
        if "categories" not in {row[1] for row in self.db.execute("PRAGMA table_info(papers)")}:
            self.db.execute("ALTER TABLE papers ADD COLUMN categories TEXT")
        if not self.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'papers_by_title_key_and_arxiv_id'").fetchone():
            # Stores made before it had an index on title_key alone: a title shared by
            # many papers then cost a row read per paper for each new one.
            self.db.execute("BEGIN IMMEDIATE")
            self.db.execute("CREATE INDEX IF NOT EXISTS papers_by_title_key_and_arxiv_id ON papers(title_key, arxiv_id)")
            self.db.execute("DROP INDEX IF EXISTS papers_by_title_key")
            self.db.execute("COMMIT")

    def _create_schema(self, memory: bool) -> None:
        if not memory:
            # WAL lets readers (the page, export) read while an ingest writes.
            self.db.execute("PRAGMA journal_mode = WAL")
        # One script, one transaction (executescript commits whatever is open first);
        # IF NOT EXISTS and OR IGNORE let two writers that both found no schema race safely.
        self.db.executescript(
            f"BEGIN IMMEDIATE; {_SCHEMA}\n"
            f"INSERT OR IGNORE INTO meta VALUES ('schema_version', '{SCHEMA_VERSION}');\n"
            "INSERT OR IGNORE INTO meta VALUES ('generation', '0'); COMMIT;")

    # The extractor loads on first use: the pipeline compiles its rules on import
    # (over a second on a busy machine), and the page, which only reads, never needs it.
    @property
    def extractor(self) -> Extractor:
        if self._extractor is None:
            from extract.pipeline import extract_paper
            self._extractor = extract_paper
        return self._extractor

    @extractor.setter
    def extractor(self, extractor: Extractor) -> None:
        self._extractor = extractor

    @property
    def fingerprint(self) -> str:
        """Which extractor made the claims this store writes (see `extractor_fingerprint`)."""
        from extract import pipeline

        return extractor_fingerprint() if self.extractor is pipeline.extract_paper else "custom"

    # -- lifecycle -------------------------------------------------------------------
    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing: any exception, KeyboardInterrupt included, rolls back.

        Another writer's batch makes this one wait: first briefly and silently, then
        saying so through `on_wait`, up to `lock_wait_s`; then `StoreError`."""
        self._begin()
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        try:
            self.db.execute("COMMIT")
        except sqlite3.OperationalError as error:  # a full disk, say: the batch is not stored
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise _store_error(self.path, error) from None

    def _begin(self) -> None:
        if self.readonly:
            raise StoreError(f"{self.path} was opened read-only")
        quick_s = min(2.0, self._lock_wait_s)
        try:
            self.db.execute(f"PRAGMA busy_timeout = {int(quick_s * 1000)}")
            self.db.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as error:
            if not _is_locked(error):
                raise _store_error(self.path, error) from None
        finally:
            self.db.execute(f"PRAGMA busy_timeout = {int(self._lock_wait_s * 1000)}")
        self._on_wait(f"waiting for another writer to release {self.path} "
                      f"(up to {self._lock_wait_s:.0f} s)...")
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            if not _is_locked(error):
                raise _store_error(self.path, error) from None
            raise StoreError(f"{self.path} is locked by another writer (waited "
                             f"{self._lock_wait_s:.0f} s): nothing more was written; "
                             "run the same command again later") from None

    # -- ingest ----------------------------------------------------------------------
    def ingest_paths(self, paths: Iterable[str | Path], progress: bool | None = True,
                     reextract: bool = False, keep: Callable[[Paper], bool] | None = None, jobs: int = 1,
                     batch_size: int = BATCH_SIZE, into: IngestReport | None = None) -> IngestReport:
        """Read, extract and store each file (only the papers `keep` accepts), committing
        every `batch_size` papers; `jobs` worker processes extract (this process alone
        writes). The report is `into` when given: after a KeyboardInterrupt it still
        tells what was committed."""
        total = into if into is not None else IngestReport()
        generation = self.generation()
        self.extractor  # noqa: B018 - loads (compiles) the pipeline now: not counted in papers/s
        for path in paths:
            started = time.perf_counter()
            try:
                records = read_path(path, keep)
                first = next(records, None)  # format errors surface here, before any write
            except SourceError as error:
                reason = str(error).removeprefix(f"{path}: ")
                total.bad.append(BadRecord(str(path), 0, reason))  # line 0: the whole file
                continue
            stream = _guarded(chain([first], records) if first else records, str(path))
            report = self._ingest(stream, str(path), progress, reextract, jobs, batch_size,
                                  expected=_count_records(path) if _showing(progress) else None,
                                  into=total)
            report.seconds = time.perf_counter() - started
            total.add(report)
        # Not after an interruption: a stale snapshot is ignored by readers (its
        # generation is old), and the next completed ingest writes a fresh one.
        self._refresh_snapshot(generation)
        return total

    def ingest_papers(self, papers: Iterable[Paper], source_label: str = "<papers>",
                      progress: bool | None = False, reextract: bool = False, jobs: int = 1,
                      batch_size: int = BATCH_SIZE) -> IngestReport:
        """Store papers already read (by a fetcher, say), in batches."""
        started = time.perf_counter()
        generation = self.generation()
        report = self._ingest(iter(papers), source_label, progress, reextract, jobs, batch_size)
        self._refresh_snapshot(generation)
        report.seconds = time.perf_counter() - started
        return report

    def _refresh_snapshot(self, generation_before: int) -> None:
        """After an ingest that changed something, rewrite the page's snapshot, so the
        next page start reads Arrow files instead of every SQLite row."""
        if self.generation() != generation_before:
            try:
                write_snapshot(self)
            except OSError:
                pass  # a read-only directory: the page reads SQLite instead

    def _ingest(self, records: Iterator[Paper | BadRecord], label: str, progress: bool | None,
                reextract: bool, jobs: int, batch_size: int, expected: int | None = None,
                into: IngestReport | None = None) -> IngestReport:
        """Plan each batch (reads), extract the papers that need it (in `jobs` workers),
        then store the batch in one transaction, re-planning against the rows then
        stored: an extraction is used only if its paper is still what must be extracted.

        `into` is the report of earlier files: on Ctrl-C it learns what was committed."""
        from tqdm import tqdm

        report = IngestReport()
        with sigint_to_main_thread():  # tqdm's monitor thread must not take Ctrl-C
            bar = tqdm(total=expected, desc=Path(label).name, unit="paper", file=sys.stderr,
                       disable=not _showing(progress), leave=False, smoothing=0.1)
        # The ids stored, for the claim count at the end: in a temporary table, not a
        # set, so memory stays flat over a million papers.
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS counted (id TEXT PRIMARY KEY)")
        self.db.execute("DELETE FROM counted")

        self._stored, self._touched = 0, {}

        def planned() -> Iterator[tuple[tuple[list, _Ahead, list[Paper]], list[Paper]]]:
            for batch in chunked(records, batch_size):
                ahead = self._plan_ahead(batch, reextract)
                targets = [plan.target for plan in ahead.plans.values() if plan.target is not None]
                yield (batch, ahead, targets), targets

        try:
            for (batch, ahead, targets), extractions in ordered_map(self.extractor, planned(), jobs):
                ready: dict[tuple[str, str], list[tuple[Paper, object]]] = {}
                for target, extraction in zip(targets, extractions):
                    ready.setdefault((target.id, target.abstract), []).append((target, extraction))
                self._store_batch(batch, ahead, ready, label, reextract, report)
                bar.update(len(batch))  # records, as the bar's total counts them
        except KeyboardInterrupt:
            if into is not None:
                into.add(report)
            raise
        finally:
            bar.close()
        (report.claims,) = self.db.execute(
            "SELECT COUNT(*) FROM claims WHERE paper_id IN (SELECT id FROM counted)").fetchone()
        return report

    def _store_batch(self, batch: list[Paper | BadRecord], ahead: _Ahead, ready: dict[tuple[str, str], list],
                     label: str, reextract: bool, report: IngestReport) -> None:
        # What was stored before this batch was planned cannot make its plans (or any
        # later batch's) stale: forget it, so memory stays flat over a million papers.
        self._touched = {key: stored for key, stored in self._touched.items() if stored > ahead.stored}
        try:
            outcomes = self._write_batch(batch, ahead, ready, label, reextract, savepoints=False)
        except _PAPER_VALUE_ERRORS:
            # A paper holds a value SQLite cannot take (an integer over 64 bits, say): the
            # batch was rolled back whole. Store it again with a savepoint per paper, so
            # that paper alone is rejected. Optimistic, since two statements per paper
            # were a fifth of the writer's SQL for a case that almost never happens.
            outcomes = self._write_batch(batch, ahead, ready, label, reextract, savepoints=True)
        # Counted only once committed: an interrupted batch is reported as not stored.
        self.db.executemany("INSERT OR IGNORE INTO counted VALUES (?)",
                            [(outcome[0],) for outcome in outcomes if not isinstance(outcome, BadRecord)])
        for outcome in outcomes:
            if isinstance(outcome, BadRecord):
                report.bad.append(outcome)
                continue
            status = outcome[1]
            report.papers += 1
            report.new += status == "new"
            report.extracted += status in ("new", "extracted")
            report.updated += status == "updated"
            report.unchanged += status in ("unchanged", "stale")
            report.stale += status == "stale"

    def _write_batch(self, batch: list[Paper | BadRecord], ahead: _Ahead, ready: dict[tuple[str, str], list],
                     label: str, reextract: bool, savepoints: bool) -> list[tuple[str, str] | BadRecord]:
        """Store `batch` in one transaction; what happened to each record. Without
        `savepoints`, a value SQLite refuses raises (and rolls the batch back)."""
        changed = False
        outcomes: list[tuple[str, str] | BadRecord] = []
        with self.transaction():
            no_other_writer = self._data_version() == ahead.version
            for position, record in enumerate(batch):
                if isinstance(record, BadRecord):
                    outcomes.append(record)
                    continue
                plan = ahead.plans.get(position) if no_other_writer and self._untouched(record, ahead.stored) else None
                if not savepoints:
                    outcome = self._upsert(record, label, reextract, ready, plan)
                else:
                    self.db.execute("SAVEPOINT paper")
                    try:
                        outcome = self._upsert(record, label, reextract, ready, plan)
                    except _PAPER_VALUE_ERRORS as error:  # this paper's values, not the store
                        self.db.execute("ROLLBACK TO paper")
                        outcome = BadRecord(label, 0, f"{record.id}: not stored ({_one_line(error)})")
                    self.db.execute("RELEASE paper")
                outcomes.append(outcome)
                changed = changed or (not isinstance(outcome, BadRecord)
                                      and outcome[1] in ("new", "extracted", "updated"))
            if changed:
                self.db.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'")
        return outcomes

    def _plan_ahead(self, batch: list[Paper | BadRecord], reextract: bool) -> _Ahead:
        """The batch's plans, made before it is extracted (its targets go to the
        workers); a paper whose values cannot be planned is extracted by nobody and
        rejected, with its reason, when the batch is stored."""
        # Read first: a commit by another process while these plans are made changes it.
        version, plans = self._data_version(), {}
        for position, record in enumerate(batch):
            if isinstance(record, Paper):
                try:
                    plans[position] = self._plan(record, reextract)
                except _PAPER_VALUE_ERRORS:
                    pass
        return _Ahead(plans, self._stored, version)

    def _data_version(self) -> int:
        return self.db.execute("PRAGMA data_version").fetchone()[0]

    def _untouched(self, paper: Paper, since: int) -> bool:
        """Whether no paper stored after the `since`-th wrote a row `paper`'s identity
        look-up could find (see _same_paper_rows: same id, arXiv id or title key)."""
        return all(self._touched.get(key, 0) <= since for key in _lookup_keys(paper))

    def _note_stored(self, plan: _Plan, values: dict) -> None:
        """Remember the identity keys of every row this paper's store wrote or removed."""
        self._stored += 1
        for row in (*plan.rows, values):
            for key in _row_keys(row):
                self._touched[key] = self._stored

    def _plan(self, paper: Paper, reextract: bool) -> _Plan:
        rows = self._same_paper_rows(paper)
        incoming = _paper_fields(paper)
        if not rows:
            merged, primary = incoming, None
        else:
            rows.sort(key=lambda row: row["ingested_at"])  # oldest first: newer wins the merge
            merged = {}
            for row in rows:
                merged = _merge(merged, _row_fields(row))
            merged = _merge(merged, incoming)
            primary = next((r for r in rows if r["id"] == paper.id), rows[0])
        final_id = merged.get("arxiv_id") or (primary["id"] if primary is not None else paper.id)
        must_extract = reextract or primary is None or primary["abstract"] != merged["abstract"]
        target = (Paper(id=final_id, **{k: v for k, v in merged.items() if v is not None})
                  if must_extract else None)
        return _Plan(rows, merged, primary, final_id, target)

    def _upsert(self, paper: Paper, label: str, reextract: bool,
                ready: dict[tuple[str, str], list] | None = None,
                plan: _Plan | None = None) -> tuple[str, str] | BadRecord:
        """Store one paper; (its row id, what happened) or the reason it was not stored.
        `ready` holds extractions made ahead (in workers), by (id, abstract) of the
        paper extracted; one is used only if that paper is exactly the one to extract.
        `plan` is one made ahead that is still true (else it is made now)."""
        plan = plan or self._plan(paper, reextract)
        rows, merged, primary, final_id = plan.rows, plan.merged, plan.primary, plan.final_id
        primary_id = primary["id"] if primary is not None else None

        extraction: Extraction | None = None
        if plan.target is not None:
            candidates = (ready or {}).get((plan.target.id, plan.target.abstract), [])
            made = next((result for target, result in candidates if target == plan.target), None)
            if made is None:
                try:
                    made = self.extractor(plan.target)
                except Exception as error:  # noqa: BLE001 - one paper the extractor chokes on must not sink the file
                    made = Failed(f"{type(error).__name__}: {error}")
            if isinstance(made, Failed):
                return BadRecord(label, 0, f"{paper.id}: extraction failed ({made.error})")
            extraction = made

        for row in rows:  # the other rows are folded into the primary one
            if row["id"] != primary_id:
                self.db.execute("DELETE FROM papers WHERE id = ?", (row["id"],))
        values = _stored_values(merged, final_id)
        if extraction is not None:
            values["extractor"] = self.fingerprint
            values["warnings"] = json.dumps(extraction.warnings) if extraction.warnings else None
        if primary_id is None:
            values.setdefault("extractor", None)
            values.setdefault("warnings", None)
            self.db.execute(
                f"INSERT INTO papers ({', '.join(_PAPER_COLUMNS)}) VALUES ({', '.join('?' * len(_PAPER_COLUMNS))})",
                [values.get(c) for c in _PAPER_COLUMNS])
            status = "new"
        else:
            if extraction is not None or len(rows) > 1 or not _row_matches(primary, values):
                columns = [c for c in _PAPER_COLUMNS if c in values]
                self.db.execute(
                    f"UPDATE papers SET {', '.join(c + ' = ?' for c in columns)} WHERE id = ?",
                    [values[c] for c in columns] + [primary_id])
                status = "extracted" if extraction is not None else "updated"
            else:  # nothing new: leave the row (and the page's caches) alone
                status = "stale" if primary["extractor"] != self.fingerprint else "unchanged"
        if extraction is not None:
            # A new row has no claims to delete (no row had its id: ON DELETE CASCADE).
            self._replace_claims(final_id, extraction.claims, merged["abstract"], new=primary_id is None)
        self._note_stored(plan, values)
        return final_id, status

    def _same_paper_rows(self, paper: Paper) -> list[sqlite3.Row]:
        """Stored rows that are this paper: same id, same arXiv id, or same title key."""
        clauses, params = ["id = ?"], [paper.id]
        if paper.arxiv_id:
            clauses += ["id = ?", "arxiv_id = ?"]
            params += [paper.arxiv_id, paper.arxiv_id]
        key = title_key(paper.title)
        if key:  # an untitled paper must not match every other untitled paper
            # A paper with an arXiv id joins by title only rows that have none (see below):
            # asked in SQL, so a title shared by many papers costs one index look-up, not
            # a comparison with each of them.
            if paper.arxiv_id:  # two terms, each one look-up in the (title_key, arxiv_id) index
                clauses += ["(title_key = ? AND arxiv_id IS NULL)", "(title_key = ? AND arxiv_id = '')"]
                params += [key, key]
            else:
                clauses.append("title_key = ?")
                params.append(key)
        rows = self.db.execute(f"SELECT * FROM papers WHERE {' OR '.join(clauses)}", params).fetchall()
        ids = {paper.id, paper.arxiv_id} - {None}
        # A row found by its title key alone is this paper only if the titles are the
        # same text: a key that dropped characters (another script, say) must not join
        # two papers. Two papers with the same title but different arXiv ids are two papers.
        return [row for row in rows if row["id"] in ids or row["arxiv_id"] in ids
                or (_title_text(row["title"]) == _title_text(paper.title)
                    and (not paper.arxiv_id or not row["arxiv_id"]))]

    # -- arXiv ids (leaderboard.fetch.ResolvableStore) ----------------------------------
    def papers_without_arxiv_id(self) -> list[Paper]:
        """Every stored paper that has no arXiv id yet (`claimboard resolve` looks them up)."""
        rows = self.db.execute(
            "SELECT * FROM papers WHERE arxiv_id IS NULL OR arxiv_id = '' ORDER BY id").fetchall()
        return [Paper(id=row["id"], **{k: v for k, v in _row_fields(row).items() if v is not None})
                for row in rows]

    def set_arxiv_id(self, paper_id: str, arxiv_id: str) -> None:
        """Give paper `paper_id` its arXiv id, in one transaction: the row and its claims
        are re-keyed to the id, `arxiv_id` and the URL `https://arxiv.org/abs/ID` are set
        (the code and project URLs are kept). A paper already stored under that arXiv id
        is the same paper: the two rows become one, merged as an ingest merges (newer
        non-null fields win), with the claims of the row whose abstract is kept; when
        the two abstracts differ, the kept one is extracted again, as an ingest does
        when an abstract changes. The page's snapshot is refreshed afterwards.

        Idempotent: once done, calling it again changes nothing (not even the
        store's generation).
        Raises KeyError if neither `paper_id` nor `arxiv_id` is stored, ValueError if
        `arxiv_id` is not an arXiv id or the paper already has another arXiv id.
        """
        canonical = normalise_arxiv_id(arxiv_id)
        if canonical is None:
            raise ValueError(f"{arxiv_id!r} is not an arXiv id")
        generation = self.generation()
        with self.transaction():
            changed = self._set_arxiv_id(paper_id, canonical)
            if changed:
                self.db.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'")
        self._refresh_snapshot(generation)

    def _set_arxiv_id(self, paper_id: str, arxiv_id: str) -> bool:
        row = self.db.execute("SELECT * FROM papers WHERE id = ?", (paper_id,)).fetchone()
        if row is None:
            if self.db.execute("SELECT 1 FROM papers WHERE id = ?", (arxiv_id,)).fetchone():
                return False  # re-keyed before: nothing left to do
            raise KeyError(f"no paper {paper_id!r} in {self.path}")
        if row["arxiv_id"] and row["arxiv_id"] != arxiv_id:
            raise ValueError(f"paper {paper_id!r} already has arXiv id {row['arxiv_id']}, not {arxiv_id}")
        url = arxiv_abs_url(arxiv_id)
        others = self.db.execute("SELECT * FROM papers WHERE (id = ? OR arxiv_id = ?) AND id != ?",
                                 (arxiv_id, arxiv_id, paper_id)).fetchall()
        if not others and row["id"] == arxiv_id and row["arxiv_id"] == arxiv_id and row["url"] == url:
            return False  # already so

        rows = sorted([row, *others], key=lambda r: r["ingested_at"])  # oldest first: newer wins
        merged: dict = {}
        for each in rows:
            merged = _merge(merged, _row_fields(each))
        merged.update(arxiv_id=arxiv_id, url=url)  # what resolve learned is the newest news
        # The claims kept are those of the newest row holding the merged abstract; they
        # were extracted from exactly that text. Abstracts that differ mean the text of
        # at least one row changed: extract again, as an ingest would.
        keeper = next(r for r in reversed(rows) if r["abstract"] == merged["abstract"])
        extraction: Extraction | None = None
        if len({r["abstract"] for r in rows}) > 1:
            target = Paper(id=arxiv_id, **{k: v for k, v in merged.items() if v is not None})
            extraction = self.extractor(target)  # an exception rolls the whole change back

        for each in rows:  # folded into the keeper; their claims go with them (ON DELETE CASCADE)
            if each["id"] != keeper["id"]:
                self.db.execute("DELETE FROM papers WHERE id = ?", (each["id"],))
        values = _stored_values(merged, arxiv_id)
        # The row is as new as its newest source: resolving adds no newer abstract or title.
        values["ingested_at"] = rows[-1]["ingested_at"]
        if extraction is not None:
            values["extractor"] = self.fingerprint
            values["warnings"] = json.dumps(extraction.warnings) if extraction.warnings else None
        columns = [c for c in _PAPER_COLUMNS if c in values]
        # Changing the key moves the keeper's claims along (ON UPDATE CASCADE).
        self.db.execute(f"UPDATE papers SET {', '.join(c + ' = ?' for c in columns)} WHERE id = ?",
                        [values[c] for c in columns] + [keeper["id"]])
        if extraction is not None:
            self._replace_claims(arxiv_id, extraction.claims, merged["abstract"])
        return True

    def _replace_claims(self, paper_id: str, claims: list[Claim], abstract: str, new: bool = False) -> None:
        if not new:
            self.db.execute("DELETE FROM claims WHERE paper_id = ?", (paper_id,))
        self.db.executemany(
            f"INSERT INTO claims ({', '.join(_CLAIM_COLUMNS)}) VALUES ({', '.join('?' * len(_CLAIM_COLUMNS))})",
            [_claim_row(paper_id, position, claim, abstract) for position, claim in enumerate(claims)])

    # -- reading ---------------------------------------------------------------------
    def generation(self) -> int:
        """Bumped by every ingest (or `set_arxiv_id`) that changed something: the page's cache key."""
        (value,) = self.db.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
        return int(value)

    def counts(self) -> dict[str, int]:
        papers = self.db.execute("SELECT COUNT(*) FROM papers").fetchone()[0]
        claims = self.db.execute("SELECT COUNT(*) FROM claims").fetchone()[0]
        return {"papers": papers, "claims": claims}

    def get_paper(self, paper_id: str) -> Paper | None:
        row = self.db.execute("SELECT * FROM papers WHERE id = ?", (paper_id,)).fetchone()
        if row is None:
            return None
        fields = {k: v for k, v in _row_fields(row).items() if v is not None}
        return Paper(id=row["id"], **fields)

    def paper_claims(self, paper_id: str) -> list[Claim]:
        rows = self.db.execute("SELECT * FROM claims WHERE paper_id = ? ORDER BY position", (paper_id,))
        return [Claim(paper=r["paper_id"], metric=r["metric"], kind=r["kind"], value=r["value"],
                      value_max=r["value_max"], unit=r["unit"], dataset=r["dataset"], model=r["model"],
                      baseline=r["baseline"], condition=r["condition"], text=r["text"],
                      span=(r["span_start"], r["span_end"]), sentence=r["sentence"], rule=r["rule"])
                for r in rows]

    def claims_frame(self, ids: list[int] | None = None) -> pd.DataFrame:
        """Every claim with the fields of its paper that boards and exports show; only
        the claims with these ids (at most 999: SQLite's oldest parameter limit), in no
        particular order, when `ids` is given (the streaming export reads chunks so)."""
        return _frame(self.db.execute(*_only(_CLAIMS_QUERY, "c.id", ids)), _CLAIMS_TYPES)

    def papers_frame(self, ids: list[str] | None = None) -> pd.DataFrame:
        return _frame(self.db.execute(*_only(_PAPERS_QUERY, "id", ids)), _PAPERS_TYPES)


# -- opening ---------------------------------------------------------------------------
def _check_file(path: Path, reader: bool) -> None:
    """Refuse, in one line, what cannot be a store: a missing file for a reader, a
    device or folder (`--db /dev/null`) for anyone, a read-only file for a writer."""
    if not path.exists():
        if reader:
            raise StoreError(f"no store at {path}: run `claimboard ingest` first (readers never create one)")
        return
    if not path.is_file():
        raise StoreError(f"{path} is not a store file (it is a folder or a device)")
    # A writer needs the file and its folder (SQLite keeps its -wal and -shm files there).
    if not reader and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        raise StoreError(f"{path} is read-only: it can be read (boards, export, serve), not written")


def _connect_readonly(path: Path) -> sqlite3.Connection:
    """A connection that cannot write (`mode=ro`). In WAL mode even a reader needs the
    `-shm` file; when it cannot be made (a read-only folder) and nobody can write the
    store (so no ingest of ours runs on it), it is opened as immutable."""
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    db = sqlite3.connect(uri, uri=True, isolation_level=None)
    try:
        db.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
        return db
    except sqlite3.OperationalError:
        writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
        if writable:
            raise
        db.close()
        return sqlite3.connect(uri + "&immutable=1", uri=True, isolation_level=None)


def _is_locked(error: sqlite3.Error) -> bool:
    return "locked" in str(error) or "busy" in str(error)


def _store_error(path: Path, error: sqlite3.Error) -> StoreError:
    """An SQLite error as one line that says what to do."""
    text = str(error)
    if "not a database" in text or "malformed" in text:
        return StoreError(f"{path} is not a Claimboard store (not an SQLite database, or a damaged one)")
    if "readonly" in text or "read-only" in text:
        return StoreError(f"{path} is read-only: it can be read (boards, export, serve), not written")
    if "unable to open" in text:
        return StoreError(f"cannot open the store {path} (is its folder missing or read-only?)")
    if _is_locked(error):
        return StoreError(f"{path} is locked by another writer; run the same command again later")
    return StoreError(f"{path}: {text}")


# -- ingest helpers ----------------------------------------------------------------------
def _showing(progress: bool | None) -> bool:
    return sys.stderr.isatty() if progress is None else progress


def _count_records(path: str | Path) -> int | None:
    """Papers in a JSON Lines file (lines starting with "{"), for the progress bar's
    time left; None for other formats. One pass over the bytes, at disk speed."""
    try:
        with open(path, "rb") as stream:
            block = stream.read(1 << 20).removeprefix(b"\xef\xbb\xbf").lstrip()
            if not block.startswith(b"{"):
                return None
            count = 1
            while block:
                count += block.count(b"\n{")
                block = stream.read(1 << 20)
    except OSError:
        return None
    return int(count)


def _guarded(records: Iterator[Paper | BadRecord], path: str) -> Iterator[Paper | BadRecord]:
    """A reader that fails part-way through a file ends that file with a bad record,
    not the ingest: the papers before it are stored, and the next files are read."""
    try:
        yield from records
    except SourceError as error:
        yield BadRecord(path, 0, str(error).removeprefix(f"{path}: "))
    except (ValueError, RecursionError, OverflowError) as error:
        yield BadRecord(path, 0, f"reading stopped ({type(error).__name__}: {error})")


def _lookup_keys(paper: Paper) -> list[tuple[str, str]]:
    """What _same_paper_rows looks a paper up by: its id, its arXiv id (as a row's id or
    arxiv_id) and its title key."""
    keys = [("id", paper.id)]
    if paper.arxiv_id:
        keys += [("id", paper.arxiv_id), ("arxiv", paper.arxiv_id)]
    if key := title_key(paper.title):
        keys.append(("title", key))
    return keys


def _row_keys(row: sqlite3.Row | dict) -> list[tuple[str, str]]:
    """The keys of a stored row (or of the values about to be stored) that a look-up matches."""
    return [(kind, row[column]) for kind, column in (("id", "id"), ("arxiv", "arxiv_id"), ("title", "title_key"))
            if row[column]]


def _title_text(title: str | None) -> str:
    """A title's letters and digits in every script, case and accents folded: two
    titles are the same paper's only if these agree.

    >>> _title_text("Deep  Models, 2024") == _title_text("deep models 2024"), _title_text("机器翻译 2024") == _title_text("深度学习 2024")
    (True, False)
    """
    decomposed = unicodedata.normalize("NFKD", title or "")
    kept = (ch for ch in decomposed if unicodedata.category(ch)[0] in "LN")
    return unicodedata.normalize("NFKC", "".join(kept)).casefold()


# -- row helpers ---------------------------------------------------------------------
def _only(query: str, key: str, ids: list | None) -> tuple[str, list]:
    """`query` (which ends in ORDER BY) restricted to rows whose `key` is in `ids`."""
    if ids is None:
        return query, []
    select, _ = query.rsplit(" ORDER BY ", 1)
    return f"{select} WHERE {key} IN ({','.join('?' * len(ids))})", list(ids)


def _frame(cursor: sqlite3.Cursor, types: dict[str, str]) -> pd.DataFrame:
    """A query's rows as a DataFrame, column by column through Arrow (about a third
    faster than pandas.read_sql on the page's 100,000-claim load), each column of its
    Arrow type in `types` (as the snapshot stores it, so both read the same)."""
    import pandas as pd
    import pyarrow as pa

    names = [column[0] for column in cursor.description]
    rows = cursor.fetchall()
    if not rows:
        return pd.DataFrame({name: pd.Series(dtype=object) for name in names})
    columns = zip(*rows)
    return pa.table({name: pa.array(values, type=pa.type_for_alias(types[name]))
                     for name, values in zip(names, columns)}).to_pandas()


def _now() -> str:
    # Microseconds keep the oldest-first merge order stable within one fast ingest.
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def _iso(value) -> str | None:
    if value is None or value == "":
        return None
    return value.isoformat() if isinstance(value, date) else str(value)


def _paper_fields(paper: Paper) -> dict:
    return {name: getattr(paper, name) for name in _MERGED_FIELDS}


def _row_fields(row: sqlite3.Row) -> dict:
    fields = {name: row[name] for name in _MERGED_FIELDS}
    fields["authors"] = json.loads(fields["authors"]) if fields["authors"] else None
    fields["categories"] = json.loads(fields["categories"]) if fields["categories"] else None
    for name in ("published", "listed"):
        fields[name] = date.fromisoformat(fields[name]) if fields[name] else None
    return fields


def _is_missing(value) -> bool:
    # A reader's defaults ("" title, [] authors, source "unknown") carry no information.
    return value is None or value == "" or value == [] or value == "unknown"


def _merge(older: dict, newer: dict) -> dict:
    """Newer non-null wins; a field only the older record has is kept.

    >>> _merge({"title": "A", "url": "u", "source": "hf-page"}, {"title": "B", "url": None, "source": "unknown"})
    {'title': 'B', 'url': 'u', 'source': 'hf-page'}
    """
    merged = dict(older)
    for name, value in newer.items():
        if not _is_missing(value) or name not in merged:
            merged[name] = value
    return merged


def _stored_values(merged: dict, paper_id: str) -> dict:
    """A merged paper as the columns of its row."""
    values = dict(merged, id=paper_id, title_key=title_key(merged.get("title") or ""),
                  ingested_at=_now())
    values["published"] = _iso(values.get("published"))
    values["listed"] = _iso(values.get("listed"))
    values["authors"] = json.dumps(values["authors"]) if values.get("authors") else None
    values["categories"] = json.dumps(values["categories"]) if values.get("categories") else None
    return values


def _row_matches(row: sqlite3.Row, values: dict) -> bool:
    return all(row[c] == values.get(c) for c in ("id", "title_key", *_MERGED_FIELDS))


def _sentence_start(abstract: str, sentence: str, span: tuple[int, int]) -> int | None:
    """Where `sentence` starts in `abstract`: the occurrence that contains the span.

    >>> _sentence_start("FID 2. FID 2. End.", "FID 2.", (11, 12))
    7
    """
    if not sentence:
        return None
    start = abstract.find(sentence)
    first = start if start >= 0 else None
    while start >= 0:
        if start <= span[0] and span[1] <= start + len(sentence):
            return start
        start = abstract.find(sentence, start + 1)
    return first


def _claim_row(paper_id: str, position: int, claim: Claim, abstract: str) -> tuple:
    return (paper_id, position, claim.metric, claim.kind, claim.value, claim.value_max, claim.unit,
            claim.dataset, claim.model, claim.baseline, claim.condition, claim.text,
            claim.span[0], claim.span[1], claim.sentence,
            _sentence_start(abstract, claim.sentence, claim.span), claim.rule)


#: Bump when claims_frame / papers_frame change their columns: old snapshots are then ignored.
SNAPSHOT_FORMAT = "1"
#: Rows per Arrow record batch of a snapshot.
_SNAPSHOT_BLOCK = 50_000
_CLAIMS_QUERY = """
    SELECT c.id AS claim_id, c.paper_id, c.metric, c.kind, c.value, c.value_max, c.unit,
           c.dataset, c.model, c.baseline, c.condition, c.text, c.span_start, c.span_end,
           c.sentence, c.sentence_start, c.rule
    FROM claims AS c ORDER BY c.paper_id, c.position"""
_PAPERS_QUERY = """SELECT id AS paper_id, title, url, code_url, arxiv_id, published, listed, source
                   FROM papers ORDER BY id"""
#: The Arrow types of those queries' columns, in order (names: pyarrow.type_for_alias).
_CLAIMS_TYPES = {"claim_id": "int64", "paper_id": "string", "metric": "string", "kind": "string",
                 "value": "double", "value_max": "double", "unit": "string", "dataset": "string",
                 "model": "string", "baseline": "string", "condition": "string", "text": "string",
                 "span_start": "int64", "span_end": "int64", "sentence": "string", "sentence_start": "int64",
                 "rule": "string"}
_PAPERS_TYPES = dict.fromkeys(("paper_id", "title", "url", "code_url", "arxiv_id", "published", "listed",
                               "source"), "string")


def snapshot_paths(db: str | Path, generation: int) -> tuple[Path, Path]:
    """Where the columnar copy of generation `generation` of the store at `db` lives."""
    db = Path(db)
    stem = f"{db.name}.snapshot-v{SNAPSHOT_FORMAT}-g{generation}"
    return db.with_name(stem + ".claims.arrow"), db.with_name(stem + ".papers.arrow")


def write_snapshot(store: Store) -> None:
    """Save the store's claims and papers as Arrow files, so a freshly started page
    loads 100,000 claims in a fraction of the time SQLite row-by-row reading takes.
    Keyed by the generation, which every changing ingest bumps; older ones are removed.
    Written a block of rows at a time: an ingest of a million papers ends with flat
    memory, not with every claim in Python objects."""
    import pyarrow as pa

    if str(store.path) == ":memory:":
        return
    claims_path, papers_path = snapshot_paths(store.path, store.generation())
    for query, types, target in ((_CLAIMS_QUERY, _CLAIMS_TYPES, claims_path),
                                 (_PAPERS_QUERY, _PAPERS_TYPES, papers_path)):
        schema = pa.schema([(name, pa.type_for_alias(kind)) for name, kind in types.items()])
        # Per process: a reader may write the snapshot while an ingest writes it too.
        partial = target.with_name(f"{target.name}.{os.getpid()}.partial")
        cursor = store.db.execute(query)
        with pa.OSFile(str(partial), "wb") as sink, pa.ipc.new_file(sink, schema) as writer:
            while rows := cursor.fetchmany(_SNAPSHOT_BLOCK):
                writer.write_batch(pa.record_batch([pa.array(column, type=field.type)
                                                    for column, field in zip(zip(*rows), schema)], schema=schema))
        partial.replace(target)  # atomic: a reader sees the whole file or none
    for old in store.path.parent.glob(f"{store.path.name}.snapshot-*.arrow"):
        if old not in (claims_path, papers_path):
            old.unlink(missing_ok=True)


def read_frames(path: str | Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(claims, papers) of the store at `path`: from its snapshot when one matches the
    store's generation, else from SQLite (writing the snapshot for next time)."""
    from pyarrow import feather

    with Store(path, readonly=True) as store:
        claims_path, papers_path = snapshot_paths(store.path, store.generation())
        if claims_path.exists() and papers_path.exists():
            try:
                return (feather.read_table(claims_path).to_pandas(),
                        feather.read_table(papers_path).to_pandas())
            except (OSError, ValueError):
                pass  # a damaged snapshot: read SQLite instead, and rewrite it
        claims, papers = store.claims_frame(), store.papers_frame()
        if len(claims):
            try:
                write_snapshot(store)
            except OSError:
                pass  # a read-only directory: the page still works, only slower to start
        return claims, papers


def load_frame(path: str | Path) -> pd.DataFrame:
    """Every claim of the store at `path`, enriched for boards (see tables.enrich)."""
    from leaderboard.tables import enrich

    return enrich(*read_frames(path))
