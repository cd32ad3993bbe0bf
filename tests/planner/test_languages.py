"""One catalogue per language, each with every string English has; the request picks one.

The centre's build calls `untranslated` for each language it lists, so a missing string is
named there instead of a draft showing a gap.
"""

from __future__ import annotations

import json
import sys
import types
from datetime import date
from pathlib import Path

import pytest

from planner import PlannerInputError, Problem, field_sentences, make_plan
from planner.bridge import answer, problem_view
from planner.languages import LANGUAGES, catalogue, untranslated
from planner.schedule import long_date, short_date, spoken_date
from planner.wording import words_for

REQUEST = {
    "today": "2026-11-16",
    "interview": {"date": "2026-11-18"},
    "interviewers": [{"name": "Lucía Ortega", "greeting": "Sra. Ortega"}],
    "candidate": "Marta Gil",
}


def test_there_is_an_english_and_a_spanish_catalogue() -> None:
    assert LANGUAGES[0] == "en" and "es" in LANGUAGES
    assert catalogue("es").__name__ == "planner.languages.es"
    with pytest.raises(ValueError, match=r"'fr'.*there is: en, es"):
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
    assert str(error.value) == f"language: must be one of {', '.join(LANGUAGES)}, got fr"
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
        "decide? Any indication would help me a great deal.\n\nBest regards,\nMarta Gil"
    )
    assert "on Wednesday 18 November 2026." in gb["plan"]["what_if"][0]["body"]
    assert plan(locale="en-US") == us
    bad = plan(locale="fr-FR")
    assert bad["ok"] is False
    assert bad["problems"][0]["field"] == "locale"
    assert "en-US, en-GB" in bad["problems"][0]["message"]


# ---- Dates, the language's way -----------------------------------------------------------------

SPANISH, US, GB = words_for("es"), words_for("en", "en-US"), words_for("en", "en-GB")


@pytest.mark.parametrize(
    ("day", "spanish", "us", "gb"),
    [
        (
            date(2026, 11, 20),
            "viernes 20 de noviembre de 2026",
            "Friday, November 20, 2026",
            "Friday 20 November 2026",
        ),
        (
            date(2026, 12, 31),
            "jueves 31 de diciembre de 2026",
            "Thursday, December 31, 2026",
            "Thursday 31 December 2026",
        ),
        (
            date(2027, 1, 1),
            "viernes 1 de enero de 2027",
            "Friday, January 1, 2027",
            "Friday 1 January 2027",
        ),
        (date(2028, 2, 29), "martes 29 de febrero de 2028", "Tuesday, February 29, 2028", None),
        (date(2026, 9, 6), "domingo 6 de septiembre de 2026", "Sunday, September 6, 2026", None),
        (date(2026, 8, 12), "miércoles 12 de agosto de 2026", "Wednesday, August 12, 2026", None),
        (date(2026, 5, 16), "sábado 16 de mayo de 2026", "Saturday, May 16, 2026", None),
    ],
)
def test_long_dates_are_written_the_languages_way(
    day: date, spanish: str, us: str, gb: str | None
) -> None:
    assert long_date(day, SPANISH) == spanish
    assert long_date(day, US) == us
    if gb:
        assert long_date(day, GB) == gb
    assert long_date(day, words_for("es", "en-GB")) == spanish  # Spanish ignores the locale


def test_spoken_and_short_dates_add_the_year_only_across_a_year_boundary() -> None:
    new_year, today = date(2027, 1, 4), date(2026, 12, 30)
    assert spoken_date(new_year, SPANISH) == "lunes 4 de enero"
    assert spoken_date(new_year, US) == "Monday, January 4"
    assert spoken_date(new_year, GB) == "Monday 4 January"
    assert short_date(date(2026, 12, 31), today, SPANISH) == "jue 31 dic"
    assert short_date(date(2026, 12, 31), today, US) == "Thu, Dec 31"
    assert short_date(date(2026, 12, 31), today, GB) == "Thu 31 Dec"
    assert short_date(new_year, today, SPANISH) == "lun 4 ene 2027"
    assert short_date(new_year, today, US) == "Mon, Jan 4, 2027"
    assert short_date(new_year, today, GB) == "Mon 4 Jan 2027"
    assert short_date(date(2026, 12, 28), date(2027, 1, 2), SPANISH) == "lun 28 dic 2026"


# ---- The page's words, the calendar and the problems in the visitor's language ----------------


def call(kind: str, payload: dict) -> dict:
    return json.loads(answer(kind, json.dumps(payload)))


def test_the_view_beside_each_step_is_in_the_requests_language() -> None:
    request = REQUEST | {"language": "es", "today": "2026-11-20", "position": "Analista"}
    got = call("plan", {"request": request, "locale": "en-GB"})
    first, note = got["view"]["steps"][0], got["view"]["steps"][1]
    assert first == {
        "date": "vie 20 nov",
        "distance": "hoy",
        "status": "Hoy",
        "was_due": "fecha prevista: mié 18 nov",
        "subject": "Asunto: Gracias por la entrevista para el puesto de Analista",
        "mailto_limit": 1800,
    }
    assert note["print_when"] == "Escríbala y envíela por correo postal a más tardar el vie 20 nov."
    assert got["view"]["announcement"] == "Plan actualizado: 5 pasos."
    assert got["view"]["what_if"][0] == {"subject": "Asunto: El puesto de Analista y otra oferta"}
    later = [step["distance"] for step in got["view"]["steps"]]
    assert later[-1] == "dentro de 26 días"
    assert [s["status"] for s in got["view"]["steps"]][-1] == "Próximo"
    ics = call("ics", {"plan": got["plan"], "language": "es"})["ics"]
    assert "Asunto: Gracias por la entrevista" in ics.replace("\r\n ", "")
    assert "Subject:" not in call("ics", {"plan": got["plan"], "language": "es"})["ics"]


def test_problems_are_shown_in_the_requests_language() -> None:
    person = {"name": "Lucía Ortega", "email": "lucia@", "phone": "abc"}
    request = REQUEST | {"language": "es", "interviewers": [person]}
    request["interview"] = {"date": "2026-11-18", "time": "25:00"}
    got = call("plan", {"request": request})
    assert got["ok"] is True  # the plan follows the other fields
    messages = {problem["field"]: problem["message"] for problem in got["problems"]}
    assert messages == {
        "interviewers[0].email": "No es una dirección de correo electrónico: lucia@.",
        "interviewers[0].phone": "No es un número de teléfono: abc.",
        "interview.time": "No es una hora (use HH:MM, de 00:00 a 23:59): 25:00.",
    }
    missing = call("plan", {"request": {"language": "es", "interviewers": [{"name": ""}]}})
    assert {p["message"] for p in missing["problems"]} == {"Complete este campo."}
    impossible = call(
        "plan", {"request": REQUEST | {"language": "es", "interview": {"date": "2026-02-30"}}}
    )
    assert impossible["ok"] is False
    assert impossible["problems"][0]["message"] == "No es una fecha válida: 2026-02-30."
    settings = call("plan", {"request": request, "policy": {"follow_up_days": -1}})
    assert settings["problems"][0]["message"] == (
        "La configuración del planificador del centro de orientación profesional tiene un "
        "problema (policy.follow_up_days: must be a whole number from 1 to 90, got -1)."
    )
    english = call("plan", {"request": REQUEST | {"interviewers": [person]}})
    assert "Not an email address: lucia@." in {p["message"] for p in english["problems"]}


BAD_REQUESTS = [
    {
        "language": "xx",
        "today": "soon",
        "interview": {"date": "2026-02-30", "time": "25:00", "format": "zoom"},
        "candidate": 5,
        "interviewers": [
            {"name": "", "email": "a@", "phone": "x", "title": "t" * 200, "bogus": 1},
            {"name": "Ana", "greeting": None, "discussed": ["a list"]},
        ],
        "instructions": {"do_not_contact": "yes", "decision_by": "1999-01-01"},
        "extra": 1,
    },
    {"interview": {"date": 20261120}, "interviewers": "Ana"},
    {"interview": [], "interviewers": [{"name": "Ana"}] * 21},
    {"interviewers": None},
]


def problems_of(request: dict) -> tuple[Problem, ...]:
    with pytest.raises(PlannerInputError) as error:
        make_plan(request)
    return error.value.problems


@pytest.mark.parametrize("request_", BAD_REQUESTS)
def test_every_problem_a_visitor_can_cause_has_words_in_every_language(request_: dict) -> None:
    problems = problems_of(request_)
    assert len(problems) >= 2
    for problem in problems:
        assert problem.key, problem
        for language in LANGUAGES:
            view = problem_view(problem, words_for(language))
            assert "{" not in str(view["message"]) and "kind." not in str(view["message"])


def test_the_problems_cover_every_check() -> None:
    keys = {problem.key for request in BAD_REQUESTS for problem in problems_of(request)}
    assert keys >= {
        "required",
        "expected",
        "unknown",
        "too_long",
        "not_a_date",
        "impossible_date",
        "date_range",
        "choice",
        "not_a_time",
        "interviewer_count",
        "email",
        "phone",
    }


def test_untranslated_is_empty_for_every_language() -> None:
    for language in LANGUAGES:
        assert untranslated(language) == [], language


def test_a_subprocess_finds_the_languages_in_a_compiled_package(tmp_path: Path) -> None:
    """The site's wheel holds `.pyc` files only (`pyodide py-compile`): Spanish must still be
    found there."""
    import py_compile
    import shutil
    import subprocess

    source = Path(__file__).parents[2] / "planner"
    target = tmp_path / "planner"
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
    for module in sorted(target.rglob("*.py")):
        py_compile.compile(str(module), cfile=str(module.with_suffix(".pyc")), doraise=True)
        module.unlink()
    code = "import planner.languages as l; print(l.LANGUAGES, l.catalogue('es').MONTHS[10])"
    found = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    assert found.stdout.strip() == f"{LANGUAGES} noviembre"


def test_the_spanish_warnings_name_the_panel_and_the_limits() -> None:
    panel = [{"name": "Ana Ruiz"}, {"name": "Inés Vidal"}]
    request = REQUEST | {"language": "es", "interviewers": panel}
    assert make_plan(request)["warnings"] == [
        "Sus correos de agradecimiento para Ana Ruiz e Inés Vidal dicen lo mismo: añada lo que "
        "habló con cada persona para que no parezcan copias.",
        "Sus notas escritas a mano para Ana Ruiz e Inés Vidal dicen lo mismo: añada lo que habló "
        "con cada persona para que no parezcan copias.",
    ]
    long = [{"name": "Ana Ruiz", "discussed": "el presupuesto " * 60}]
    warnings = make_plan(request | {"interviewers": long})["warnings"]
    assert any(
        w.startswith("Hay ")
        and "palabras en el correo de agradecimiento para Ana Ruiz: no pase "
        "de 150 (deberían poder leerlo en menos de un minuto)."
        in w
        for w in warnings
    ), warnings
