"""Email links (RFC 6068): UTF-8, `%20` and `%0D%0A`, no header injection, no overlong links."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from hypothesis import given, settings
from hypothesis import strategies as st

from planner import make_plan
from planner.mailto import MAX_LENGTH, mailto

EXAMPLE = json.loads((Path(__file__).parent / "example-request.json").read_text())


def parts(url: str) -> tuple[str, dict[str, list[str]]]:
    """The address and the headers of a mailto link, decoded."""
    split = urlsplit(url)
    assert split.scheme == "mailto" and not split.fragment
    return unquote(split.path), parse_qs(split.query, keep_blank_values=True)


def email_steps(plan: dict) -> list[dict]:
    return [step for step in plan["steps"] if step["channel"] == "email"]


def test_the_example_links() -> None:
    plan = make_plan(EXAMPLE)
    for step in email_steps(plan):
        url = step["mailto"]
        assert url.startswith("mailto:dana@example.com?subject=")
        assert "%20" in url and "+" not in url and " " not in url
        assert "%0D%0A%0D%0A" in url and "\n" not in url
        address, headers = parts(url)
        assert address == "dana@example.com"
        assert headers == {
            "subject": [step["subject"]],
            "body": [step["body"].replace("\n", "\r\n")],
        }


def test_utf8_is_percent_encoded() -> None:
    assert mailto("zoë@example.com", "Ünïcode ✓", "Hi 👋").url == (
        "mailto:zo%C3%AB@example.com?subject=%C3%9Cn%C3%AFcode%20%E2%9C%93&body=Hi%20%F0%9F%91%8B"
    )


def test_no_address_still_gives_a_link_to_fill_in() -> None:
    request = copy.deepcopy(EXAMPLE)
    del request["interviewers"][0]["email"]
    for step in email_steps(make_plan(request)):
        assert step["mailto"].startswith("mailto:?subject=")


def test_visitor_text_cannot_add_headers() -> None:
    request = copy.deepcopy(EXAMPLE)
    request["position"] = "Analyst&bcc=victim@example.com\r\nCc: x@example.com"
    request["interviewers"][0]["email"] = "dana?bcc=victim@example.com"
    request["strengths"] = "a&body=x#frag?cc=y%0D%0ABcc:z"
    for step in email_steps(make_plan(request)):
        address, headers = parts(step["mailto"])
        assert address == "dana?bcc=victim@example.com"  # one odd address, not a header
        assert set(headers) == {"subject", "body"}
        assert headers["subject"] == [step["subject"]]
        assert headers["body"] == [step["body"].replace("\n", "\r\n")]


def test_a_long_body_is_left_out_with_a_warning() -> None:
    request = copy.deepcopy(EXAMPLE)
    request["strengths"] = "é" * 400  # 400 characters, 2,400 in the link
    plan = make_plan(request)
    thanks = email_steps(plan)[0]
    assert len(thanks["mailto"]) <= MAX_LENGTH
    _, headers = parts(thanks["mailto"])
    assert headers == {"subject": [thanks["subject"]]}
    assert "é" * 400 in thanks["body"]  # the text is still there, to copy
    assert (
        "The thank-you email to Dana Lee is too long for an email link, so the link leaves "
        "the message out: copy it instead."
    ) in plan["warnings"]
    follow_up = email_steps(plan)[1]
    assert "body" in parts(follow_up["mailto"])[1]  # short emails keep theirs


def test_the_limit_is_exact() -> None:
    body = "x" * (MAX_LENGTH - len("mailto:?subject=s&body="))
    assert not mailto(None, "s", body).body_left_out
    assert mailto(None, "s", body + "x").body_left_out


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=100), st.text(max_size=1000), st.emails())
def test_any_text_gives_a_safe_link(position: str, strengths: str, address: str) -> None:
    request = copy.deepcopy(EXAMPLE) | {"position": position, "strengths": strengths}
    request["interviewers"][0]["email"] = address
    for step in email_steps(make_plan(request)):
        url = step["mailto"]
        assert len(url) <= MAX_LENGTH and url.isascii() and url.isprintable()
        found, headers = parts(url)
        assert found == address
        assert headers["subject"] == [step["subject"]]
        assert headers.get("body", [step["body"].replace("\n", "\r\n")]) == [
            step["body"].replace("\n", "\r\n")
        ]
