"""Every word the planner writes for a visitor, in Spanish: the same names as `en.py`.

Neutral Spanish that reads well from Mexico to Spain, addressing the reader as usted. The drafts
are written for the employer who reads them, not translated word for word: a sentence that
needs an adjective agreeing with the candidate ("interesado/interesada") is said another way
("sigo teniendo mucho interés"), since the planner does not know anyone's gender. The greeting
does: "Estimada Sra. Ortega:" when the student typed "Sra." or "Estimada", else one without
gender ("Buenos días, Lucía Ortega:"). Dates as "viernes 20 de noviembre de 2026".
"""

from __future__ import annotations

TEXT: dict[str, str] = {
    # What the drafts call the job: "el puesto de analista junior en Northwind Trading".
    "role.position_company": "el puesto de {position} en {company}",
    "role.position": "el puesto de {position}",
    "role.company": "el puesto en {company}",
    "role": "el puesto",
    # How the candidate met them, by interview format ("Muchas gracias por {met} sobre ...").
    "met.in-person": "reunirse conmigo para hablar",
    "met.video": "reunirse conmigo para hablar",
    "met.phone": "hablar conmigo por teléfono",
    "greeting": "Buenos días, {addressed}:",
    "greeting.feminine": "Estimada {addressed}:",
    "greeting.masculine": "Estimado {addressed}:",
    "greeting.hello": "Hola, {addressed}:",
    "signature": "{closing},\n{candidate}",
    "signature.unsigned": "{closing},",
    # The checklist for the end of the interview.
    "ask.intro": "Antes de que termine la entrevista, pregunte:",
    "ask.questions": "- ¿Cuál es el siguiente paso del proceso?\n"
    "- ¿Necesitan algo más de mi parte?\n"
    "- ¿Cuándo puedo esperar noticias?",
    "ask.contact.in-person": "Pida una tarjeta de visita o sus datos de contacto.",
    "ask.contact.in-person.panel": "Pida a cada persona del panel una tarjeta de visita o sus "
    "datos de contacto.",
    "ask.contact.video": "Pida su dirección de correo electrónico; si la escriben en el chat de "
    "la reunión, cópiela antes de que termine la llamada.",
    "ask.contact.video.panel": "Pida la dirección de correo electrónico de cada persona del "
    "panel; si las escriben en el chat de la reunión, cópielas antes de que termine la llamada.",
    "ask.contact.phone": "Pida su dirección de correo electrónico y deletree su nombre en voz "
    "alta para comprobarlo.",
    "ask.contact.phone.panel": "Pida la dirección de correo electrónico de cada persona del "
    "panel y deletree sus nombres en voz alta para comprobarlos.",
    "ask.thanks": "Agradezca su tiempo y la oportunidad de la entrevista.",
    # The thank-you email.
    "thanks.subject": "Gracias por la entrevista para el puesto de {position}",
    "thanks.subject.company": "Gracias por la entrevista en {company}",
    "thanks.subject.bare": "Gracias por la entrevista",
    "thanks.opening": "Muchas gracias por {met} sobre {role}.",
    "thanks.talk.phrase": "Disfruté especialmente de nuestra conversación sobre {discussed}",
    "thanks.talk.news": "Me interesó especialmente saber que {discussed}",
    "thanks.talk.clause": "Disfruté mucho de nuestra conversación. {discussed}",
    "thanks.talk.title": "Me resultó muy útil que me hablara del equipo desde su experiencia "
    "como {title}.",
    "thanks.talk.none": "Me gustó mucho conocer mejor cómo trabaja el equipo.",
    "thanks.fit.phrase": "Ahora el puesto me interesa todavía más, y creo que podría aportar "
    "{strengths}.",
    "thanks.fit.clause": "Ahora el puesto me interesa todavía más. {strengths}",
    "thanks.fit.none": "Ahora el puesto me interesa todavía más, y me encantaría poder contribuir.",
    "thanks.close": "Quedo a la espera de sus noticias sobre los próximos pasos.",
    "thanks.closing": "Saludos cordiales",
    # The handwritten note.
    "note.opening": "Gracias de nuevo por {met} sobre {role}.",
    "note.talk.phrase": "Fue un placer conversar sobre {discussed}",
    "note.talk.news": "Me interesó mucho saber que {discussed}",
    "note.talk.clause": "Disfruté de nuestra conversación. {discussed}",
    "note.talk.title": "Fue un placer conocer el equipo a través de su experiencia como {title}.",
    "note.forgot.phrase": "Algo que no llegué a mencionar es {forgot}",
    "note.forgot.clause": "Algo que no llegué a mencionar es que {forgot}",
    "note.match.phrase": "El puesto me sigue interesando mucho, y creo que encajaría bien en su "
    "equipo gracias a {strengths}.",
    "note.match.clause": "El puesto me sigue interesando mucho. {strengths}",
    "note.match.none": "El puesto me sigue interesando mucho, y creo que encajaría bien en su "
    "equipo.",
    "note.closing": "Un cordial saludo",
    # The follow-ups.
    "follow_up.subject": "Seguimiento de la entrevista para el puesto de {position}",
    "follow_up.subject.company": "Seguimiento de mi entrevista en {company}",
    "follow_up.subject.bare": "Seguimiento de mi entrevista",
    "follow_up.body": "Le escribo en relación con la entrevista que tuve el {date} para "
    "{role}.{expected} Sigo teniendo mucho interés en el puesto, y me gustaría conocer los "
    "próximos pasos o enviarle cualquier otra información que necesite.",
    "follow_up.expected": " Entiendo que la decisión estaba prevista para el {date}.",
    "follow_up.thanks": "Muchas gracias por su tiempo.",
    # A late first follow-up that also thanks them (no separate thank-you email went).
    "follow_up.thanked.opening": "Muchas gracias por la entrevista del {date} para {role}.",
    "follow_up.thanked.body": "Sigo teniendo mucho interés en el puesto, y me gustaría conocer "
    "los próximos pasos o enviarle cualquier otra información que necesite.",
    "follow_up.thanked.expected": "Entiendo que la decisión estaba prevista para el {date}.",
    "second.subject": "Mi interés en el puesto de {position}",
    "second.subject.company": "Mi interés en el puesto en {company}",
    "second.subject.bare": "Mi interés en el puesto",
    "second.body": "Le escribo de nuevo en relación con la entrevista que tuve el {date} para "
    "{role}. Sigo teniendo interés en el puesto y le agradecería cualquier noticia, aunque la "
    "vacante ya se haya cubierto.",
    "second.thanks": "Gracias de nuevo por su tiempo y su consideración.",
    "closing": "Atentamente",
    # The follow-up call: what to say, and the voicemail if nobody answers.
    "call.hello": "Buenos días, soy {candidate}. {body}",
    "call.hello.anonymous": "Buenos días. {body}",
    "call.body": "Tuve una entrevista para {role} el {date}, y le llamo porque sigo teniendo "
    "mucho interés en el puesto. ¿Hay alguna novedad sobre los próximos pasos, o necesitan algo "
    "más de mi parte?",
    "call.body.thanks": "Tuve una entrevista para {role} el {date}, y le llamo para darle las "
    "gracias por su tiempo y decirle que sigo teniendo mucho interés en el puesto. ¿Hay alguna "
    "novedad sobre los próximos pasos, o necesitan algo más de mi parte?",
    "voicemail.hello.greeting": "Buenos días, {addressed}, soy {candidate}.",
    "voicemail.hello": "Buenos días, soy {candidate} y dejo un mensaje para {name}.",
    "voicemail.hello.anonymous": "Buenos días, este es un mensaje para {name}.",
    "voicemail.body": "Tuve una entrevista para {role} el {date}, y sigo teniendo mucho interés "
    "en el puesto. Me gustaría conocer los próximos pasos. Puede localizarme en este número o "
    "por correo electrónico. Muchas gracias.",
    "voicemail.body.thanks": "Tuve una entrevista para {role} el {date}, y quería darle las "
    "gracias por su tiempo y decirle que sigo teniendo mucho interés en el puesto. Me gustaría "
    "conocer los próximos pasos. Puede localizarme en este número o por correo electrónico. "
    "Muchas gracias.",
    # If things change: ready messages to the main contact.
    "what_if.another-offer.title": "Si recibe otra oferta de trabajo",
    "what_if.another-offer.why": "Si una empresa le quiere en su equipo, prefiere saberlo ahora "
    "y quizá pueda acelerar su decisión; pregunte antes de responder a la otra oferta, y diga "
    "solo la verdad.",
    "what_if.another-offer.subject": "El puesto de {position} y otra oferta",
    "what_if.another-offer.subject.company": "Mi candidatura en {company} y otra oferta",
    "what_if.another-offer.subject.bare": "Mi candidatura y otra oferta",
    "what_if.another-offer.body": "Le agradezco de nuevo la entrevista del {date} para {role}. "
    "Desde entonces he recibido otra oferta de trabajo, y me han pedido una respuesta pronto.",
    "what_if.another-offer.close": "Este puesto me sigue interesando mucho, así que, antes de "
    "responder, ¿podría decirme en qué punto está su proceso y cuándo esperan tomar una "
    "decisión? Cualquier indicación me sería de gran ayuda.",
    "what_if.withdraw.title": "Si decide retirar su candidatura",
    "what_if.withdraw.why": "Avisar pronto y con cortesía les ahorra tiempo y deja una buena "
    "impresión en personas con las que quizá vuelva a coincidir.",
    "what_if.withdraw.subject": "Retiro mi candidatura al puesto de {position}",
    "what_if.withdraw.subject.company": "Retiro mi candidatura en {company}",
    "what_if.withdraw.subject.bare": "Retiro mi candidatura",
    "what_if.withdraw.body": "Gracias de nuevo por la entrevista del {date} para {role}. Tras "
    "pensarlo detenidamente, he decidido retirar mi candidatura, y quería comunicárselo cuanto "
    "antes.",
    "what_if.withdraw.close": "Disfruté conociendo a su equipo y su trabajo, y espero que "
    "nuestros caminos vuelvan a cruzarse.",
    "what_if.after-a-no.title": "Si le dicen que no",
    "what_if.after-a-no.why": "Una respuesta amable se recuerda cuando surge la siguiente "
    "vacante, y los comentarios le ayudan a preparar su próxima entrevista; no todos pueden "
    "darlos, así que pídalos una sola vez.",
    "what_if.after-a-no.subject": "Gracias por considerar mi candidatura al puesto de {position}",
    "what_if.after-a-no.subject.company": "Gracias por considerar mi candidatura en {company}",
    "what_if.after-a-no.subject.bare": "Gracias por considerar mi candidatura",
    "what_if.after-a-no.body": "Gracias por comunicármelo y por considerar mi candidatura para "
    "{role}. Lamento la noticia, pero disfruté de {met_you} y de conocer a su equipo.",
    "what_if.after-a-no.close": "Si dispone de unos minutos, le agradecería cualquier "
    "comentario sobre mi entrevista que me ayude en la próxima. También me alegraría saber de "
    "futuras vacantes, y espero que sigamos en contacto.",
    "met_you.in-person": "nuestra reunión",
    "met_you.video": "nuestra videollamada",
    "met_you.phone": "nuestra conversación telefónica",
    # Links to the site's advice pages ("more"), by the page's path from the site's root.
    "more.video-and-phone-interviews/": "Después de una entrevista por videollamada o por teléfono",
    "more.when-things-change/": "Cuando las cosas cambian",
    # Calendar events: the step and the job, so two applications' events differ.
    "calendar.summary": "{title} ({job})",
    "calendar.job.position_company": "{position}, {company}",
    "calendar.job.interview": "entrevista del {date}",
    # Steps: titles and why each matters.
    "step.ask.title": "Antes de que termine la entrevista{time}, pregunte por los próximos pasos",
    "step.ask.time": " de las {time}",
    "step.ask.why": "Saber qué pasará y cuándo le indica cuándo hacer el seguimiento, y con los "
    "datos de contacto podrá dar las gracias a cada persona que le entrevistó.",
    "step.thanks.title": "Envíe un correo de agradecimiento a {name}",
    "step.thanks.why": "Un correo llega al instante, así que su agradecimiento y sus argumentos "
    "cuentan aunque decidan pronto.",
    "step.note.title": "Envíe una nota escrita a mano a {name}",
    "step.note.why.in-person": "Pocos candidatos envían una nota escrita a mano, así que le "
    "ayuda a destacar y les recuerda su candidatura si la decisión se alarga.",
    "step.note.why.remote": "Como no estuvo en su oficina, envíe la tarjeta por correo postal a "
    "la dirección de la empresa (aparece en su sitio web), a la atención de {name}; pocos "
    "candidatos lo hacen, así que destaca.",
    "step.follow_up.title.email": "Escriba a {name} para hacer el seguimiento",
    "step.follow_up.title.phone": "Llame a {name} para hacer el seguimiento",
    "step.follow_up.title.email.thanks": "Escriba a {name} para darle las gracias y hacer el "
    "seguimiento",
    "step.follow_up.title.phone.thanks": "Llame a {name} para darle las gracias y hacer el "
    "seguimiento",
    "step.second.title": "Envíe un último correo de seguimiento a {name}",
    "step.second.why": "Las decisiones de contratación suelen tardar, así que otro correo breve "
    "es razonable, y será el último.",
    "step.move_on.title": "Pase página si no ha recibido respuesta",
    "step.move_on.why": "Dos seguimientos sin respuesta suelen significar un no, así que deje "
    "esta candidatura y dedique su energía a su próxima entrevista.",
    "step.move_on.why.do_not_contact": "Le pidieron que no se pusiera en contacto, así que no "
    "hay seguimientos: si a estas alturas no tiene noticias, deje esta candidatura y dedique su "
    "energía a su próxima entrevista.",
    "step.move_on.why.late": "Han pasado {since} desde la entrevista sin noticias, lo que suele "
    "significar que han elegido a otra persona. Les ocurre constantemente a candidatos "
    "excelentes, así que deje esta candidatura y dedique su energía a la siguiente; si se ponen "
    "en contacto, todavía podrá aceptar.",
    "since.one_day": "un día",
    "since.days": "{count} días",
    "since.weeks": "{count} semanas",
    "why.thanked": "Un agradecimiento enviado tanto tiempo después de la entrevista llegaría "
    "tarde, así que este mensaje le da las gracias y pregunta por los próximos pasos.",
    "why.thanked.due": "Aún no le ha dado las gracias y ya es momento de hacer el seguimiento, "
    "así que un solo mensaje hace las dos cosas: dos correos con uno o dos días de diferencia "
    "serían demasiados.",
    "why.moved": "El día para hacer el seguimiento era el {date}, así que hágalo ahora en lugar "
    "de esperar más: un mensaje breve y cortés demuestra que mantiene su interés.",
    "why.follow_up_on": "Le dijeron cuándo hacer el seguimiento, así que hágalo ese día y no "
    "antes: ponerse en contacto antes parecería insistente.",
    "why.decision_by": "Esperaban decidir a más tardar el {date}, así que, una vez pasada esa "
    "fecha, es razonable preguntar y decir que mantiene su interés.",
    "why.phone": "Le pidieron que llamara, así que, si a estas alturas no tiene noticias, llame "
    "para decir que mantiene su interés.",
    "why.email": "Si a estas alturas no tiene noticias, un correo breve demuestra que mantiene "
    "su interés y resulta menos invasivo que una llamada.",
    # Warnings above the plan.
    "warn.late": "Todavía está a tiempo: {todo}.",
    "warn.late.move_on": "Hoy, deje esta candidatura y céntrese en la siguiente.",
    "late.today": "{todo} hoy",
    "late.on": "{todo} el {date}",
    "late.thank-you-email": "envíe su correo de agradecimiento",
    "late.thank-you-emails": "envíe sus correos de agradecimiento",
    "late.handwritten-note": "mande por correo postal su nota escrita a mano",
    "late.handwritten-notes": "mande por correo postal sus notas escritas a mano",
    "late.follow-up.email": "escriba a {name} para hacer el seguimiento",
    "late.follow-up.phone": "llame a {name} para hacer el seguimiento",
    "late.follow-up.email.thanks": "escriba a {name} para darle las gracias y hacer el seguimiento",
    "late.follow-up.phone.thanks": "llame a {name} para darle las gracias y hacer el seguimiento",
    "warn.date_before_interview": "La fecha de {which} que le dieron ({date}) es anterior a la "
    "entrevista ({interview}), así que el plan no la tiene en cuenta: compruebe la fecha.",
    "warn.which.follow_up": "seguimiento",
    "warn.which.decision": "decisión",
    "warn.far_decision": "La fecha de decisión que le dieron ({date}) es más de {days} días "
    "posterior a la entrevista: compruebe la fecha.",
    "warn.do_not_contact": "Le pidieron que no se pusiera en contacto, así que el plan no "
    "incluye seguimientos, digan lo que digan las demás indicaciones.",
    "warn.not_business_day": "La fecha de seguimiento que le dieron ({date}) no es un día "
    "laborable, así que el plan pasa el seguimiento al siguiente.",
    "warn.link_too_long": "El enlace de correo no puede incluir {message} para {name} porque "
    "supera la longitud máxima: copie el texto.",
    "warn.same_messages": "Sus {messages} para {names} dicen lo mismo: añada lo que habló con "
    "cada persona para que no parezcan copias.",
    "warn.unsigned": "Sus mensajes terminan sin su nombre: escríbalo en «{field}» para que "
    "todos vayan firmados.",
    "warn.too_long": "Hay {words} palabras en {message} para {name}: no pase de {limit} "
    "({reason}).",
    "message.thank-you-email": "el correo de agradecimiento",
    "message.thank-you-emails": "correos de agradecimiento",
    "message.handwritten-note": "la nota escrita a mano",
    "message.handwritten-notes": "notas escritas a mano",
    "message.follow-up": "el correo de seguimiento",
    "message.second-follow-up": "el segundo correo de seguimiento",
    "message.voicemail": "el mensaje de voz",
    "reason.thank-you-email": "deberían poder leerlo en menos de un minuto",
    "reason.handwritten-note": "tiene que caber en una tarjeta",
    "reason.follow-up": "un seguimiento debe ser breve",
    "reason.second-follow-up": "un seguimiento debe ser breve",
    "reason.voicemail": "un mensaje de voz debe durar menos de medio minuto",
    # Dates: "viernes 20 de noviembre de 2026", "viernes 20 de noviembre", "vie 20 nov".
    "date.long": "{weekday} {day} de {month} de {year}",
    "date.spoken": "{weekday} {day} de {month}",
    "date.short": "{weekday} {day} {month}",
    "date.short.year": "{weekday} {day} {month} {year}",
    # What the planner page writes beside each step, and announces.
    "view.status.due-today": "Hoy",
    "view.status.upcoming": "Próximo",
    "view.today": "hoy",
    "view.tomorrow": "mañana",
    "view.yesterday": "ayer",
    "view.in_days": "dentro de {count} días",
    "view.days_ago": "hace {count} días",
    "view.was_due": "fecha prevista: {date}",
    "view.announcement.one": "Plan actualizado: 1 paso.",
    "view.announcement": "Plan actualizado: {count} pasos.",
    "view.print_when": "Escríbala y envíela por correo postal a más tardar el {date}.",
    # An email's subject line, in the page and in a calendar event's description.
    "subject": "Asunto: {subject}",
    # Problems with what the visitor typed, as the page shows them beside the field.
    "problem.required": "Complete este campo.",
    "problem.policy": "La configuración del planificador del centro de orientación profesional "
    "tiene un problema ({problem}).",
    "problem.expected": "Se esperaba {expected}, pero se recibió {got}.",
    "problem.unknown": "Campo desconocido; se admiten: {allowed}.",
    "problem.too_long": "Demasiado largo ({length} caracteres; como máximo {limit}).",
    "problem.not_a_date": "No es una fecha (use AAAA-MM-DD): {value}.",
    "problem.impossible_date": "No es una fecha válida: {value}.",
    "problem.date_range": "{value} está fuera del intervalo {first}-{last}.",
    "problem.choice": "Debe ser uno de estos valores: {options}; se recibió {value}.",
    "problem.not_a_time": "No es una hora (use HH:MM, de 00:00 a 23:59): {value}.",
    "problem.interviewer_count": "Se esperaban de 1 a {most} entrevistadores; se recibieron "
    "{count}.",
    "problem.email": "No es una dirección de correo electrónico: {value}.",
    "problem.phone": "No es un número de teléfono: {value}.",
    "kind.text": "texto",
    "kind.object": "un objeto",
    "kind.list": "una lista",
    "kind.number": "un número",
    "kind.boolean": "verdadero/falso",
    "kind.null": "nada",
    "kind.date": "una fecha como texto (AAAA-MM-DD)",
    "kind.interviewers": "una lista de entrevistadores",
    "and": " y ",
    "list.and": " y ",
    "list.comma": ", ",
}

# Dates' words (lower case, as Spanish writes them).
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

# Spanish has one form here: the centre's English variant does not change it.
VARIANTS: dict[str, dict[str, str]] = {}

# The sentence each free-text field of the form finishes (shown beside the field).
FIELD_SENTENCES: dict[str, str] = {
    "greeting": "Estimada …: / Estimado …:",
    "discussed": "Disfruté especialmente de nuestra conversación sobre …",
    "strengths": "Creo que podría aportar …",
    "forgot_to_mention": "Algo que no llegué a mencionar es …",
}

# What visitors type before the part that fits the sentence, lower case, longest first, with
# and without accents (phones type both): "hablamos del nuevo programa" fits "nuestra
# conversación sobre ..." as "el nuevo programa" (CONTRACTIONS gives back the article).
LEADS: dict[str, tuple[str, ...]] = {
    "discussed": (
        "tuvimos una gran conversación sobre",
        "tuvimos una gran conversacion sobre",
        "tuvimos una conversación sobre",
        "tuvimos una conversacion sobre",
        "nuestra conversación sobre",
        "nuestra conversacion sobre",
        "hablamos mucho sobre",
        "hablamos mucho del",
        "hablamos mucho de",
        "hablamos acerca del",
        "hablamos acerca de",
        "hablamos sobre",
        "hablamos del",
        "hablamos de",
        "conversamos sobre",
        "conversamos del",
        "conversamos de",
        "charlamos sobre",
        "charlamos del",
        "charlamos de",
        "comentamos",
        "hablamos",
        "acerca del",
        "acerca de",
        "sobre",
        "del",
    ),
    "strengths": (
        "creo que encajo bien por",
        "encajo bien por",
        "mis puntos fuertes son",
        "mis fortalezas son",
        "mis puntos fuertes:",
        "puntos fuertes:",
        "fortalezas:",
        "creo que podría aportar",
        "creo que podria aportar",
        "podría aportar",
        "podria aportar",
        "puedo aportar",
        "aporto",
    ),
    "forgot_to_mention": (
        "se me olvidó mencionar que",
        "se me olvido mencionar que",
        "se me olvidó mencionar",
        "se me olvido mencionar",
        "se me olvidó decir que",
        "se me olvido decir que",
        "olvidé mencionar que",
        "olvide mencionar que",
        "olvidé mencionar",
        "olvide mencionar",
        "olvidé decir que",
        "olvide decir que",
        "no mencioné que",
        "no mencione que",
        "no mencioné",
        "no mencione",
        "que",
    ),
}
CONTRACTIONS: dict[str, str] = {"del": "el", "al": "el"}

# Lead-ins that report what the interviewer said: the rest is news ("el equipo va a crecer").
NEWS_LEADS = tuple(
    f"{who}{verb} que"
    for who in ("ella ", "él ", "el ", "")
    for verb in (
        "me dijo",
        "nos dijo",
        "dijo",
        "me comentó",
        "me comento",
        "comentó",
        "comento",
        "me contó",
        "me conto",
        "contó",
        "conto",
        "mencionó",
        "menciono",
        "me explicó",
        "me explico",
        "explicó",
        "explico",
    )
)
# First words that make what was discussed news about the interviewer ("ella dirige el equipo
# de datos"): it follows "saber que", as "usted dirige el equipo de datos".
NEWS_STARTS = frozenset({"ella", "él"})
# What was discussed typed as a statement, also news ("la pasantía es de 12 semanas"): see
# en.py.
STATEMENT_STARTS = frozenset({"el", "la", "los", "las", "su", "sus"})
LINKING_VERBS = frozenset(
    {"es", "son", "era", "eran", "será", "serán", "está", "están", "tiene", "tienen", "ha", "han"}
)
RELATIVE_WORDS = frozenset(
    {"que", "quien", "quienes", "donde", "yo", "usted", "ustedes", "nosotros", "ellos", "ellas"}
)
# First words of text that is already a clause ("hablo gujarati"), not a phrase ("mi
# portafolio"): it becomes its own sentence, or follows "que".
CLAUSE_STARTS = frozenset(
    {
        "yo",
        "nosotros",
        "nosotras",
        "me",
        "nos",
        "le",
        "les",
        "se",
        "ya",
        "hay",
        "hablo",
        "escribo",
        "programo",
        "organizo",
        "gestiono",
        "lidero",
        "coordino",
        "redacto",
        "traduzco",
        "aprendo",
        "tengo",
        "soy",
        "estoy",
        "he",
        "puedo",
        "sé",
        "conozco",
        "domino",
        "manejo",
        "llevo",
        "creo",
        "pienso",
        "quiero",
        "quería",
        "queria",
        "acabo",
        "acabé",
        "acabe",
        "terminé",
        "termine",
        "aprendí",
        "aprendi",
        "trabajé",
        "trabaje",
        "estudié",
        "estudie",
        "obtuve",
        "saqué",
        "saque",
        "completé",
        "complete",
        "participé",
        "participe",
        "dirigí",
        "dirigi",
        "gané",
        "gane",
        "hice",
        "fui",
        "estuve",
        "tuve",
        "viví",
        "vivi",
        "vimos",
        "estuvimos",
        "además",
        "también",
    }
)
# Endings of first words that make a clause: the first person of the past ("gestioné las
# redes", "aprendí a programar"); and nouns and names ending so.
CLAUSE_ENDINGS = ("é", "í")
NOT_CLAUSES = frozenset(
    {"café", "comité", "bebé", "josé", "andré", "puré", "bufé", "carné", "esquí", "rubí", "maniquí"}
)
# Strengths typed as an infinitive ("gestionar proyectos") follow "podría aportar" as "mi
# capacidad para gestionar proyectos"; nouns ending like an infinitive stay as they are.
VERB_PHRASES = {"strengths": "mi capacidad para"}
INFINITIVE_ENDINGS = ("ar", "er", "ir")
NOT_INFINITIVES = frozenset(
    {
        "máster",
        "master",
        "taller",
        "power",
        "poder",
        "bachiller",
        "lugar",
        "hogar",
        "nivel",
        "mujer",
        "familiar",
        "popular",
        "particular",
        "similar",
        "militar",
        "titular",
        "ayer",
        "elixir",
        "par",
        "mar",
        "bar",
    }
)
# The contractions of "a"/"de" with "el" where a value meets its frame ("gracias a el máster"
# -> "gracias al máster"; "de El Salvador", a name, keeps its capital and stays apart), and "y"
# as "e" before a name that starts with the sound i ("Ana e Inés").
JOINED = {" a el ": " al ", " de el ": " del ", " y I": " e I", " y Hi": " e Hi"}
# Capitalised first words that are not names, lower-cased mid-sentence ("El nuevo programa" ->
# "el nuevo programa").
COMMON_STARTS = frozenset(
    {
        "el",
        "la",
        "los",
        "las",
        "lo",
        "un",
        "una",
        "unos",
        "unas",
        "su",
        "sus",
        "mi",
        "mis",
        "nuestro",
        "nuestra",
        "nuestros",
        "nuestras",
        "este",
        "esta",
        "estos",
        "estas",
        "ese",
        "esa",
        "esos",
        "esas",
        "cómo",
        "como",
        "qué",
        "que",
        "cuándo",
        "dónde",
        "cuál",
        "cuáles",
        "por",
        "para",
        "algunos",
        "algunas",
        "todo",
        "toda",
        "todos",
        "todas",
        "cada",
        "más",
        "nuevo",
        "nueva",
        "nuevos",
        "nuevas",
        "tres",
        "dos",
        "varios",
        "varias",
    }
)
# Endings of gerunds ("Trabajando con clientes" -> "trabajando con clientes"), and names that
# end the same way.
GERUND_ENDINGS = ("ando", "iendo")
GERUND_NAMES = frozenset({"fernando", "armando", "orlando", "rolando", "hernando", "ernando"})
# What a position may be typed with, that the drafts add themselves ("el puesto de ...").
POSITION_ARTICLES = ("el ", "la ", "un ", "una ")
POSITION_PREFIXES = ("puesto de ", "cargo de ", "plaza de ", "vacante de ", "trabajo de ")
POSITION_NOUNS: tuple[str, ...] = ()
# Pronouns a student uses for the interviewer ("ella dirige el equipo") as they read to that
# interviewer, addressed as usted ("usted dirige el equipo"): the verb and "su" stay as they are.
PRONOUNS: dict[str, str] = {"ella": "usted", "él": "usted"}
HER: tuple[str, ...] = ()
AFTER_OBJECT: frozenset[str] = frozenset()
SUBJECTS: dict[str, str] = {}
VERBS: dict[str, str] = {}
VERB_ENDINGS: tuple[tuple[str, str], ...] = ()
NOT_VERBS: frozenset[str] = frozenset()
# The first word of a greeting the student typed, and the greeting it asks for ("Estimada
# Lucía" -> "Estimada Lucía:"); else a title ("Sra. Ortega") says which.
OPENINGS: dict[str, str] = {
    "estimada": "greeting.feminine",
    "estimado": "greeting.masculine",
    "apreciada": "greeting.feminine",
    "apreciado": "greeting.masculine",
    "querida": "greeting.feminine",
    "querido": "greeting.masculine",
    "hola": "greeting.hello",
}
TITLES: dict[str, str] = {
    "sra": "greeting.feminine",
    "sra.": "greeting.feminine",
    "señora": "greeting.feminine",
    "srta": "greeting.feminine",
    "srta.": "greeting.feminine",
    "señorita": "greeting.feminine",
    "dra": "greeting.feminine",
    "dra.": "greeting.feminine",
    "doctora": "greeting.feminine",
    "doña": "greeting.feminine",
    "sr": "greeting.masculine",
    "sr.": "greeting.masculine",
    "señor": "greeting.masculine",
    "dr": "greeting.masculine",
    "dr.": "greeting.masculine",
    "doctor": "greeting.masculine",
    "don": "greeting.masculine",
}
# Words inside a name that stay lower case when a name typed in one case is capitalised
# ("maria de la fuente" -> "Maria de la Fuente").
NAME_PARTICLES = frozenset({"de", "del", "la", "las", "los", "y"})
# Courtesy titles typed before a name ("Sra. maría lópez" is still a name typed in one case).
NAME_TITLES = frozenset(TITLES)
# The same inside an organisation's name ("banco de la plaza" -> "Banco de la Plaza").
SMALL_WORDS = frozenset({"a", "de", "del", "e", "el", "en", "la", "las", "los", "para", "y"})
CAPITALS = frozenset({"sa", "sl", "slu"})
# Word lists keyed by this language's own words (see en.py).
OWN_WORDS = ("PRONOUNS", "VERBS", "SUBJECTS", "VARIANTS", "CONTRACTIONS", "OPENINGS", "TITLES")
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
