"""A static file server that behaves like GitHub Pages, for tests and benchmarks.

GitHub Pages serves `.wasm` as `application/wasm`, compresses text and WebAssembly with gzip,
sends `Cache-Control: max-age=600`, and a project site lives under `/REPO/`. This server does
the same on 127.0.0.1 so what passes here passes there.
"""

from __future__ import annotations

import gzip
import http.server
import mimetypes
import re
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

TYPES = {
    ".wasm": "application/wasm",
    ".mjs": "text/javascript",
    ".js": "text/javascript",
    ".json": "application/json",
    ".whl": "application/zip",
    # Packed files keep their own type (not the packed file's: mimetypes says a .wasm.xz is
    # application/wasm "encoded" with xz), and, being compressed already, are sent as they are.
    ".xz": "application/x-xz",
    ".zip": "application/zip",
    ".ics": "text/calendar",
    ".webmanifest": "application/manifest+json",
}
COMPRESSED = {
    "text/",
    "application/javascript",
    "application/json",
    "application/wasm",
    "image/svg+xml",
    "application/xml",
    "application/manifest+json",
}


@lru_cache(maxsize=256)
def _gzip(path: Path, mtime: float) -> bytes:
    return gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)


# Called with (request path, body bytes sent) after each response body: benchmarks count bytes.
OnResponse = Callable[[str, int], None]

PROBE = Path(__file__).with_name("page_probe.js")
PROBE_PATH = "/__probe.js"
REPORT_PATH = "/__csp-report"
CSP_META = re.compile(rb'<meta http-equiv="Content-Security-Policy" content="([^"]*)"')


@dataclass
class Watch:
    """What the cross-engine tests need from the server, for browsers whose WebDriver can neither
    intercept requests nor read the console (WebKitGTK):

    - `block`: requests whose path matches get no answer at all (the connection is closed), as
      when a network drops; `None` serves everything.
    - every page gets tests/page_probe.js as its first script (before the page's own policy, so
      the probe is not subject to it), which records console errors and CSP violations;
    - every page is also sent its own policy as `Content-Security-Policy-Report-Only` with a
      `report-uri`, so each violation the engine itself detects is POSTed to `reports`, whatever
      the engine lets a page script see.
    """

    block: re.Pattern[str] | None = None
    reports: list[str] = field(default_factory=list)


def _handler(
    root: Path, prefix: str, on_response: OnResponse | None = None, watch: Watch | None = None
) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:  # keep test output clean
            pass

        def do_HEAD(self) -> None:
            self.do_GET(head=True)

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            if watch is None or self.path != REPORT_PATH:
                return self._send(405, b"", "text/plain")
            watch.reports.append(body.decode(errors="replace"))
            return self._send(204, b"", "text/plain")

        def do_GET(self, head: bool = False) -> None:
            path = self.path.split("?", 1)[0].split("#", 1)[0]
            if watch and path == PROBE_PATH:
                return self._send(200, PROBE.read_bytes(), "text/javascript", head=head)
            if watch and watch.block and watch.block.search(path):
                self.close_connection = True
                return None
            if not path.startswith(prefix):
                return self._send(404, b"not found", "text/plain")
            relative = path[len(prefix) :].lstrip("/")
            target = (root / relative).resolve()
            if root not in target.parents and target != root:
                return self._send(404, b"not found", "text/plain")
            if target.is_dir():
                if not path.endswith("/"):
                    self.send_response(301)
                    self.send_header("Location", path + "/")
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return None
                target = target / "index.html"
            if not target.is_file():
                page = root / "404.html"
                body = page.read_bytes() if page.is_file() else b"not found"
                if watch:
                    return self._send_watched(body, head, status=404)
                return self._send(404, body, "text/html", head=head)
            kind = TYPES.get(target.suffix) or mimetypes.guess_type(target.name)[0]
            kind = kind or "application/octet-stream"
            if watch and kind == "text/html":
                return self._send_watched(target.read_bytes(), head)
            wants_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
            if wants_gzip and any(kind.startswith(c) for c in COMPRESSED):
                body = _gzip(target, target.stat().st_mtime)
                return self._send(200, body, kind, head=head, encoding="gzip")
            return self._send(200, target.read_bytes(), kind, head=head)

        def _send_watched(self, page: bytes, head: bool, status: int = 200) -> None:
            policy = CSP_META.search(page)
            body = page.replace(
                b"<head>", f'<head><script src="{PROBE_PATH}"></script>'.encode(), 1
            )
            extra = {}
            if policy:
                report_only = policy[1].decode()
                extra["Content-Security-Policy-Report-Only"] = (
                    f"{report_only}; report-uri {REPORT_PATH}"
                )
            return self._send(status, body, "text/html", head=head, extra=extra)

        def _send(
            self,
            status: int,
            body: bytes,
            kind: str,
            head: bool = False,
            encoding: str | None = None,
            extra: dict[str, str] | None = None,
        ) -> None:
            self.send_response(status)
            for name, value in (extra or {}).items():
                self.send_header(name, value)
            self.send_header(
                "Content-Type", kind + ("; charset=utf-8" if kind.startswith("text/") else "")
            )
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "max-age=600")
            if encoding:
                self.send_header("Content-Encoding", encoding)
                self.send_header("Vary", "Accept-Encoding")
            self.end_headers()
            if not head:
                self.wfile.write(body)
                if on_response:
                    on_response(self.path, len(body))

    return Handler


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        """A browser closing a connection mid-response is normal, not worth a traceback."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextmanager
def serve(
    root: Path,
    prefix: str = "/",
    on_response: OnResponse | None = None,
    watch: Watch | None = None,
) -> Iterator[str]:
    """Serve `root` at http://127.0.0.1:PORT{prefix} in a thread; yields that URL.

    `on_response(path, size)` is called after each response body is sent (from the server's
    threads), e.g. to count the bytes a page load cost. `watch` instruments the pages and can
    cut requests off (see Watch)."""
    prefix = "/" + prefix.strip("/") + "/" if prefix.strip("/") else "/"
    handler = _handler(root.resolve(), prefix, on_response, watch)
    server = _Server(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    finally:
        server.shutdown()
        server.server_close()
