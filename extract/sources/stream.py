"""Opening an input for the readers: its encoding, its first bytes, and the rest of it
as a stream of lines or chunks, so that no reader holds a whole large file.

- The format is detected from `Source.head` (the first 64 KB, decoded leniently):
  nothing else is read before a reader starts.
- A UTF-8 byte-order mark is skipped; a UTF-16 or UTF-32 file with a byte-order mark
  is decoded to UTF-8 as it streams. Text that is UTF-16 without a mark, and binary
  data (NUL bytes, such as /dev/zero), are refused with an error that says so.
- UTF-8 is decoded strictly per record by the readers (`decode_line`), so one bad
  byte is `FILE:LINE: invalid UTF-8` for its record, never a silent U+FFFD.
- A line longer than the record limit is never held: `lines()` yields an `Oversize`
  for it and skips to its end, so memory stays flat whatever the input.
"""
from __future__ import annotations

import codecs
import io
import os
import select
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from extract.sources.base import SourceError

#: The default per-record size limit (a JSONL line, a CSV row, an Atom entry, an item of
#: a JSON document): abstracts are a few KB, so 1 MB is only ever reached by bad input.
DEFAULT_MAX_RECORD_BYTES = 1_000_000
#: Formats that are one document (an HF API response, a saved page) are read whole, up
#: to this many records' worth of bytes.
DOCUMENT_RECORDS = 64
HEAD_BYTES = 64 * 1024
_CHUNK = 64 * 1024

_BOMS = [  # longest first: the UTF-32-LE mark starts with the UTF-16-LE one
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32-LE"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32-BE"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16-LE"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16-BE"),
]


@dataclass(frozen=True)
class Oversize:
    """A line over the record limit, skipped without being held: its size in bytes."""

    size: int


def size_text(size: int) -> str:
    """
    >>> size_text(1_000_000), size_text(1_500), size_text(12)
    ('1 MB', '1.5 KB', '12 bytes')
    """
    for unit, scale in (("MB", 1_000_000), ("KB", 1_000)):
        if size >= scale:
            return f"{size / scale:.3g} {unit}"
    return f"{size} bytes"


class _Chain(io.RawIOBase):
    """Bytes already read (the head), then the rest of the underlying stream."""

    def __init__(self, first: bytes, rest: BinaryIO):
        self.first = memoryview(first)
        self.rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self.first:
            count = min(len(buffer), len(self.first))
            buffer[:count] = self.first[:count]
            self.first = self.first[count:]
            return count
        # one read of the stream below, not a loop until the buffer is full: a pipe's records
        # are read as they come, and a signal is looked at between reads (_WakesOnSignal)
        read = getattr(self.rest, "read1", self.rest.read)
        data = read(len(buffer))
        buffer[:len(data)] = data
        return len(data)


class _WakesOnSignal(io.RawIOBase):
    """A pipe (or any input that is not a regular file, which may go quiet), read so that
    a signal always ends a wait for data: Ctrl-C stops an ingest reading a pipe that has
    gone quiet. A signal that comes just before a blocking read() (after Python last
    looked for one) would be lost until data came; here each read first waits in select()
    on the input and on the process's signal wake-up pipe (`signal.set_wakeup_fd`), to
    which Python's C handler writes a byte for every signal, so a signal at any moment
    wakes the wait, and its Python handler then runs (KeyboardInterrupt for Ctrl-C).
    Without a wake-up pipe of our own (not the main thread, or one set by an event loop),
    reads are plain reads."""

    def __init__(self, raw: io.FileIO):
        self.raw = raw

    def readable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self.raw.fileno()

    def close(self) -> None:
        self.raw.close()
        super().close()

    def readinto(self, buffer) -> int:
        wake = _signal_wakeup()
        while wake is not None:
            ready, _, _ = select.select([self.raw.fileno(), wake], [], [])
            if wake in ready:
                _drain(wake)  # the signal's Python handler runs as this returns to Python
            if self.raw.fileno() in ready:
                break
        return self.raw.readinto(buffer)


#: The read end of the signal wake-up pipe this module set, once set.
_WAKEUP_READ: int | None = None


def _signal_wakeup() -> int | None:
    """The read end of the process's signal wake-up pipe, set on first use; None where it
    cannot be ours (not the main thread, another wake-up fd in place, no select on pipes)."""
    global _WAKEUP_READ
    if _WAKEUP_READ is not None or os.name != "posix":
        return _WAKEUP_READ
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        return None
    read_end, write_end = os.pipe()
    os.set_blocking(read_end, False)
    os.set_blocking(write_end, False)
    before = signal.set_wakeup_fd(write_end, warn_on_full_buffer=False)
    if before != -1:  # an event loop's: it stays, and reads here are plain reads
        signal.set_wakeup_fd(before)
        os.close(read_end)
        os.close(write_end)
        return None
    _WAKEUP_READ = read_end
    return read_end


def _drain(fd: int) -> None:
    try:
        while os.read(fd, 512):
            pass
    except BlockingIOError:
        pass


class _Transcoded(io.RawIOBase):
    """A UTF-16/32 stream as UTF-8 bytes, decoded as it is read."""

    def __init__(self, raw: BinaryIO, codec: str, label: str, path: str):
        self.raw = raw
        self.decoder = codecs.getincrementaldecoder(codec)()
        self.label, self.path = label, path
        self.pending = b""
        self.done = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while not self.pending and not self.done:
            data = self.raw.read(_CHUNK)
            self.done = not data
            try:
                self.pending = self.decoder.decode(data, final=self.done).encode("utf-8", "surrogatepass")
            except UnicodeDecodeError as error:
                raise SourceError(f"{self.path}: invalid {self.label} ({error.reason}); "
                                  "the file was read up to there") from None
        count = min(len(buffer), len(self.pending))
        buffer[:count] = self.pending[:count]
        self.pending = self.pending[count:]
        return count


class Source:
    """One input being read: `path` (for messages), `head` (its first bytes as text, for
    format detection), `encoding` (how its bytes were read) and the record limit. The
    body is read once, by `lines()`, `chunks()` or `read_all()`."""

    def __init__(self, stream: BinaryIO, path: str, max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES):
        self.path = path
        self.max_record_bytes = max_record_bytes
        raw = stream.read(HEAD_BYTES)
        codec, self.encoding = "utf-8", "UTF-8"
        for bom, name, label in _BOMS:
            if raw.startswith(bom):
                raw, codec, self.encoding = raw[len(bom):], name, label
                break
        if codec == "utf-8":
            _refuse_binary(raw, path)
            decoded: io.RawIOBase = _Chain(raw, stream)
        else:
            decoded = _Transcoded(_Chain(raw, stream), codec, self.encoding, path)
        head = _read_head(decoded, max(HEAD_BYTES, max_record_bytes))
        self._body = io.BufferedReader(_Chain(head, decoded), _CHUNK)
        text = head.decode("utf-8", errors="replace")
        if len(head) >= HEAD_BYTES and "\n" in text:
            text = text[:text.rindex("\n") + 1]  # detection sees whole lines only
        self.head = text

    @classmethod
    def from_text(cls, text: str, path: str = "<text>",
                  max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES) -> Source:
        # Lone surrogates survive the trip and are reported as invalid UTF-8 on their line.
        return cls(io.BytesIO(text.encode("utf-8", "surrogatepass")), path, max_record_bytes)

    def lines(self) -> Iterator[tuple[int, bytes | Oversize]]:
        """(line number, the line's bytes with its `\\n`) for each line, split on `\\n`
        only; an `Oversize` instead of a line over the record limit."""
        readline = self._body.readline
        limit = self.max_record_bytes
        number = 0
        while True:
            line = readline(limit + 1)
            if not line:
                return
            number += 1
            if len(line) > limit and not line.endswith(b"\n"):
                size = len(line)
                while line and not line.endswith(b"\n"):
                    line = readline(_CHUNK)
                    size += len(line)
                yield number, Oversize(size)
            else:
                yield number, line

    def chunks(self) -> Iterator[bytes]:
        """The body in pieces of at most 64 KB, each ending at a line end when the line is
        short enough (so callers can count lines)."""
        while line := self._body.readline(_CHUNK):
            yield line

    def read_all(self) -> str:
        """The whole body as text, for formats that are one document; refused over
        `DOCUMENT_RECORDS` records' worth of bytes, and strictly UTF-8."""
        limit = self.max_record_bytes * DOCUMENT_RECORDS
        data = self._body.read(limit + 1)
        if len(data) > limit:
            raise SourceError(f"{self.path}: a document over {size_text(limit)} (the limit for a single "
                              "JSON document or saved page); split it into JSON Lines, which are read as a stream")
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as error:
            line = data.count(b"\n", 0, error.start) + 1
            raise SourceError(f"{self.path}:{line}: invalid UTF-8 ({_bad_bytes(data, error)}); "
                              "save the file as UTF-8") from None


def _bad_bytes(data: bytes, error: UnicodeDecodeError) -> str:
    column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
    return f"byte 0x{data[error.start]:02x} at column {column}"


def _read_head(stream: io.RawIOBase, most: int) -> bytes:
    """The first 64 KB, or more up to `most` when no line ends in them (a long first
    JSONL record: detection needs one whole line)."""
    head = b""
    while len(head) < most:
        data = stream.read(HEAD_BYTES if len(head) < HEAD_BYTES else _CHUNK)
        if not data:
            break
        head += data
        if len(head) >= HEAD_BYTES and b"\n" in head:
            break
    return head


def decode_line(line: bytes) -> str:
    """A line as text, strictly UTF-8; raises ValueError("invalid UTF-8 (...)").

    >>> decode_line(b"1.5 FID")
    '1.5 FID'
    >>> decode_line(b"1\\xff.5 FID")
    Traceback (most recent call last):
    ValueError: invalid UTF-8 (byte 0xff at column 2)
    """
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ValueError(f"invalid UTF-8 ({_bad_bytes(line, error)})") from None


def _refuse_binary(head: bytes, path: str) -> None:
    """UTF-16/32 without a byte-order mark, or binary data, is not read as UTF-8."""
    if head.count(0) * 100 <= len(head):
        return  # a stray NUL in text is data (a JSON string may hold one)
    sample = head[:4096]
    even, odd = sample[0::2], sample[1::2]
    if sample.strip(b"\x00") and odd.count(0) > len(odd) * 0.9 and even.count(0) < len(even) * 0.1:
        found = "UTF-16-LE"
    elif sample.strip(b"\x00") and even.count(0) > len(even) * 0.9 and odd.count(0) < len(odd) * 0.1:
        found = "UTF-16-BE"
    else:
        raise SourceError(f"{path}: binary data (NUL bytes), not text: expected JSON, JSONL, "
                          "an Atom feed, CSV or a saved page")
    raise SourceError(f"{path}: looks like {found} text without a byte-order mark: save it as UTF-8, "
                      "or as UTF-16/UTF-32 with a byte-order mark")


def open_path(path: str | Path, max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES) -> tuple[BinaryIO, Source]:
    """(the open file, its Source); the caller closes the file."""
    try:
        if stat.S_ISREG(os.stat(path).st_mode):
            handle = open(path, "rb")  # noqa: SIM115 - closed by the caller, after streaming
        else:  # a pipe, a FIFO, a device: it may go quiet, and Ctrl-C must still stop the read
            raw = open(path, "rb", buffering=0)  # noqa: SIM115 - closed with the handle, by the caller
            handle = io.BufferedReader(_WakesOnSignal(raw), _CHUNK)
    except OSError as error:
        raise SourceError(f"{path}: cannot read ({error.strerror})") from error
    try:
        return handle, Source(handle, str(path), max_record_bytes)
    except BaseException:
        handle.close()
        raise


def as_source(data: Source | str, path: str) -> Source:
    """Readers take a Source, or a whole text (tests, a fetched response)."""
    return data if isinstance(data, Source) else Source.from_text(data, path)


def oversize_reason(what: str, size: int, limit: int) -> str:
    """
    >>> oversize_reason("record", 5_000_000, 1_000_000)
    'record of 5 MB is over the 1 MB record limit; skipped'
    """
    return f"{what} of {size_text(size)} is over the {size_text(limit)} record limit; skipped"
