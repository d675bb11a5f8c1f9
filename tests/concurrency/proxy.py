"""A TCP proxy on 127.0.0.1 in front of PostgreSQL that a test can cut and restore: while cut,
open connections are dropped and new ones refused, as when a network or server goes away."""

from __future__ import annotations

import contextlib
import selectors
import socket
import threading


class Proxy:
    def __init__(self, upstream: tuple[str, int]) -> None:
        self.upstream = upstream
        self.port = 0
        self._listener: socket.socket | None = None
        self._pairs: list[tuple[socket.socket, socket.socket]] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> Proxy:
        self._listen()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def url(self, server_url: str, database: str) -> str:
        """``server_url`` (…@127.0.0.1:5432) pointed at the proxy, for ``database``."""
        base = server_url.rsplit("@", 1)[0]
        return f"{base}@127.0.0.1:{self.port}/{database}"

    def cut(self) -> None:
        with self._lock:
            if self._listener is not None:
                self._listener.close()
                self._listener = None
            for a, b in self._pairs:
                for s in (a, b):
                    with contextlib.suppress(OSError):
                        s.shutdown(socket.SHUT_RDWR)
                    s.close()
            self._pairs.clear()

    def restore(self) -> None:
        self._listen()

    def stop(self) -> None:
        self._stop.set()
        self.cut()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def _listen(self) -> None:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        listener.setblocking(False)
        self.port = listener.getsockname()[1]
        with self._lock:
            self._listener = listener

    def _run(self) -> None:
        while not self._stop.is_set():
            with self._lock:
                listener, pairs = self._listener, list(self._pairs)
            selector = selectors.DefaultSelector()
            try:
                if listener is not None:
                    selector.register(listener, selectors.EVENT_READ, None)
                for a, b in pairs:
                    selector.register(a, selectors.EVENT_READ, b)
                    selector.register(b, selectors.EVENT_READ, a)
                for key, _ in selector.select(timeout=0.05):
                    if key.data is None:
                        self._accept(key.fileobj)
                    else:
                        self._pump(key.fileobj, key.data)
            except (OSError, ValueError):
                continue  # a socket closed by cut() meanwhile
            finally:
                selector.close()

    def _accept(self, listener: socket.socket) -> None:
        client, _ = listener.accept()
        server = socket.create_connection(self.upstream)
        with self._lock:
            self._pairs.append((client, server))

    def _pump(self, source: socket.socket, target: socket.socket) -> None:
        data = source.recv(65536)
        if data:
            target.sendall(data)
            return
        with self._lock:
            self._pairs = [p for p in self._pairs if source not in p]
        for s in (source, target):
            s.close()
