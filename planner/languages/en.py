"""Every word the planner writes for a visitor, in English: one catalogue, keyed by purpose.

Drafts, step titles, reasons and warnings are filled in from `TEXT` with `str.format` fields
(`{role}`, `{name}`...), and the words that tidy what visitors type (`LEADS`, `PRONOUNS`...)
are data here too, so another language is another module with the same names. The English
here is American (`en-US`, the default); `VARIANTS` holds what British English (`en-GB`)
writes differently.
"""

from __future__ import annotations

TEXT: dict[str, str] = {
    # What the drafts call the job: "the Junior Analyst position at Northwind Trading".
    "role.position_company": "the {position} position at {company}",
    "role.position": "the {position} position",
    "role.company": "the position at {company}",
    "role": "the position",
    # How the candidate met them, by interview format.
    "met.in-person": "meeting with me",
    "met.video": "meeting with me",
    "met.phone": "speaking with me",
    "greeting": "Dear {addressed},",
    "signature": "{closing},\n{candidate}",
    "signature.unsigned": "{closing},",
    # The checklist for the end of the interview.
    "ask.intro": "Before the interview ends, ask:",
    "ask.questions": "- What is the next step in the process?\n"
    "- Do you need anything more from me?\n"
    "- When can I expect to hear from you?",
    "ask.contact.in-person": "Ask for a business card or their contact details.",
    "ask.contact.in-person.panel": "Ask each interviewer for a business card or their contact "
    "details.",
    "ask.contact.video": "Ask for their email address; if they put it in the meeting chat, "
    "copy it before the call ends.",
    "ask.contact.video.panel": "Ask for each interviewer's email address; if they put it in the "
    "meeting chat, copy it before the call ends.",
    "ask.contact.phone": "Ask for their email address, and spell their name back to check it.",
    "ask.contact.phone.panel": "Ask for each interviewer's email address, and spell their names "
    "back to check them.",
    "ask.thanks": "Thank them for their time and the chance to interview.",
    # The thank-you email.
    "thanks.subject": "Thank you for the {position} interview",
    "thanks.subject.company": "Thank you for the interview at {company}",
    "thanks.subject.bare": "Thank you for the interview",
    "thanks.opening": "Thank you for {met} about {role}.",
    "thanks.talk.phrase": "I especially enjoyed our conversation about {discussed}",
    "thanks.talk.news": "I was especially glad to hear that {discussed}",
    "thanks.talk.clause": "I especially enjoyed our conversation. {discussed}",
    "thanks.talk.title": "Hearing about the team from you as {title} was especially helpful.",
    "thanks.talk.none": "I enjoyed finding out more about how the team works.",
    "thanks.fit.phrase": "I am now even keener on the role, and I believe {strengths} would help "
    "me do the job well.",
    "thanks.fit.clause": "I am now even keener on the role. {strengths}",
    "thanks.fit.none": "I am now even keener on the role, and I would welcome the chance to "
    "contribute.",
    "thanks.close": "I look forward to hearing from you about the next steps.",
    "thanks.closing": "Best regards",
    # The handwritten note.
    "note.opening": "Thank you again for {met} about {role}.",
    "note.talk.phrase": "It was good to talk about {discussed}",
    "note.talk.news": "It was good to hear that {discussed}",
    "note.talk.clause": "I enjoyed our conversation. {discussed}",
    "note.talk.title": "It was a pleasure to hear about the team from you as {title}.",
    "note.forgot.phrase": "One thing I did not get to mention is {forgot}",
    "note.forgot.clause": "One thing I did not get to mention is that {forgot}",
    "note.match.phrase": "I remain very interested in the job, and I believe {strengths} would "
    "make me a good match for your team.",
    "note.match.clause": "I remain very interested in the job. {strengths}",
    "note.match.none": "I remain very interested in the job, and I believe I would be a good "
    "match for your team.",
    "note.closing": "With thanks",
    # The follow-ups.
    "follow_up.subject": "Following up on the {position} interview",
    "follow_up.subject.company": "Following up on my interview at {company}",
    "follow_up.subject.bare": "Following up on my interview",
    "follow_up.body": "I am writing about my interview for {role} on {date}.{expected} I am "
    "still very interested in the role, and I would be glad to hear about the next steps or to "
    "send anything else you need from me.",
    "follow_up.expected": " I understand a decision was expected by {date}.",
    "follow_up.thanks": "Thank you for your time.",
    # A late first follow-up that also thanks them (no separate thank-you email went).
    "follow_up.thanked.opening": "Thank you for {met} about {role} on {date}.",
    "follow_up.thanked.body": "I am still very interested in the role, and I would be glad to "
    "hear about the next steps or to send anything else you need from me.",
    "follow_up.thanked.expected": "I understand a decision was expected by {date}.",
    "second.subject": "Still interested in the {position} position",
    "second.subject.company": "Still interested in the position at {company}",
    "second.subject.bare": "Still interested in the position",
    "second.body": "I am writing once more about my interview for {role} on {date}. I am still "
    "interested in the role and would be grateful for any news, even if the position has been "
    "filled.",
    "second.thanks": "Thank you again for your time and consideration.",
    "closing": "Best regards",
    # The follow-up call: what to say, and the voicemail if nobody answers.
    "call.hello": "Hello, this is {candidate}. {body}",
    "call.hello.anonymous": "Hello, {body}",
    "call.body": "I interviewed for {role} on {date}, and I am calling because I am still very "
    "interested in the role. Is there any news about the next steps, or anything more you need "
    "from me?",
    "call.body.thanks": "I interviewed for {role} on {date}, and I am calling to thank you for "
    "your time and to say that I am still very interested in the role. Is there any news about "
    "the next steps, or anything more you need from me?",
    "voicemail.hello.greeting": "Hello {addressed}, this is {candidate}.",
    "voicemail.hello": "Hello, this is {candidate}, with a message for {name}.",
    "voicemail.hello.anonymous": "Hello, this is a message for {name}.",
    "voicemail.body": "I interviewed for {role} on {date}, and I am still very interested in "
    "the role. I would be glad to hear about the next steps. You can reach me on this number or "
    "by email. Thank you.",
    "voicemail.body.thanks": "I interviewed for {role} on {date}, and I wanted to thank you for "
    "your time and to say that I am still very interested in the role. I would be glad to hear "
    "about the next steps. You can reach me on this number or by email. Thank you.",
    # If things change: ready messages to the main contact.
    "what_if.another-offer.title": "If you get another job offer",
    "what_if.another-offer.why": "An employer who wants you would rather hear now than lose you, "
    "and may be able to speed up; ask before you answer the other offer, and do not bluff.",
    "what_if.another-offer.subject": "The {position} position and another offer",
    "what_if.another-offer.subject.company": "My application to {company} and another offer",
    "what_if.another-offer.subject.bare": "My application and another offer",
    "what_if.another-offer.body": "Thank you again for {met} about {role} on {date}. I have "
    "since been offered another job, and I have been asked to give an answer soon.",
    "what_if.another-offer.close": "I remain very interested in this role, so before I reply, "
    "could you tell me where you are in your process and when you expect to decide? Any "
    "indication would help me a great deal.",
    "what_if.withdraw.title": "If you decide to withdraw",
    "what_if.withdraw.why": "Telling them promptly and politely saves their time, and leaves a "
    "good impression with people you may well meet again.",
    "what_if.withdraw.subject": "Withdrawing from the {position} process",
    "what_if.withdraw.subject.company": "Withdrawing my application to {company}",
    "what_if.withdraw.subject.bare": "Withdrawing my application",
    "what_if.withdraw.body": "Thank you for {met} about {role} on {date}. After careful "
    "thought, I have decided to withdraw my application, and I wanted to let you know straight "
    "away.",
    "what_if.withdraw.close": "I enjoyed learning about your team and its work, and I hope our "
    "paths cross again.",
    "what_if.after-a-no.title": "If they say no",
    "what_if.after-a-no.why": "A gracious reply is remembered when the next opening comes up, "
    "and feedback helps you prepare for your next interview; not everyone can give it, so ask "
    "once.",
    "what_if.after-a-no.subject": "Thank you for considering me for the {position} position",
    "what_if.after-a-no.subject.company": "Thank you for considering me at {company}",
    "what_if.after-a-no.subject.bare": "Thank you for considering me",
    "what_if.after-a-no.body": "Thank you for letting me know, and for considering me for "
    "{role}. I am disappointed, but I enjoyed {met_you} and learning about your team.",
    "what_if.after-a-no.close": "If you have a few minutes, I would be grateful for any feedback "
    "on my interview that could help me in the next one. I would also be glad to hear of future "
    "openings, and I hope we stay in touch.",
    "met_you.in-person": "meeting you",
    "met_you.video": "meeting you",
    "met_you.phone": "speaking with you",
    # Links to the site's advice pages ("more"), by the page's path from the site's root.
    "more.video-and-phone-interviews/": "After a video or phone interview",
    "more.when-things-change/": "When things change",
    # Calendar events: the step and the job, so two applications' events differ.
    "calendar.summary": "{title} ({job})",
    "calendar.job.position_company": "{position}, {company}",
    "calendar.job.interview": "interview on {date}",
    # Steps: titles and why each matters.
    "step.ask.title": "Before the{time} interview ends, ask about the next steps",
    "step.ask.time": " {time}",
    "step.ask.why": "Knowing what happens next and when tells you when to follow up, and "
    "contact details let you thank each interviewer.",
    "step.thanks.title": "Send a thank-you email to {name}",
    "step.thanks.why": "An email arrives at once, so your thanks and your case for the job count "
    "even if they decide quickly.",
    "step.note.title": "Send a handwritten note to {name}",
    "step.note.why.in-person": "Few candidates send a handwritten note, so it makes you stand "
    "out and reminds them of you if the decision takes a while.",
    "step.note.why.remote": "You never visited their office, so post the card to the "
    "organization's address (its website has it), marked for the attention of {name}; few "
    "candidates send one, so it stands out.",
    "step.follow_up.title.email": "Email {name} to follow up",
    "step.follow_up.title.phone": "Call {name} to follow up",
    "step.follow_up.title.email.thanks": "Email {name} to say thank you and follow up",
    "step.follow_up.title.phone.thanks": "Call {name} to say thank you and follow up",
    "step.second.title": "Send a last follow-up email to {name}",
    "step.second.why": "Hiring decisions are often slow, so one more short email is fine, and it "
    "is the last one.",
    "step.move_on.title": "Move on if you have not heard back",
    "step.move_on.why": "Two follow-ups without an answer usually mean no, so let this one go and "
    "put your energy into your next interview.",
    "step.move_on.why.do_not_contact": "They asked you not to contact them, so there are no "
    "follow-ups: if you have not heard by now, let this one go and put your energy into your "
    "next interview.",
    "step.move_on.why.late": "It has been {since} since the interview without news, which "
    "usually means they have chosen someone else. That happens to strong candidates all the "
    "time, so let this one go and put your energy into your next application; if they do get in "
    "touch, you can still say yes.",
    "since.one_day": "a day",
    "since.days": "{count} days",
    "since.weeks": "{count} weeks",
    "why.thanked": "A thank-you sent this long after the interview would arrive late, so this "
    "one message thanks them and asks about the next steps.",
    "why.thanked.due": "You have not thanked them yet and it is time to follow up, so one "
    "message does both: two emails a day or two apart would be one too many.",
    "why.moved": "The day to follow up was {date}, so do it now rather than wait any longer: a "
    "short, polite message shows you are still interested.",
    "why.follow_up_on": "They told you when to follow up, so do it then and not before: "
    "contacting them sooner would look pushy.",
    "why.decision_by": "They expected to decide by {date}, so once that has passed it is fair to "
    "ask, and to say you are still interested.",
    "why.phone": "They asked you to phone, so if you have not heard back by now, call to say you "
    "are still interested.",
    "why.email": "If you have not heard back by now, a short email shows you are still "
    "interested and is less intrusive than a call.",
    # Warnings above the plan.
    "warn.late": "It is not too late: {todo}.",
    "warn.late.move_on": "Today, let this application go and turn to your next one.",
    "late.today": "{todo} today",
    "late.on": "{todo} on {date}",
    "late.thank-you-email": "send your thank-you email",
    "late.thank-you-emails": "send your thank-you emails",
    "late.handwritten-note": "post your handwritten note",
    "late.handwritten-notes": "post your handwritten notes",
    "late.follow-up.email": "email {name} to follow up",
    "late.follow-up.phone": "call {name} to follow up",
    "late.follow-up.email.thanks": "email {name} to say thank you and follow up",
    "late.follow-up.phone.thanks": "call {name} to say thank you and follow up",
    "warn.date_before_interview": "The {which} date you were given ({date}) is before the "
    "interview ({interview}), so the plan ignores it: check the date.",
    "warn.which.follow_up": "follow-up",
    "warn.which.decision": "decision",
    "warn.far_decision": "The decision date you were given ({date}) is more than {days} days "
    "after the interview: check the date.",
    "warn.do_not_contact": "You were asked not to contact them, so the plan has no follow-ups, "
    "whatever else was said about following up.",
    "warn.not_business_day": "The follow-up date you were given ({date}) is not a business day, "
    "so the plan moves the follow-up to the next one.",
    "warn.link_too_long": "The {message} to {name} is too long for an email link, so the link "
    "leaves the message out: copy it instead.",
    "warn.same_messages": "Your {messages} to {names} say the same thing: add what you discussed "
    "with each of them, so that none reads like a copy.",
    "warn.unsigned": "Your messages end without your name: add it under “{field}” so each one "
    "is signed.",
    "warn.too_long": "The {message} to {name} is {words} words long; cut it to {limit} or fewer "
    "({reason}).",
    "message.thank-you-email": "thank-you email",
    "message.thank-you-emails": "thank-you emails",
    "message.handwritten-note": "handwritten note",
    "message.handwritten-notes": "handwritten notes",
    "message.follow-up": "follow-up email",
    "message.second-follow-up": "second follow-up email",
    "message.voicemail": "voicemail",
    "reason.thank-you-email": "they should read it in under a minute",
    "reason.handwritten-note": "it has to fit on a card",
    "reason.follow-up": "a follow-up is brief",
    "reason.second-follow-up": "a follow-up is brief",
    "reason.voicemail": "a voicemail should take under half a minute",
    # Dates: "Friday, November 20, 2026"; spoken "Friday, November 20"; short "Fri, Nov 20".
    "date.long": "{weekday}, {month} {day}, {year}",
    "date.spoken": "{weekday}, {month} {day}",
    "date.short": "{weekday}, {month} {day}",
    "date.short.year": "{weekday}, {month} {day}, {year}",
    # What the planner page writes beside each step, and announces.
    "view.status.due-today": "Today",
    "view.status.upcoming": "Upcoming",
    "view.today": "today",
    "view.tomorrow": "tomorrow",
    "view.yesterday": "yesterday",
    "view.in_days": "in {count} days",
    "view.days_ago": "{count} days ago",
    "view.was_due": "was due {date}",
    "view.announcement.one": "Plan updated: 1 step.",
    "view.announcement": "Plan updated: {count} steps.",
    "view.print_when": "Write and post it by {date}.",
    # An email's subject line, in the page and in a calendar event's description.
    "subject": "Subject: {subject}",
    # Problems with what the visitor typed, as the page shows them beside the field.
    "problem.required": "Please fill this in.",
    "problem.policy": "The career center's planner settings have a problem ({problem}).",
    "problem.expected": "Expected {expected}, got {got}.",
    "problem.unknown": "Unknown field; allowed: {allowed}.",
    "problem.too_long": "Too long ({length} characters; at most {limit}).",
    "problem.not_a_date": "Not a date (use YYYY-MM-DD): {value}.",
    "problem.impossible_date": "Not a date: {value}.",
    "problem.date_range": "{value} is outside {first}-{last}.",
    "problem.choice": "Must be one of {options}, got {value}.",
    "problem.not_a_time": "Not a time (use HH:MM, 24-hour): {value}.",
    "problem.interviewer_count": "Expected 1 to {most} interviewers, got {count}.",
    "problem.email": "Not an email address: {value}.",
    "problem.phone": "Not a phone number: {value}.",
    "kind.text": "text",
    "kind.object": "an object",
    "kind.list": "a list",
    "kind.number": "a number",
    "kind.boolean": "true/false",
    "kind.null": "nothing",
    "kind.date": "a date as text (YYYY-MM-DD)",
    "kind.interviewers": "a list of interviewers",
    "and": " and ",
    "list.and": ", and ",
    "list.comma": ", ",
}

# Dates' words.
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MONTHS_SHORT = tuple(month[:3] for month in MONTHS)
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
DAYS_SHORT = tuple(day[:3] for day in DAY_NAMES)

# Regional variants: what each writes differently from TEXT (the first is the default).
VARIANTS: dict[str, dict[str, str]] = {
    "en-US": {},
    "en-GB": {
        "date.long": "{weekday} {day} {month} {year}",
        "date.spoken": "{weekday} {day} {month}",
        "date.short": "{weekday} {day} {month}",
        "date.short.year": "{weekday} {day} {month} {year}",
        "step.note.why.remote": "You never visited their office, so post the card to the "
        "organisation's address (its website has it), marked for the attention of {name}; few "
        "candidates send one, so it stands out.",
        "problem.policy": "The career centre's planner settings have a problem ({problem}).",
    },
}

# The sentence each free-text field of the form finishes (shown beside the field).
FIELD_SENTENCES: dict[str, str] = {
    "greeting": "Dear …,",
    "discussed": "I especially enjoyed our conversation about …",
    "strengths": "I believe … would help me do the job well.",
    "forgot_to_mention": "One thing I did not get to mention is …",
}

# What visitors type before the part that fits the sentence, lower case, longest first:
# "We talked about the graduate scheme" fits "our conversation about ..." as "the graduate
# scheme".
LEADS: dict[str, tuple[str, ...]] = {
    "discussed": (
        "we had a great conversation about",
        "we had a conversation about",
        "our conversation about",
        "we talked a lot about",
        "we talked about",
        "we spoke about",
        "we chatted about",
        "we discussed",
        "talked about",
        "spoke about",
        "discussed",
        "talking about",
        "discussing",
        "about",
        "re:",
    ),
    "strengths": (
        "i think i am a good fit because of",
        "i am a good fit because of",
        "i'm a good fit because of",
        "my strengths are",
        "my strengths:",
        "strengths:",
        "because of",
    ),
    "forgot_to_mention": (
        "i forgot to mention that",
        "i forgot to mention",
        "i forgot to say that",
        "i forgot to say",
        "i didn't mention that",
        "i didn't mention",
        "i did not mention that",
        "i did not mention",
        "forgot to mention that",
        "forgot to mention",
        "forgot to say",
        "i forgot that",
        "that",
    ),
}

# Lead-ins that report what the interviewer said: the rest is news ("the team is growing").
NEWS_LEADS = tuple(
    f"{who} {verb}"
    for who in ("she", "he", "they", "you")
    for verb in ("said that", "told me that", "mentioned that", "said", "told me")
)
# First words of what was discussed that make it news about the interviewer, said after
# "hear that" (Spanish "ella dirige el equipo"); English treats such text as a clause.
NEWS_STARTS: frozenset[str] = frozenset()
# What was discussed typed as a statement, also news ("the internship is 12 weeks"): one of
# STATEMENT_STARTS, a few words, then one of LINKING_VERBS; a word of RELATIVE_WORDS before the
# verb makes it a topic again ("the project they are starting").
STATEMENT_STARTS = frozenset({"the", "their", "its", "our", "your", "his", "her"})
LINKING_VERBS = frozenset({"is", "are", "was", "were", "will", "has", "have", "had"})
RELATIVE_WORDS = frozenset({"that", "which", "who", "i", "you", "he", "she", "we", "they", "it"})
# First words (apostrophes straight) of text that is already a clause ("I speak Spanish"), not
# a phrase ("my portfolio"): it then becomes its own sentence, or follows "that".
CLAUSE_STARTS = frozenset(
    {
        "i",
        "i'm",
        "i've",
        "i'd",
        "i'll",
        "im",
        "ive",
        "we",
        "we're",
        "we've",
        "there",
        "there's",
        "it's",
        "she",
        "he",
        "they",
        "you",
        "she's",
        "he's",
        "they're",
        "you're",
    }
)
# Endings of first words that make a clause (Spanish "gestioné ..."), and words ending so
# that do not; English has none.
CLAUSE_ENDINGS: tuple[str, ...] = ()
NOT_CLAUSES: frozenset[str] = frozenset()
# A phrase that starts with an infinitive, by field, needs words before it to fit the sentence
# (Spanish "podría aportar" + "gestionar proyectos" -> "mi capacidad para gestionar proyectos");
# English phrases fit as they are.
VERB_PHRASES: dict[str, str] = {}
INFINITIVE_ENDINGS: tuple[str, ...] = ()
NOT_INFINITIVES: frozenset[str] = frozenset()
# Words the language joins where a value meets its frame ("de el" -> "del"); none in English.
JOINED: dict[str, str] = {}
# Capitalised first words that are not names, lower-cased mid-sentence ("The graduate
# scheme." -> "the graduate scheme").
COMMON_STARTS = frozenset(
    {
        "a",
        "an",
        "the",
        "our",
        "your",
        "my",
        "his",
        "her",
        "their",
        "its",
        "this",
        "that",
        "these",
        "those",
        "how",
        "what",
        "why",
        "when",
        "where",
        "which",
        "who",
        "some",
        "any",
        "all",
        "both",
        "each",
        "more",
        "most",
        "new",
        "being",
        "using",
        "doing",
        "going",
    }
)
# Endings of gerunds ("Working with tenants" -> "working with tenants"), and capitalised
# words ending so that are names, not verbs ("Reading", "Beijing").
GERUND_ENDINGS = ("ing",)
GERUND_NAMES = frozenset(
    {"beijing", "reading", "ealing", "woking", "kettering", "epping", "worthing", "sterling"}
)
# What a position may be typed with, that the drafts add themselves ("the", "role").
POSITION_ARTICLES = ("the ", "a ", "an ")
POSITION_PREFIXES: tuple[str, ...] = ()
POSITION_NOUNS = (" role", " position", " job", " post", " vacancy")
# Pronouns a student uses for the interviewer ("her team's move") as they read to that
# interviewer ("your team's move"); only unambiguous forms.
PRONOUNS: dict[str, str] = {
    "his": "your",
    "him": "you",
    "he's": "you're",
    "she's": "you're",
    "himself": "yourself",
    "herself": "yourself",
}
# "her" is "your" before a noun and "you" elsewhere ("I asked her about it").
HER = ("her", "your", "you")
# Words after which "her" is an object ("you"), not a possessive ("your").
AFTER_OBJECT = frozenset(
    {
        "and",
        "or",
        "but",
        "about",
        "to",
        "for",
        "from",
        "on",
        "in",
        "at",
        "with",
        "by",
        "as",
        "that",
        "if",
        "how",
        "what",
        "why",
        "when",
        "who",
    }
)
SUBJECTS = {"he": "you", "she": "you"}
# Verbs after "he"/"she" that change with "you".
VERBS = {
    "is": "are",
    "was": "were",
    "has": "have",
    "does": "do",
    "isn't": "aren't",
    "wasn't": "weren't",
    "hasn't": "haven't",
    "doesn't": "don't",
}
# Third-person endings after "she"/"he" and what they become after "you" ("manages" ->
# "manage", "carries" -> "carry", "watches" -> "watch"); words without one ("said") stay.
VERB_ENDINGS = (
    ("ies", "y"),
    ("ches", "ch"),
    ("shes", "sh"),
    ("sses", "ss"),
    ("xes", "x"),
    ("ss", "ss"),
    ("us", "us"),
    ("s", ""),
)
# Words that come between "she"/"he" and the verb ("she always says"): left as they are.
NOT_VERBS = frozenset({"always", "also", "sometimes", "perhaps", "nearly", "really"})

# Word lists keyed by this language's own words, which another language replaces with its own
# (compared by name only when checking a catalogue for untranslated strings).
OWN_WORDS = ("PRONOUNS", "VERBS", "SUBJECTS", "VARIANTS", "CONTRACTIONS", "OPENINGS", "TITLES")
# Lead-ins ending in a contraction of a preposition and an article, and the article the rest
# needs (Spanish "hablamos del proyecto" -> "el proyecto"); English has none.
CONTRACTIONS: dict[str, str] = {}
# The first word of a greeting the student typed, and the greeting it asks for ("Dear Ms Lee"
# -> "Dear Ms Lee,"); a title that says which greeting to use (none in English: "Dear" fits all).
OPENINGS: dict[str, str] = {"dear": "greeting"}
TITLES: dict[str, str] = {}
# Words inside a name that stay lower case when a name typed in one case is capitalised.
NAME_PARTICLES: frozenset[str] = frozenset()
# Courtesy titles typed before a name: "Ms. priya patel" is still a name typed in one case.
NAME_TITLES = frozenset(
    {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "mx", "mx.", "miss", "dr", "dr.", "prof", "prof."}
)
# Words inside an organisation's name that stay lower case when a name typed all in lower case
# is capitalised ("bank of the west" -> "Bank of the West").
SMALL_WORDS = frozenset({"a", "an", "and", "at", "for", "in", "of", "on", "the", "to"})
# ... and the company endings written in capitals ("baker & lyle llp" -> "Baker & Lyle LLP").
CAPITALS = frozenset({"llc", "llp", "plc"})
# The site's own words in this language: the planner page's labels, hints, buttons and the
# `planner-say-...` templates its script fills in (`{name}` is where a value goes), the footer,
# the 404 page, the language switcher, the navigation's titles (`nav.` + the English title in
# mkdocs.yml) and the advice pages' timing words. The build renders them into the templates.
PAGE: dict[str, object] = {
    "language.name": "English",
    # The navigation: the English titles of mkdocs.yml's `nav:`, as this language shows them.
    "nav.Home": "Home",
    "nav.The follow-up": "The follow-up",
    "nav.Before you leave": "Before you leave",
    "nav.Thank-you email": "Thank-you email",
    "nav.Handwritten note": "Handwritten note",
    "nav.Why both": "Why both",
    "nav.Waiting and following up": "Waiting and following up",
    "nav.Video and phone interviews": "Video and phone interviews",
    "nav.When things change": "When things change",
    "nav.Common questions": "Common questions",
    "nav.Checklist": "Checklist",
    "nav.Plan your follow-up": "Plan your follow-up",
    "nav.Privacy": "Privacy",
    # The advice pages' timing words ({{ advice.follow_up }}...), from the centre's policy.
    "advice.numbers": (
        "no",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
    ),
    "advice.day": "a day",
    "advice.days": "{count} days",
    "advice.week": "a week",
    "advice.weeks": "{count} weeks",
    "advice.business_day": "one business day",
    "advice.business_days": "{count} business days",
    "advice.same_day": "the same day",
    "advice.next_day": "within 24 hours",
    "advice.within": "within {time}",
    # Every page's footer.
    "footer.ask": "Questions about your follow-up? Ask us:",
    "footer.and": ", ",
    "footer.or": " or ",
    "footer.book": "Book an appointment",
    "footer.about": "About this site",
    "footer.accessibility": "Accessibility",
    "footer.staff": "For career centres",
    "footer.licence": "Licence (MIT)",
    "footer.made_with": "Made with",
    "switcher.label": "Language",
    # The 404 page.
    "404.title": "Page not found",
    "404.text": "Sorry, there is no page at this address. It may have moved, or the link may have "
    "a typo.",
    "404.try": "Try one of these:",
    "404.home": "Home: your follow-up at a glance",
    "404.checklist": "The printable checklist",
    "404.planner": "Plan your follow-up",
    "404.search": "Or use the search at the top of the page.",
    # The planner page.
    "planner.noscript": "The planner needs JavaScript. The {checklist} has every step without "
    "dates.",
    "planner.checklist": "follow-up checklist",
    "planner.status": "Planner status",
    "planner.jump": "See your plan",
    "planner.load_hint": "You can start filling in the form now: your plan appears as soon as the "
    "planner is ready.",
    "planner.retry": "Try again",
    "planner.meanwhile": "Meanwhile, the {checklist} has every step without dates.",
    "planner.details": "Technical details",
    "planner.form": "About your interview",
    "planner.privacy": "What you type stays in this browser: nothing is sent anywhere, and it is "
    "kept on this device only if you tick “Remember on this device” ({privacy}).",
    "planner.privacy_link": "privacy",
    "planner.interview": "The interview",
    "planner.interview_date": "Interview date",
    "planner.interview_time": "Interview time",
    "planner.optional": "Optional",
    "planner.interview_format": "Interview format",
    "planner.format.in-person": "In person",
    "planner.format.video": "Video",
    "planner.format.phone": "Phone",
    "planner.candidate": "Your name",
    "planner.position": "Position",
    "planner.company": "Company",
    "planner.interviewer": "Interviewer",
    "planner.interviewer_lower": "interviewer",
    "planner.interviewer_name": "Interviewer name",
    "planner.greeting": "Greeting",
    "planner.greeting_hint": "How you address them, e.g. Ms Okafor. Messages open “{sentence}”",
    "planner.title": "Job title",
    "planner.email": "Email",
    "planner.phone": "Phone",
    "planner.discussed": "What you discussed",
    "planner.finishes": "Your words finish the sentence “{sentence}”",
    "planner.remove_interviewer": "Remove interviewer",
    "planner.add_interviewer": "Add interviewer",
    "planner.what_to_say": "What to say",
    "planner.strengths": "What makes you a good match",
    "planner.forgot": "Anything you forgot to mention",
    "planner.next_steps": "What did they say about next steps?",
    "planner.decision_by": "Decision expected by",
    "planner.follow_up_on": "Follow up on",
    "planner.follow_up_by": "Follow up by",
    "planner.by.none": "They didn\u2019t say",
    "planner.by.email": "Email",
    "planner.by.phone": "Phone",
    "planner.do_not_contact": "They asked me not to contact them",
    "planner.remember": "Remember on this device",
    "planner.clear": "Clear everything",
    "planner.undo": "Undo",
    "planner.results": "Your follow-up plan",
    "planner.back": "Back to the form",
    "planner.check_fields": "Check these fields",
    "planner.hint": "Fill in the interview date and your interviewer\u2019s name: your plan "
    "appears here.",
    "planner.stale": "This plan leaves out the fields marked in the form until they are fixed: it "
    "follows everything else you type.",
    "planner.ics": "Add all to calendar",
    "planner.print": "Print notes",
    "planner.what_if": "If things change",
    "planner.what_if_text": "Ready emails to your main contact, for when the plan above no longer "
    "fits.",
    "planner.contact": "Want someone to read your draft? Contact {centre}: {ways}.",
    "planner.contact_centre": "your career centre",
    # The planner page script's words (planner-words.js, say()): `{name}` is a value it fills in.
    "say.stage-download": "Getting the planner ready…",
    "say.stage-start": "Getting the planner ready: setting it up…",
    "say.stage-planner": "Getting the planner ready: nearly there…",
    "say.downloaded": "{done} of {total} MB",
    "say.ready": "The planner is ready.",
    "say.failed": "The planner could not start.",
    "say.failed-no-wasm": "This browser cannot run the planner: it lacks WebAssembly, which the "
    "planner needs. A current version of Chrome, Firefox, Safari or Edge can run it.",
    "say.failed-timeout": "The planner is taking too long to download. Your connection may be "
    "slow or interrupted.",
    "say.failed-download": "Part of the planner did not download, so it cannot work out your "
    "dates yet. Check your connection, then try again. What you typed is still here.",
    "say.restored": "Your saved answers are back.",
    "say.interviewer-removed": "Interviewer {number} removed.",
    "say.not-updated-one": "Plan not updated: 1 field needs checking.",
    "say.not-updated-other": "Plan not updated: {count} fields need checking.",
    "say.fill-in": "To see your plan, fill in: {fields}.",
    "say.draft": "Draft",
    "say.draft-edited": "You changed this draft.",
    "say.draft-undo": "Undo my changes",
    "say.draft-edited-stale": "You changed this draft, and the form has changed since: your "
    "version is kept.",
    "say.draft-use-new": "Use the new draft",
    "say.copy": "Copy",
    "say.copy-subject": "Copy subject",
    "say.voicemail": "If nobody answers, leave this message:",
    "say.call": "Call {number}",
    "say.see-plan-one": "See your plan (1 step)",
    "say.see-plan-other": "See your plan ({count} steps)",
    "say.open-email": "Open in email app",
    "say.copied": "Copied.",
    "say.selected": "Selected: copy it with your device\u2019s Copy command.",
    "say.ics-failed": "The calendar file could not be made. Try again in a moment.",
    "say.ics-saved": "Calendar file saved: {file}. Open it to add the dates.",
    "say.cleared": "Everything cleared: the form is empty and nothing is stored on this device.",
    "say.uncleared": "Your answers are back.",
}
