"""Plans the follow-up after a job interview: dated steps, draft messages, calendar and links.

The browser (through Pyodide) and the CLI call `make_plan(request, policy, locale)` and
`to_ics(plan, language)`; bad input raises `PlannerInputError`, whose `problems` name each bad
field. `field_sentences(language)` gives the form, as plain data, the sentence each free-text
field finishes. The request's `language` (`en`, `es`: `planner.languages`) picks the words of
the whole plan; `locale` is the career centre's English (`en-US`, `en-GB`).
"""

from planner.drafts import field_sentences
from planner.ics import to_ics
from planner.plan import make_plan
from planner.problems import PlannerInputError, Problem

__version__ = "0.1.0"
__all__ = [
    "PlannerInputError",
    "Problem",
    "__version__",
    "field_sentences",
    "make_plan",
    "to_ics",
]
