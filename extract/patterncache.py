"""Compiled patterns kept between processes, next to the bytecode.

Every process that extracts compiles the extractor's patterns (about 260 `regex` and 300
`re` ones over a real run, the vocabularies' bucket patterns among them): both engines
parse and optimise a pattern in Python, 0.39 s (`regex`) and 0.08 s (`re`) of a
10,779-abstract run, about 6%. What the parse builds is the argument list of the
engine's C-level compile (`_regex.compile`, `_sre.compile`); calling it with those
arguments gives the same pattern at the cost of one C call. A `regex` pattern keeps
them (`pattern._pickled_data`: what it pickles to); for `re` they are taken from the
one call `re`'s compiler makes (`_sre_arguments`), and kept only when the pattern they
build equals the one `re.compile` gives (`re` patterns compare by flags and code).

So a pattern compiled once is looked up by (engine, source, flags, the engine's default
version) in a file in `extract/__pycache__`, whose name holds the Python, `_sre` and
`regex` versions. The file is read on the first compile, not at import. Patterns
compiled anew are added to it when the process exits, unless Python writes no bytecode
either (`sys.dont_write_bytecode`, PYTHONDONTWRITEBYTECODE): `python -m
extract.patterncache` writes it in any case (as `compileall` writes bytecode). A
missing, unreadable or unwritable file only means compiling as before. The file is
`marshal` data (what .pyc files hold), never pickle, so reading it runs no code.

The file also keeps tables a module derives from its data at start-up (`table`: the
vocabularies' scanners' tables), under the data they are derived from and the bytes
of the module's source that derives them: a table is read only where both are the same.
"""
from __future__ import annotations

import _sre
import atexit
import marshal
import os
import re
import sys
from array import array
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import regex
from regex import _regex

#: The type of the `array` a `re` pattern's code is kept in (`_packed`): 4-byte unsigned ints
#: where the platform has them (`_sre`'s code words are 4 bytes).
_CODE_TYPE = "I" if array("I").itemsize == 4 else "L"
#: The cache file: its name says which Python, `_sre` and `regex` made it (the engines' code
#: formats may change with any; a file of another version is never read), and the byte order
#: and size of the kept code words.
FILE = (Path(__file__).parent / "__pycache__"
        / (f"patterns.{sys.implementation.cache_tag}-sre-{_sre.MAGIC}-regex-{regex.__version__}"
           f"-{sys.byteorder}{array(_CODE_TYPE).itemsize}.marshal"))
#: Entries past which a file that grew (patterns edited over time) is rewritten with only
#: the patterns the writing process compiled.
MAX_ENTRIES = 5_000

_Key = tuple  # engine, source, flags, the engine's default version; or "table", name, data, code
_known: dict[_Key, tuple] | None = None  # read from FILE on first use
_added: dict[_Key, tuple] = {}  # compiled by this process, not in FILE
_used: set[_Key] = set()  # every key this process compiled, found or not
_exit_write_registered = False


def compile_pattern(engine: ModuleType, source: Any, flags: int = 0, **options: Any) -> Any:
    """`engine.compile(source, flags, **options)` (`engine`: `re` or `regex`), from the
    cache when it holds the pattern."""
    if engine is regex:
        key = ("regex", source, int(flags), int(regex.DEFAULT_VERSION))
    elif engine is re:
        key = ("re", source, int(flags), 0)
    else:
        return engine.compile(source, flags, **options)
    if options or not isinstance(source, (str, bytes)):
        return engine.compile(source, flags, **options)  # named lists: their values are arguments too
    _used.add(key)
    arguments = _table().get(key)
    if arguments is not None:
        rebuilt = _rebuilt(engine, arguments)
        if rebuilt is not None:
            return rebuilt
    compiled = engine.compile(source, flags)
    # (a `regex` without `_pickled_data`, or arguments of another form: compiled, not cached)
    arguments = getattr(compiled, "_pickled_data", None) if engine is regex else _sre_arguments(source, flags, compiled)
    if not (isinstance(arguments, tuple) and arguments and isinstance(arguments[1], int)):
        return compiled
    if (arguments[0] == source and not arguments[1] & engine.LOCALE
            and len(_added) < MAX_ENTRIES):
        # (a pattern that depends on the locale is compiled again for every locale; and a
        # process that compiled patterns made per input would not keep them all)
        _added[key] = _packed(_plain(arguments)) if engine is re else _plain(arguments)
        _register_exit_write()
    return compiled


def _packed(arguments: tuple) -> tuple:
    """`re`'s arguments with its code (a list of ints, most of what the file holds) as the
    bytes of an `array` of `_CODE_TYPE`, which `marshal` reads as one block (a list of ints
    it reads int by int: the whole file took ~3 ms to read, ~1 ms so)."""
    try:
        return (*arguments[:2], array(_CODE_TYPE, arguments[2]).tobytes(), *arguments[3:])
    except (TypeError, OverflowError):  # not a list of ints, or one that the type does not hold
        return arguments


def table(name: str, data: str, code: bytes | None, build: Callable[[], Any]) -> Any:
    """`build()`, a value `marshal` writes (no int subclass), derived from `data` by the
    code whose source is `code` (None: unknown, never cached): read from the file when it
    holds the value for both, else built, and added to it. The value is shared: never
    change it."""
    if code is None:
        return build()
    key = ("table", name, data, code)
    _used.add(key)
    value = _table().get(key)
    if value is None:
        value = _added.get(key)
    if value is not None:
        return value
    value = build()
    try:
        same = marshal.loads(marshal.dumps(value)) == value
    except ValueError:  # a value marshal does not write
        same = False
    if same and value is not None and len(_added) < MAX_ENTRIES:
        _added[key] = value
        _register_exit_write()
    return value


def _rebuilt(engine: ModuleType, arguments: tuple) -> Any:
    """The pattern the engine's C-level compile builds from `arguments`, or None if it
    refuses them (a damaged entry: the pattern is then compiled as if it were not there)."""
    try:
        if engine is re and type(arguments[2]) is bytes:
            code = array(_CODE_TYPE)
            code.frombytes(arguments[2])
            arguments = (*arguments[:2], code.tolist(), *arguments[3:])
        return (_regex if engine is regex else _sre).compile(*arguments)
    except Exception:  # noqa: BLE001 -- whatever the C compile raises on arguments it does not take
        return None


def _plain(value: Any) -> Any:
    """`value` with its ints as plain ints (flags and `re`'s opcodes are int subclasses,
    which `marshal` does not write), in lists and tuples as they are."""
    if isinstance(value, int):
        return int(value)
    if isinstance(value, (list, tuple)):
        return type(value)(_plain(item) for item in value)
    return value


def _sre_arguments(source: str, flags: int, compiled: re.Pattern) -> tuple | None:
    """The arguments `re`'s compiler passes `_sre.compile` for `source`, read as it
    compiles it again, if the pattern they build is `compiled` (else None: another
    Python's `re`, or a thread compiling at the same time)."""
    compiler = getattr(re, "_compiler", None)
    if getattr(compiler, "_sre", None) is not _sre:
        return None
    calls: list[tuple] = []

    class Recording:
        def __getattr__(self, name: str) -> Any:
            return getattr(_sre, name)

        def compile(self, *arguments: Any) -> Any:
            calls.append(arguments)
            return _sre.compile(*arguments)

    compiler._sre = Recording()
    try:
        compiler.compile(source, int(flags))
    except Exception:  # noqa: BLE001 -- compiled once already: whatever fails here only means no cache
        return None
    finally:
        compiler._sre = _sre
    if len(calls) != 1 or _sre.compile(*calls[0]) != compiled:
        return None
    return calls[0]


def _table() -> dict[_Key, tuple]:
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
    # A table derived anew replaces those of its name this process did not ask for (derived
    # from data or code since edited): else each edit of a vocabulary would leave its tables.
    replaced = {key[1] for key in _added if key[0] == "table"}
    if replaced:
        table = {key: value for key, value in table.items()
                 if key[0] != "table" or key[1] not in replaced or key in _used}
    table.update(_added)
    temporary = FILE.with_name(f"{FILE.name}.{os.getpid()}.tmp")
    try:
        FILE.parent.mkdir(exist_ok=True)
        temporary.write_bytes(marshal.dumps(table))
        os.replace(temporary, FILE)  # whole or not at all: processes may write at once
    except (OSError, ValueError):  # (ValueError: a value marshal does not write)
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
        metric_word_prefixes,
        model_family_pattern,
        task_pattern,
    )

    for vocabulary in (metric_vocabulary(), dataset_vocabulary()):
        list(vocabulary.finditer(""))  # builds its scanner's patterns
    model_family_pattern(), task_pattern()  # patterns the vocabularies build when first asked for
    metric_word_prefixes()  # a table
    from extract.pipeline import RULES, _dispatcher
    for quantity in sorted({quantity for rule in RULES for quantity in rule.quantities}):
        _dispatcher(frozenset((quantity,)))  # code: the dispatchers of sites of one quantity (nearly every site)
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
