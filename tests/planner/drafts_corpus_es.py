"""Spanish requests as students really fill in the form: accents missing, lower-case names,
lead-ins, whole sentences, panels, phone interviews, late plans.

Each entry is (name, request), every request with `"language": "es"`; the drafts of every one
must pass `draft_checks` as Spanish drafts; the golden files hold the full drafts of the
scenarios in `GOLDEN`.
"""

from __future__ import annotations


def req(**fields: object) -> dict:
    """A Spanish request for an interview on Wednesday 18 November 2026, planned the Monday
    before."""
    base: dict = {"language": "es", "today": "2026-11-16", "interview": {"date": "2026-11-18"}}
    base.update(fields)
    return base


CORPUS: list[tuple[str, dict]] = [
    (
        "es-ordenada-presencial",
        req(
            candidate="Ana López",
            position="Analista de Datos",
            company="Grupo Andino",
            interviewers=[
                {
                    "name": "Lucía Ortega",
                    "title": "jefa de analítica",
                    "greeting": "Sra. Ortega",
                    "email": "lortega@andino.example",
                    "discussed": "el nuevo cuadro de mando de ventas",
                }
            ],
            strengths="tres años de experiencia con SQL y facilidad para explicar datos",
            forgot_to_mention="Terminé el certificado de Power BI el mes pasado",
        ),
    ),
    (
        "es-ella-dirige-el-equipo",
        req(
            candidate="jorge martinez",
            position="el puesto de técnico de datos",
            company="Banco Sur",
            interviewers=[
                {
                    "name": "marta gil",
                    "greeting": "sra. gil",
                    "discussed": "ella dirige el equipo de datos",
                }
            ],
            strengths="mi experiencia con Python",
        ),
    ),
    (
        "es-hablamos-del-programa",
        req(
            candidate="Paula Navarro",
            position="Becaria de Marketing.",
            company="Editorial Luna.",
            interviewers=[
                {
                    "name": "Carlos Ruiz",
                    "greeting": "Sr. Ruiz",
                    "discussed": "Hablamos del nuevo programa de becas.",
                }
            ],
            strengths="Mis puntos fuertes son la redacción y las redes sociales.",
            forgot_to_mention="Se me olvidó mencionar que hablo inglés y francés.",
        ),
    ),
    (
        "es-sin-detalles",
        req(
            candidate="Tomás Herrera",
            position="Auxiliar administrativo",
            company="Gestoría Prado",
            interviewers=[{"name": "Elena Prado"}],
        ),
    ),
    (
        "es-estimada-escrito",
        req(
            candidate="Laura Sánchez",
            position="Asistente de Recursos Humanos",
            company="Hotel Miramar",
            interviewers=[
                {
                    "name": "Isabel Moreno",
                    "greeting": "Estimada Isabel,",
                    "discussed": "sobre como organizan la formacion de los nuevos empleados",
                }
            ],
            strengths="soy muy organizada y tengo experiencia en atención al cliente",
        ),
    ),
    (
        "es-nombres-en-mayusculas",
        req(
            candidate="DIEGO FERNÁNDEZ",
            position="desarrollador junior",
            company="Nube Nueve",
            interviewers=[
                {
                    "name": "RAQUEL DE LA FUENTE",
                    "greeting": "DRA. DE LA FUENTE",
                    "discussed": "la migracion a la nube",
                }
            ],
            strengths="proyectos personales en React y Node",
        ),
    ),
    (
        "es-me-dijo-que",
        req(
            candidate="Sofía Castro",
            position="Diseñadora Gráfica",
            company="Estudio Alba",
            interviewers=[
                {
                    "name": "Andrés Vidal",
                    "greeting": "Sr. Vidal",
                    "discussed": "me dijo que el estudio va a abrir una oficina en Valencia",
                }
            ],
            strengths="mi portafolio de identidad visual",
        ),
    ),
    (
        "es-panel-de-dos-presencial",
        req(
            candidate="Miguel Ángel Torres",
            position="Contable",
            company="Torres y Asociados",
            interviewers=[
                {
                    "name": "Carmen Díaz",
                    "greeting": "Sra. Díaz",
                    "email": "cdiaz@example.com",
                    "discussed": "el cierre contable trimestral",
                },
                {
                    "name": "Pedro Gómez",
                    "greeting": "Sr. Gómez",
                    "discussed": "su forma de trabajar con los clientes",
                },
            ],
            strengths="el máster en auditoría y dos años de prácticas",
        ),
    ),
    (
        "es-panel-de-tres-video",
        req(
            candidate="Valeria Romero",
            position="Coordinadora de Proyectos",
            company="Fundación Horizonte",
            interview={"date": "2026-11-18", "time": "9:00", "format": "video"},
            interviewers=[
                {"name": "Julia Campos", "greeting": "Sra. Campos", "discussed": "los voluntarios"},
                {"name": "Raúl Méndez", "title": "director financiero"},
                {"name": "nuria blanco", "discussed": "ella coordina los proyectos en Perú"},
            ],
            strengths="gestionar proyectos con presupuestos ajustados",
        ),
    ),
    (
        "es-panel-de-cuatro",
        req(
            candidate="Hugo Molina",
            position="Ingeniero de Calidad",
            company="Metales del Norte",
            interviewers=[
                {"name": "Ramón Iglesias", "greeting": "Sr. Iglesias", "discussed": "la ISO 9001"},
                {"name": "Pilar Ortiz", "greeting": "Sra. Ortiz", "discussed": "las auditorías"},
                {"name": "Sergio Luna", "discussed": "el turno de noche"},
                {"name": "Eva Rubio", "title": "técnica de prevención"},
            ],
        ),
    ),
    (
        "es-panel-de-cinco",
        req(
            candidate="Irene Flores",
            position="Profesora de Inglés",
            company="Colegio San Marcos",
            interviewers=[
                {"name": "Dolores Vega", "greeting": "Sra. Vega", "discussed": "el plan bilingüe"},
                {"name": "Fernando Cruz", "discussed": "las actividades extraescolares"},
                {"name": "Rosa Peña", "title": "jefa de estudios"},
                {"name": "Luis Marín", "discussed": "los intercambios con Irlanda"},
                {"name": "Teresa Soto", "discussed": "la evaluación por proyectos"},
            ],
            strengths="cinco años enseñando inglés a adolescentes",
        ),
    ),
    (
        "es-entrevista-telefonica",
        req(
            candidate="Daniel Ramos",
            position="Teleoperador",
            company="Atención Global",
            interview={"date": "2026-11-18", "format": "phone"},
            interviewers=[
                {
                    "name": "Silvia León",
                    "greeting": "Sra. León",
                    "phone": "+34 912 345 678",
                    "discussed": "los turnos de fin de semana",
                }
            ],
            instructions={"follow_up_by": "phone"},
        ),
    ),
    (
        "es-telefono-sin-candidato",
        req(
            candidate="",
            position="Repartidor",
            company="Envíos Rápidos",
            interview={"date": "2026-11-18", "format": "phone"},
            interviewers=[{"name": "Óscar Pineda", "phone": "+52 55 1234 5678"}],
            instructions={"follow_up_by": "phone", "decision_by": "2026-11-30"},
        ),
    ),
    (
        "es-fecha-de-decision",
        req(
            candidate="Natalia Reyes",
            position="Analista Financiera",
            company="Inversiones Cóndor",
            interviewers=[
                {
                    "name": "Alberto Núñez",
                    "greeting": "Sr. Núñez",
                    "email": "anunez@condor.example",
                    "discussed": "los informes mensuales para el consejo",
                }
            ],
            instructions={"decision_by": "2026-11-27"},
        ),
    ),
    (
        "es-fecha-de-seguimiento",
        req(
            candidate="Pablo Ortega",
            position="Técnico de Soporte",
            company="Redes Atlas",
            interviewers=[{"name": "Lorena Gil", "discussed": "el traslado a la nueva sede"}],
            instructions={"follow_up_on": "2026-11-25"},
        ),
    ),
    (
        "es-no-contactar",
        req(
            candidate="Marina Cabrera",
            position="Traductora",
            company="Lenguas Vivas",
            interviewers=[{"name": "Victoria Sanz", "greeting": "Sra. Sanz"}],
            instructions={"do_not_contact": True, "decision_by": "2026-12-04"},
        ),
    ),
    (
        "es-sin-tildes-y-errores",
        req(
            candidate="alvaro nuñez",
            position="auxiliar de enfermeria",
            company="clinica santa ana",
            interviewers=[
                {
                    "name": "maria jose de la fuente",
                    "greeting": "estimada maria jose",
                    "discussed": "hablamos de los turnos  de noche y de la la unidad de pediatria",
                }
            ],
            strengths="tengo experiencia cuidando a personas mayores..",
            forgot_to_mention="que hice un curso de primeros auxilios",
        ),
    ),
    (
        "es-frases-enteras",
        req(
            candidate="Carla Medina",
            position="Periodista",
            company="Diario del Sur",
            interviewers=[
                {
                    "name": "Ignacio Paredes",
                    "greeting": "Sr. Paredes",
                    "discussed": "Hablamos mucho sobre el nuevo formato digital. Me encantó su "
                    "idea de los pódcasts locales.",
                }
            ],
            strengths="Escribo rápido y sin errores. Además, tengo buenos contactos en la región.",
            forgot_to_mention="Olvidé mencionar que gané un premio de periodismo universitario.",
        ),
    ),
    (
        "es-emoji-y-texto-largo",
        req(
            candidate="Lucas Prieto 👋",
            position="Community Manager",
            company="Sabores de Casa",
            interviewers=[{"name": "Gabriela Ríos", "discussed": "su campaña en Instagram 📸"}],
            strengths="gestioné las redes sociales de la asociación de estudiantes durante dos "
            "años, con campañas que triplicaron los seguidores, organicé eventos con más de "
            "doscientas personas, escribí el boletín mensual y coordiné a un equipo de cinco "
            "voluntarios que publicaban contenido a diario en tres plataformas distintas",
        ),
    ),
    (
        "es-hola-informal",
        req(
            candidate="Bruno Aguilar",
            position="Camarero",
            company="Restaurante La Plaza",
            interviewers=[{"name": "Javier Soler", "greeting": "Hola Javier"}],
            strengths="experiencia en hostelería y muchas ganas",
        ),
    ),
    (
        "es-despues-de-la-entrevista",
        req(
            today="2026-11-19",
            candidate="Elisa Ferrer",
            position="Técnica de Laboratorio",
            company="Biolab",
            interviewers=[
                {
                    "name": "Héctor Bravo",
                    "greeting": "Dr. Bravo",
                    "discussed": "él está montando un nuevo laboratorio de genómica",
                }
            ],
        ),
    ),
    (
        "es-tarde-diez-dias",
        req(
            today="2026-11-28",
            candidate="Rubén Cano",
            position="el puesto de diseñador junior",
            company="Pixel y Papel",
            interviewers=[
                {
                    "name": "sonia ibáñez",
                    "email": "sonia@example.com",
                    "discussed": "su cambio de imagen",
                }
            ],
            instructions={"follow_up_on": "2026-11-25"},
        ),
    ),
    (
        "es-tarde-tres-semanas",
        req(
            today="2026-12-09",
            candidate="Alba Serrano",
            position="Becaria de Datos",
            company="Salud Costera",
            interviewers=[
                {
                    "name": "Martín Ochoa",
                    "greeting": "Dr. Ochoa",
                    "email": "m.ochoa@example.org",
                    "discussed": "Hablamos del modelo de flujo de pacientes.",
                }
            ],
            strengths="Python y una asignatura de estadística",
            instructions={"decision_by": "2026-11-27"},
        ),
    ),
    (
        "es-tarde-tres-semanas-telefono",
        req(
            today="2026-12-09",
            candidate="Sara Vidal",
            company="Comercial Norte",
            interview={"date": "2026-11-18", "format": "phone"},
            interviewers=[{"name": "Adrián Lozano", "greeting": "Adrián", "phone": "600 123 456"}],
            instructions={"follow_up_by": "phone"},
        ),
    ),
    (
        "es-tarde-dos-meses",
        req(
            today="2027-01-18",
            candidate="Eva Delgado",
            interviewers=[{"name": "Pablo Gris"}],
        ),
    ),
]

# Scenarios whose full drafts are kept as text in tests/planner/golden/.
GOLDEN = (
    "es-ordenada-presencial",
    "es-ella-dirige-el-equipo",
    "es-panel-de-tres-video",
    "es-entrevista-telefonica",
    "es-sin-tildes-y-errores",
    "es-tarde-tres-semanas",
    "es-tarde-dos-meses",
)
