"""`re` and `regex` whose `compile` is deferred to a pattern's first use.

About 400 patterns are compiled at module level across the extractor; compiling them
was half of `import extract.pipeline` (0.2 of 0.42 s CPU). A module that writes
`from extract.deferred import re` (or `regex`) keeps its code as it is: every other name
is the real module's, and `compile` returns a `DeferredPattern`, compiled when one of
its attributes is first read. A process that extracts compiles what it uses once, as
before; one that only imports (the page, the CLI's --help) compiles nothing.

The first read binds the compiled pattern's attributes into the deferred one's
instance dict, so later reads (`_X.search`) find the compiled pattern's own bound
method there, and a search costs what it costs on the pattern itself.

Compiling at import made a pattern the engine refuses fail at once; deferred, it would
fail at its first use, inside an abstract's extraction, which reports the error as a
warning. `DEFERRED` lists every deferred pattern, and tests/test_deferred.py compiles
them all, so such a pattern still fails the suite.
"""
from __future__ import annotations

import re as _re
from types import ModuleType
from typing import Any

import regex as _regex

from extract.patterncache import compile_pattern

#: What `re` reads as white space (`\s`) in ASCII and `regex` does not: the information separators.
_SEPARATOR_CONTROLS = _re.compile(r"[\x1c-\x1f]")


def engines_agree(text: str) -> bool:
    r"""Whether `re` and `regex` read `text` alike: all in ASCII (`\w`, `\s`, `\b`, `\d` and
    case then mean the same in both) and without the four separator controls \x1c-\x1f
    (`\s` to `re` only). The fast paths that answer one engine's pattern by the other's ask this.
    Four substring tests, each a `memchr` in C: `isprintable` (a Unicode table look-up a
    character, then the class scanned for where it failed) cost 4.6x as much over the mix's
    sentences (tests/test_fast_paths30.py ties this to that test)."""
    return text.isascii() and "\x1c" not in text and "\x1d" not in text and "\x1e" not in text and "\x1f" not in text


def ascii_twin(pattern: DeferredPattern) -> DeferredPattern:
    r"""`pattern`, an `re` pattern made through this module, compiled (on first use) with
    `re.ASCII` too. Where `engines_agree(text)` holds, the twin reads `text` as `pattern` does
    (`\w`, `\W`, `\b`, `\B`, `\d`, `\s` and case alike on ASCII characters) so long as no
    character of the pattern beyond ASCII is one that Unicode's case matches to an ASCII one
    (İ, ı, ſ, the Kelvin sign); it tests a table where `re` called Unicode's look-ups (letters,
    digits, lower case) at each position it tried. A caller picks the twin by
    `engines_agree` over the whole text the pattern may read (lookbehinds read before `pos`);
    tests/test_fast_paths31.py ties each twin to its pattern over every development text."""
    if pattern._engine is not _re:
        raise TypeError(f"not an re pattern: {pattern!r}")
    source = pattern.__dict__["pattern"] if "pattern" in pattern.__dict__ else pattern.__dict__["_source"]
    return re.compile(source, pattern._flags | _re.ASCII, **pattern._options)


#: Every pattern created through the deferred modules (see the module's docstring).
DEFERRED: list[DeferredPattern] = []


class DeferredPattern:
    """A pattern compiled on first use. `pattern` (the source) is known without
    compiling, since modules build patterns from other patterns' sources at import.
    A source may also be a function that gives it (patterns built from the
    vocabularies, which are loaded on first use too): it is called when the pattern
    compiles, and `pattern` is then read from the compiled pattern."""

    def __init__(self, engine: ModuleType, pattern: Any, flags: int, options: dict[str, Any]):
        self.__dict__.update(_engine=engine, _flags=flags, _options=options)
        self.__dict__["_source" if callable(pattern) else "pattern"] = pattern

    def compiled(self) -> Any:
        """The compiled pattern (compiled now if it was not yet)."""
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            source = self.__dict__["pattern"] if "pattern" in self.__dict__ else self.__dict__["_source"]()
            compiled = self.__dict__["_compiled"] = compile_pattern(self._engine, source, self._flags, **self._options)
        return compiled

    def __getattr__(self, name: str) -> Any:
        # Called only for names not yet in the instance dict: the first read of each.
        if name.startswith("_"):
            # copy, pickle and the like probe dunders, and our own fields are in the dict
            # once set: neither is the pattern's, and neither may compile it
            raise AttributeError(name)
        value = getattr(self.compiled(), name)
        self.__dict__[name] = value
        return value

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.__dict__.get('pattern', self.__dict__.get('_source'))!r})"


def _deferring(engine: ModuleType) -> ModuleType:
    module = ModuleType(f"extract.deferred.{engine.__name__}", engine.__doc__)
    module.__dict__.update({name: value for name, value in vars(engine).items() if not name.startswith("__")})

    def compile(pattern: Any, flags: int = 0, **options: Any) -> DeferredPattern:
        deferred = DeferredPattern(engine, pattern, flags, options)
        DEFERRED.append(deferred)
        return deferred

    module.compile = compile
    return module


re = _deferring(_re)
regex = _deferring(_regex)
