"""`cached`: an attribute computed on first read and kept, as functools.cached_property,
without the lock Python 3.11's cached_property takes at every first read (a lock per
site and per sentence cost about 1% of extraction; every object here is read by one
thread, the one extracting its abstract).

>>> class Sentence:
...     reads = 0
...     @cached
...     def words(self):
...         Sentence.reads += 1
...         return ["It", "runs"]
>>> s = Sentence()
>>> s.words, s.words, Sentence.reads
(['It', 'runs'], ['It', 'runs'], 1)
>>> s.__dict__["words"] = ["set"]; s.words
['set']
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any


class cached:
    def __init__(self, func: Callable[[Any], Any]):
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self
        # A non-data descriptor: once the value is in the instance's dict, reads find it
        # there and never come here again.
        value = instance.__dict__[self.name] = self.func(instance)
        return value
