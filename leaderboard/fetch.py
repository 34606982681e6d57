"""Fetching paper lists from the Hugging Face papers API and the arXiv API, politely,
with every raw response saved so later runs are offline and reproducible.

Pure logic, no CLI: `Fetcher` composes

- `HttpClient`: one httpx client per service (injectable transport), one connection,
  a `RateLimiter` (arXiv: one request every 3 s; Hugging Face: one a second), and
  retries with exponential backoff on 429 / 5xx / timeouts, honouring Retry-After;
- `RawCache`: each response saved under `raw_dir/<service>/...` with a name that
  depends only on the request, written atomically and only once it has been checked
  (valid JSON / a non-error Atom feed), so an error page never poisons the cache; a
  saved response is reused instead of asking again (`refresh=True` asks again,
  `offline=True` never asks);
- the services' paging: arXiv `start`/`max_results`, HF daily lists `p`/`limit`.

Every failure is a `FetchError` with a message meant for the terminal.
The clock (`monotonic`, `sleep`) is injectable, so tests run in fake time.
"""
from __future__ import annotations

import email.utils
import hashlib
import json
import os
import shlex
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Protocol

import httpx
import regex

from extract.sources.arxiv_atom import feed_info, read_arxiv_atom
from extract.sources.base import slugify, title_key
from extract.sources.html import looks_like_html
from extract.sources.identity import normalise_arxiv_id

ARXIV_API = "https://export.arxiv.org/api/query"
HF_API = "https://huggingface.co/api"
USER_AGENT = "claimboard/0.1 (benchmark-claims leaderboard; python-httpx)"

#: The arXiv API's terms: no more than one request every three seconds, one connection.
ARXIV_INTERVAL_S = 3.0
#: The Hugging Face API publishes no figure for anonymous use; one a second is gentle.
HF_INTERVAL_S = 1.0
#: Items per page of a daily list (the API's maximum) and per arXiv page.
HF_PAGE_LIMIT = 100
ARXIV_PAGE_SIZE = 100
#: A daily list never needs more pages than this; a guard against a server ignoring `p`.
HF_MAX_PAGES = 50


class FetchError(Exception):
    """A fetch that failed; the message says what happened and what to do."""


class Clock(Protocol):
    def monotonic(self) -> float: ...

    def sleep(self, seconds: float) -> None: ...


class SystemClock:
    def monotonic(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


class RateLimiter:
    """At most one request every `interval` seconds: `wait()` before each request."""

    def __init__(self, interval: float, clock: Clock):
        self.interval = interval
        self.clock = clock
        self._last: float | None = None

    def wait(self) -> None:
        now = self.clock.monotonic()
        if self._last is not None and now - self._last < self.interval:
            self.clock.sleep(self._last + self.interval - now)
            now = self.clock.monotonic()
        self._last = now


Log = Callable[[str], None]


def _quiet(message: str) -> None:
    pass


class HttpClient:
    """GET with a rate limit and retries, for one service."""

    def __init__(self, name: str, interval: float, *, transport: httpx.BaseTransport | None = None,
                 clock: Clock | None = None, max_retries: int = 4, backoff_s: float = 2.0,
                 max_wait_s: float = 120.0, timeout_s: float = 30.0, log: Log = _quiet):
        self.name = name
        self.clock = clock or SystemClock()
        self.limiter = RateLimiter(interval, self.clock)
        self.max_retries = max_retries
        self.backoff_s = backoff_s
        self.max_wait_s = max_wait_s
        self.log = log
        self.http = httpx.Client(
            transport=transport, timeout=timeout_s, follow_redirects=True,
            headers={"User-Agent": USER_AGENT},
            limits=httpx.Limits(max_connections=1, max_keepalive_connections=1),
        )

    def close(self) -> None:
        self.http.close()

    def get(self, url: str, params: dict | None = None) -> httpx.Response:
        host = httpx.URL(url).host
        for attempt in range(self.max_retries + 1):
            last = attempt == self.max_retries
            self.limiter.wait()
            try:
                response = self.http.get(url, params=params)
            except httpx.ConnectError as error:
                raise FetchError(f"cannot reach {host} ({_reason(error)}): are you offline? Responses "
                                 "fetched before are saved and can be read without the network "
                                 "(--offline, or `claimboard ingest` on the saved files)") from None
            except (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError) as error:
                if last:
                    raise FetchError(f"{host} did not answer ({_reason(error)}) after "
                                     f"{self.max_retries + 1} attempts; try again later") from None
                wait = self._backoff(attempt)
                self.log(f"{self.name}: {_reason(error)}; retrying in {wait:g} s")
                self.clock.sleep(wait)
                continue
            except httpx.HTTPError as error:
                raise FetchError(f"{host}: request failed ({_reason(error)})") from None
            if _retryable(response):
                status = _status(response)
                if last:
                    raise FetchError(f"{host} answered {status} {self.max_retries + 1} times; giving up "
                                     "(the service is busy or down: try again later)")
                wait = _retry_after(response)
                if wait is not None and wait > self.max_wait_s:
                    raise FetchError(f"{host} answered {status} and asks to wait {wait:g} s "
                                     f"(more than {self.max_wait_s:g} s): try again later")
                wait = self._backoff(attempt) if wait is None else wait
                self.log(f"{self.name}: {status}; retrying in {wait:g} s")
                self.clock.sleep(wait)
                continue
            if response.status_code >= 400:
                raise FetchError(f"{response.request.url}: {_status(response)}{_detail(response)}")
            return response
        raise AssertionError("unreachable")  # pragma: no cover

    def _backoff(self, attempt: int) -> float:
        return min(self.backoff_s * 2 ** attempt, self.max_wait_s)


def _reason(error: Exception) -> str:
    return str(error) or type(error).__name__


def _status(response: httpx.Response) -> str:
    return f"HTTP {response.status_code} {response.reason_phrase}".rstrip()


def _retryable(response: httpx.Response) -> bool:
    if response.status_code == 429 or response.status_code >= 500:
        return True
    # arXiv signals throttling with a bare "Rate exceeded." body rather than a feed
    return response.content[:64].strip().lower().startswith(b"rate exceeded")


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return max(0.0, (moment - datetime.now(timezone.utc)).total_seconds())


def _detail(response: httpx.Response) -> str:
    """What an error body says: the `error` of a JSON body, the title of an HTML page."""
    text = response.text[:5000]
    try:
        body = json.loads(text)
    except ValueError:
        body = None
    if isinstance(body, dict) and isinstance(body.get("error"), str):
        return f": {body['error']}"
    if m := regex.search(r"<title[^>]*>(.*?)</title>", text, regex.IGNORECASE | regex.DOTALL):
        return f": {' '.join(m.group(1).split())[:100]}"
    return ""


# --------------------------------------------------------------------------- cache

class RawCache:
    """Raw responses under `root`, one file per request."""

    def __init__(self, root: str | Path, *, refresh: bool = False, offline: bool = False):
        self.root = Path(root)
        self.refresh = refresh
        self.offline = offline

    def path(self, *parts: str) -> Path:
        return self.root.joinpath(*parts)

    def get(self, path: Path, fetch: Callable[[], bytes], check: Callable[[bytes], None]) -> tuple[bytes, bool]:
        """(content, was_cached): the saved response at `path`, or a fresh one that
        passed `check` and has then been saved there."""
        if path.exists() and not self.refresh:
            content = path.read_bytes()
            try:  # a saved response checked when saved, then damaged on disk (or by hand)
                check(content)
            except FetchError as error:
                reason = str(error).split(": ", 1)[-1]
                raise FetchError(f"{path}: the saved response is damaged ({reason}); "
                                 "run again with --refresh to fetch it anew") from None
            return content, True
        if self.offline:
            raise FetchError(f"{path} has not been fetched yet, and --offline forbids fetching it")
        content = fetch()
        check(content)
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".part")
        partial.write_bytes(content)
        os.replace(partial, path)  # atomic: a crash never leaves half a response under the real name
        return content, False


def _key(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:10]


def _slug(text: str, length: int = 50) -> str:
    return slugify(text, max_length=length) or "query"


def _check_json(url: str) -> Callable[[bytes], None]:
    def check(content: bytes) -> None:
        text = content.decode("utf-8", errors="replace")
        if looks_like_html(text):
            raise FetchError(f"{url}: expected JSON, got an HTML page{_detail(httpx.Response(200, text=text))}")
        try:
            body = json.loads(text)
        except ValueError as error:
            raise FetchError(f"{url}: the response is not valid JSON ({error})") from None
        if isinstance(body, dict) and "error" in body and "summary" not in body:
            raise FetchError(f"{url}: Hugging Face API error: {body['error']}")
    return check


def _check_feed(url: str) -> Callable[[bytes], None]:
    def check(content: bytes) -> None:
        text = content.decode("utf-8", errors="replace")
        if looks_like_html(text):
            raise FetchError(f"{url}: expected an Atom feed, got an HTML page"
                             f"{_detail(httpx.Response(200, text=text))}")
        info = feed_info(text)
        if info.error:
            raise FetchError(f"arXiv API error: {info.error}")
        if info.broken:
            raise FetchError(f"{url}: the Atom feed is malformed ({info.broken})")
    return check


# --------------------------------------------------------------------------- fetcher

@dataclass
class FetchResult:
    """The raw files a fetch produced, in order, and how many came from the network."""

    paths: list[Path] = field(default_factory=list)
    fetched: int = 0
    cached: int = 0
    notes: list[str] = field(default_factory=list)

    def add(self, path: Path, was_cached: bool) -> None:
        self.paths.append(path)
        if was_cached:
            self.cached += 1
        else:
            self.fetched += 1


_FIELD_PREFIX = regex.compile(r"\b(?:ti|au|abs|co|jr|cat|rn|id|all):")


def arxiv_search_query(query: str) -> str:
    """The arXiv `search_query` for what a user typed: as-is when it already uses
    field prefixes (`ti:`, `abs:`, `cat:`, ...), else every word (or "quoted phrase")
    required anywhere (`all:`).

    >>> arxiv_search_query('masked autoregressive "image generation"')
    'all:masked AND all:autoregressive AND all:"image generation"'
    >>> arxiv_search_query('ti:diffusion AND cat:cs.CV')
    'ti:diffusion AND cat:cs.CV'
    """
    query = query.strip()
    if _FIELD_PREFIX.search(query):
        return query
    try:
        terms = shlex.split(query)
    except ValueError:
        terms = query.replace('"', " ").split()
    return " AND ".join(f'all:"{t}"' if " " in t else f"all:{t}" for t in terms if t.strip())


def arxiv_title_query(title: str) -> str:
    """An exact-title query: the title's words as one `ti:` phrase, punctuation dropped
    (the API's query parser chokes on colons and quotes).

    >>> arxiv_title_query("M-VAR: Decoupled Scale-wise Autoregressive Modeling")
    'ti:"M VAR Decoupled Scale wise Autoregressive Modeling"'
    """
    words = regex.sub(r"[^\p{L}\p{N}]+", " ", title).split()
    return f'ti:"{" ".join(words)}"'


_SORTS = {"relevance": "relevance", "submitted": "submittedDate", "updated": "lastUpdatedDate"}


class Fetcher:
    """The services, with their rules, over one raw-response cache."""

    def __init__(self, raw_dir: str | Path, *, transport: httpx.BaseTransport | None = None,
                 clock: Clock | None = None, refresh: bool = False, offline: bool = False,
                 max_retries: int = 4, backoff_s: float = 2.0, log: Log = _quiet):
        self.cache = RawCache(raw_dir, refresh=refresh, offline=offline)
        self.log = log
        clock = clock or SystemClock()
        options = {"transport": transport, "clock": clock, "max_retries": max_retries,
                   "backoff_s": backoff_s, "log": log}
        self.arxiv = HttpClient("arXiv", ARXIV_INTERVAL_S, **options)
        self.hf = HttpClient("Hugging Face", HF_INTERVAL_S, **options)

    def close(self) -> None:
        self.arxiv.close()
        self.hf.close()

    def _get(self, client: HttpClient, path: Path, url: str, params: dict,
             check: Callable[[bytes], None]) -> tuple[bytes, bool]:
        def fetch() -> bytes:
            self.log(f"GET {httpx.URL(url, params=params)}")
            return client.get(url, params).content
        return self.cache.get(path, fetch, check)

    # Hugging Face ------------------------------------------------------------

    def hf_daily(self, *, day: date | str | None = None, week: str | None = None,
                 month: str | None = None) -> FetchResult:
        """The daily list of one day (YYYY-MM-DD), ISO week (YYYY-Www) or month (YYYY-MM),
        page by page until a short page."""
        kind, value = _period(day, week, month)
        url = f"{HF_API}/daily_papers"
        result = FetchResult()
        seen: set[str] = set()
        for page in range(HF_MAX_PAGES):
            path = self.cache.path("hf", "daily_papers", f"{kind}-{value}-p{page}.json")
            params = {kind: value, "p": page, "limit": HF_PAGE_LIMIT}
            content, cached = self._get(self.hf, path, url, params, _check_json(url))
            result.add(path, cached)
            items = json.loads(content)
            items = items if isinstance(items, list) else []
            ids = {_item_id(item) for item in items} - {None}
            if len(items) < HF_PAGE_LIMIT or not ids - seen:
                break
            seen |= ids
        else:
            result.notes.append(f"stopped after {HF_MAX_PAGES} pages")
        return result

    def hf_search(self, query: str) -> FetchResult:
        if not query.strip():
            raise FetchError("empty query")
        url = f"{HF_API}/papers/search"
        path = self.cache.path("hf", "search", f"{_slug(query)}-{_key(query)}.json")
        _, cached = self._get(self.hf, path, url, {"q": query}, _check_json(url))
        result = FetchResult()
        result.add(path, cached)
        return result

    def hf_paper(self, paper_id: str) -> FetchResult:
        arxiv_id = normalise_arxiv_id(paper_id)
        if not arxiv_id:
            raise FetchError(f"{paper_id!r} is not an arXiv id")
        url = f"{HF_API}/papers/{arxiv_id}"
        path = self.cache.path("hf", "papers", arxiv_id.replace("/", "_") + ".json")
        _, cached = self._get(self.hf, path, url, {}, _check_json(url))
        result = FetchResult()
        result.add(path, cached)
        return result

    # arXiv -------------------------------------------------------------------

    def arxiv_query(self, query: str, max_results: int, *, page_size: int = ARXIV_PAGE_SIZE,
                    sort: str = "relevance") -> FetchResult:
        """Up to `max_results` entries of an arXiv search, `page_size` per request,
        paging through `start`; stops early at the end of the results."""
        if max_results < 1:
            raise FetchError("--max must be at least 1")
        if sort not in _SORTS:
            raise FetchError(f"unknown sort {sort!r} (expected one of {', '.join(_SORTS)})")
        search = arxiv_search_query(query)
        if not search:
            raise FetchError("empty query")
        folder = f"{_slug(query)}-{_key(search, sort)}"
        result = FetchResult()
        start = 0
        while start < max_results:
            size = min(page_size, max_results - start)
            path = self.cache.path("arxiv", "query", folder, f"start-{start:06d}-max-{size}.xml")
            params = {"search_query": search, "start": start, "max_results": size,
                      "sortBy": _SORTS[sort], "sortOrder": "descending"}
            content, cached = self._get(self.arxiv, path, ARXIV_API, params, _check_feed(ARXIV_API))
            result.add(path, cached)
            info = feed_info(content.decode("utf-8", errors="replace"))
            if info.total is not None and start + size >= info.total:
                break  # the last page of the results
            if info.total is None and info.entries < size:
                break  # no paging numbers: a short page is the last one
            if info.entries == 0:
                result.notes.append(f"arXiv returned an empty page at start={start} of "
                                    f"{info.total if info.total is not None else '?'} results; stopped there")
                break
            start += size
        return result

    def arxiv_title(self, title: str) -> tuple[str | None, Path]:
        """The arXiv id of the paper whose title is exactly `title` (compared by
        `title_key`), or None; and the saved response it was read from."""
        search = arxiv_title_query(title)
        path = self.cache.path("arxiv", "title", f"{_slug(title)}-{_key(search)}.xml")
        params = {"search_query": search, "start": 0, "max_results": 5}
        content, _ = self._get(self.arxiv, path, ARXIV_API, params, _check_feed(ARXIV_API))
        wanted = title_key(title)
        for record in read_arxiv_atom(content.decode("utf-8", errors="replace"), str(path)):
            if getattr(record, "arxiv_id", None) and title_key(record.title) == wanted:
                return record.arxiv_id, path
        return None, path


def _period(day: date | str | None, week: str | None, month: str | None) -> tuple[str, str]:
    given = [(k, v) for k, v in (("date", day), ("week", week), ("month", month)) if v]
    if len(given) > 1:
        raise FetchError("give one of --date, --week or --month")
    if not given:
        return "date", datetime.now(timezone.utc).date().isoformat()
    kind, value = given[0]
    value = value.isoformat() if isinstance(value, date) else str(value).strip()
    if kind == "date":
        try:
            date.fromisoformat(value)
        except ValueError:
            raise FetchError(f"--date {value!r}: expected YYYY-MM-DD") from None
    elif kind == "week":
        m = regex.fullmatch(r"(\d{4})-W(\d{2})", value)
        if not m or not 1 <= int(m.group(2)) <= 53:
            raise FetchError(f"--week {value!r}: expected an ISO week, YYYY-Www (e.g. 2024-W24)")
    elif not regex.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", value):
        raise FetchError(f"--month {value!r}: expected YYYY-MM")
    return kind, value


def _item_id(item: object) -> str | None:
    if not isinstance(item, dict):
        return None
    paper = item.get("paper") if isinstance(item.get("paper"), dict) else item
    value = paper.get("id")
    return str(value) if value is not None else None


# --------------------------------------------------------------------------- resolve

class ResolvableStore(Protocol):
    """What `resolve` needs from the store."""

    def papers_without_arxiv_id(self) -> Iterable[object]:
        """Papers (objects with `.id` and `.title`) that have no arXiv id yet."""
        ...

    def set_arxiv_id(self, paper_id: str, arxiv_id: str) -> None:
        """Give paper `paper_id` its arXiv id: re-key it (and its claims) to
        `arxiv_id`, set `arxiv_id` and the arXiv URL, merging into the paper
        already stored under `arxiv_id` if there is one."""
        ...


@dataclass
class ResolveReport:
    found: list[tuple[str, str]] = field(default_factory=list)   # (old id, arXiv id)
    missing: list[str] = field(default_factory=list)             # ids with no exact-title match
    skipped: list[str] = field(default_factory=list)             # ids without a title to search


def resolve_arxiv_ids(store: ResolvableStore, fetcher: Fetcher, *, limit: int | None = None,
                      dry_run: bool = False, log: Log = _quiet) -> ResolveReport:
    """Look up, by exact title, the arXiv id of every stored paper that lacks one,
    and re-key the paper when one is found (unless `dry_run`)."""
    report = ResolveReport()
    papers = list(_take(store.papers_without_arxiv_id(), limit))
    for number, paper in enumerate(papers, start=1):
        title = (getattr(paper, "title", "") or "").strip()
        if not title:
            report.skipped.append(paper.id)
            continue
        arxiv_id, _ = fetcher.arxiv_title(title)
        if arxiv_id:
            report.found.append((paper.id, arxiv_id))
            log(f"[{number}/{len(papers)}] {paper.id} -> {arxiv_id}")
            if not dry_run:
                store.set_arxiv_id(paper.id, arxiv_id)
        else:
            report.missing.append(paper.id)
            log(f"[{number}/{len(papers)}] {paper.id}: no arXiv paper with this exact title")
    return report


def _take(items: Iterable[object], limit: int | None) -> Iterator[object]:
    for index, item in enumerate(items):
        if limit is not None and index >= limit:
            return
        yield item
