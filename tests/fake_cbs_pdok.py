"""The CBS and PDOK stand-ins (:mod:`tests.fake_cbs`, :mod:`tests.fake_pdok`) on one local server."""

from __future__ import annotations

from tests.fake_cbs import FakeCbs
from tests.fake_http import FakeHttpServer
from tests.fake_pdok import FakePdok


class FakeServer(FakeHttpServer):
    """Both services on 127.0.0.1; ``server.cbs`` and ``server.pdok`` hold their test settings."""

    def __init__(self, page_size: int = 200, record_limit: int = 10000):
        self.cbs = FakeCbs(page_size=page_size, record_limit=record_limit)
        self.pdok = FakePdok(page_size=page_size)
        super().__init__([self.cbs, self.pdok])
