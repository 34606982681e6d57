"""The store: schema, identity and merging of papers, claim replacement, transactions."""
from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sample_data import MVAR, PAPERS, SCRIPT, XAR, ScriptedExtractor, claim_for
from threads import threads_blocking_sigint

from extract.models import Paper
from extract.sources import BadRecord, default_corpus_path
from leaderboard.store import IngestReport, Store, StoreError


def table_rows(store: Store, table: str) -> int:
    return store.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def test_schema_is_created_once_and_reopening_keeps_the_data(tmp_path):
    path = tmp_path / "sub" / "claims.sqlite"
    with Store(path, extractor=ScriptedExtractor()) as store:
        store.ingest_papers(PAPERS)
    with Store(path) as again:
        assert again.counts() == {"papers": 4, "claims": sum(len(SCRIPT[p.id]) for p in PAPERS)}
        indexes = {row[0] for row in again.db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"claims_by_board", "claims_by_model", "claims_by_paper", "papers_by_title_key_and_arxiv_id"} <= indexes


def _indexes(path) -> set[str]:
    with Store(path, readonly=True) as store:
        return {row[0] for row in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}


def test_a_store_made_with_the_title_key_index_gets_the_title_and_arxiv_id_index_from_a_writer(tmp_path):
    path = tmp_path / "old.sqlite"
    with Store(path, extractor=ScriptedExtractor()) as store:
        store.ingest_papers(PAPERS)
        store.db.execute("DROP INDEX papers_by_title_key_and_arxiv_id")
        store.db.execute("CREATE INDEX papers_by_title_key ON papers(title_key)")
    assert "papers_by_title_key" in _indexes(path)  # readers leave the file as it is
    with Store(path, extractor=ScriptedExtractor()) as store:
        assert store.counts()["papers"] == 4
    indexes = _indexes(path)
    assert "papers_by_title_key_and_arxiv_id" in indexes and "papers_by_title_key" not in indexes


def test_claims_keep_their_span_sentence_and_rule(store):
    store.ingest_papers([MVAR])
    stored = store.paper_claims(MVAR.id)
    expected = [claim_for(MVAR, spec) for spec in SCRIPT[MVAR.id]]
    assert stored == expected
    assert stored[0].span == (69, 73) and MVAR.abstract[69:73] == "1.78"
    assert stored[0].sentence.startswith("Our largest model M-VAR-d32") and stored[0].rule == "scripted"


def test_ingesting_the_same_papers_twice_adds_nothing_and_does_not_reextract(store):
    first = store.ingest_papers(PAPERS)
    generation = store.generation()
    calls = len(store.extractor.calls)
    second = store.ingest_papers(PAPERS)
    assert (second.papers, second.claims) == (first.papers, first.claims) == (4, 11)
    assert (second.new, second.extracted, second.unchanged) == (0, 0, 4)
    assert table_rows(store, "papers") == 4 and table_rows(store, "claims") == 11
    assert len(store.extractor.calls) == calls, "unchanged abstracts are not extracted again"
    assert store.generation() == generation, "nothing changed, so the page's caches stay valid"


def test_a_changed_abstract_is_reextracted_and_its_claims_replaced(store):
    store.ingest_papers([MVAR])
    assert len(store.paper_claims(MVAR.id)) == 3
    # The new abstract drops the comparison: only the FID score claim remains findable.
    revised = MVAR.model_copy(update={"abstract": MVAR.abstract.split(" and outperforms")[0] + "."})
    report = store.ingest_papers([revised])
    assert report.extracted == 1
    assert [c.text for c in store.paper_claims(MVAR.id)] == ["1.78"]
    assert table_rows(store, "claims") == 1


def test_a_paper_seen_by_title_from_another_source_merges_into_its_arxiv_id(store):
    page_copy = Paper(id="m-var-decoupled-scale-wise", title=MVAR.title.upper(), abstract=MVAR.abstract,
                      code_url="https://github.com/OliverRensu/MVAR", upvotes=12, source="hf-page",
                      listed=date(2024, 11, 20))
    store.extractor = ScriptedExtractor({page_copy.id: SCRIPT[MVAR.id], MVAR.id: SCRIPT[MVAR.id]})
    store.ingest_papers([page_copy])
    claims_before = store.paper_claims(page_copy.id)
    arxiv_copy = MVAR.model_copy(update={"title": MVAR.title})  # same title, arXiv id known
    report = store.ingest_papers([arxiv_copy])

    assert table_rows(store, "papers") == 1 and report.new == 0
    merged = store.get_paper(MVAR.id)
    assert merged is not None and store.get_paper(page_copy.id) is None
    # Newer non-null fields win; fields only the older source had are kept.
    assert merged.title == MVAR.title and merged.source == "jsonl"
    assert merged.code_url == "https://github.com/OliverRensu/MVAR" and merged.upvotes == 12
    assert merged.listed == date(2024, 11, 20) and merged.published == MVAR.published
    # Same abstract: the claims were kept (not re-extracted) and moved to the new id.
    assert report.extracted == 0
    assert [c.model_copy(update={"paper": page_copy.id}) for c in store.paper_claims(MVAR.id)] == claims_before
    assert table_rows(store, "claims") == 3


def test_a_later_page_copy_of_an_arxiv_paper_keeps_the_arxiv_id(store):
    store.ingest_papers([MVAR])
    page_copy = Paper(id="m-var-slug", title=MVAR.title, abstract=MVAR.abstract, upvotes=40, source="hf-page")
    store.ingest_papers([page_copy])
    assert [row[0] for row in store.db.execute("SELECT id FROM papers")] == [MVAR.id]
    assert store.get_paper(MVAR.id).upvotes == 40


def test_two_rows_that_turn_out_to_be_one_paper_are_folded_together(store):
    by_title = Paper(id="slug-a", title="Same Paper", abstract="About FID 1.5 on X.")
    by_arxiv = Paper(id="2401.00001", arxiv_id="2401.00001", title="Different Listing Title",
                     abstract="About FID 1.5 on X.")
    store.ingest_papers([by_title, by_arxiv])
    assert table_rows(store, "papers") == 2
    both = Paper(id="slug-a", arxiv_id="2401.00001", title="Same Paper", abstract="About FID 1.5 on X.")
    store.ingest_papers([both])
    assert [row[0] for row in store.db.execute("SELECT id FROM papers")] == ["2401.00001"]


def test_untitled_papers_are_not_merged_with_each_other(store):
    store.ingest_papers([Paper(id="a", abstract="first"), Paper(id="b", abstract="second")])
    assert table_rows(store, "papers") == 2


def test_an_interrupted_ingest_leaves_no_half_written_file(tmp_path):
    path = tmp_path / "claims.sqlite"
    kept = tmp_path / "kept.jsonl"
    kept.write_text(json.dumps({"id": "kept", "title": "Kept", "abstract": "stays"}) + "\n")
    broken = tmp_path / "broken.jsonl"
    broken.write_text("".join(json.dumps({"id": f"p{n}", "title": f"T{n}", "abstract": f"a{n}"}) + "\n"
                              for n in range(5)))

    def dies_on_third(paper: Paper):
        if paper.id == "p2":
            raise KeyboardInterrupt  # as if the user pressed Ctrl-C mid-file
        return ScriptedExtractor({})(paper)

    with Store(path, extractor=dies_on_third) as store, pytest.raises(KeyboardInterrupt):
        store.ingest_paths([kept, broken], progress=False)
    with Store(path) as store:
        assert [row[0] for row in store.db.execute("SELECT id FROM papers")] == ["kept"]
        assert table_rows(store, "claims") == 0


def test_bad_records_are_reported_with_file_and_line_and_the_rest_stored(store, tmp_path):
    source = tmp_path / "mixed.jsonl"
    source.write_text(
        json.dumps({"id": MVAR.id, "title": MVAR.title, "abstract": MVAR.abstract}) + "\n"
        + "{not json\n"
        + json.dumps({"id": "no-abstract", "title": "x"}) + "\n")
    report = store.ingest_paths([source], progress=False)
    assert [str(bad) for bad in report.bad] == [
        f"{source}:2: not JSON (Expecting property name enclosed in double quotes at column 2)",
        f"{source}:3: no abstract"]
    assert (report.papers, report.claims) == (1, 3)


def test_a_file_in_no_known_format_is_one_bad_record(store, tmp_path):
    source = tmp_path / "notes.txt"
    source.write_text("just a note\n")
    report = store.ingest_paths([source], progress=False)
    assert len(report.bad) == 1 and str(report.bad[0]).startswith(f"{source}:0: unknown format")
    assert report.papers == 0


def test_a_paper_the_extractor_fails_on_is_reported_and_the_others_stored(store):
    def picky(paper: Paper):
        if paper.id == XAR.id:
            raise ValueError("rule blew up")
        return ScriptedExtractor()(paper)

    store.extractor = picky
    report = store.ingest_papers(PAPERS, "samples")
    assert [str(b) for b in report.bad] == [f"samples:0: {XAR.id}: extraction failed (ValueError: rule blew up)"]
    assert report.papers == 3 and store.get_paper(XAR.id) is None


def test_reextract_replaces_claims_even_when_the_abstract_is_unchanged(store):
    store.ingest_papers([MVAR])
    store.extractor = ScriptedExtractor({MVAR.id: SCRIPT[MVAR.id][:1]})  # an "upgraded" extractor
    assert store.ingest_papers([MVAR]).extracted == 0
    assert len(store.paper_claims(MVAR.id)) == 3
    assert store.ingest_papers([MVAR], reextract=True).extracted == 1
    assert len(store.paper_claims(MVAR.id)) == 1


def test_the_default_corpus_ingests_without_bad_records_and_twice_is_idempotent(tmp_path):
    with Store(tmp_path / "corpus.sqlite") as store:  # the real extractor
        first = store.ingest_paths([default_corpus_path()], progress=False)
        counts = store.counts()
        second = store.ingest_paths([default_corpus_path()], progress=False)
        assert first.bad == [] and first.papers == counts["papers"] >= 40
        assert (second.papers, second.claims, second.new) == (first.papers, first.claims, 0)
        assert store.counts() == counts


def test_progress_bar_goes_to_stderr_and_summary_names_the_rate(store, capsys):
    report = store.ingest_papers(PAPERS, "samples.jsonl", progress=True)
    captured = capsys.readouterr()
    assert captured.out == "" and "samples.jsonl" in captured.err and "paper" in captured.err
    assert report.summary().startswith("4 papers (4 new, 4 extracted), 11 claims, 0 bad records, ")
    assert report.summary().endswith("papers/s)")
    one = IngestReport(papers=1, claims=1, seconds=1.0)
    one.bad.append(BadRecord("f.jsonl", 2, "not JSON"))
    assert one.summary().startswith("1 paper (0 new, 0 extracted), 1 claim, 1 bad record, ")


def test_snapshot_is_written_in_blocks_and_reads_back_as_sqlite_gives_it(tmp_path, monkeypatch):
    from pandas.testing import assert_frame_equal
    from pyarrow import ipc

    from leaderboard import store as store_module
    from leaderboard.store import read_frames, snapshot_paths, write_snapshot

    monkeypatch.setattr(store_module, "_SNAPSHOT_BLOCK", 3)
    path = tmp_path / "s.sqlite"
    with Store(path, extractor=ScriptedExtractor()) as store:
        store.ingest_papers(PAPERS)
        write_snapshot(store)
        claims_path, _ = snapshot_paths(path, store.generation())
        from_sql = store.claims_frame(), store.papers_frame()
    assert ipc.open_file(str(claims_path)).num_record_batches == 4  # 11 claims, 3 a block
    for snapshot, sql in zip(read_frames(path), from_sql):
        assert_frame_equal(snapshot, sql)


def test_snapshot_matches_sqlite_and_follows_each_changing_ingest(tmp_path):
    from pandas.testing import assert_frame_equal

    from leaderboard.store import read_frames, snapshot_paths, write_snapshot

    path = tmp_path / "s.sqlite"
    with Store(path, extractor=ScriptedExtractor()) as store:
        store.ingest_papers(PAPERS[:2])
        write_snapshot(store)
        first = snapshot_paths(path, store.generation())
        from_sql = store.claims_frame(), store.papers_frame()
    assert all(p.exists() for p in first)
    for snapshot, sql in zip(read_frames(path), from_sql):
        assert_frame_equal(snapshot, sql)

    with Store(path, extractor=ScriptedExtractor()) as store:
        store.ingest_papers(PAPERS[2:])  # a new generation: the old snapshot no longer applies
    claims, _ = read_frames(path)
    assert len(claims) == 11
    assert not any(p.exists() for p in first), "the stale snapshot was replaced"
    with Store(path) as store:
        current = snapshot_paths(path, store.generation())
    assert all(p.exists() for p in current)

    current[0].write_bytes(b"not arrow")  # damaged: SQLite is read instead
    claims, _ = read_frames(path)
    assert len(claims) == 11


def test_same_title_but_different_arxiv_ids_are_two_papers(store):
    store.ingest_papers([Paper(id="2401.00001", arxiv_id="2401.00001", title="Introduction", abstract="one"),
                         Paper(id="2402.00002", arxiv_id="2402.00002", title="Introduction", abstract="two")])
    assert table_rows(store, "papers") == 2


def test_a_failed_extraction_during_a_merge_changes_nothing(store):
    by_title = Paper(id="slug-a", title="Same Paper", abstract="About FID 1.5 on X.")
    by_arxiv = Paper(id="2401.00001", arxiv_id="2401.00001", title="Other Title", abstract="About FID 1.5 on X.")
    store.ingest_papers([by_title, by_arxiv])

    def fails(paper):
        raise RuntimeError("boom")

    store.extractor = fails
    both = Paper(id="slug-a", arxiv_id="2401.00001", title="Same Paper", abstract="A new abstract.")
    report = store.ingest_papers([both])
    assert len(report.bad) == 1 and "extraction failed (RuntimeError: boom)" in str(report.bad[0])
    assert sorted(row[0] for row in store.db.execute("SELECT id FROM papers")) == ["2401.00001", "slug-a"]


# -- arXiv ids found later (`claimboard resolve`) ------------------------------------
XAR_ARXIV = "2502.20388"


def dump(store: Store) -> tuple[list[tuple], list[tuple]]:
    """Every row of both tables, every column: what `changes nothing` compares."""
    papers = [tuple(row) for row in store.db.execute("SELECT * FROM papers ORDER BY id")]
    claims = [tuple(row) for row in store.db.execute("SELECT * FROM claims ORDER BY paper_id, position")]
    return papers, claims


def page_copy_of_mvar(**update) -> Paper:
    """M-VAR as a daily-papers page lists it: its own title, so no title_key match."""
    fields = {"id": "m-var-page", "title": "M-VAR: Decoupled Scale-wise Autoregressive Modeling",
              "abstract": MVAR.abstract, "code_url": "https://github.com/OliverRensu/MVAR", "upvotes": 12,
              "source": "hf-page", "listed": date(2024, 11, 20)}
    return Paper(**{**fields, **update})


def labelled(specs: list[dict], rule: str) -> list[dict]:
    """The same claims with a rule name that tells whose extraction they came from."""
    return [dict(spec, rule=rule) for spec in specs]


def test_papers_without_arxiv_id_are_the_rows_whose_arxiv_id_is_null(store):
    store.ingest_papers(PAPERS)
    missing = store.papers_without_arxiv_id()
    assert [p.id for p in missing] == sorted(p.id for p in PAPERS if p.arxiv_id is None)
    assert MVAR.id not in [p.id for p in missing]
    assert {p.id: p.title for p in missing}[XAR.id] == XAR.title


def test_set_arxiv_id_rekeys_the_paper_and_moves_its_claims_and_links(tmp_path):
    from leaderboard.store import read_frames
    from leaderboard.tables import enrich

    path = tmp_path / "claims.sqlite"
    with Store(path, extractor=ScriptedExtractor()) as store:
        store.ingest_papers(PAPERS)
        claims_before = store.paper_claims(XAR.id)
        calls, generation = len(store.extractor.calls), store.generation()
        store.set_arxiv_id(XAR.id, XAR_ARXIV + "v2")  # a versioned id is stored without its version

        assert store.get_paper(XAR.id) is None
        paper = store.get_paper(XAR_ARXIV)
        assert paper is not None and paper.arxiv_id == XAR_ARXIV
        assert paper.url == f"https://arxiv.org/abs/{XAR_ARXIV}"
        assert paper.code_url == XAR.code_url  # the other URL fields are kept
        assert (paper.title, paper.abstract, paper.published, paper.listed, paper.source) == (
            XAR.title, XAR.abstract, XAR.published, XAR.listed, XAR.source)
        # The same claims, now under the arXiv id; none left behind, none extracted again.
        assert [c.model_copy(update={"paper": XAR.id}) for c in store.paper_claims(XAR_ARXIV)] == claims_before
        assert store.db.execute("SELECT COUNT(*) FROM claims WHERE paper_id = ?", (XAR.id,)).fetchone()[0] == 0
        assert table_rows(store, "papers") == 4 and table_rows(store, "claims") == 11
        assert len(store.extractor.calls) == calls
        assert XAR_ARXIV not in [p.id for p in store.papers_without_arxiv_id()]
        assert store.generation() == generation + 1

    # The page's snapshot was rewritten: it links the paper to arXiv and keeps its code link.
    frame = enrich(*read_frames(path))
    rows = frame[frame["paper_id"] == XAR_ARXIV]
    assert len(rows) == len(claims_before) and not (frame["paper_id"] == XAR.id).any()
    assert set(rows["paper_url"]) == {f"https://arxiv.org/abs/{XAR_ARXIV}"}
    assert set(rows["code_url"]) == {XAR.code_url}


@pytest.mark.parametrize("arxiv_row_is_newer", [False, True], ids=["page-copy-newer", "arxiv-row-newer"])
def test_set_arxiv_id_merges_into_the_row_already_under_that_id(store, arxiv_row_is_newer):
    page_copy = page_copy_of_mvar()
    store.extractor = ScriptedExtractor({MVAR.id: labelled(SCRIPT[MVAR.id], "arxiv-row"),
                                         page_copy.id: labelled(SCRIPT[MVAR.id], "page-row")})
    order = [page_copy, MVAR] if arxiv_row_is_newer else [MVAR, page_copy]
    for paper in order:  # separate ingests: the later one is the newer row
        store.ingest_papers([paper])
    assert table_rows(store, "papers") == 2 and table_rows(store, "claims") == 6
    calls = len(store.extractor.calls)

    store.set_arxiv_id(page_copy.id, MVAR.id)

    assert [row[0] for row in store.db.execute("SELECT id FROM papers")] == [MVAR.id]
    merged = store.get_paper(MVAR.id)
    newer = order[-1]
    # Newer non-null fields win; fields only one row had are kept.
    assert merged.title == newer.title and merged.source == newer.source
    assert merged.code_url == page_copy.code_url and merged.upvotes == 12
    assert merged.listed == page_copy.listed and merged.published == MVAR.published
    assert merged.arxiv_id == MVAR.id and merged.url == f"https://arxiv.org/abs/{MVAR.id}"
    # Same abstract: no extraction, and only the kept row's claims, once each.
    assert len(store.extractor.calls) == calls
    claims = store.paper_claims(MVAR.id)
    assert [c.text for c in claims] == ["1.78", "0.4", "0.19"] and table_rows(store, "claims") == 3
    assert {c.rule for c in claims} == {"arxiv-row" if arxiv_row_is_newer else "page-row"}
    assert store.papers_without_arxiv_id() == []


def test_set_arxiv_id_reextracts_when_the_merged_abstracts_differ(store):
    shorter = MVAR.abstract.split(" and outperforms")[0] + "."  # the page lists an older abstract
    page_copy = page_copy_of_mvar(abstract=shorter)
    store.extractor = ScriptedExtractor({MVAR.id: labelled(SCRIPT[MVAR.id], "fresh"),
                                         page_copy.id: labelled(SCRIPT[MVAR.id], "page-row")})
    store.ingest_papers([MVAR])
    store.ingest_papers([page_copy])  # newer: its abstract is the one kept
    assert [c.text for c in store.paper_claims(page_copy.id)] == ["1.78"]

    store.set_arxiv_id(page_copy.id, MVAR.id)

    assert store.extractor.calls[-1] == MVAR.id  # extracted again, under the arXiv id
    assert table_rows(store, "papers") == 1
    assert store.get_paper(MVAR.id).abstract == shorter
    claims = store.paper_claims(MVAR.id)
    assert [(c.text, c.rule) for c in claims] == [("1.78", "fresh")]
    assert shorter[claims[0].span[0]:claims[0].span[1]] == "1.78"  # spans point into the kept abstract
    assert table_rows(store, "claims") == 1


def test_set_arxiv_id_twice_changes_nothing_the_second_time(tmp_path):
    from leaderboard.store import snapshot_paths

    path = tmp_path / "claims.sqlite"
    page_copy = page_copy_of_mvar()
    with Store(path, extractor=ScriptedExtractor({MVAR.id: SCRIPT[MVAR.id], page_copy.id: SCRIPT[MVAR.id],
                                                  XAR.id: SCRIPT[XAR.id]})) as store:
        store.ingest_papers([MVAR, XAR])
        store.ingest_papers([page_copy])
        store.set_arxiv_id(XAR.id, XAR_ARXIV)          # a re-key
        store.set_arxiv_id(page_copy.id, MVAR.id)      # a merge
        before, generation, calls = dump(store), store.generation(), len(store.extractor.calls)
        snapshot = [p.read_bytes() for p in snapshot_paths(path, generation)]

        store.set_arxiv_id(XAR.id, XAR_ARXIV)
        store.set_arxiv_id(page_copy.id, MVAR.id)
        store.set_arxiv_id(XAR_ARXIV, XAR_ARXIV)        # the paper by its new id: already so

        assert dump(store) == before
        assert store.generation() == generation and len(store.extractor.calls) == calls
        assert [p.read_bytes() for p in snapshot_paths(path, generation)] == snapshot


def test_reingesting_the_source_after_set_arxiv_id_keeps_one_row_under_the_arxiv_id(store):
    store.ingest_papers([XAR])
    store.set_arxiv_id(XAR.id, XAR_ARXIV)
    before = dump(store)
    report = store.ingest_papers([XAR])  # the page again: found by title, nothing new
    assert (report.new, report.unchanged) == (0, 1)
    assert dump(store) == before


def test_set_arxiv_id_refuses_what_it_cannot_do_and_changes_nothing(store):
    store.ingest_papers(PAPERS)
    before, generation = dump(store), store.generation()
    with pytest.raises(KeyError, match="no paper 'nope'"):
        store.set_arxiv_id("nope", "2501.00001")
    with pytest.raises(ValueError, match="is not an arXiv id"):
        store.set_arxiv_id(XAR.id, "not-an-id")
    with pytest.raises(ValueError, match=f"already has arXiv id {MVAR.id}"):
        store.set_arxiv_id(MVAR.id, "2501.00001")
    assert dump(store) == before and store.generation() == generation


def test_a_failed_extraction_during_set_arxiv_id_rolls_everything_back(store):
    store.extractor = ScriptedExtractor({MVAR.id: SCRIPT[MVAR.id], "m-var-page": SCRIPT[MVAR.id]})
    store.ingest_papers([MVAR])
    store.ingest_papers([page_copy_of_mvar(abstract="A different abstract with FID 1.78.")])
    before = dump(store)

    def fails(paper):
        raise RuntimeError("boom")

    store.extractor = fails
    with pytest.raises(RuntimeError, match="boom"):
        store.set_arxiv_id("m-var-page", MVAR.id)
    assert dump(store) == before


# -- readers, batches, writers waiting (issue 10, item 1) ------------------------------

def _hold_write_lock(path):
    """Another writer, mid-transaction: holds SQLite's write lock until closed."""
    other = sqlite3.connect(str(path), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    return other


def test_opening_an_existing_store_never_writes_so_readers_work_while_a_writer_holds_the_lock(tmp_path):
    path = tmp_path / "c.sqlite"
    with Store(path, extractor=ScriptedExtractor()) as store:
        store.ingest_papers(PAPERS)
    other = _hold_write_lock(path)
    try:
        for readonly in (True, False):  # neither a reader nor a writer writes on opening
            with Store(path, readonly=readonly, lock_wait_s=0.5) as opened:
                assert opened.counts()["papers"] == 4 and opened.generation() >= 1
    finally:
        other.close()


def test_a_reader_cannot_write_and_never_creates_a_store(tmp_path):
    with pytest.raises(StoreError, match="no store at .*claimboard ingest"):
        Store(tmp_path / "missing.sqlite", readonly=True)
    assert not (tmp_path / "missing.sqlite").exists()
    Store(tmp_path / "c.sqlite").close()
    with Store(tmp_path / "c.sqlite", readonly=True) as reader:
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            reader.db.execute("DELETE FROM papers")
        with pytest.raises(StoreError, match="read-only"):
            reader.ingest_papers([MVAR])


@pytest.mark.parametrize("content, reason", [
    (b"id,title,abstract\n1,a,b\n" * 200, "not a Claimboard store"),   # not a database
    (b"", "not a Claimboard store"),                                   # empty: no tables
])
def test_a_file_that_is_not_a_store_is_one_line_for_readers(tmp_path, content, reason):
    path = tmp_path / "c.sqlite"
    path.write_bytes(content)
    with pytest.raises(StoreError, match=reason):
        Store(path, readonly=True)
    assert path.read_bytes() == content


def test_a_file_that_is_not_a_database_is_one_line_for_a_writer_and_left_alone(tmp_path):
    path = tmp_path / "c.sqlite"
    path.write_bytes(b"x" * 4096)
    with pytest.raises(StoreError, match="not a Claimboard store"):
        Store(path)
    assert path.read_bytes() == b"x" * 4096


@pytest.mark.parametrize("readonly", [True, False])
def test_a_device_or_a_folder_is_not_a_store(tmp_path, readonly):
    for path in (Path("/dev/null"), tmp_path):
        with pytest.raises(StoreError, match="not a store file"):
            Store(path, readonly=readonly)


class ReadingExtractor(ScriptedExtractor):
    """Records, at every extraction, what a reader of the store sees at that moment."""

    def __init__(self, path):
        super().__init__()
        self.path, self.seen = path, []

    def __call__(self, paper):
        with Store(self.path, readonly=True) as reader:
            self.seen.append(reader.counts()["papers"])
        return super().__call__(paper)


def many_papers(count: int) -> list[Paper]:
    return [MVAR.model_copy(update={"id": f"p{n}", "title": f"Paper number {n}", "arxiv_id": None})
            for n in range(count)]


def test_ingest_commits_in_batches_that_readers_see(tmp_path):
    path = tmp_path / "c.sqlite"
    Store(path).close()
    extractor = ReadingExtractor(path)
    extractor.script = {f"p{n}": SCRIPT[MVAR.id] for n in range(7)}
    with Store(path, extractor=extractor) as store:
        report = store.ingest_papers(many_papers(7), batch_size=3)
    # Papers of batch k are extracted before it is written, after batches 1..k-1 committed.
    assert extractor.seen == [0, 0, 0, 3, 3, 3, 6]
    assert (report.papers, report.new, report.claims) == (7, 7, 21)


class InterruptingExtractor(ScriptedExtractor):
    def __init__(self, at: int):
        super().__init__({f"p{n}": SCRIPT[MVAR.id] for n in range(10)})
        self.at = at

    def __call__(self, paper):
        if len(self.calls) == self.at:
            raise KeyboardInterrupt
        return super().__call__(paper)


def test_an_interrupted_ingest_keeps_committed_batches_whole_and_a_rerun_resumes(tmp_path):
    path = tmp_path / "c.sqlite"
    with Store(path, extractor=InterruptingExtractor(at=7)) as store:
        with pytest.raises(KeyboardInterrupt):
            store.ingest_papers(many_papers(10), batch_size=3)
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # Two batches committed, each paper with its three claims; the third rolled back.
        assert store.counts() == {"papers": 6, "claims": 18}
        store.extractor = ScriptedExtractor({f"p{n}": SCRIPT[MVAR.id] for n in range(10)})
        report = store.ingest_papers(many_papers(10), batch_size=3)
        assert store.extractor.calls == ["p6", "p7", "p8", "p9"], "committed papers are not extracted again"
        assert (report.new, report.unchanged) == (4, 6)
        assert store.counts() == {"papers": 10, "claims": 30}


def test_a_second_writer_waits_with_a_message_then_writes_everything(tmp_path):
    path = tmp_path / "c.sqlite"
    Store(path).close()
    other = _hold_write_lock(path)
    messages = []

    def first_writer_finishes(message):  # called once the second writer starts waiting
        messages.append(message)
        other.execute("COMMIT")

    with Store(path, extractor=ScriptedExtractor(), on_wait=first_writer_finishes) as store:
        report = store.ingest_papers(PAPERS)
    other.close()
    assert len(messages) == 1 and "waiting for another writer" in messages[0] and str(path) in messages[0]
    assert report.papers == 4 and Store(path, readonly=True).counts()["papers"] == 4


def test_a_writer_that_waits_too_long_says_so_in_one_line_and_loses_nothing_committed(tmp_path):
    path = tmp_path / "c.sqlite"
    with Store(path, extractor=ScriptedExtractor()) as store:
        store.ingest_papers(PAPERS[:2])
    other = _hold_write_lock(path)
    try:
        with (Store(path, extractor=ScriptedExtractor(), lock_wait_s=0.2, on_wait=lambda m: None) as store,
              pytest.raises(StoreError, match="locked by another writer.*run the same command again")):
            store.ingest_papers(PAPERS)
    finally:
        other.close()
    with Store(path, extractor=ScriptedExtractor()) as store:
        assert store.counts()["papers"] == 2
        assert store.ingest_papers(PAPERS).new == 2


def test_a_value_sqlite_cannot_hold_rejects_that_paper_alone(store):
    huge = XAR.model_copy(update={"upvotes": 10**30})
    report = store.ingest_papers([MVAR, huge, *PAPERS[2:]])
    # the Paper model refuses it when the store plans the paper (a reader would have
    # refused it first; a Paper built without validation reaches the store)
    assert [b.reason for b in report.bad] == [f"{XAR.id}: not stored (upvotes: out of range (10000000000000000000…))"]
    assert store.get_paper(XAR.id) is None and store.paper_claims(XAR.id) == []
    assert report.papers == 3 and store.counts()["papers"] == 3


def test_parallel_ingest_stores_exactly_what_one_process_stores(tmp_path):
    stores = {}
    for jobs in (1, 2):
        with Store(tmp_path / f"j{jobs}.sqlite") as store:  # the real extractor
            report = store.ingest_paths([default_corpus_path()], progress=False, jobs=jobs, batch_size=4)
            claims = store.db.execute(
                "SELECT paper_id, position, metric, kind, value, dataset, model, text, span_start "
                "FROM claims ORDER BY paper_id, position").fetchall()
            stores[jobs] = (report.papers, report.claims, [tuple(row) for row in claims])
    assert stores[1] == stores[2] and stores[1][1] > 50


# -- identity (issue 10, item 3) --------------------------------------------------------

def test_papers_whose_titles_differ_only_outside_ascii_are_two_papers(store):
    first = Paper(id="mt-2024", title="机器翻译系统 2024", abstract=MVAR.abstract)
    second = Paper(id="dl-2024", title="深度学习模型 2024", abstract=XAR.abstract)
    store.extractor = ScriptedExtractor({"mt-2024": SCRIPT[MVAR.id], "dl-2024": SCRIPT[XAR.id]})
    store.ingest_papers([first, second])
    assert store.counts()["papers"] == 2
    assert len(store.paper_claims("mt-2024")) == len(SCRIPT[MVAR.id])
    assert len(store.paper_claims("dl-2024")) == len(SCRIPT[XAR.id])


def test_a_title_key_collision_never_merges_different_titles(store, monkeypatch):
    import leaderboard.store as store_module
    monkeypatch.setattr(store_module, "title_key", lambda title: "collides" if title else "")
    store.ingest_papers([MVAR.model_copy(update={"arxiv_id": None, "id": "a"}),
                         XAR.model_copy(update={"arxiv_id": None, "id": "b"})])
    assert store.counts()["papers"] == 2
    # The same title, wrapped and cased differently, is still the same paper.
    again = MVAR.model_copy(update={"arxiv_id": None, "id": "a-other-source", "title": MVAR.title.upper()})
    assert store.ingest_papers([again]).new == 0 and store.counts()["papers"] == 2


def test_the_progress_bar_of_a_jsonl_ingest_shows_papers_per_second_and_time_left(tmp_path, capsys):
    source = tmp_path / "papers.jsonl"
    source.write_text("".join(json.dumps({"id": f"p{n}", "title": f"Paper number {n}", "abstract": MVAR.abstract})
                              + "\n" for n in range(12)))
    with Store(tmp_path / "c.sqlite", extractor=ScriptedExtractor()) as store:
        store.ingest_paths([source], progress=True, batch_size=5)
    bar = capsys.readouterr().err
    assert "0/12 [00:00<?" in bar and "paper/s" in bar  # done/total [elapsed<left, rate]: a total, so a time left


def test_the_progress_bar_knows_the_total_of_json_lines_only(tmp_path):
    from leaderboard.store import _count_records

    jsonl = tmp_path / "a.jsonl"
    jsonl.write_bytes(b'\xef\xbb\xbf{"id": 1}\n\n{"id": 2}\n  {"id": "indented"}\n')
    assert _count_records(jsonl) == 2  # indented lines are not counted: an estimate for the bar
    assert _count_records(default_corpus_path()) is None


def test_a_reader_failing_part_way_ends_its_file_with_a_bad_record_not_the_ingest(store, tmp_path, monkeypatch):
    import leaderboard.store as store_module

    def read_path(path, keep=None):
        if Path(path).name == "broken.jsonl":
            yield MVAR
            raise RecursionError("maximum recursion depth exceeded")
        yield XAR

    monkeypatch.setattr(store_module, "read_path", read_path)
    report = store.ingest_paths([tmp_path / "broken.jsonl", tmp_path / "fine.jsonl"], progress=False)
    assert [(b.path, b.line) for b in report.bad] == [(str(tmp_path / "broken.jsonl"), 0)]
    assert "RecursionError" in report.bad[0].reason
    assert store.get_paper(MVAR.id) is not None and store.get_paper(XAR.id) is not None


# -- plans made ahead (the writer plans a batch before its papers are extracted) ----------

def _stored_rows(store: Store) -> list[tuple]:
    columns = "id, title, abstract, url, code_url, arxiv_id, published, listed, source, upvotes, extractor"
    papers = store.db.execute(f"SELECT {columns} FROM papers ORDER BY id").fetchall()
    claims = store.db.execute("SELECT paper_id, position, metric, value, text FROM claims "
                              "ORDER BY paper_id, position").fetchall()
    return [tuple(row) for row in papers] + [tuple(row) for row in claims]


SAME_PAPER_SEQUENCES = {
    "a page copy, then its arXiv record": [
        Paper(id="m-var-slug", title=MVAR.title.upper(), abstract=MVAR.abstract, upvotes=12, source="hf-page"),
        MVAR],
    "two rows, then the record that joins them": [
        Paper(id="slug-a", title="Same Paper", abstract="About FID 1.5 on X."),
        Paper(id="2401.00001", arxiv_id="2401.00001", title="Another Title", abstract="About FID 1.5 on X."),
        Paper(id="slug-a", arxiv_id="2401.00001", title="Same Paper", abstract="About FID 1.5 on X.")],
    "a paper, then its new abstract": [MVAR, MVAR.model_copy(update={"abstract": MVAR.abstract + " More."})],
}


@pytest.mark.parametrize("sequence", SAME_PAPER_SEQUENCES.values(), ids=SAME_PAPER_SEQUENCES.keys())
def test_papers_of_one_batch_that_are_one_paper_are_stored_as_one_at_a_time(tmp_path, sequence):
    """A plan made before the batch is stored is used only while still true: a paper
    stored earlier in the batch makes the plans of the papers it is the same as stale."""
    stores = {}
    for mode in ("one batch", "one at a time"):
        with Store(tmp_path / f"{mode}.sqlite", extractor=ScriptedExtractor()) as store:
            if mode == "one batch":
                store.ingest_papers(sequence)
            else:
                for paper in sequence:
                    store.ingest_papers([paper])
            stores[mode] = _stored_rows(store)
    assert stores["one batch"] == stores["one at a time"]
    assert len({row[0] for row in stores["one batch"] if len(row) == 11}) == 1  # one paper


def test_each_new_paper_is_looked_up_once_not_again_when_stored(store):
    lookups = []
    store.db.set_trace_callback(lambda sql: lookups.append(sql) if sql.startswith("SELECT * FROM papers WHERE") else None)
    store.ingest_papers(PAPERS)
    assert len(lookups) == len(PAPERS)


def test_a_plan_is_made_again_when_another_writer_stored_the_paper_meanwhile(tmp_path):
    path = tmp_path / "c.sqlite"
    with Store(path, extractor=ScriptedExtractor()) as ours, Store(path, extractor=ScriptedExtractor()) as theirs:
        ours.db.execute("CREATE TEMP TABLE IF NOT EXISTS counted (id TEXT PRIMARY KEY)")
        page_copy = Paper(id="m-var-slug", title=MVAR.title, abstract=MVAR.abstract, source="hf-page")
        ahead = ours._plan_ahead([page_copy], reextract=False)  # planned: a new paper
        assert ahead.plans[0].primary is None
        theirs.ingest_papers([MVAR])  # the same paper, under its arXiv id, by another process
        ours._store_batch([page_copy], ahead, {}, "test", False, report=IngestReport())
        assert [row[0] for row in ours.db.execute("SELECT id FROM papers")] == [MVAR.id]


def test_while_an_ingest_runs_its_progress_thread_leaves_ctrl_c_to_the_main_thread(store):
    # tqdm starts a monitor thread even for a hidden bar; had it taken a SIGINT, an ingest
    # blocked reading a quiet pipe would not have stopped (extract.parallel.sigint_to_main_thread).
    seen = []

    def papers():
        for number, paper in enumerate(PAPERS):
            if number == 1:
                seen.append(threads_blocking_sigint())
            yield paper

    store.ingest_papers(papers(), progress=False)
    (blocking,) = seen
    assert "tqdm_monitor" in blocking, blocking
    assert blocking.pop("MainThread") is False
    assert all(blocking.values()), blocking
