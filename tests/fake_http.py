"""A local HTTP server on 127.0.0.1 for the download tests, with faults injected per path.

The services it answers for are plugged in (:mod:`tests.fake_cbs`, :mod:`tests.fake_pdok`);
each says which paths it handles and answers them in its real service's format. This
module only runs the server thread, logs the requests and injects the faults the tests
ask for (``fail``) and the hooks they set (``on_request``).

Faults that any server may produce (the hostile answers the network layer must survive):
an HTTP status, ``hang`` (no answer for 4 s), ``drip`` (a complete, valid answer sent one byte
every 0.1 s: a connection kept alive for minutes), ``redirect:<url>`` (HTTP 302 to ``url``),
``html`` (a maintenance page with status 200) and ``badjson`` (a cut-off answer).
"""

from __future__ import annotations

import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlsplit

HTML_PAGE = (b"<!DOCTYPE html><html><head><title>Onderhoud - PDOK</title></head><body><h1>Gepland onderhoud</h1>"
             b"<p>Deze dienst is tijdelijk niet beschikbaar.</p></body></html>")


class FakeHttpServer:
    """A threaded HTTP/1.1 server that hands each GET to the first service whose ``handles(path)`` is true.

    A service has ``handles(path) -> bool``, ``handle(server, handler, path, query)``,
    ``env(url) -> dict`` (the plugin's base URL variables for it) and ``reset()``.
    """

    def __init__(self, services):
        self.services = list(services)
        self.requests: list[str] = []
        self.on_request = None
        self._faults: list[tuple[str, list]] = []
        self._lock = threading.Lock()
        self._connections: set = set()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def setup(self):
                super().setup()
                server._connections.add(self.connection)

            def finish(self):
                server._connections.discard(self.connection)
                super().finish()

            def do_GET(self):  # noqa: N802 (http.server API)
                server._handle(self)

            def log_message(self, *args):
                pass

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request, client_address):
                pass  # the client gave up (timeout, cancel): nothing to report

        self.httpd = Server(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def env(self) -> dict:
        out = {}
        for service in self.services:
            out.update(service.env(self.url))
        return out

    def reset(self) -> None:
        """Forget requests, faults, hooks and every service's test settings."""
        self.requests.clear()
        with self._lock:
            self._faults.clear()
        self.on_request = None
        for service in self.services:
            service.reset()

    def stop(self):
        """Stop listening and close the open (keep-alive) connections: the service is gone."""
        self.httpd.shutdown()
        self.httpd.server_close()
        for connection in list(self._connections):
            try:
                connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def fail(self, path_contains: str, *actions):
        """The next requests whose path contains ``path_contains`` get ``actions`` in turn:
        an HTTP status (int), 'hang', 'html', 'badjson', or a name a service knows (e.g. 'toomany')."""
        with self._lock:
            self._faults.append((path_contains, list(actions)))

    def hits(self, part: str) -> int:
        return sum(1 for r in self.requests if part in r)

    # -- dispatch ------------------------------------------------------------------------
    def _fault_for(self, target: str):
        with self._lock:
            for i, (part, actions) in enumerate(self._faults):
                if part in target and actions:
                    action = actions.pop(0)
                    if not actions:
                        self._faults.pop(i)
                    return action
        return None

    def _handle(self, handler):
        target = unquote(handler.path)
        self.requests.append(target)
        if self.on_request is not None:
            self.on_request(target)
        split = urlsplit(handler.path)
        path = unquote(split.path)
        query = {k: v[0] for k, v in parse_qs(split.query, keep_blank_values=True).items()}
        service = next((s for s in self.services if s.handles(path)), None)
        fault = self._fault_for(target)
        try:
            if fault is not None:
                return self._fault(handler, fault, service)
            if service is not None:
                return service.handle(self, handler, path, query)
        except (BrokenPipeError, ConnectionResetError):
            return None
        return self.send(handler, 404, {"error": "not found"})

    def _fault(self, handler, fault, service):
        if fault == "hang":
            time.sleep(4)
            return self.send(handler, 200, {"value": []})
        if fault == "drip":
            return self._drip(handler, json.dumps({"type": "FeatureCollection", "features": [],
                                                   "padding": " " * 300}).encode("utf-8"))
        if isinstance(fault, str) and fault.startswith("redirect:"):
            return self.send_raw(handler, 302, "text/html", b"", {"Location": fault[len("redirect:"):]})
        if fault == "html":
            return self.send_raw(handler, 200, "text/html; charset=utf-8", HTML_PAGE)
        if fault == "badjson":
            return self.send_raw(handler, 200, "application/json", b'{"odata.metadata": "x", "value": [{"ID": 0,')
        if isinstance(fault, int):
            return self.send(handler, fault, {"error": f"HTTP {fault}"}, {"Retry-After": "0"} if fault in (429, 503)
                             else None)
        if service is not None and service.fault(self, handler, fault):
            return None
        raise ValueError(f"unknown fault {fault!r}")

    # -- responses -------------------------------------------------------------------------
    def _drip(self, handler, body: bytes, interval: float = 0.1):
        """A valid answer whose bytes arrive one at a time (the connection never falls silent)."""
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.flush()
        for i in range(len(body)):
            handler.wfile.write(body[i:i + 1])
            handler.wfile.flush()
            time.sleep(interval)

    def send_raw(self, handler, status, content_type, body: bytes, headers=None):
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            handler.send_header(key, value)
        handler.end_headers()
        handler.wfile.write(body)

    def send(self, handler, status, payload, headers=None, content_type="application/json; charset=utf-8"):
        self.send_raw(handler, status, content_type, json.dumps(payload).encode("utf-8"), headers)
