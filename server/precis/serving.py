"""gunicorn's threaded worker, made safe against clients that stall.

gunicorn 27's gthread worker has two weak spots against a client that sends half a request and stops:
1. after the first bytes arrive, a thread reads the rest with no timeout: `threads` such sockets hold the
   worker for ever. Here every read or write that waits longer than `CLIENT_SECONDS` ends the connection.
2. every connection is closed "gracefully" on the worker's main thread, which then waits up to 2 s for the
   client to hang up; while it waits, the worker accepts nothing (health checks included): six stalled
   sockets timing out together froze a worker for 10 s. Here graceful closes run on a few threads of
   their own, and when those are behind, a connection is simply closed.
A client that drips one byte every few seconds still holds a thread for a while: exposed beyond loopback,
put nginx in front (deploy/nginx.conf), which buffers whole requests before Précis sees them.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from gunicorn.workers.gthread import ThreadWorker

#: Longest wait for one read or write on a client's socket (a healthy client sends without pauses).
CLIENT_SECONDS = 5.0
#: Threads that close connections gracefully, and how many closes may wait for them.
CLOSING_THREADS = 4
MAX_WAITING_CLOSES = 64


class PrecisWorker(ThreadWorker):
    def init_process(self) -> None:
        self._closer = ThreadPoolExecutor(CLOSING_THREADS, thread_name_prefix="precis-close")
        self._closes_waiting = 0
        self._closes_lock = threading.Lock()
        super().init_process()

    def handle(self, conn: Any):
        """Give the connection a socket timeout each time it is (re)initialised in a thread (the parent
        sets the socket blocking, without timeout, just before `conn.init()`), and route its close."""
        if not getattr(conn, "precis_deadline", False):
            initialise, close = conn.init, conn.close

            def init_with_deadline() -> None:
                initialise()
                conn.sock.settimeout(CLIENT_SECONDS)

            def close_off_main_thread(graceful: bool = False) -> None:
                if not graceful:
                    close(False)
                    return
                with self._closes_lock:
                    behind = self._closes_waiting >= MAX_WAITING_CLOSES
                    if not behind:
                        self._closes_waiting += 1
                if behind:
                    close(False)
                    return
                self._closer.submit(self._close_gracefully, close)

            conn.init, conn.close = init_with_deadline, close_off_main_thread
            conn.precis_deadline = True
        return super().handle(conn)

    def _close_gracefully(self, close) -> None:
        try:
            close(True)
        finally:
            with self._closes_lock:
                self._closes_waiting -= 1
