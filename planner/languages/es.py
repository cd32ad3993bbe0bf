"""Todo lo que el planificador escribe, en español: the Spanish catalogue, with English's names.

Neutral Spanish, addressing the recipient as usted; written for the employer who reads each
draft, not translated word for word. Dates as "viernes 20 de noviembre de 2026".
"""

from __future__ import annotations

TEXT: dict[str, str] = {
    "date.long": "{weekday} {day} de {month} de {year}",
    "date.spoken": "{weekday} {day} de {month}",
    "date.short": "{weekday} {day} {month}",
    "date.short.year": "{weekday} {day} {month} {year}",
}

MONTHS = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)
MONTHS_SHORT = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic")
DAY_NAMES = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
DAYS_SHORT = ("lun", "mar", "mié", "jue", "vie", "sáb", "dom")
VARIANTS: dict[str, dict[str, str]] = {}

FIELD_SENTENCES: dict[str, str] = {
    "greeting": "Estimada …:",
    "discussed": "Disfruté especialmente de nuestra conversación sobre …",
    "strengths": "Creo que … me ayudaría a desempeñar bien el puesto.",
    "forgot_to_mention": "Algo que no llegué a mencionar es …",
}

# The site's own words in Spanish (en.py's PAGE says what each one is for).
PAGE: dict[str, object] = {
    "language.name": "Español",
    "nav.Home": "Inicio",
    "nav.The follow-up": "El seguimiento",
    "nav.Before you leave": "Antes de salir",
    "nav.Thank-you email": "Correo de agradecimiento",
    "nav.Handwritten note": "Nota escrita a mano",
    "nav.Why both": "Por qué ambos",
    "nav.Waiting and following up": "La espera y el seguimiento",
    "nav.Video and phone interviews": "Entrevistas por video o teléfono",
    "nav.When things change": "Cuando las cosas cambian",
    "nav.Common questions": "Preguntas frecuentes",
    "nav.Checklist": "Lista de seguimiento",
    "nav.Plan your follow-up": "Planifique su seguimiento",
    "nav.Privacy": "Privacidad",
    "advice.numbers": (
        "ningún",
        "uno",
        "dos",
        "tres",
        "cuatro",
        "cinco",
        "seis",
        "siete",
        "ocho",
        "nueve",
    ),
    "advice.day": "un día",
    "advice.days": "{count} días",
    "advice.week": "una semana",
    "advice.weeks": "{count} semanas",
    "advice.business_day": "un día hábil",
    "advice.business_days": "{count} días hábiles",
    "advice.same_day": "el mismo día",
    "advice.next_day": "en las 24 horas siguientes",
    "advice.within": "en un plazo de {time}",
    "footer.ask": "¿Tiene preguntas sobre su seguimiento? Escríbanos o llámenos:",
    "footer.and": ", ",
    "footer.or": " o ",
    "footer.book": "Pida una cita",
    "footer.about": "Sobre este sitio",
    "footer.accessibility": "Accesibilidad",
    "footer.staff": "Para centros de orientación profesional",
    "footer.licence": "Licencia (MIT)",
    "footer.made_with": "Hecho con",
    "switcher.label": "Idioma",
    "404.title": "Página no encontrada",
    "404.text": "Lo sentimos: no hay ninguna página en esta dirección. Puede que se haya movido o "
    "que el enlace tenga un error.",
    "404.try": "Pruebe con una de estas:",
    "404.home": "Inicio: su seguimiento de un vistazo",
    "404.checklist": "La lista de seguimiento para imprimir",
    "404.planner": "Planifique su seguimiento",
    "404.search": "O use la búsqueda en la parte superior de la página.",
    "planner.noscript": "El planificador necesita JavaScript. La {checklist} tiene todos los "
    "pasos, sin fechas.",
    "planner.checklist": "lista de seguimiento",
    "planner.status": "Estado del planificador",
    "planner.jump": "Ver su plan",
    "planner.load_hint": "Ya puede empezar a rellenar el formulario: su plan aparecerá en cuanto "
    "el planificador esté listo.",
    "planner.retry": "Intentar de nuevo",
    "planner.meanwhile": "Mientras tanto, la {checklist} tiene todos los pasos, sin fechas.",
    "planner.details": "Detalles técnicos",
    "planner.form": "Sobre su entrevista",
    "planner.privacy": "Lo que escribe se queda en este navegador: no se envía a ninguna parte, y "
    "solo se guarda en este dispositivo si marca «Recordar en este dispositivo» ({privacy}).",
    "planner.privacy_link": "privacidad",
    "planner.interview": "La entrevista",
    "planner.interview_date": "Fecha de la entrevista",
    "planner.interview_time": "Hora de la entrevista",
    "planner.optional": "Opcional",
    "planner.interview_format": "Tipo de entrevista",
    "planner.format.in-person": "En persona",
    "planner.format.video": "Videollamada",
    "planner.format.phone": "Teléfono",
    "planner.candidate": "Su nombre",
    "planner.position": "Puesto",
    "planner.company": "Empresa",
    "planner.interviewer": "Entrevistador",
    "planner.interviewer_lower": "entrevistador",
    "planner.interviewer_name": "Nombre del entrevistador",
    "planner.greeting": "Saludo",
    "planner.greeting_hint": "Cómo se dirige a esa persona, por ejemplo Sra. Ortega. Los mensajes "
    "empiezan «{sentence}»",
    "planner.title": "Cargo",
    "planner.email": "Correo electrónico",
    "planner.phone": "Teléfono",
    "planner.discussed": "De qué hablaron",
    "planner.finishes": "Sus palabras completan la frase «{sentence}»",
    "planner.remove_interviewer": "Quitar entrevistador",
    "planner.add_interviewer": "Añadir entrevistador",
    "planner.what_to_say": "Qué decir",
    "planner.strengths": "Por qué encaja usted en el puesto",
    "planner.forgot": "Algo que olvidó mencionar",
    "planner.next_steps": "¿Qué le dijeron sobre los próximos pasos?",
    "planner.decision_by": "Decisión prevista para",
    "planner.follow_up_on": "Hacer seguimiento el",
    "planner.follow_up_by": "Hacer seguimiento por",
    "planner.by.none": "No lo dijeron",
    "planner.by.email": "Correo electrónico",
    "planner.by.phone": "Teléfono",
    "planner.do_not_contact": "Me pidieron que no los contactara",
    "planner.remember": "Recordar en este dispositivo",
    "planner.clear": "Borrar todo",
    "planner.undo": "Deshacer",
    "planner.results": "Su plan de seguimiento",
    "planner.back": "Volver al formulario",
    "planner.check_fields": "Revise estos campos",
    "planner.hint": "Indique la fecha de la entrevista y el nombre de quien le entrevistó: su plan "
    "aparecerá aquí.",
    "planner.stale": "Este plan deja fuera los campos marcados en el formulario hasta que los "
    "corrija: sigue todo lo demás que escribe.",
    "planner.ics": "Añadir todo al calendario",
    "planner.print": "Imprimir notas",
    "planner.what_if": "Si algo cambia",
    "planner.what_if_text": "Correos listos para su contacto principal, para cuando el plan de "
    "arriba ya no sirva.",
    "planner.contact": "¿Quiere que alguien lea su borrador? Contacte con {centre}: {ways}.",
    "planner.contact_centre": "su centro de orientación profesional",
    "say.stage-download": "Preparando el planificador…",
    "say.stage-start": "Preparando el planificador: configurándolo…",
    "say.stage-planner": "Preparando el planificador: ya casi está…",
    "say.downloaded": "{done} de {total} MB",
    "say.ready": "El planificador está listo.",
    "say.failed": "El planificador no pudo iniciarse.",
    "say.failed-no-wasm": "Este navegador no puede ejecutar el planificador: no tiene "
    "WebAssembly, que el planificador necesita. Una versión actual de Chrome, Firefox, Safari o "
    "Edge puede ejecutarlo.",
    "say.failed-timeout": "El planificador tarda demasiado en descargarse. Puede que su conexión "
    "sea lenta o se haya interrumpido.",
    "say.failed-download": "Una parte del planificador no se descargó, así que todavía no puede "
    "calcular sus fechas. Revise su conexión y vuelva a intentarlo. Lo que escribió sigue aquí.",
    "say.restored": "Sus respuestas guardadas están de vuelta.",
    "say.interviewer-removed": "Entrevistador {number} quitado.",
    "say.not-updated-one": "El plan no se actualizó: hay 1 campo que revisar.",
    "say.not-updated-other": "El plan no se actualizó: hay {count} campos que revisar.",
    "say.fill-in": "Para ver su plan, indique: {fields}.",
    "say.draft": "Borrador",
    "say.draft-edited": "Usted cambió este borrador.",
    "say.draft-undo": "Deshacer mis cambios",
    "say.draft-edited-stale": "Usted cambió este borrador y el formulario ha cambiado desde "
    "entonces: se conserva su versión.",
    "say.draft-use-new": "Usar el borrador nuevo",
    "say.copy": "Copiar",
    "say.copy-subject": "Copiar asunto",
    "say.voicemail": "Si nadie contesta, deje este mensaje:",
    "say.call": "Llamar al {number}",
    "say.see-plan-one": "Ver su plan (1 paso)",
    "say.see-plan-other": "Ver su plan ({count} pasos)",
    "say.open-email": "Abrir en la app de correo",
    "say.copied": "Copiado.",
    "say.selected": "Seleccionado: cópielo con la función Copiar de su dispositivo.",
    "say.ics-failed": "No se pudo crear el archivo de calendario. Vuelva a intentarlo en un "
    "momento.",
    "say.ics-saved": "Archivo de calendario guardado: {file}. Ábralo para añadir las fechas.",
    "say.cleared": "Todo borrado: el formulario está vacío y no queda nada guardado en este "
    "dispositivo.",
    "say.uncleared": "Sus respuestas están de vuelta.",
}
