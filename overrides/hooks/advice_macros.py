"""mkdocs-macros module: `{{ advice.* }}` policy words, `{% if advice.* %}` steps, `{{ centre.* }}`.

mkdocs-macros (which Zensical, Material's successor, also runs) renders the pages that set
`render_macros: true` in their front matter. The words come from the policy the settings hook
has checked, in the build's language (site_languages.py), read just before each page renders,
so a bad setting never reaches a page.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from advice_words import advice_words


def on_pre_page_macros(env: object) -> None:
    """Before each page: the words for the checked policy (mkdocs-macros' `MacrosPlugin`)."""
    settings = env.conf["extra"]["planner"]  # type: ignore[attr-defined]
    words = env.conf["extra"]["planner_language"]["words"]  # type: ignore[attr-defined]
    env.variables["advice"] = advice_words(settings["policy"], words)  # type: ignore[attr-defined]
    env.variables["centre"] = settings["centre"]  # type: ignore[attr-defined]
