"""Compiled `regex` patterns kept between processes, next to the bytecode.

Every process that extracts compiles the extractor's patterns (about 260 `regex` ones
over a real run, the vocabularies' bucket patterns among them): `regex` parses and
optimises each in Python, 0.39 s of a 10,779-abstract run (about 5%). What the parse
builds is the argument list of the engine's C-level compile (`_regex.compile`); a
compiled pattern keeps it (`pattern._pickled_data`: it is what the pattern pickles to),
and calling `_regex.compile` with it gives the same pattern at the cost of one C call.

So a pattern compiled once is looked up by (source, flags, the engine's default version)
in a file in `extract/__pycache__`, whose name holds the Python and `regex` versions.
The file is read on the first compile, not at import. Patterns compiled anew are added
to it when the process exits, unless Python writes no bytecode either
(`sys.dont_write_bytecode`, PYTHONDONTWRITEBYTECODE): `python -m extract.patterncache`
writes it in any case (as `compileall` writes bytecode). A missing, unreadable or
unwritable file only means compiling as before. The file is `marshal` data (what .pyc
files hold), never pickle, so reading it runs no code.
"""
from __future__ import annotations

import atexit
import marshal
import os
import sys
from pathlib import Path
from typing import Any

import regex
from regex import _regex

#: The cache file: its name says which Python and which `regex` made it (the engine's code
#: format may change with either; a file of another version is never read).
FILE = Path(__file__).parent / "__pycache__" / f"patterns.{sys.implementation.cache_tag}-regex-{regex.__version__}.marshal"
#: Entries past which a file that grew (patterns edited over time) is rewritten with only
#: the patterns the writing process compiled.
MAX_ENTRIES = 5_000

_known: dict[tuple[str, int, int], tuple] | None = None  # read from FILE on first use
_added: dict[tuple[str, int, int], tuple] = {}  # compiled by this process, not in FILE
_used: set[tuple[str, int, int]] = set()  # every key this process compiled, found or not
_exit_write_registered = False


def compile_pattern(source: Any, flags: int = 0, **options: Any) -> regex.Pattern:
    """`regex.compile(source, flags, **options)`, from the cache when it holds the pattern."""
    if options or not isinstance(source, str):
        return regex.compile(source, flags, **options)  # named lists: their values are arguments too
    key = (source, int(flags), int(regex.DEFAULT_VERSION))
    _used.add(key)
    arguments = _table().get(key)
    if arguments is not None:
        return _regex.compile(*arguments)
    compiled = regex.compile(source, flags)
    arguments = compiled._pickled_data
    if arguments[0] == source and not arguments[1] & regex.LOCALE:
        # (a pattern that depends on the locale is compiled again for every locale)
        _added[key] = tuple(int(a) if isinstance(a, int) else a for a in arguments)
        _register_exit_write()
    return compiled


def _table() -> dict[tuple[str, int, int], tuple]:
    global _known
    if _known is None:
        _known = {}
        try:
            loaded = marshal.loads(FILE.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            loaded = None
        if isinstance(loaded, dict):
            _known = loaded
    return _known


def _register_exit_write() -> None:
    global _exit_write_registered
    if not _exit_write_registered:
        _exit_write_registered = True
        atexit.register(_write_at_exit)


def _write_at_exit() -> None:
    if not sys.dont_write_bytecode:
        write()


def write() -> bool:
    """Add the patterns this process compiled to the file (True: written, or nothing to add)."""
    if not _added:
        return True
    table = dict(_table())
    if len(table) + len(_added) > MAX_ENTRIES:
        table = {key: value for key, value in table.items() if key in _used}
    table.update(_added)
    temporary = FILE.with_name(f"{FILE.name}.{os.getpid()}.tmp")
    try:
        FILE.parent.mkdir(exist_ok=True)
        temporary.write_bytes(marshal.dumps(table))
        os.replace(temporary, FILE)  # whole or not at all: processes may write at once
    except OSError:
        try:
            temporary.unlink(missing_ok=True)
        except OSError:
            pass  # its folder is not there, or not a folder
        return False
    _known.update(_added)
    _added.clear()
    return True


def main() -> int:
    """Compile every pattern of the extractor (and the vocabularies' scanners) and write them."""
    import extract.__main__
    import extract.pipeline  # noqa: F401 -- every rule's (the command line imports it on the first paper)
    from extract.deferred import DEFERRED
    from extract.vocab import (
        dataset_vocabulary,
        metric_vocabulary,
        model_family_pattern,
        task_pattern,
    )

    for vocabulary in (metric_vocabulary(), dataset_vocabulary()):
        list(vocabulary.finditer(""))  # builds its scanner's patterns
    model_family_pattern(), task_pattern()  # patterns the vocabularies build when first asked for
    for deferred in list(DEFERRED):
        deferred.compiled()
    written = write()
    print(f"{FILE}: {len(_table())} patterns" if written else f"{FILE}: not written", file=sys.stderr)
    return 0 if written else 1


if __name__ == "__main__":
    # run as a script this module is `__main__`, not the `extract.patterncache` that the
    # extractor's compiles go through: ask that one
    from extract.patterncache import main as imported_main
    sys.exit(imported_main())
