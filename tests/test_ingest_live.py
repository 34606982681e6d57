"""A long ingest in a subprocess, as a user runs it (issue 10 item 1, issue 8 item 4):

- killed (SIGKILL, Ctrl-C) at several points, it leaves a store that passes
  `PRAGMA integrity_check` with every stored paper whole (all its claims), and running
  the same command again completes it, with no duplicates;
- while it writes, the page (AppTest), `export` and `boards` read the same store and
  get the last committed data, with no error.

The points are chosen by what the store holds (polled through a read-only store), never
by a time; no duration is asserted. An ingest that is to be stopped reads its papers from a
named pipe that this test fills only part of the way and keeps open, so however late the
signal lands (a loaded machine polls slowly), the ingest is still running: it waits for
papers that have not come.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner
from streamlit.testing.v1 import AppTest

from leaderboard.cli import APP_PATH, main
from leaderboard.store import Store, StoreError

ROOT = Path(__file__).resolve().parents[1]
REAL = [ROOT / "data" / "dev_papers.jsonl", ROOT / "data" / "dev2_papers.jsonl",
        ROOT / "data" / "fixtures" / "real_papers.jsonl"]
CLAIMBOARD = [sys.executable, "-c", "from leaderboard.cli import main; main()"]
#: The same, with Python's Ctrl-C handler whatever this process's SIGINT disposition: a
#: runner started as a background job of a shell without job control ignores SIGINT, and
#: its children inherit that (the ingest would then not stop on the test's Ctrl-C).
INTERRUPTIBLE = [sys.executable, "-c", ("import signal; signal.signal(signal.SIGINT, signal.default_int_handler); "
                                        "from leaderboard.cli import main; main()")]
BATCH = 25


def write_papers(path: Path, copies: int) -> int:
    """Real abstracts under new ids and titles: `copies` times the 170 of the repo."""
    records = [json.loads(line) for file in REAL for line in file.read_text().splitlines() if line.strip()]
    with path.open("w") as out:
        for copy in range(copies):
            for record in records:
                out.write(json.dumps({"id": f"{record['id']}-c{copy}", "title": f"{record['title']} (copy {copy})",
                                      "abstract": record["abstract"]}) + "\n")
    return copies * len(records)


def stored(db: Path, what: str = "papers") -> int:
    try:
        with Store(db, readonly=True) as store:
            return store.counts()[what]
    except StoreError:  # not created yet
        return 0


def start_ingest(source: Path, db: Path, jobs: int) -> subprocess.Popen:
    return subprocess.Popen([*INTERRUPTIBLE, "ingest", str(source), "--db", str(db), "--jobs", str(jobs),
                             "--batch-size", str(BATCH), "--no-progress"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)


#: What a stopped ingest is given beyond the papers it must store before the signal: ten
#: batches (with `--jobs 2` it stores a batch only once it has read three more, and a resumed
#: run reads the papers it skips too), then 128 KB more, since its reader detects the format
#: from the first 64 KB (past them, papers are read as they come: tests/sources/test_streaming.py).
FED_BEYOND_PAPERS = 10 * BATCH
FED_BEYOND_BYTES = 2 * 64 * 1024


@contextmanager
def fed_partly(source: Path, fifo: Path, papers: int) -> Iterator[None]:
    """A named pipe `fifo` that receives `source`'s first lines (`papers` and more, see
    FED_BEYOND_PAPERS) and is then held open, never ended, until the block exits: an
    ingest reading it can store those papers and then waits for the rest. The writer
    stops quietly when the reader is gone."""
    lines = source.read_bytes().splitlines(keepends=True)
    enough = sum(len(line) for line in lines[:papers + FED_BEYOND_PAPERS]) + FED_BEYOND_BYTES
    cut, written = 0, 0
    while written < enough and cut < len(lines):
        written += len(lines[cut])
        cut += 1
    assert cut < len(lines), "the corpus is too small to hold papers back: the ingest could finish"
    if fifo.exists():
        fifo.unlink()
    os.mkfifo(fifo)
    release = threading.Event()

    def feed() -> None:
        try:
            with fifo.open("wb") as out:  # blocks until the ingest opens the pipe
                out.writelines(lines[:cut])
                out.flush()
                release.wait()
        except BrokenPipeError:  # the ingest was stopped: nobody reads any more
            pass

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    try:
        yield
    finally:
        release.set()
        while writer.is_alive():
            # a writer still waiting to open the pipe (the ingest failed before it read):
            # a reader opened and closed lets its open return, and its write then fails
            os.close(os.open(fifo, os.O_RDONLY | os.O_NONBLOCK))
            writer.join(0.05)


#: How long an ingest may go without storing a paper or using any CPU (it and its workers)
#: before it is called blocked. Not a time budget: a slow ingest on a busy machine still
#: uses CPU; one that uses none for this long waits on something that will not come.
STUCK_S = 120


def wait_for(process: subprocess.Popen, db: Path, papers: int, source: Path | None = None) -> None:
    """Until the store holds `papers` committed papers and, given `source`, the ingest reads
    it (it is still running, in its loop). An ingest that stops storing and uses no CPU for STUCK_S
    fails the test with where its threads wait, rather than hanging it.

    The count alone did not say that the ingest had started: under load, a reader right
    after a killed run counted 50 papers and a reader a moment later 75, before the resumed
    ingest had stored any (its Python was still starting, with no Ctrl-C handler yet), so
    the test signalled it as it started. An ingest that holds `source` open has its handler
    and is inside the loop that turns Ctrl-C into "interrupted: ...", exit 130."""
    last, still_since = None, time.monotonic()
    while (count := stored(db)) < papers or (source is not None and not reads(process.pid, source)):
        assert process.poll() is None, f"the ingest ended before {papers} papers: {process.communicate()}"
        now = (count, cpu_ticks(db))
        if now != last:
            last, still_since = now, time.monotonic()
        elif time.monotonic() - still_since > STUCK_S:
            pytest.fail(f"the ingest stored {count} of {papers} papers and used no CPU for {STUCK_S} s; "
                        f"where its threads wait:\n{waiting_in(process.pid)}")
        time.sleep(0.02)


def reads(pid: int, source: Path) -> bool:
    """Whether process `pid` holds `source` open."""
    try:
        return any(os.readlink(fd) == str(source) for fd in Path(f"/proc/{pid}/fd").iterdir())
    except OSError:  # ended, or a descriptor closed meanwhile
        return False


def cpu_ticks(db: Path) -> int:
    """User and system CPU ticks of the processes using `db` (an ingest and its workers)."""
    total = 0
    for entry in processes_using(db):
        try:
            fields = Path(f"/proc/{entry.split(':', 1)[0]}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:  # ended meanwhile
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime: fields 14 and 15 of stat
    return total


def waiting_in(pid: int) -> str:
    """Each thread of process `pid`: its name, the kernel function it sleeps in and its
    system call (number and arguments; 0 is read on x86-64)."""
    lines = []
    for task in sorted(Path(f"/proc/{pid}/task").glob("*")):
        try:
            name = (task / "comm").read_text().strip()
            lines.append(f"{task.name} {name}: {(task / 'wchan').read_text()} syscall {(task / 'syscall').read_text().strip()}")
        except OSError:  # ended meanwhile, or not readable here
            continue
    return "\n".join(lines) + "\n" + signal_masks(pid)


def stopped(process: subprocess.Popen) -> str:
    """The stderr (then the stdout) of a signalled ingest once it has ended. A process that has not ended
    after minutes never will (a Ctrl-C taken by a thread other than the main one once left
    it blocked on the quiet pipe): it is killed and the test fails, rather than hanging."""
    try:
        out, err = process.communicate(timeout=300)
        return f"{err}\n--- stdout:\n{out}"
    except subprocess.TimeoutExpired:
        masks = signal_masks(process.pid)  # where the signal is: pending, blocked or ignored, per thread
        process.kill()
        _, err = process.communicate()
        pytest.fail(f"the ingest did not stop on its signal within 300 s; its threads' signal masks:\n{masks}\n"
                    f"stderr: {err[-2000:]}")


def signal_masks(pid: int) -> str:
    """Each thread of process `pid`: its name and its Sig* lines (pending, blocked, ignored,
    caught; hexadecimal masks, bit n-1 for signal n: SIGINT is 0x2)."""
    lines = []
    for task in sorted(Path(f"/proc/{pid}/task").glob("*")):
        try:
            status = (task / "status").read_text().splitlines()
        except OSError:  # ended meanwhile
            continue
        fields = [line for line in status if line.startswith(("Name:", "ShdPnd:", "SigPnd:", "SigBlk:", "SigIgn:", "SigCgt:"))]
        lines.append(f"{task.name}: " + " ".join(" ".join(field.split()) for field in fields))
    return "\n".join(lines)


def processes_using(db: Path) -> list[str]:
    """Processes whose command line names `db`: an ingest and its forked workers."""
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            text = cmdline.read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:  # ended meanwhile
            continue
        if str(db) in text:
            found.append(f"{cmdline.parent.name}: {text}")
    return found


def no_worker_outlives(db: Path) -> bool:
    """Workers end with their parent, even one killed outright (they may take a moment)."""
    for _ in range(3000):  # up to 30 s: a loaded machine may be slow to reap them
        if not processes_using(db):
            return True
        time.sleep(0.01)
    return False


def claims_by_paper(db: Path) -> dict[str, list[tuple]]:
    with Store(db, readonly=True) as store:
        rows = store.db.execute("SELECT paper_id, position, metric, kind, value, dataset, model, text "
                                "FROM claims ORDER BY paper_id, position").fetchall()
        papers = [row[0] for row in store.db.execute("SELECT id FROM papers")]
    claims: dict[str, list[tuple]] = {paper: [] for paper in papers}
    for row in rows:
        claims[row[0]].append(tuple(row[1:]))
    return claims


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The input and the store a whole, uninterrupted ingest makes of it."""
    folder = tmp_path_factory.mktemp("live")
    source = folder / "papers.jsonl"
    count = write_papers(source, 7)
    reference = folder / "reference.sqlite"
    with Store(reference) as store:
        report = store.ingest_paths([source], progress=False, jobs=2)
    assert report.papers == count and not report.bad
    return source, count, claims_by_paper(reference)


def test_an_ingest_killed_at_several_points_keeps_whole_papers_and_the_rerun_completes_it(corpus, tmp_path):
    source, count, reference = corpus
    db = tmp_path / "c.sqlite"
    committed = []
    # Each run is stopped one batch after it resumes, reading a pipe that holds the rest of
    # the papers back: an ingest that a slow test process let finish first made this test
    # fail for no defect on a loaded machine (the signal then met an exiting process).
    for jobs, how in ((1, signal.SIGKILL), (2, signal.SIGKILL), (2, signal.SIGINT)):
        after = (committed[-1] if committed else 0) + BATCH
        with fed_partly(source, tmp_path / "fed.jsonl", after):
            process = start_ingest(tmp_path / "fed.jsonl", db, jobs)
            wait_for(process, db, after, tmp_path / "fed.jsonl")
            process.send_signal(how)
            err = stopped(process)
        assert process.returncode != 0, "the ingest finished before the signal: the corpus is too small"
        assert no_worker_outlives(db), processes_using(db)
        if how == signal.SIGINT:
            assert process.returncode == 130, f"returncode {process.returncode}, stderr: {err[-3000:]!r}"
            assert "run the same command again to resume" in err and "Traceback" not in err, err[-3000:]
        with Store(db, readonly=True) as store:
            assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        kept = claims_by_paper(db)
        # Whole batches only, each paper with exactly the claims an uninterrupted ingest gives it.
        assert len(kept) % BATCH == 0 and len(kept) >= after
        assert all(claims == reference[paper] for paper, claims in kept.items())
        committed.append(len(kept))

    rerun = subprocess.run([*CLAIMBOARD, "ingest", str(source), "--db", str(db), "--jobs", "2", "--no-progress"],
                           capture_output=True, text=True, cwd=ROOT, check=False)
    assert rerun.returncode == 0, rerun.stderr
    new = int(re.search(r"\((\d+) new", rerun.stdout).group(1))
    assert new == count - committed[-1], "the rerun resumes after the last committed paper"
    assert claims_by_paper(db) == reference, "complete, and nothing duplicated"


def test_an_ingest_that_blocks_fails_the_test_with_where_it_waits(corpus, tmp_path, monkeypatch):
    # The check that turns a blocked ingest into a failure rather than a hung test: fed a
    # pipe that never ends and asked for more papers than come, the ingest stores what it
    # was given, then waits on the pipe without using CPU.
    source, _, _ = corpus
    db = tmp_path / "c.sqlite"
    monkeypatch.setattr(sys.modules[__name__], "STUCK_S", 2)
    with fed_partly(source, tmp_path / "fed.jsonl", BATCH):
        process = start_ingest(tmp_path / "fed.jsonl", db, 1)
        try:
            with pytest.raises(pytest.fail.Exception, match=r"used no CPU for 2 s; where its threads wait:\n\d+ \S+: "):
                wait_for(process, db, 10**6)
        finally:
            process.kill()
            process.communicate()
    assert stored(db) >= BATCH


def test_readers_see_the_last_committed_data_while_an_ingest_writes(corpus, tmp_path, monkeypatch):
    source, count, reference = corpus
    db = tmp_path / "c.sqlite"
    process = start_ingest(source, db, 1)
    rounds = 0
    try:
        wait_for(process, db, BATCH)
        monkeypatch.setenv("CLAIMBOARD_DB", str(db))
        # The claim counts of the states an ingest commits: after each batch of the file.
        order = [json.loads(line)["id"] for line in source.read_text().splitlines()]
        totals = [len(reference[paper]) for paper in order]
        committed = {sum(totals[:end]) for end in range(0, count + BATCH, BATCH)}
        while process.poll() is None:
            before = stored(db, "claims")
            page = AppTest.from_file(str(APP_PATH), default_timeout=120)
            page.run()
            boards = CliRunner().invoke(main, ["boards", "--db", str(db)])
            exported = CliRunner().invoke(main, ["export", "--db", str(db), "-o", "-"])
            after = stored(db, "claims")
            assert not page.exception, page.exception
            assert not page.error, [e.value for e in page.error]
            shown = int(re.search(r"([\d,]+) claims", page.caption[0].value).group(1).replace(",", ""))
            assert before <= shown <= after and shown in committed  # a committed state, never half a batch
            assert boards.exit_code == 0, boards.output
            assert exported.exit_code == 0, exported.output
            papers_exported = {row["paper_id"] for row in csv.DictReader(io.StringIO(exported.output))}
            assert papers_exported <= set(reference)
            rounds += 1
    finally:
        _, err = process.communicate()
    assert process.returncode == 0, err
    assert rounds >= 1, "the ingest ended before the readers could read during it"
    assert claims_by_paper(db) == reference
    assert stored(db) == count
