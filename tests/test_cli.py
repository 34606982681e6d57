"""The `claimboard` command line, through click's runner."""
from __future__ import annotations

import csv
import io
import json
import socket
import subprocess
import sys
import types
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from sample_data import MVAR, PAPERS, ScriptedExtractor

from extract.sources import default_corpus_path
from leaderboard import cli, cli_fetch
from leaderboard.cli import main
from leaderboard.store import Store


def all_commands(group: click.Group, prefix=()):
    for name, command in sorted(group.commands.items()):
        yield (*prefix, name), command
        if isinstance(command, click.Group):
            yield from all_commands(command, (*prefix, name))


COMMANDS = ("ingest", "export", "serve", "validate", "boards", "fetch", "resolve")


def test_the_expected_commands_exist():
    assert set(COMMANDS) <= set(main.commands)
    assert main.commands["fetch"] is cli_fetch.fetch and main.commands["resolve"] is cli_fetch.resolve
    walked = {path for path, _ in all_commands(main)}
    assert {("fetch", "hf-daily"), ("fetch", "hf-search"), ("fetch", "hf-paper"), ("fetch", "arxiv"),
            ("resolve",)} <= walked, "the help-text test below walks the fetch commands too"


@pytest.mark.parametrize("path, command", list(all_commands(main)), ids=lambda v: " ".join(v) if isinstance(v, tuple) else "")
def test_every_command_has_help_text(path, command):
    assert (command.help or "").strip(), f"`claimboard {' '.join(path)}` has no help text"
    for param in command.params:
        if isinstance(param, click.Option):
            assert (param.help or "").strip(), f"option {param.name} of {' '.join(path)} has no help"
    result = CliRunner().invoke(main, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert command.help.strip().split("\n")[0][:40] in " ".join(result.output.split())


def test_main_help_lists_the_commands():
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    listed = [line.split()[0] for line in result.output.split("Commands:")[1].splitlines() if line.strip()]
    assert sorted(listed) == sorted(COMMANDS)


@pytest.mark.parametrize("args, expected", [
    ([], "fetch "),
    (["fetch"], "hf-daily"),
    (["fetch", "arxiv"], "--query"),
    (["resolve"], "--dry-run"),
    (["ingest"], "arXiv Atom"),
])
def test_the_installed_claimboard_script_shows_help(args, expected):
    """The console script itself, in a fresh process (not only click's runner)."""
    script = Path(sys.executable).with_name("claimboard")
    result = subprocess.run([str(script), *args, "--help"], capture_output=True, text=True, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert expected in " ".join(result.stdout.split())


def test_cli_fetch_still_runs_on_its_own():
    code = ("import sys; from leaderboard import cli_fetch; "
            "assert 'leaderboard.cli' not in sys.modules, 'cli_fetch must not need the main CLI'")
    standalone = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                                check=False)
    assert standalone.returncode == 0, standalone.stderr
    result = subprocess.run([sys.executable, "-m", "leaderboard.cli_fetch", "resolve", "--help"],
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0 and "--dry-run" in result.stdout, result.stderr


def test_ingest_help_names_every_supported_format():
    text = " ".join(CliRunner().invoke(main, ["ingest", "--help"]).output.split())
    for name in ("JSONL", "saved Daily Papers page", "Hugging Face API JSON", "arXiv Atom", "CSV",
                 "detected from its content"):
        assert name in text


@pytest.fixture
def scripted(monkeypatch):
    """Make the CLI's stores use the scripted extractor (the real one is the lead's)."""
    import extract.pipeline

    monkeypatch.setattr(extract.pipeline, "extract_paper", ScriptedExtractor())


def write_jsonl(path: Path, papers, extra_lines=()) -> Path:
    lines = [json.dumps({"id": p.id, "title": p.title, "abstract": p.abstract, "url": p.url}) for p in papers]
    path.write_text("\n".join([*lines, *extra_lines]) + "\n", encoding="utf-8")
    return path


def test_ingest_twice_then_export_has_no_duplicates_and_no_formulas(tmp_path, scripted):
    source = write_jsonl(tmp_path / "papers.jsonl", PAPERS)
    db, out = tmp_path / "c.sqlite", tmp_path / "claims.csv"
    runner = CliRunner()
    first = runner.invoke(main, ["ingest", str(source), "--db", str(db), "--no-progress"])
    second = runner.invoke(main, ["ingest", str(source), "--db", str(db), "--no-progress"])
    assert first.exit_code == second.exit_code == 0, first.output
    assert "4 papers (4 new, 4 extracted), 11 claims, 0 bad records" in first.output
    assert "4 papers (0 new, 0 extracted), 11 claims, 0 bad records" in second.output
    result = runner.invoke(main, ["export", "--db", str(db), "--output", str(out)])
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"), newline="")))
    header, body = rows[0], rows[1:]
    assert len(body) == 11 and len({tuple(r) for r in body}) == 11
    numeric = {header.index(c) for c in ("value", "value_max", "rank", "model_size", "span_start", "span_end")}
    for row in body:
        for index, cell in enumerate(row):
            if index in numeric:
                assert cell == "" or float(cell) is not None
            else:
                assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell


def test_ingest_reports_bad_records_and_exits_1(tmp_path, scripted):
    source = write_jsonl(tmp_path / "papers.jsonl", [MVAR], extra_lines=["[1, 2]"])
    result = CliRunner().invoke(main, ["ingest", str(source), "--db", str(tmp_path / "c.sqlite"), "--no-progress"])
    assert result.exit_code == 1
    assert f"{source}:2: expected a JSON object, got list" in result.output
    assert "1 paper (1 new, 1 extracted), 3 claims, 1 bad record," in result.output


def test_ingest_of_the_default_corpus(tmp_path):
    result = CliRunner().invoke(main, ["ingest", str(default_corpus_path()), "--db", str(tmp_path / "c.sqlite")])
    assert result.exit_code == 0, result.output
    assert "0 bad records" in result.output


def test_export_one_board_and_to_stdout(tmp_path, scripted):
    source = write_jsonl(tmp_path / "papers.jsonl", PAPERS)
    db = tmp_path / "c.sqlite"
    runner = CliRunner()
    runner.invoke(main, ["ingest", str(source), "--db", str(db), "--no-progress"])
    result = runner.invoke(main, ["export", "--db", str(db), "-o", "-", "--board", "ImageNet 256x256 / FID"])
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout, newline="")))
    assert [(r["model"], r["rank"]) for r in rows] == [("xAR-H", "1"), ("M-VAR-d32", "2"), ("'=cmd|' /C calc'!A0", "3")]


def test_export_of_an_unknown_board_is_a_usage_error(sample_db):
    result = CliRunner().invoke(main, ["export", "--db", str(sample_db), "-o", "-", "--board", "X / Y"])
    assert result.exit_code == 2 and "no board 'X / Y'" in result.output


def test_boards_prints_the_summary(tmp_path, scripted):
    source = write_jsonl(tmp_path / "papers.jsonl", PAPERS)
    db = tmp_path / "c.sqlite"
    CliRunner().invoke(main, ["ingest", str(source), "--db", str(db), "--no-progress"])
    result = CliRunner().invoke(main, ["boards", "--db", str(db)])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[1].split() == ["3", "3", "lower", "ImageNet", "256x256", "/", "FID", "(xAR-H", "1.24)"]
    assert lines[2].split()[:3] == ["2", "1", "higher"]


def test_boards_on_an_empty_store(tmp_path):
    Store(tmp_path / "c.sqlite").close()
    result = CliRunner().invoke(main, ["boards", "--db", str(tmp_path / "c.sqlite")])
    assert result.exit_code == 0 and "run `claimboard ingest` first" in result.output


def test_boards_on_a_store_whose_claims_make_no_board_says_why(tmp_path):
    unranked = [{"metric": "FID", "kind": "score", "value": 1.78, "dataset": "ImageNet 256x256", "text": "1.78"}]
    with Store(tmp_path / "c.sqlite", extractor=ScriptedExtractor({MVAR.id: unranked})) as store:
        store.ingest_papers([MVAR])
    result = CliRunner().invoke(main, ["boards", "--db", str(tmp_path / "c.sqlite")])
    assert result.exit_code == 0 and "run `claimboard ingest` first" not in result.output
    assert "1 claim stored, none a score that names its model and dataset" in result.output


def _free_port() -> int:
    """A port nothing listens on now: `serve` refuses a port in use, and a fixed one may be
    taken on a busy machine (a page left running on it failed this test once)."""
    with socket.socket() as probe:
        probe.bind(("localhost", 0))
        return probe.getsockname()[1]


def test_serve_starts_streamlit_on_the_port_with_the_store_and_no_builtin_export(sample_db, monkeypatch):
    seen = {}

    def fake_execve(program, argv, env):
        seen.update(program=program, argv=argv, env=env)

    monkeypatch.setattr(cli.os, "execve", fake_execve)
    port = str(_free_port())
    result = CliRunner().invoke(main, ["serve", "--port", port, "--db", str(sample_db)])
    assert result.exit_code == 0, result.output
    argv = seen["argv"]
    assert argv[1:4] == ["-m", "leaderboard.serve", "run"] and Path(argv[4]) == cli.APP_PATH
    options = dict(zip(argv[5::2], argv[6::2]))
    assert options["--server.port"] == port and options["--client.disableDataExport"] == "true"
    assert options["--server.headless"] == "true"
    assert seen["env"]["CLAIMBOARD_DB"] == str(sample_db.resolve())


def test_validate_is_a_thin_call_to_run_validate(monkeypatch, tmp_path):
    calls = []
    fake = types.ModuleType("leaderboard.validate")

    def run_validate(source_paths, fixtures_path):
        calls.append((source_paths, fixtures_path))
        return "precision 1.00 recall 0.50", source_paths != ["fail"]

    fake.run_validate = run_validate
    fake.UnusableInput = type("UnusableInput", (ValueError,), {})
    monkeypatch.setitem(sys.modules, "leaderboard.validate", fake)
    fixtures = tmp_path / "gold.jsonl"
    fixtures.write_text("{}\n")
    passed = CliRunner().invoke(main, ["validate", "--fixtures", str(fixtures)])
    assert passed.exit_code == 0 and "precision 1.00 recall 0.50" in passed.output
    assert calls[-1] == ([str(default_corpus_path())], str(fixtures))
    (tmp_path / "fail").write_text("")
    monkeypatch.chdir(tmp_path)
    failed = CliRunner().invoke(main, ["validate", "fail", "--fixtures", str(fixtures)])
    assert failed.exit_code == 1 and calls[-1] == (["fail"], str(fixtures))


def test_validate_of_unusable_inputs_is_one_line_with_status_1(tmp_path):
    papers = tmp_path / "papers.jsonl"
    papers.write_text(json.dumps({"id": "p1", "title": "A paper", "abstract": "We reach an FID of 2.5."}) + "\n")
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    binary = tmp_path / "gold.bin"
    binary.write_bytes(b"\x7fELF\x02\x01\xd0\xff" * 50)
    other = tmp_path / "other_gold.jsonl"
    other.write_text(json.dumps({"paper": "q9", "title": "Another paper", "metric": "FID", "kind": "score",
                                 "value": 3.0}) + "\n")
    cases = [
        ([str(empty), "--fixtures", str(other)], f"{empty}: unknown format: an empty file"),
        ([str(papers), "--fixtures", str(papers)], f"{papers}: labelled claim 1 lacks paper, metric, kind, value"),
        ([str(papers), "--fixtures", str(binary)], f"{binary}: not UTF-8 text"),
        ([str(papers), "--fixtures", str(empty)], f"{empty}: no labelled claims"),
        ([str(papers), "--fixtures", str(other)], f"none of the 1 papers labelled in {other} is among the 1 papers read"),
    ]
    for args, expected in cases:
        assert expected in one_line_error(CliRunner().invoke(main, ["validate", *args])), args


def test_printable_neutralizes_terminal_escapes():
    assert cli.printable("a\x1b]0;pwned\x07b") == "a\ufffd]0;pwned\ufffdb"


def test_validate_runs_the_real_scoring_on_the_shipped_fixtures():
    result = CliRunner().invoke(main, ["validate"])
    assert "claims:" in result.output and "rows:" in result.output
    assert (result.exit_code == 0) == ("PASS" in result.output), result.output


def test_ingest_leaves_a_snapshot_for_the_page(tmp_path, scripted):
    from leaderboard.store import Store, snapshot_paths

    source = write_jsonl(tmp_path / "papers.jsonl", PAPERS)
    db = tmp_path / "c.sqlite"
    assert CliRunner().invoke(main, ["ingest", str(source), "--db", str(db), "--no-progress"]).exit_code == 0
    with Store(db) as store:
        assert all(path.exists() for path in snapshot_paths(db, store.generation()))


# -- one-line errors, never a traceback, never a created store (issue 10, items 10, 11) --

def one_line_error(result) -> str:
    assert result.exit_code != 0 and isinstance(result.exception, SystemExit), result.exception
    [line] = result.output.strip().splitlines()
    assert line.startswith("Error") and "Traceback" not in result.output
    return line


@pytest.mark.parametrize("command", [["boards"], ["export", "-o", "-"], ["serve", "--port", "8765"]])
def test_read_only_commands_on_a_missing_store_say_so_and_create_nothing(tmp_path, monkeypatch, command):
    monkeypatch.setattr(cli.os, "execve", lambda *a: pytest.fail("must not start the server"))
    missing = tmp_path / "sub" / "c.sqlite"
    line = one_line_error(CliRunner().invoke(main, [*command, "--db", str(missing)]))
    assert f"no store at {missing}" in line
    assert not missing.exists() and not missing.parent.exists()


@pytest.mark.parametrize("command", [["boards"], ["export", "-o", "-"], ["ingest", str(default_corpus_path())]])
def test_a_file_that_is_not_a_database_is_one_line(tmp_path, command):
    path = tmp_path / "notes.txt"
    path.write_text("id,title,abstract\n" * 300)
    line = one_line_error(CliRunner().invoke(main, [*command, "--db", str(path)]))
    assert f"{path} is not a Claimboard store" in line


@pytest.mark.parametrize("command", [["boards"], ["export", "-o", "-"], ["ingest", str(default_corpus_path())]])
def test_dev_null_as_the_store_is_one_line(command):
    line = one_line_error(CliRunner().invoke(main, [*command, "--db", "/dev/null"]))
    assert "/dev/null is not a store file" in line


def test_export_into_a_missing_folder_is_one_line_and_reads_nothing(sample_db, tmp_path):
    target = tmp_path / "nowhere" / "claims.csv"
    result = CliRunner().invoke(main, ["export", "--db", str(sample_db), "-o", str(target)])
    assert result.exit_code == 2 and "the folder of" in result.output and "does not exist" in result.output
    assert "Traceback" not in result.output and not target.parent.exists()


def test_readers_work_while_another_writer_holds_the_store(sample_db, tmp_path):
    import sqlite3

    writer = sqlite3.connect(str(sample_db), isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # an ingest mid-batch
    try:
        boards = CliRunner().invoke(main, ["boards", "--db", str(sample_db)])
        exported = CliRunner().invoke(main, ["export", "--db", str(sample_db), "-o", "-"])
    finally:
        writer.close()
    assert boards.exit_code == 0 and "ImageNet 256x256 / FID" in boards.output
    assert exported.exit_code == 0 and len(list(csv.DictReader(io.StringIO(exported.output)))) == 11


def test_serve_on_a_busy_port_fails_in_one_line_before_announcing_anything(sample_db, monkeypatch):
    import socket

    monkeypatch.setattr(cli.os, "execve", lambda *a: pytest.fail("must not start the server"))
    with socket.socket() as taken:
        taken.bind(("localhost", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(main, ["serve", "--db", str(sample_db), "--port", str(port)])
    line = one_line_error(result)
    assert f"cannot serve at localhost:{port}" in line and "serving" not in result.output


def test_ingest_rejects_zero_jobs_and_stores_the_same_for_one_or_two(tmp_path):
    assert CliRunner().invoke(main, ["ingest", str(default_corpus_path()), "--jobs", "0",
                                     "--db", str(tmp_path / "z.sqlite")]).exit_code == 2
    exports = []
    for jobs in ("1", "2"):
        db = str(tmp_path / f"j{jobs}.sqlite")
        result = CliRunner().invoke(main, ["ingest", str(default_corpus_path()), "--jobs", jobs,
                                           "--batch-size", "5", "--db", db])
        assert result.exit_code == 0, result.output
        exports.append(CliRunner().invoke(main, ["export", "--db", db, "-o", "-"]).output)
    assert exports[0] == exports[1] and exports[0].count("\n") > 50


@pytest.mark.parametrize("option, value, reason", [
    ("--since", "2024-13-01", "not a date"),
    ("--since", "last week", "not a date"),
    ("--category", "", "no category given"),
])
def test_ingest_names_the_filter_option_it_refuses_and_creates_no_store(tmp_path, option, value, reason):
    db = tmp_path / "c.sqlite"
    result = CliRunner().invoke(main, ["ingest", str(default_corpus_path()), option, value, "--db", str(db)])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert f"Invalid value for {option}: {reason}" in result.output
    assert not db.exists()


def test_help_starts_without_pandas_or_the_extractor():
    """Start-up (issue 8, item 7): `claimboard --help` imports no heavy module; the
    commands that need pandas or the pipeline import them. Checked by what is imported,
    not by a time."""
    code = "import sys; from leaderboard.cli import main; main(['--help'])"
    result = subprocess.run([sys.executable, "-X", "importtime", "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and "Usage:" in result.stdout
    imported = {line.split("|")[-1].strip() for line in result.stderr.splitlines() if "|" in line}
    assert "leaderboard.cli" in imported
    assert not imported & {"pandas", "pyarrow", "streamlit", "extract.pipeline", "tqdm", "pydantic", "httpx",
                            "leaderboard.store"}, imported


@pytest.fixture
def read_only_store(sample_db):
    """The sample store, and its folder, with no write permission for anyone."""
    import shutil

    folder = sample_db.parent / "frozen"
    folder.mkdir()
    store = folder / "c.sqlite"
    shutil.copy(sample_db, store)
    store.chmod(0o444)
    folder.chmod(0o555)
    yield store
    folder.chmod(0o755)


def run_unprivileged(*args: str) -> subprocess.CompletedProcess:
    """`claimboard ARGS` in a process that file permissions bind: as root, one without
    capabilities (root keeps its uid, so the virtualenv stays readable)."""
    import os

    command = [sys.executable, "-c", "from leaderboard.cli import main; main()", *args]
    if os.geteuid() == 0:
        command = ["setpriv", "--bounding-set=-all", "--inh-caps=-all", *command]
    return subprocess.run(command, capture_output=True, text=True, check=False)


def test_readers_work_on_a_read_only_store_and_ingest_says_it_is_read_only(read_only_store):
    boards = run_unprivileged("boards", "--db", str(read_only_store))
    assert boards.returncode == 0 and "ImageNet 256x256 / FID" in boards.stdout, boards.stderr
    exported = run_unprivileged("export", "--db", str(read_only_store), "-o", "-")
    assert exported.returncode == 0 and len(list(csv.DictReader(io.StringIO(exported.stdout)))) == 11
    ingest = run_unprivileged("ingest", str(default_corpus_path()), "--db", str(read_only_store))
    assert ingest.returncode == 1 and "Traceback" not in ingest.stderr
    assert ingest.stderr.strip().splitlines() == [(f"Error: {read_only_store} is read-only: it can be read "
                                                  "(boards, export, serve), not written")]


def test_export_to_a_pipe_its_reader_closed_says_nothing(sample_db):
    """`claimboard export -o - | head`: the reader closing the pipe is no error to report."""
    export = subprocess.Popen([sys.executable, "-m", "leaderboard.cli", "export", "--db", str(sample_db), "-o", "-"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    export.stdout.close()  # before the first write: that write meets a closed pipe
    stderr = export.communicate(timeout=120)[1].decode()
    assert export.returncode == 1 and stderr == "", stderr
