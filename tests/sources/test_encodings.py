"""Encodings (issue 10, item 6): UTF-8 decoded strictly per record, UTF-16/32 read
when they carry a byte-order mark, anything else an error that names the encoding."""
from __future__ import annotations

import codecs
import json

import pytest

from extract.models import Paper
from extract.sources import BadRecord, SourceError, read_path

LINES = [json.dumps({"id": "a", "abstract": "It reaches 1.5 FID."}),
         json.dumps({"id": "b", "abstract": "It runs 2x faster than Ça."}, ensure_ascii=False)]


def _read(path):
    records = list(read_path(path))
    return [r for r in records if isinstance(r, Paper)], [str(r) for r in records if isinstance(r, BadRecord)]


def test_invalid_utf8_is_reported_on_its_line_never_replaced(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_bytes(LINES[0].encode() + b'\n{"id": "x", "abstract": "It reaches 1\xff.5 FID."}\n' + LINES[1].encode() + b"\n")
    papers, bad = _read(path)
    assert [p.id for p in papers] == ["a", "b"]
    assert bad == [f"{path}:2: invalid UTF-8 (byte 0xff at column 38)"]


def test_invalid_utf8_in_a_csv_row_is_reported_on_its_row(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_bytes(b"id,title,abstract\na,T,It reaches 1\xff.5 FID.\nb,T,It runs 2x faster.\n")
    papers, bad = _read(path)
    assert [p.id for p in papers] == ["b"]
    assert bad == [f"{path}:2: invalid UTF-8 (byte 0xff at column 17) on line 2"]


@pytest.mark.parametrize("codec, bom", [("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE),
                                        ("utf-32-le", codecs.BOM_UTF32_LE), ("utf-32-be", codecs.BOM_UTF32_BE)])
def test_utf16_and_utf32_with_a_byte_order_mark_are_read(tmp_path, codec, bom):
    path = tmp_path / "wide.jsonl"
    path.write_bytes(bom + "\r\n".join(LINES).encode(codec))
    papers, bad = _read(path)
    assert bad == []
    assert [(p.id, p.abstract) for p in papers] == [("a", "It reaches 1.5 FID."), ("b", "It runs 2x faster than Ça.")]


def test_utf16_csv_with_a_byte_order_mark_is_read(tmp_path):
    path = tmp_path / "wide.csv"
    path.write_bytes(codecs.BOM_UTF16_LE + 'id,title,abstract\r\na,Tête,"It reaches 1.5 FID."\r\n'.encode("utf-16-le"))
    papers, bad = _read(path)
    assert (bad, [(p.id, p.title) for p in papers]) == ([], [("a", "Tête")])


def test_utf16_without_a_byte_order_mark_is_named(tmp_path):
    path = tmp_path / "nobom.jsonl"
    path.write_bytes("\n".join(LINES).encode("utf-16-le"))
    with pytest.raises(SourceError, match="looks like UTF-16-LE text without a byte-order mark"):
        _read(path)


def test_invalid_utf16_is_named(tmp_path):
    path = tmp_path / "broken16.jsonl"
    path.write_bytes(codecs.BOM_UTF16_LE + (LINES[0] + "\n").encode("utf-16-le") + b"\x00\xdc" + b"x\x00")
    with pytest.raises(SourceError, match="invalid UTF-16-LE"):
        _read(path)


def test_a_stray_nul_byte_inside_a_string_is_data(tmp_path):
    path = tmp_path / "nul.jsonl"
    path.write_bytes(b'{"id": "a", "abstract": "It reaches 1.5 FID.\x00"}\n' + LINES[1].encode() + b"\n")
    papers, bad = _read(path)
    assert (bad, [p.id for p in papers]) == ([], ["a", "b"])
