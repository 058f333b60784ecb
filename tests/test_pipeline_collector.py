"""pipeline.verify pauses the cycle collector while it checks and leaves it as it found it: resumed
after a call, still off for a caller that had turned it off, resumed after a call that failed, and
resumed only when the last of several calls running in threads ends."""

from __future__ import annotations

import gc
import threading

import pytest

from evcheck import pipeline
from evcheck.read import read_text

TEXT = "Sales rose 25% to 2.593 million units from 2.262 million units a year earlier.\n"


@pytest.fixture
def collector():
    was = gc.isenabled()
    gc.enable()
    yield
    gc.enable() if was else gc.disable()


def test_paused_during_a_call_and_resumed_after(collector, monkeypatch):
    seen = []
    analyse = pipeline.analyse
    monkeypatch.setattr(pipeline, "analyse", lambda *a, **k: (seen.append(gc.isenabled()), analyse(*a, **k))[1])
    result = pipeline.verify([read_text(TEXT, "a.txt")])
    assert seen == [False] and gc.isenabled()
    assert len(result.mismatches()) == 1


def test_left_off_for_a_caller_that_turned_it_off(collector):
    gc.disable()
    pipeline.verify([read_text(TEXT, "a.txt")])
    assert not gc.isenabled()


def test_resumed_after_a_call_that_failed(collector, monkeypatch):
    def fail(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(pipeline, "analyse", fail)
    with pytest.raises(RuntimeError):
        pipeline.verify([read_text(TEXT, "a.txt")])
    assert gc.isenabled()


def test_resumed_when_the_last_of_calls_in_threads_ends(collector):
    first_in, first_may_end = threading.Event(), threading.Event()
    states = []

    def first():
        with pipeline.cycles_collected_after():
            first_in.set()
            first_may_end.wait(10)

    thread = threading.Thread(target=first)
    thread.start()
    first_in.wait(10)
    pipeline.verify([read_text(TEXT, "a.txt")])  # begins and ends inside the first call
    states.append(gc.isenabled())
    first_may_end.set()
    thread.join(10)
    states.append(gc.isenabled())
    assert states == [False, True]
