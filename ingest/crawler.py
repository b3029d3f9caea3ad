"""A polite crawler that keeps the index in step with a live site section.

It follows links within a scope, honours robots.txt, names itself in the User-Agent, waits between
requests, asks again with ETag / Last-Modified so an unchanged page costs one conditional request,
downloads linked PDF and DOCX files in scope, and keeps raw files and a manifest under
`data/crawl/`. Network errors are retried a bounded number of times and reported, never fatal.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections import deque
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlparse
from urllib.robotparser import RobotFileParser

USER_AGENT = "SocialReturnKennisbank/0.1 (kennisbank-crawler; respecteert robots.txt)"
GONE = (404, 410)
_KINDS = {"text/html": "html", "application/xhtml+xml": "html", "application/pdf": "pdf",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx"}
_SUFFIX_KINDS = {".pdf": "pdf", ".docx": "docx", ".html": "html", ".htm": "html"}


@dataclass
class PageRecord:
    url: str
    status: int
    fetched_at: str
    kind: str = ""
    content_hash: str = ""
    etag: str = ""
    last_modified: str = ""
    path: str = ""
    alias_of: str = ""  # same content as another URL (e.g. /dossier/ and /dossier/index.html): not indexed twice


@dataclass
class CrawlReport:
    requested: int = 0
    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    blocked_by_robots: list[str] = field(default_factory=list)
    errors: list[dict[str, str]] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def pages_per_second(self) -> float:
        return self.requested / self.seconds if self.seconds else 0.0

    def as_dict(self) -> dict[str, object]:
        return {"requested": self.requested, "changed": len(self.changed), "unchanged": len(self.unchanged),
                "removed": len(self.removed), "blocked_by_robots": len(self.blocked_by_robots),
                "errors": self.errors, "seconds": round(self.seconds, 2),
                "pages_per_second": round(self.pages_per_second, 1)}


class Manifest:
    """What was fetched, when, with which status and content hash (JSON under the crawl folder)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / "manifest.json"
        self.records: dict[str, PageRecord] = {}
        if self.path.exists():
            for url, data in json.loads(self.path.read_text(encoding="utf-8")).items():
                self.records[url] = PageRecord(**data)

    def save(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        payload = {url: asdict(record) for url, record in sorted(self.records.items())}
        temporary = self.path.with_suffix(".tmp")
        temporary.write_text(json.dumps(payload, indent=1, ensure_ascii=False), encoding="utf-8")
        temporary.replace(self.path)

    def raw_path(self, url: str, kind: str) -> Path:
        name = hashlib.sha1(url.encode("utf-8")).hexdigest()[:20]
        return self.folder / "raw" / f"{name}.{kind or 'bin'}"


def _root(url: str) -> str:
    parts = urlparse(url)
    return f"{parts.scheme}://{parts.netloc}"


def kind_of_response(url: str, content_type: str) -> str:
    kind = _KINDS.get(content_type.split(";")[0].strip().lower(), "")
    return kind or _SUFFIX_KINDS.get(Path(urlparse(url).path).suffix.lower(), "")


def links(html: bytes, base: str) -> list[str]:
    """Absolute http(s) links of a page, without fragments."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return []
    out = []
    for href in tree.xpath("//a/@href"):
        url = urldefrag(urljoin(base, str(href).strip()))[0]
        if urlparse(url).scheme in ("http", "https"):
            out.append(url)
    return out


class Crawler:
    """Fetches a site section into the manifest; `crawl` says which pages changed or disappeared."""

    def __init__(self, folder: Path, *, delay: float = 1.0, max_pages: int = 200, retries: int = 2,
                 timeout: float = 15.0, client=None, sleep: Callable[[float], None] = time.sleep) -> None:
        import httpx

        self.manifest = Manifest(folder)
        self.delay = delay
        self.max_pages = max_pages
        self.retries = retries
        self.sleep = sleep
        self.client = client or httpx.Client(headers={"User-Agent": USER_AGENT}, timeout=timeout,
                                             follow_redirects=True)
        self._robots: dict[str, RobotFileParser] = {}
        self._crawl_delay: dict[str, float] = {}
        self._requests = 0
        self._by_hash: dict[str, str] = {}

    # ---- politeness ---------------------------------------------------------------------------------
    def _get(self, url: str, headers: dict[str, str] | None = None):
        import httpx

        last: Exception | None = None
        for attempt in range(self.retries + 1):
            pause = max(self.delay, self._crawl_delay.get(_root(url), 0.0))
            if self._requests and pause:
                self.sleep(pause)
            self._requests += 1
            try:
                response = self.client.get(url, headers=headers or {})
                if response.status_code < 500 or attempt == self.retries:
                    return response
                last = RuntimeError(f"HTTP {response.status_code}")
            except httpx.HTTPError as exc:
                last = exc
            if attempt < self.retries:
                self.sleep(min(2.0 ** attempt, 8.0) * 0.5)  # back off before trying again
        raise last or RuntimeError("onbekende fout")

    def allowed(self, url: str) -> bool:
        root = _root(url)
        if root not in self._robots:
            parser = RobotFileParser()
            try:
                response = self._get(f"{root}/robots.txt")
                parser.parse(response.text.splitlines() if response.status_code == 200 else [])
            except Exception:  # noqa: BLE001 - no robots.txt reachable: allowed, as the standard says
                parser.parse([])
            self._robots[root] = parser
            self._crawl_delay[root] = float(parser.crawl_delay(USER_AGENT) or 0.0)  # the site's own wish
        return self._robots[root].can_fetch(USER_AGENT, url)

    # ---- the crawl ------------------------------------------------------------------------------------
    def crawl(self, start: str, scope: str | None = None) -> CrawlReport:
        scope = scope or start.rsplit("/", 1)[0] + "/"
        report = CrawlReport()
        self._by_hash = {r.content_hash: url for url, r in self.manifest.records.items()
                         if r.status == 200 and r.content_hash and not r.alias_of}
        started = time.perf_counter()
        queue: deque[str] = deque([urldefrag(start)[0]])
        seen: set[str] = set(queue)
        while queue and report.requested < self.max_pages:
            url = queue.popleft()
            if not self.allowed(url):
                report.blocked_by_robots.append(url)
                continue
            for link in self._fetch(url, report):
                if link.startswith(scope) and link not in seen:
                    seen.add(link)
                    queue.append(link)
        self.manifest.save()
        report.seconds = time.perf_counter() - started
        return report

    def _fetch(self, url: str, report: CrawlReport) -> list[str]:
        """Fetch one URL (conditionally when known); record it; return the links to follow."""
        previous = self.manifest.records.get(url)
        headers = {}
        if previous and previous.status == 200:
            if previous.etag:
                headers["If-None-Match"] = previous.etag
            if previous.last_modified:
                headers["If-Modified-Since"] = previous.last_modified
        report.requested += 1
        try:
            response = self._get(url, headers)
        except Exception as exc:  # noqa: BLE001 - reported, the crawl goes on
            report.errors.append({"url": url, "error": f"niet bereikbaar na {self.retries + 1} pogingen: {exc}"})
            return []
        now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        if response.status_code == 304 and previous:
            previous.fetched_at = now
            report.unchanged.append(url)
            return self._links_of(previous)
        if response.status_code in GONE:
            if previous and previous.status == 200:
                report.removed.append(url)
            self.manifest.records[url] = PageRecord(url=url, status=response.status_code, fetched_at=now)
            return []
        if response.status_code != 200:
            report.errors.append({"url": url, "error": f"HTTP {response.status_code}"})
            return []
        kind = kind_of_response(url, response.headers.get("content-type", ""))
        if not kind:
            return []  # images, archives and the like are not indexed
        content_hash = hashlib.sha256(response.content).hexdigest()
        record = PageRecord(url=url, status=200, fetched_at=now, kind=kind, content_hash=content_hash,
                            etag=response.headers.get("etag", ""),
                            last_modified=response.headers.get("last-modified", ""))
        raw = self.manifest.raw_path(url, kind)
        record.path = str(raw.relative_to(self.manifest.folder))
        original = self._by_hash.setdefault(content_hash, url)
        if original != url and self.manifest.records.get(original, record).status == 200:
            record.alias_of = original  # the same bytes under a second address
            record.path = self.manifest.records[original].path
            self.manifest.records[url] = record
            if previous and previous.status == 200 and not previous.alias_of:
                report.removed.append(url)  # it used to be indexed on its own
            else:
                report.unchanged.append(url)
            return []
        if previous and previous.status == 200 and previous.content_hash == content_hash:
            report.unchanged.append(url)
        else:
            raw.parent.mkdir(parents=True, exist_ok=True)
            raw.write_bytes(response.content)
            report.changed.append(url)
        self.manifest.records[url] = record
        return links(response.content, str(response.url)) if kind == "html" else []

    def _links_of(self, record: PageRecord) -> list[str]:
        path = self.manifest.folder / record.path
        if record.kind != "html" or not path.exists():
            return []
        return links(path.read_bytes(), record.url)

    def raw(self, url: str) -> tuple[bytes, str] | None:
        record = self.manifest.records.get(url)
        if not record or record.status != 200 or record.alias_of:
            return None
        path = self.manifest.folder / record.path
        return (path.read_bytes(), record.kind) if path.exists() else None
