"""Pages about an optional step of the policy, left out of the site when the step is off.

A page whose front matter says `policy_step: handwritten_note` is about that step: with
`handwritten_note: false` it is not built, and its entries leave the navigation, so the strict
build has no page to warn about and no link to it (the pages' own mentions are wrapped in
`{% if advice.handwritten_note %}`).
"""

from __future__ import annotations

from collections.abc import Mapping

# The policy's optional steps: a `policy_step:` names one of these flags.
STEPS = ("handwritten_note",)


def step_problem(source: str, step: object) -> str | None:
    """One line when a page's `policy_step` is not an optional step, else None."""
    if step is None or step in STEPS:
        return None
    return f"{source}: policy_step: not an optional step: {step}; use {', '.join(STEPS)}"


def left_out(steps: Mapping[str, object], policy: Mapping[str, object]) -> set[str]:
    """The pages (by source path) whose step the policy turns off."""
    return {source for source, step in steps.items() if step in STEPS and not policy[str(step)]}


def pruned_nav(nav: object, gone: set[str]) -> object:
    """`nav` without entries for the pages in `gone`; a section left empty goes too."""
    if isinstance(nav, str):
        return None if nav in gone else nav
    if isinstance(nav, list):
        kept = [pruned_nav(item, gone) for item in nav]
        return [item for item in kept if item not in (None, [])]
    if isinstance(nav, dict):
        kept = {title: pruned_nav(item, gone) for title, item in nav.items()}
        kept = {title: item for title, item in kept.items() if item not in (None, [])}
        return kept or None
    return nav
