"""Reads mkdocs.yml before MkDocs does, so a YAML mistake gets one line: its line and what to check.

MkDocs parses mkdocs.yml before any hook runs: for a YAML mistake it prints PyYAML's own words
("while parsing a block mapping ... expected <block end>"), and an impossible date written
without quotes (`[2027-02-30]`) ends in a traceback. `make serve`, `make build`, `make test` and
`make check` run this first:

    python overrides/hooks/settings_preflight.py mkdocs.yml

It also warns (without stopping) while `site_url` is still the example address.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml
from mkdocs.utils.yaml import get_yaml_loader

EXAMPLE_SITE = "https://example.github.io/"
# PyYAML's problem -> what a member of staff should check on that line.
HINTS = (
    ("is not a date", 'the day and month (and put dates in quotes, e.g. "2027-02-28")'),
    ("found character '\\t'", "for a tab: indent with spaces only"),
    ("mapping values are not allowed", "the value: one containing ': ' needs quotes"),
    ("could not find expected ':'", "for a line without `key: value`, or a quote left open"),
    ("expected <block end>", "the indentation: line the key up with the keys around it"),
    ("did not find expected key", "the indentation: line the key up with the keys around it"),
    ("did not find expected '-'", "the indentation of this list item"),
    ("found unexpected end of stream", "for a quote or bracket opened and never closed"),
)


def checking_loader() -> type:
    """MkDocs' own YAML loader, except that an impossible date is a marked error, not a crash."""
    loader = get_yaml_loader()

    def timestamp(self: yaml.constructor.SafeConstructor, node: yaml.ScalarNode) -> object:
        try:
            return yaml.constructor.SafeConstructor.construct_yaml_timestamp(self, node)
        except ValueError:
            problem = f"{node.value} is not a date"
            raise yaml.constructor.ConstructorError(None, None, problem, node.start_mark) from None

    loader.add_constructor("tag:yaml.org,2002:timestamp", timestamp)
    return loader


def yaml_problem(text: str, name: str) -> str | None:
    """One line for the first YAML mistake in `text` (the file `name`), or None."""
    try:
        yaml.load(text, Loader=checking_loader())  # as MkDocs loads it
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = str(error.problem or error.context)
        check = next((hint for key, hint in HINTS if key in problem), None)
        where = f"{name} line {mark.line + 1}" if mark else name
        if check:
            return f"{where}: {problem}; check {check}"
        return f"{where}: {problem}; check the indentation and quotes here and on the line above"
    except yaml.YAMLError as error:
        return f"{name}: {error}"
    return None


def site_url_warning(text: str, name: str) -> str | None:
    for line in text.splitlines():
        if line.startswith("site_url:") and EXAMPLE_SITE in line:
            return (
                f"{name}: site_url is still the example address: set it to your GitHub Pages"
                " address before publishing (the 404 page, canonical links and sitemap use it)"
            )
    return None


def main(path: str) -> int:
    text = Path(path).read_text(encoding="utf-8")
    name = Path(path).name
    if problem := yaml_problem(text, name):
        print(f"error: {problem}", file=sys.stderr)
        return 1
    if warning := site_url_warning(text, name):
        print(f"warning: {warning}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "mkdocs.yml"))
