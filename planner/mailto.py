"""`mailto:` links (RFC 6068) that open a drafted email in the visitor's mail program.

Everything outside a small safe set is percent-encoded as UTF-8 (`%20` for a space, `%0D%0A`
for a line break), so visitor text can never add a header (`&bcc=`, `?cc=`) or end the link.
Browsers and mail programs cut long links, so a link over `MAX_LENGTH` leaves the body out
and the page offers the text to copy instead.
"""

from __future__ import annotations

from planner.frozen import Frozen

MAX_LENGTH = 1800
UNRESERVED = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
ADDRESS_SAFE = UNRESERVED | frozenset(b"@+")  # RFC 6068 allows these unencoded in `to`


class Mailto(Frozen):
    url: str
    body_left_out: bool


def encode(text: str, safe: frozenset[int] = UNRESERVED) -> str:
    return "".join(chr(byte) if byte in safe else f"%{byte:02X}" for byte in text.encode())


def mailto(address: str | None, subject: str, body: str) -> Mailto:
    """The link for one email; without the body when the whole would exceed MAX_LENGTH."""
    head = f"mailto:{encode(address or '', ADDRESS_SAFE)}?subject={encode(subject)}"
    lines = "\r\n".join(body.splitlines())
    full = f"{head}&body={encode(lines)}"
    if len(full) <= MAX_LENGTH:
        return Mailto(full, body_left_out=False)
    return Mailto(head, body_left_out=True)
