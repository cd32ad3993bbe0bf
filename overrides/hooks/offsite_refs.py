"""Pictures, scripts, frames and media a page would load from another site.

Every page's Content-Security-Policy lets it load files from the site itself only, so an image
or an embed from elsewhere would build and then show as broken, silently. The build stops
instead and says what to do: copy the file into docs/.
"""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import urlsplit

# Attributes through which a tag makes the browser fetch something.
LOADS = {
    "img": ("src", "srcset"),
    "source": ("src", "srcset"),
    "script": ("src",),
    "iframe": ("src",),
    "frame": ("src",),
    "embed": ("src",),
    "object": ("data",),
    "video": ("src", "poster"),
    "audio": ("src",),
    "track": ("src",),
    "input": ("src",),
    "link": ("href",),
}


class _Loads(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.addresses: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value and name in LOADS.get(tag, ()):
                urls = [part.split()[0] for part in value.split(",") if part.strip()]
                self.addresses += urls if name == "srcset" else [value.strip()]


def is_elsewhere(address: str) -> bool:
    """True for an address on another origin: `https://…`, `http://…`, `//host/…`."""
    parts = urlsplit(address)
    return bool(parts.netloc) or parts.scheme in ("http", "https")


def offsite_loads(html: str) -> list[str]:
    """The addresses in `html` that the browser would fetch from another site."""
    parser = _Loads()
    parser.feed(html)
    return [address for address in parser.addresses if is_elsewhere(address)]


def offsite_problem(page: str, address: str) -> str:
    return (
        f"{page}: loads {address} from another site, which the site's security policy blocks;"
        " copy the file into docs/ (e.g. docs/assets/) and link to it there"
    )
