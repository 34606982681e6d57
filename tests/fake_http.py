"""Fakes for tests that talk HTTP: a clock that only moves when slept on, and a mock
service that records every request and the fake time it arrived at. Shared by the
fetch and resolve tests; no test touches the network."""
from __future__ import annotations

import httpx


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        assert seconds >= 0
        self.sleeps.append(seconds)
        self.now += seconds


class Server:
    """A mock service: `answer(request) -> httpx.Response` (or raises), with every
    request and the fake time it arrived at recorded."""

    def __init__(self, clock: FakeClock, answer):
        self.clock = clock
        self.answer = answer
        self.requests: list[httpx.Request] = []
        self.times: list[float] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.times.append(self.clock.now)
        return self.answer(request)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)

    def params(self, key: str) -> list[str]:
        return [r.url.params.get(key) for r in self.requests]
