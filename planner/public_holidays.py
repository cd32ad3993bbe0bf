"""A country's public holidays as dates, added to a policy's `holidays` at build time.

The dates come from the `holidays` library (python-holidays), which tracks each country's and
region's rules, including days observed in place of a holiday that falls at a weekend. It is a
build-time library: the browser gets the dates the build wrote into the page, so the planner
package itself stays standard-library only and imports it here, only when this runs.
"""

from __future__ import annotations

from datetime import date

from planner.frozen import replace
from planner.policy import Policy
from planner.problems import PlannerInputError, Problem

YEARS = 3  # the build year and the two after it: a plan rarely reaches beyond a few months


def with_public_holidays(policy: Policy, first_year: int, where: str = "policy") -> Policy:
    """`policy` with its country's public holidays from `first_year` for YEARS years merged
    into `holidays`; unchanged without `holidays_country`. A country or subdivision the
    library does not know is a PlannerInputError naming the key."""
    if policy.holidays_country is None:
        return policy
    days = country_holidays(
        policy.holidays_country, policy.holidays_subdivision, first_year, where=where
    )
    return replace(policy, holidays=policy.holidays | days)


def country_holidays(
    country: str, subdivision: str | None, first_year: int, where: str = "policy"
) -> frozenset[date]:
    try:
        import holidays  # build-time only: see the module docstring
    except ImportError:
        message = "needs the holidays library: run `make setup` (or `pip install holidays`)"
        raise PlannerInputError([Problem(f"{where}.holidays_country", message)]) from None

    years = range(first_year, first_year + YEARS)
    known = holidays.list_supported_countries()
    if country not in known:
        message = f"not a country the holidays library knows: {country} (e.g. US, GB, CA)"
        raise PlannerInputError([Problem(f"{where}.holidays_country", message)])
    if subdivision is not None and subdivision not in known[country]:
        choices = ", ".join(known[country]) or "none"
        message = f"not a subdivision of {country}: {subdivision}; use one of {choices}"
        raise PlannerInputError([Problem(f"{where}.holidays_subdivision", message)])
    return frozenset(holidays.country_holidays(country, subdiv=subdivision, years=years))
