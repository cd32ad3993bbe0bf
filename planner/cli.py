"""Command line: `python -m planner plan|ics [FILE] [--config mkdocs.yml]`.

Reads the request as JSON from FILE or stdin and prints the plan as JSON (`plan`) or as an
iCalendar file (`ics`). Bad input of any kind exits with status 2 and one line per problem on
stderr, each naming the field (`interview.date: not a date: 2026-02-30`); never a traceback.
`--config` takes the timing policy from a site's `mkdocs.yml` (`extra: planner: policy:`), with
the public holidays of its `holidays_country` from this year on, as the site's build does, and
the centre's English (`extra: planner: centre: locale:`, en-US or en-GB), so the command agrees
with the career centre's planner page. The request's `language` (en or es) picks the language.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from planner import make_plan, to_ics
from planner.languages import DEFAULT
from planner.policy import Policy, parse_policy
from planner.problems import PlannerInputError, Problem
from planner.public_holidays import with_public_holidays
from planner.wording import DEFAULT_LOCALE, LOCALES

MAX_INPUT = 1_000_000  # bytes; a request is a few kilobytes
POLICY_PATH = ("extra", "planner", "policy")
LOCALE_PATH = ("extra", "planner", "centre", "locale")


def main(argv: list[str] | None = None) -> int:
    """Run the command; the exit status is 0, or 2 for bad input (argparse's usage status)."""
    args = parser().parse_args(argv)
    try:
        policy = read_policy(Path(args.config)) if args.config else None
        locale = read_locale(Path(args.config)) if args.config else DEFAULT_LOCALE
        raw = read_input(args.file)
        output, warnings = render(args.verb, raw, policy, locale)
    except PlannerInputError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        return 2
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    try:
        sys.stdout.buffer.write(output)
        sys.stdout.flush()
    except BrokenPipeError:  # `... | head`: the reader has what it wanted
        sys.stderr.close()
    return 0


def parser() -> argparse.ArgumentParser:
    commands = argparse.ArgumentParser(
        prog="python -m planner",
        description="Plan the follow-up after a job interview.",
    )
    verbs = commands.add_subparsers(dest="verb", required=True, metavar="{plan,ics}")
    for verb, purpose in (
        ("plan", "print the plan as JSON"),
        ("ics", "print the plan as an iCalendar (.ics) file"),
    ):
        command = verbs.add_parser(verb, help=purpose, description=purpose)
        command.add_argument("file", nargs="?", help="the request as JSON (default: stdin)")
        command.add_argument(
            "--config",
            metavar="PATH",
            help="a mkdocs.yml whose extra.planner.policy sets the timing policy "
            "(and extra.planner.centre.locale the English: en-US or en-GB)",
        )
    return commands


def read_input(file: str | None) -> bytes:
    try:
        if file is None or file == "-":
            return sys.stdin.buffer.read(MAX_INPUT + 1)
        with open(file, "rb") as stream:
            return stream.read(MAX_INPUT + 1)
    except OSError as error:
        problem = Problem("input", f"cannot read {file}: {error.strerror}")
        raise PlannerInputError([problem]) from None


def render(
    verb: str, raw: bytes, policy: Policy | None = None, locale: str = DEFAULT_LOCALE
) -> tuple[bytes, list[str]]:
    """The output of `verb` for the request in `raw` (bytes as read), and warnings for stderr.

    The JSON plan carries its warnings; a calendar cannot, so `ics` returns them separately.
    """
    request = parse_json(raw)
    plan = make_plan(request, policy, locale)  # type: ignore[arg-type]  # checked there
    if verb == "ics":
        language = request.get("language") or DEFAULT  # type: ignore[union-attr]  # checked
        ics = to_ics(plan, language)
        return ics.encode(), list(plan["warnings"])  # type: ignore[call-overload]
    return (json.dumps(plan, indent=2, ensure_ascii=False) + "\n").encode(), []


def parse_json(raw: bytes) -> object:
    if len(raw) > MAX_INPUT:
        raise PlannerInputError([Problem("input", f"larger than {MAX_INPUT // 1000} kB")])
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise PlannerInputError([Problem("input", "not UTF-8 text")]) from None
    except ValueError as error:  # JSONDecodeError, or an integer too long to convert
        raise PlannerInputError([Problem("input", f"not valid JSON: {error}")]) from None
    except RecursionError:
        raise PlannerInputError([Problem("input", "not valid JSON: nested too deeply")]) from None


def read_policy(path: Path) -> Policy:
    """The policy under `extra.planner.policy` in a mkdocs.yml, with its country's holidays
    expanded from this year; the defaults if there is none.

    A config that `INHERIT`s another (as MkDocs allows) is merged over it the way MkDocs does:
    mappings key by key, anything else replaced.
    """
    config = read_config(path)
    section: object = config
    for key in POLICY_PATH:
        if not isinstance(section, dict) or section.get(key) is None:
            return Policy()
        section = section[key]
    where = ".".join(POLICY_PATH)
    policy = parse_policy(section, where=where)  # type: ignore[arg-type]
    return with_public_holidays(policy, date.today().year, where=where)


def read_locale(path: Path) -> str:
    """The centre's English (`extra.planner.centre.locale`), or the default when it is unset."""
    section: object = read_config(path)
    for key in LOCALE_PATH:
        if not isinstance(section, dict) or section.get(key) in (None, ""):
            return DEFAULT_LOCALE
        section = section[key]
    if section not in LOCALES:
        where = ".".join(LOCALE_PATH)
        problem = Problem(where, f"must be one of {', '.join(LOCALES)}, got {section}")
        raise PlannerInputError([problem])
    return str(section)


def read_config(path: Path, depth: int = 0) -> object:
    """A mkdocs.yml as data, with the config it `INHERIT`s (if any) merged under it."""
    config = read_yaml(path)
    parent = config.get("INHERIT") if isinstance(config, dict) else None
    if not isinstance(parent, str):
        return config
    if depth >= 10:
        raise PlannerInputError([Problem("--config", f"INHERIT nested too deeply in {path}")])
    return merged(read_config(path.parent / parent, depth + 1), config)


def merged(base: object, over: object) -> object:
    if not (isinstance(base, dict) and isinstance(over, dict)):
        return over
    result = dict(base)
    for key, value in over.items():
        result[key] = merged(base.get(key), value) if key in base else value
    return result


def read_yaml(path: Path) -> object:
    import yaml  # PyYAML comes with MkDocs; only this option needs it

    class Loader(yaml.SafeLoader):
        """Safe, and tolerant of mkdocs.yml's tags (`!ENV`, `!!python/name:...`)."""

    Loader.add_constructor(None, lambda loader, node: None)  # type: ignore[arg-type]
    # Dates stay text, so `2026-02-30` is named by the policy check instead of crashing here.
    Loader.add_constructor("tag:yaml.org,2002:timestamp", yaml.SafeLoader.construct_scalar)
    try:
        config = yaml.load(path.read_bytes(), Loader=Loader)
    except OSError as error:
        problem = Problem("--config", f"cannot read {path}: {error.strerror}")
        raise PlannerInputError([problem]) from None
    except (yaml.YAMLError, ValueError, RecursionError) as error:
        where = getattr(error, "problem_mark", None)
        line = f" (line {where.line + 1})" if where else ""
        message = f"not valid YAML{line}: {getattr(error, 'problem', None) or error}"
        raise PlannerInputError([Problem("--config", message)]) from None
    return config
