"""One catalogue per language, each with every string English has; the request picks one.

The centre's build calls `untranslated` for each language it lists, so a missing string is
named there instead of a draft showing a gap.
"""

from __future__ import annotations

import json
import sys
import types

import pytest

from planner import field_sentences, make_plan
from planner.bridge import answer
from planner.languages import LANGUAGES, catalogue, untranslated

REQUEST = {
    "today": "2026-11-16",
    "interview": {"date": "2026-11-18"},
    "interviewers": [{"name": "Lucía Ortega", "greeting": "Sra. Ortega"}],
}


def test_there_is_an_english_and_a_spanish_catalogue() -> None:
    assert LANGUAGES[0] == "en" and "es" in LANGUAGES
    assert catalogue("es").__name__ == "planner.languages.es"
    with pytest.raises(ValueError, match=r"'fr'.*en, es"):
        catalogue("fr")


def test_untranslated_names_a_string_a_language_lacks(monkeypatch: pytest.MonkeyPatch) -> None:
    spanish = catalogue("es")
    copy = types.ModuleType(spanish.__name__)
    copy.__dict__.update(vars(spanish))
    copy.TEXT = {key: text for key, text in spanish.TEXT.items() if key != "thanks.subject"}
    del copy.FIELD_SENTENCES
    monkeypatch.setitem(sys.modules, spanish.__name__, copy)
    assert catalogue("es") is copy
    missing = untranslated("es")
    assert "TEXT['thanks.subject']" in missing
    assert "FIELD_SENTENCES" in missing


def test_a_nested_dict_is_compared_key_by_key(monkeypatch: pytest.MonkeyPatch) -> None:
    english, spanish = catalogue("en"), catalogue("es")
    monkeypatch.setattr(english, "EXTRA", {"labels": {"a": "A", "b": "B"}}, raising=False)
    monkeypatch.setattr(spanish, "EXTRA", {"labels": {"a": "A"}}, raising=False)
    assert "EXTRA['labels']['b']" in untranslated("es")


def test_the_request_takes_a_language_and_a_bad_one_is_one_line() -> None:
    with pytest.raises(ValueError) as error:
        make_plan(REQUEST | {"language": "fr"})
    assert str(error.value) == "language: must be one of en, es, got fr"
    english = make_plan(REQUEST)
    assert make_plan(REQUEST | {"language": "en"}) == english


def test_the_sentences_beside_the_fields_come_in_each_language() -> None:
    english, spanish = field_sentences(), field_sentences("es")
    assert english["greeting"] == "Dear …,"
    assert spanish.keys() == english.keys()
    assert spanish["greeting"] == "Estimada …: / Estimado …:"


def test_the_bridge_takes_the_centres_english_at_the_top_of_the_call() -> None:
    def plan(**payload: object) -> dict:
        return json.loads(answer("plan", json.dumps({"request": REQUEST} | payload)))

    us, gb = plan(), plan(locale="en-GB")
    assert us["plan"]["what_if"][0]["body"].endswith(
        "on Wednesday, November 18, 2026. I have since been offered another job, and I have "
        "been asked to give an answer soon.\n\nI remain very interested in this role, so before "
        "I reply, could you tell me where you are in your process and when you expect to "
        "decide? Any indication would help me a great deal.\n\nBest regards,"
    )
    assert "on Wednesday 18 November 2026." in gb["plan"]["what_if"][0]["body"]
    assert plan(locale="en-US") == us
    bad = plan(locale="fr-FR")
    assert bad["ok"] is False
    assert bad["problems"][0]["field"] == "locale"
    assert "en-US, en-GB" in bad["problems"][0]["message"]
