"""Per-pattern cost of the extractor's `re` and `regex` patterns over an input (dev only).

    PYTHONPATH=. python tests/bench/pattern_costs.py FILE [--top N] [--sites K] [--sort total|calls|per] [--clock wall|thread]

Every pattern the extractor compiles goes through `extract.deferred` (module-level
`re.compile`/`regex.compile` in the extractor's modules, the rules' left and right
patterns, the vocabularies' scanners) and so through the one name
`extract.deferred.compile_pattern`. This tool replaces that name, in this process only
and before any pattern is compiled, with a function that wraps the compiled pattern in
a counting proxy; then it runs `python -m extract FILE --jobs 1` in-process (output to
/dev/null) and reports, per pattern:

- where it is defined (the module-level or class-level name that holds it, else its
  source), its engine, the calls per method (search, match, finditer, ...), the hits
  (a match, or a finditer/findall that gave anything), the total and per-call time
  (`perf_counter_ns` around the call; a finditer's time is the time of its iteration),
- the call sites that spend most of it (file:line function).

The proxy adds its own overhead (~0.3-0.6 us a call, reported as the calibration line;
it is included in every figure), so shares of patterns with many cheap calls are
overstated: compare patterns with each other, and confirm a change with callgrind.
Patterns compiled outside `extract.deferred` (`re.search(string, ...)` with a source
string, patterns in the standard library) are not seen. Nothing here is imported by the
extractor: the shipped code path is unchanged.
"""
from __future__ import annotations

import argparse
import io
import sys
import time
from collections import Counter
from pathlib import Path

_ns = time.perf_counter_ns  # or time.thread_time_ns (--clock thread)


class PatternStats:
    __slots__ = ("calls", "chars", "engine", "hits", "methods", "ns", "sites", "source")

    def __init__(self, engine: str, source: object):
        self.engine = engine
        self.source = source
        self.calls = 0
        self.hits = 0
        self.ns = 0
        self.chars = 0
        self.sites: Counter = Counter()  # (site) -> ns
        self.methods: Counter = Counter()  # method -> calls


def _site(depth: int = 2) -> tuple:
    """The caller's (code, line): named by `_site_name` when reported."""
    frame = sys._getframe(depth)
    return frame.f_code, frame.f_lineno


def _site_name(site: tuple) -> str:
    code, line = site
    return f"{Path(code.co_filename).name}:{line} {code.co_name}"


class _TimedIterator:
    __slots__ = ("_any", "_it", "_site", "_stats")

    def __init__(self, it, stats: PatternStats, site: tuple):
        self._it = it
        self._stats = stats
        self._site = site
        self._any = False

    def __iter__(self):
        return self

    def __next__(self):
        started = _ns()
        try:
            value = next(self._it)
        except StopIteration:
            spent = _ns() - started
            self._stats.ns += spent
            self._stats.sites[self._site] += spent
            raise
        spent = _ns() - started
        self._stats.ns += spent
        self._stats.sites[self._site] += spent
        if not self._any:
            self._any = True
            self._stats.hits += 1
        return value


def _count_call(stats: PatternStats, name: str, args: tuple, spent: int) -> str:
    """One call of a pattern's method into its stats; returns the call site it was charged to."""
    stats.calls += 1
    stats.ns += spent
    stats.methods[name] += 1
    if args and isinstance(args[0], str):
        stats.chars += len(args[0])
    site = _site(3)  # the caller of the wrapped method: past this function and the wrapper
    stats.sites[site] += spent
    return site


class CountingPattern:
    """Forwards every attribute to the compiled pattern; times its matching methods."""

    def __init__(self, compiled, stats: PatternStats):
        self.__dict__["_compiled"] = compiled
        self.__dict__["_stats"] = stats

    def __getattr__(self, name):
        value = getattr(self.__dict__["_compiled"], name)
        if name in ("search", "match", "fullmatch", "findall", "sub", "subn", "split"):
            value = self._timed(name, value)
        elif name in ("finditer", "scanner"):
            value = self._timed_iter(name, value)
        self.__dict__[name] = value
        return value

    def _timed(self, name, method):
        """`method` counted: one call, its time, and whether it found anything."""
        stats = self.__dict__["_stats"]

        def call(*args, **kwargs):
            started = _ns()
            result = method(*args, **kwargs)
            _count_call(stats, name, args, _ns() - started)
            if result:
                stats.hits += 1
            return result
        return call

    def _timed_iter(self, name, method):
        """`method` counted as `_timed` does; a finditer's matches are timed as they are drawn."""
        stats = self.__dict__["_stats"]

        def call(*args, **kwargs):
            started = _ns()
            iterator = method(*args, **kwargs)
            site = _count_call(stats, name, args, _ns() - started)
            return _TimedIterator(iterator, stats, site) if name == "finditer" else iterator
        return call

    def __repr__(self):
        return f"CountingPattern({self.__dict__['_compiled']!r})"


STATS: list[PatternStats] = []


def install() -> None:
    """Wrap every pattern compiled from now on (call before the extractor compiles any)."""
    from extract import deferred

    original = deferred.compile_pattern

    def counting_compile(engine, source, flags=0, **options):
        compiled = original(engine, source, flags, **options)
        stats = PatternStats(engine.__name__, source)
        STATS.append(stats)
        return CountingPattern(compiled, stats)

    deferred.compile_pattern = counting_compile


def _names() -> dict[int, str]:
    """id(stats) -> the module- or class-level name of the deferred pattern holding it."""
    from extract.deferred import DeferredPattern
    names: dict[int, str] = {}

    def visit(owner: str, namespace: dict) -> None:
        for key, value in list(namespace.items()):
            if isinstance(value, DeferredPattern):
                compiled = value.__dict__.get("_compiled")
                if isinstance(compiled, CountingPattern):
                    names.setdefault(id(compiled.__dict__["_stats"]), f"{owner}.{key}")
    for module_name, module in list(sys.modules.items()):
        if not module_name.startswith("extract") or module is None:
            continue
        visit(module_name, vars(module))
        for value in list(vars(module).values()):
            if isinstance(value, type) and getattr(value, "__module__", None) == module_name:
                visit(f"{module_name}.{value.__name__}", dict(vars(value)))
    return names


def calibrate() -> tuple[float, float]:
    """(ns a proxied `search` costs over the bare one, ns of that inside the figures it
    records), for a failing search on a short text."""
    import re
    bare = re.compile("q")
    proxied = CountingPattern(bare, PatternStats("re", "q"))
    text = "abcdefgh"
    rounds = 200_000
    for pattern in (bare, proxied):
        pattern.search(text)
    started = _ns()
    search = bare.search
    for _ in range(rounds):
        search(text)
    bare_ns = _ns() - started
    stats = proxied.__dict__["_stats"]
    stats.ns = 0
    started = _ns()
    search = proxied.search
    for _ in range(rounds):
        search(text)
    return (_ns() - started - bare_ns) / rounds, (stats.ns - bare_ns) / rounds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--sites", type=int, default=3)
    parser.add_argument("--sort", choices=("total", "calls", "per"), default="total")
    parser.add_argument("--clock", choices=("wall", "thread"), default="wall")
    args = parser.parse_args(argv)
    global _ns
    _ns = time.thread_time_ns if args.clock == "thread" else time.perf_counter_ns

    install()
    from extract.__main__ import main as extract_main
    started = time.process_time()
    sink = io.StringIO()
    extract_main([*args.paths, "--jobs", "1"], stdout=sink, stderr=io.StringIO())
    run = time.process_time() - started
    names = _names()
    overhead, inside = calibrate()

    total_ns = sum(s.ns for s in STATS)
    total_calls = sum(s.calls for s in STATS)
    print(f"run {run:.2f} s CPU (proxies included); {len(STATS)} patterns compiled, "
          f"{sum(1 for s in STATS if s.calls)} called; {total_calls:,} calls, "
          f"{total_ns / 1e9:.3f} s inside patterns ({total_ns / 1e9 / run:.1%} of the run); "
          f"calibration: the proxy adds ~{overhead:.0f} ns a call, ~{inside:.0f} ns of it inside the figures")
    by_file: Counter = Counter()
    for stats in STATS:
        for site, ns in stats.sites.items():
            by_file[Path(site[0].co_filename).name] += ns
    print("by calling file: " + ", ".join(f"{name} {ns / 1e6:.1f} ms" for name, ns in by_file.most_common(12)))
    key = {"total": lambda s: s.ns, "calls": lambda s: s.calls, "per": lambda s: s.ns / max(s.calls, 1)}[args.sort]
    print(f"{'total ms':>9} {'share':>6} {'calls':>8} {'us/call':>8} {'hit%':>5} {'chars/call':>10}  eng   name / source")
    for stats in sorted(STATS, key=key, reverse=True)[:args.top]:
        if not stats.calls:
            continue
        name = names.get(id(stats))
        source = str(stats.source)
        shown = name + "  " + repr(source[:70]) if name else repr(source[:100])
        print(f"{stats.ns / 1e6:9.1f} {stats.ns / max(total_ns, 1):6.1%} {stats.calls:8d} "
              f"{stats.ns / stats.calls / 1e3:8.2f} {100 * stats.hits / stats.calls:5.1f} "
              f"{stats.chars / stats.calls:10.0f}  {stats.engine:5} {shown}")
        methods = ", ".join(f"{m} {n}" for m, n in stats.methods.most_common())
        sites = "; ".join(f"{_site_name(site)} {ns / 1e6:.1f} ms" for site, ns in stats.sites.most_common(args.sites))
        print(f"{'':40}{methods} | {sites}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
