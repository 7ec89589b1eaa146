"""gunicorn's threaded worker with a deadline on every socket read and write.

gunicorn 27's gthread worker parks a connection on its poller until the first bytes arrive, but then a
thread reads the rest of the request with no timeout at all: a client that sends half its headers and
stops holds that thread for ever, and `threads` such sockets hold the worker. Here each read or write
that waits longer than `CLIENT_SECONDS` ends the connection. A client that drips one byte every few
seconds still holds a thread for a while: exposed beyond loopback, put nginx in front (deploy/), which
buffers whole requests before Précis sees them.
"""

from __future__ import annotations

from gunicorn.workers.gthread import ThreadWorker

#: Longest wait for one read or write on a client's socket (a healthy client sends without pauses).
CLIENT_SECONDS = 5.0


class PrecisWorker(ThreadWorker):
    def handle(self, conn):
        """Give the connection's socket a timeout each time it is (re)initialised in a thread: the
        parent sets it blocking (no timeout) just before `conn.init()`, so the timeout goes on after."""
        if not getattr(conn, "precis_deadline", False):
            initialise = conn.init

            def init_with_deadline() -> None:
                initialise()
                conn.sock.settimeout(CLIENT_SECONDS)

            conn.init = init_with_deadline
            conn.precis_deadline = True
        return super().handle(conn)
