"""The checks' models load once, whichever thread asks first; a failure is met by the caller."""

from __future__ import annotations

import threading
import time

import pytest

from pressloc.qa.loading import once, warm


def test_a_model_warmed_in_the_background_loads_once_and_the_caller_waits_for_it():
    calls = []

    @once
    def load():
        calls.append(threading.current_thread().name)
        time.sleep(0.05)
        return object()

    warm([load, load])
    got = [load() for _ in range(3)]
    assert len(calls) == 1
    assert got[0] is got[1] is got[2]


def test_callers_in_many_threads_share_one_load():
    calls = []

    @once
    def load():
        calls.append(1)
        time.sleep(0.02)
        return len(calls)

    found = []
    threads = [threading.Thread(target=lambda: found.append(load())) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert calls == [1]
    assert found == [1] * 8


def test_a_load_that_fails_in_the_background_fails_again_for_the_caller():
    attempts = []

    @once
    def load():
        attempts.append(1)
        raise OSError("model file missing")

    warm([load])
    deadline = time.monotonic() + 5
    while not attempts and time.monotonic() < deadline:
        time.sleep(0.001)
    time.sleep(0.01)  # the background attempt has failed and let go of the lock
    with pytest.raises(OSError, match="model file missing"):
        load()
    assert len(attempts) == 2  # the failure was not kept: the caller tried again, and met it


def test_cache_clear_loads_again():
    count = []

    @once
    def load():
        count.append(1)
        return len(count)

    assert load() == 1
    load.cache_clear()
    assert load() == 2
