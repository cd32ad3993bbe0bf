"""The planner's value types: what `Frozen` promises in place of `dataclasses`."""

from __future__ import annotations

import copy
from datetime import date

import pytest

from planner.frozen import Frozen, FrozenError, field_names, replace
from planner.policy import Policy
from planner.request import Interviewer
from planner.wording import words_for


class Point(Frozen):
    x: int
    y: int = 0
    label: str | None = None


class Labelled(Point):
    colour: str = "red"


def test_built_by_position_keyword_and_default() -> None:
    assert Point(1, 2, "a") == Point(x=1, y=2, label="a")
    point = Point(3)
    assert (point.x, point.y, point.label) == (3, 0, None)
    assert field_names(Point) == ("x", "y", "label") == field_names(point)


@pytest.mark.parametrize(
    ("args", "kwargs", "says"),
    [
        ((), {}, "Point() missing required arguments: 'x'"),
        ((1, 2, "a", 4), {}, "Point() takes 3 arguments but 4 were given"),
        ((1,), {"z": 2}, "Point() got an unexpected keyword argument 'z'"),
        ((1,), {"x": 2}, "Point() got multiple values for argument 'x'"),
    ],
)
def test_a_wrong_call_is_a_type_error_naming_the_argument(
    args: tuple[object, ...], kwargs: dict[str, object], says: str
) -> None:
    with pytest.raises(TypeError) as raised:
        Point(*args, **kwargs)
    assert str(raised.value) == says


def test_fields_cannot_be_set_or_deleted() -> None:
    point = Point(1)
    with pytest.raises(FrozenError, match="cannot assign to field 'x'"):
        point.x = 2  # type: ignore[misc]
    with pytest.raises(AttributeError, match="cannot delete field 'y'"):
        del point.y  # type: ignore[misc]
    assert point == Point(1)


def test_equal_and_hashed_by_value_and_class() -> None:
    assert Point(1, 2) == Point(1, 2)
    assert Point(1, 2) != Point(2, 1)
    assert hash(Point(1, 2)) == hash(Point(1, 2))
    assert len({Point(1), Point(1), Point(2)}) == 2
    assert Point(1) != Labelled(1)  # another class, even a subclass, is never equal
    assert Point(1) != (1, 0, None)


def test_repr_reads_like_the_call_and_a_class_keeps_its_own() -> None:
    assert repr(Point(1, label="a")) == "Point(x=1, y=0, label='a')"
    assert repr(Interviewer("Dana Lee")).startswith("Interviewer(name='Dana Lee', title=None, ")
    assert (
        repr(words_for("en", "en-GB")) == "Words(language='en', locale='en-GB')"
    )  # not its catalogue


def test_replace_makes_a_new_value_and_checks_the_names() -> None:
    point = Point(1, 2)
    moved = replace(point, y=5)
    assert (moved, point) == (Point(1, 5), Point(1, 2))
    with pytest.raises(TypeError, match="unexpected keyword argument 'z'"):
        replace(point, z=1)


def test_a_subclass_adds_fields_after_its_base() -> None:
    value = Labelled(1, 2, "a", "blue")
    assert field_names(Labelled) == ("x", "y", "label", "colour")
    assert value.colour == "blue"
    assert Labelled(1).colour == "red"


def test_copies_are_equal_values() -> None:
    policy = Policy(holidays=frozenset({date(2026, 12, 25)}))
    assert copy.copy(policy) == policy == copy.deepcopy(policy)


def test_a_mutable_default_is_refused() -> None:
    with pytest.raises(TypeError, match=r"Bad\.names: every value shares a default"):

        class Bad(Frozen):
            names: list[str] = []  # noqa: RUF012 - the mistake under test


def test_a_field_without_a_default_cannot_follow_one_with() -> None:
    with pytest.raises(TypeError, match=r"Bad\.y: a field without a default follows one with"):

        class Bad(Frozen):
            x: int = 0
            y: int
