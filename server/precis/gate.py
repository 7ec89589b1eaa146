"""One analysis at a time per worker process, and a short, bounded queue for the next ones.

The work is CPU-bound: two analyses in one process only share one core and the GIL. While one runs, at
most `max_waiting` requests wait for it (each up to `timeout` seconds); any more are told at once to
retry (503), so that a worker's remaining threads stay free for health checks, cache hits and slow
clients. Without that bound, 32 connections of load kept every thread waiting here and a health check
queued behind them for 0.6 s.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager


class Busy(Exception):
    """No analysis slot: the queue is full, or the wait was longer than allowed."""


class AnalysisGate:
    def __init__(self, max_waiting: int) -> None:
        self.max_waiting = max_waiting
        self._slot = threading.Lock()
        self._count_lock = threading.Lock()
        self.waiting = 0

    @contextmanager
    def slot(self, timeout: float) -> Iterator[None]:
        """Hold the analysis slot for the `with` block; raise `Busy` if it cannot be had."""
        if not self._slot.acquire(blocking=False):
            with self._count_lock:
                if self.waiting >= self.max_waiting:
                    raise Busy
                self.waiting += 1
            try:
                acquired = self._slot.acquire(timeout=timeout)
            finally:
                with self._count_lock:
                    self.waiting -= 1
            if not acquired:
                raise Busy
        try:
            yield
        finally:
            self._slot.release()
