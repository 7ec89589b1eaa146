import threading
import time

import pytest

from precis.gate import AnalysisGate, Busy


def test_one_at_a_time_and_a_bounded_queue():
    gate = AnalysisGate(max_waiting=1)
    started, results = threading.Event(), []

    def waiter():
        try:
            with gate.slot(timeout=5):
                results.append("ran")
        except Busy:
            results.append("busy")

    with gate.slot(timeout=0):
        first = threading.Thread(target=waiter)
        first.start()
        while gate.waiting < 1:  # the first waiter is queued
            time.sleep(0.01)
        with pytest.raises(Busy):  # the queue is full: refused at once, no thread kept waiting
            with gate.slot(timeout=5):
                pass
        started.set()
    first.join()
    assert results == ["ran"] and gate.waiting == 0


def test_a_wait_longer_than_the_timeout_is_busy():
    gate = AnalysisGate(max_waiting=4)
    with gate.slot(timeout=0):
        with pytest.raises(Busy):
            with gate.slot(timeout=0.05):
                pass
    with gate.slot(timeout=0):  # released after the error
        assert gate.waiting == 0
