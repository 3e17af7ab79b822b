"""The models the checks read (the sentence encoder, natasha, pymorphy, Kiwi) load once, on
first use; :func:`warm` starts loading those a run will need in threads of their own, so their
loading overlaps (most of it is C and numpy, which release the interpreter) and overlaps the
run's own start. A caller of a loader that is still loading waits for it."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterable
from functools import wraps
from typing import TypeVar

T = TypeVar("T")


def once(load: Callable[[], T]) -> Callable[[], T]:
    """``load`` run at most once (successfully), whichever thread calls it first; the others
    wait and get its result. A failure is not kept: the next caller tries again and meets it."""
    lock = threading.Lock()
    kept: list[T] = []

    @wraps(load)
    def get() -> T:
        if not kept:
            with lock:
                if not kept:
                    kept.append(load())
        return kept[0]

    get.cache_clear = kept.clear  # type: ignore[attr-defined]
    return get


_STARTED: set[Callable[[], object]] = set()  # loaders started (a failed one is retried on use)


def warm(loaders: Iterable[Callable[[], object]]) -> None:
    """Start each loader not loaded yet in a background thread. Its failure is left for the
    check that needs the model to meet, and to name."""
    for load in loaders:
        if load not in _STARTED:
            _STARTED.add(load)
            threading.Thread(target=_quietly, args=(load,), daemon=True).start()


def _quietly(load: Callable[[], object]) -> None:
    with contextlib.suppress(Exception):  # the caller in the main thread meets it
        load()
