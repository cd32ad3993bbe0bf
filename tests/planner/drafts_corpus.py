"""Requests as students really fill in the form: messy, partial, pasted, on a phone.

Each entry is (name, request). The drafts of every one must pass `draft_checks`; the golden
files hold the full drafts of the scenarios in `GOLDEN`.
"""

from __future__ import annotations


def req(**fields: object) -> dict:
    """A request for an interview on Wednesday 18 November 2026, planned the Monday before."""
    base: dict = {"today": "2026-11-16", "interview": {"date": "2026-11-18"}}
    base.update(fields)
    return base


CORPUS: list[tuple[str, dict]] = [
    (
        "tidy-single-in-person",
        req(
            candidate="Sam Rivera",
            position="Junior Analyst",
            company="Northwind Trading",
            interviewers=[
                {
                    "name": "Dana Lee",
                    "title": "Hiring Manager",
                    "greeting": "Ms Lee",
                    "email": "dana.lee@example.com",
                    "discussed": "the new reporting dashboard",
                }
            ],
            strengths="three years of SQL and a knack for clear charts",
            forgot_to_mention="I finished the Tableau certificate last month",
        ),
    ),
    (
        "we-talked-about-full-stops",
        req(
            candidate="Priya Shah",
            position="Graduate Trainee.",
            company="Baker & Lyle LLP.",
            interviewers=[
                {
                    "name": "Helen Carter",
                    "greeting": "Ms Carter",
                    "discussed": "We talked about the new graduate scheme.",
                }
            ],
            strengths="Mooting experience and my summer placement at Citizens Advice.",
            forgot_to_mention="I forgot to mention that I speak Gujarati and Hindi.",
        ),
    ),
    (
        "no-strengths-no-details",
        req(
            candidate="Tom Okafor",
            position="Paralegal",
            company="Baker & Lyle LLP",
            interviewers=[{"name": "Sarah Baker"}],
        ),
    ),
    (
        "instagram-gerund",
        req(
            candidate="Aisha Bello",
            position="Social Media Assistant",
            company="Greenleaf Foods",
            interviewers=[
                {
                    "name": "Marcus Hill",
                    "greeting": "Marcus",
                    "discussed": "their plans for TikTok",
                }
            ],
            strengths="running my society's Instagram",
        ),
    ),
    (
        "lower-case-names",
        req(
            candidate="jordan mills",
            position="marketing intern",
            company="Brightside Media",
            interviewers=[
                {"name": "helen o'neill", "greeting": "dr. o'neill", "discussed": "about podcasts"}
            ],
        ),
    ),
    (
        "upper-case-names",
        req(
            candidate="LUCIA FERNANDEZ",
            position="Lab Technician",
            company="Helix Bio",
            interviewers=[
                {
                    "name": "RAJ PATEL",
                    "title": "Lab Manager",
                    "discussed": "the new sequencing machine",
                }
            ],
            strengths="careful record keeping and two summers in a university lab",
        ),
    ),
    (
        "pronouns-her",
        req(
            candidate="Ben Carter",
            position="Research Assistant",
            company="City Policy Institute",
            interviewers=[
                {
                    "name": "Dr. Amina Yusuf",
                    "greeting": "Dr. Yusuf",
                    "discussed": "her research on housing and how she is funding it",
                }
            ],
            strengths="my dissertation on rent controls",
        ),
    ),
    (
        "pronouns-his",
        req(
            candidate="Chloe Martin",
            position="Sales Associate",
            company="Outdoor Gear Co",
            interviewers=[
                {"name": "Mike Ross", "greeting": "Mike", "discussed": "his move from retail"}
            ],
        ),
    ),
    (
        "first-name-possessive",
        req(
            candidate="Leo Grant",
            position="Junior Developer",
            company="Tidewater Software",
            interviewers=[
                {"name": "Dana Wu", "greeting": "Dana", "discussed": "Dana's team's code reviews"}
            ],
            strengths="Python and two hackathon wins",
        ),
    ),
    (
        "phrase-pasted-as-sentence",
        req(
            candidate="Mia Chen",
            position="Operations Coordinator",
            company="Harbour Logistics",
            interviewers=[{"name": "Paul Adams", "discussed": "The new warehouse in Leeds."}],
            strengths="I have organised events for 300 people and I stay calm under pressure.",
        ),
    ),
    (
        "emoji",
        req(
            candidate="Zoë Laurent",
            position="Community Manager",
            company="Pixel Pals 🎮",
            interviewers=[
                {
                    "name": "Kai Tanaka 👋",
                    "greeting": "Kai",
                    "discussed": "the Discord server relaunch 🚀",
                }
            ],
            strengths="moderating a 20k-member Discord 💬",
        ),
    ),
    (
        "empty-optional-fields",
        req(
            candidate="",
            position="  ",
            company="",
            interviewers=[
                {"name": "Dana Lee", "title": "", "email": "", "discussed": "", "greeting": ""}
            ],
            strengths="",
            forgot_to_mention="",
        ),
    ),
    ("bare-minimum", req(interviewers=[{"name": "Dana Lee"}])),
    (
        "greeting-typed-with-dear",
        req(
            candidate="Sam Lee",
            position="Marketing Assistant",
            company="Alumni Relations Office",
            interviewers=[
                {
                    "name": "Grace Okafor",
                    "greeting": "Dear Ms Okafor,",
                    "discussed": "moving the alumni newsletter online",
                }
            ],
            strengths="my writing, my analytics experience and my enthusiasm",
            forgot_to_mention="I also edited our society's podcast",
        ),
    ),
    (
        "long-text",
        req(
            candidate="Alex Novak",
            position="Policy Officer",
            company="Department of Transport",
            interviewers=[
                {
                    "name": "Fiona Grant",
                    "discussed": "the consultation on rural bus routes, the way the team "
                    "weighs evidence from local councils against national data, how the "
                    "department decides which pilots to fund, and what a typical week looks "
                    "like for a new policy officer working on buses and active travel",
                }
            ],
            strengths="two years of research on rural transport for my master's, a placement "
            "at a county council where I wrote briefings for councillors, experience running "
            "focus groups, and a habit of turning messy data into clear one-page summaries",
            forgot_to_mention="I have already passed the civil service numerical test and I "
            "can start in January, and I am happy to travel to regional offices when needed",
        ),
    ),
    (
        "doubled-words-and-punctuation",
        req(
            candidate="Noah Price",
            position="Account Executive",
            company="Vista Ads",
            interviewers=[{"name": "Emma Stone", "discussed": "the the new client pitch!!"}],
            strengths="cold calling ,, and a year of agency experience..",
        ),
    ),
    (
        "colon-in-input",
        req(
            candidate="Ella Brooks",
            position="Data Intern",
            company="Metro Health",
            interviewers=[{"name": "Omar Haddad", "discussed": "re: the patient survey data"}],
            strengths="Strengths: R, statistics and clear writing",
            forgot_to_mention="my portfolio: ellabrooks.dev",
        ),
    ),
    (
        "lower-case-i",
        req(
            candidate="Ryan Doyle",
            position="Barista Trainer",
            company="Bean There",
            interviewers=[{"name": "Sofia Russo", "discussed": "we discussed latte art"}],
            strengths="i have trained six new baristas",
            forgot_to_mention="i can work weekends",
        ),
    ),
    (
        "video-single",
        req(
            candidate="Hana Kim",
            position="UX Designer",
            company="Cloudberry",
            interview={"date": "2026-11-18", "time": "10:30", "format": "video"},
            interviewers=[
                {
                    "name": "Lena Fischer",
                    "title": "Design Lead",
                    "greeting": "Lena",
                    "email": "lena@cloudberry.example",
                    "discussed": "the onboarding redesign",
                }
            ],
            strengths="user research and quick prototyping in Figma",
            forgot_to_mention="I ran usability tests for a charity app",
        ),
    ),
    (
        "video-panel-of-three",
        req(
            candidate="Omar Farouk",
            position="Software Engineer",
            company="Kestrel Systems",
            interview={"date": "2026-11-18", "format": "video"},
            interviewers=[
                {
                    "name": "Julia Roberts",
                    "title": "Engineering Manager",
                    "greeting": "Julia",
                    "discussed": "how the team does code review",
                },
                {
                    "name": "Ken Adams",
                    "title": "Senior Engineer",
                    "greeting": "Ken",
                    "discussed": "the migration to Kubernetes",
                },
                {
                    "name": "Priya Nair",
                    "title": "Product Manager",
                    "greeting": "Priya",
                    "discussed": "how engineers talk to customers",
                },
            ],
            strengths="two internships writing Go and a love of tidy tests",
        ),
    ),
    (
        "phone-interview",
        req(
            candidate="Daniel Moore",
            position="Customer Success Associate",
            company="Brightpath",
            interview={"date": "2026-11-18", "format": "phone"},
            interviewers=[
                {
                    "name": "Rachel Green",
                    "greeting": "Ms Green",
                    "phone": "+1 (555) 010-0199",
                    "discussed": "the renewals process",
                }
            ],
            strengths="a year on a student help desk",
            instructions={"follow_up_by": "phone"},
        ),
    ),
    (
        "phone-interview-email-follow-up",
        req(
            candidate="Grace Liu",
            position="Recruitment Coordinator",
            company="Peak People",
            interview={"date": "2026-11-18", "format": "phone"},
            interviewers=[{"name": "Tom Baker", "title": "Talent Partner"}],
        ),
    ),
    (
        "panel-of-two-in-person",
        req(
            candidate="Isla Murray",
            position="Trainee Accountant",
            company="Cole & Finch",
            interviewers=[
                {
                    "name": "Peter Cole",
                    "title": "Partner",
                    "greeting": "Mr Cole",
                    "discussed": "the audit season",
                },
                {
                    "name": "Anna Finch",
                    "title": "Training Manager",
                    "greeting": "Ms Finch",
                    "discussed": "the ACA study programme",
                },
            ],
            strengths="my A in financial accounting and a summer at a small practice",
            forgot_to_mention="I have already passed two ACA exams",
        ),
    ),
    (
        "panel-of-four-titles-only",
        req(
            candidate="Ruth Evans",
            position="Staff Nurse",
            company="St Mary's Hospital",
            interviewers=[
                {"name": "Carol White", "title": "Ward Manager"},
                {"name": "James Osei", "title": "Matron"},
                {"name": "Linda Park", "title": "Practice Educator"},
                {"name": "Tim Hughes", "title": "HR Adviser"},
            ],
            strengths="my final placement on a surgical ward",
        ),
    ),
    (
        "panel-of-five-mixed",
        req(
            candidate="Kofi Mensah",
            position="Graduate Engineer",
            company="Arden Rail",
            interview={"date": "2026-11-18", "time": "09:00"},
            interviewers=[
                {"name": "Sue Harris", "title": "Chief Engineer", "discussed": "signalling"},
                {"name": "Dev Patel", "discussed": "We talked about the Midlands project."},
                {"name": "Anne Lowe", "title": "Graduate Lead", "discussed": "rotations"},
                {"name": "Bill Ford", "title": "Safety Manager"},
                {"name": "Nina Shaw", "discussed": "she said the team is growing"},
            ],
            strengths="a first in civil engineering and a year in industry",
        ),
    ),
    (
        "panel-pronouns",
        req(
            candidate="Eve Walsh",
            position="Editorial Assistant",
            company="Quill Press",
            interviewers=[
                {"name": "Maya Singh", "greeting": "Maya", "discussed": "her list of debut novels"},
                {"name": "Luke Brown", "greeting": "Luke", "discussed": "his time at the Guardian"},
            ],
        ),
    ),
    (
        "decision-by",
        req(
            candidate="Sam Rivera",
            position="Junior Analyst",
            company="Northwind Trading",
            interviewers=[{"name": "Dana Lee", "greeting": "Ms Lee", "discussed": "pricing"}],
            instructions={"decision_by": "2026-12-01"},
        ),
    ),
    (
        "follow-up-on",
        req(
            candidate="Sam Rivera",
            position="Junior Analyst",
            company="Northwind Trading",
            interviewers=[{"name": "Dana Lee", "discussed": "pricing models"}],
            instructions={"follow_up_on": "2026-11-27", "follow_up_by": "email"},
        ),
    ),
    (
        "follow-up-by-phone-without-number",
        req(
            candidate="Mo Ali",
            position="Warehouse Supervisor",
            company="Swift Parcel",
            interviewers=[{"name": "Gary Jones", "title": "Site Manager"}],
            instructions={"follow_up_by": "phone"},
        ),
    ),
    (
        "follow-up-by-phone-with-extension",
        req(
            position="Office Assistant",
            company="Hale Estates",
            interviewers=[
                {"name": "Jan Kowalski", "phone": "020 7946 0000 ext. 214", "discussed": "filing"}
            ],
            instructions={"follow_up_by": "phone", "decision_by": "2026-11-30"},
        ),
    ),
    (
        "do-not-contact",
        req(
            candidate="Nadia Rahman",
            position="Teaching Assistant",
            company="Hillside Primary School",
            interviewers=[{"name": "Mrs Janet Cole", "greeting": "Mrs Cole"}],
            instructions={"do_not_contact": True, "decision_by": "2026-11-25"},
        ),
    ),
    (
        "position-with-article",
        req(
            candidate="Ivy Turner",
            position="the Junior Designer role",
            company="Studio North",
            interviewers=[{"name": "Ola Berg", "discussed": "Their rebrand for a museum"}],
        ),
    ),
    (
        "company-only",
        req(
            candidate="Finn Walsh",
            company="Oakridge Council",
            interviewers=[{"name": "Paula Reed", "discussed": "the youth services review"}],
        ),
    ),
    (
        "position-only",
        req(
            candidate="Rosa Diaz",
            position="Legal Secretary",
            interviewers=[{"name": "Mark Lane", "discussed": "the case management system"}],
        ),
    ),
    (
        "strengths-with-because",
        req(
            candidate="Ali Hassan",
            position="Retail Manager",
            company="Homewise",
            interviewers=[{"name": "Kate Moss", "discussed": "store targets"}],
            strengths="because of five years in retail and a team of twelve",
        ),
    ),
    (
        "multi-sentence-discussed",
        req(
            candidate="June Park",
            position="Museum Educator",
            company="City Museum",
            interviewers=[
                {
                    "name": "Olu Ade",
                    "greeting": "Olu",
                    "discussed": "the new school workshops. she also mentioned the summer festival",
                }
            ],
        ),
    ),
    (
        "after-the-interview",
        req(
            today="2026-11-20",
            candidate="Sam Rivera",
            position="Junior Analyst",
            company="Northwind Trading",
            interview={"date": "2026-11-18", "format": "video"},
            interviewers=[
                {"name": "Dana Lee", "greeting": "Dana", "discussed": "the pricing dashboard"}
            ],
            instructions={"follow_up_by": "phone"},
        ),
    ),
    (
        "forgot-noun-phrase",
        req(
            candidate="Ravi Kumar",
            position="Junior Accountant",
            company="Ledger & Co",
            interviewers=[{"name": "Sheila Brown", "discussed": "month-end close"}],
            forgot_to_mention="my Excel certification",
        ),
    ),
    (
        "forgot-gerund",
        req(
            candidate="Lily Evans",
            position="Care Assistant",
            company="Meadow House",
            interview={"date": "2026-11-18", "format": "phone"},
            interviewers=[{"name": "Joan Hart", "greeting": "Joan", "discussed": "night shifts"}],
            forgot_to_mention="volunteering at my gran's care home for two years",
        ),
    ),
    (
        "curly-apostrophes",
        req(
            candidate="Owen Price",
            position="Copywriter",
            company="Wordsmiths",
            interviewers=[
                {
                    "name": "Claire O\u2019Brien",
                    "greeting": "Claire",
                    "discussed": "her agency\u2019s style guide",
                }
            ],
            forgot_to_mention="I\u2019ve written for the student paper for three years",
        ),
    ),
    (
        "phone-panel-of-two",
        req(
            candidate="Nora Quinn",
            position="Events Officer",
            company="Riverside Arts",
            interview={"date": "2026-11-18", "format": "phone"},
            interviewers=[
                {
                    "name": "Hugo Bell",
                    "greeting": "Hugo",
                    "phone": "0161 496 0000",
                    "discussed": "the winter programme",
                },
                {"name": "Asha Rao", "greeting": "Asha", "discussed": "ticketing"},
            ],
            instructions={"follow_up_by": "phone", "follow_up_on": "2026-11-30"},
        ),
    ),
    (
        "capitalised-gerund",
        req(
            candidate="Theo Young",
            position="Project Assistant",
            company="Brick Lane Housing",
            interviewers=[{"name": "Maria Lopez", "discussed": "Working with tenants' groups."}],
            strengths="Managing a student housing co-op",
        ),
    ),
    (
        "clause-strengths-we",
        req(
            candidate="Zara Khan",
            position="Fundraising Assistant",
            company="Hope Trust",
            interviewers=[{"name": "David Lee", "discussed": "the spring appeal"}],
            strengths="I raised £4,000 for my society's charity week",
            forgot_to_mention="we won the university's volunteering award",
        ),
    ),
    # Plans made after the interview: they start today.
    (
        "late-three-days-video-panel",
        req(
            today="2026-11-21",
            candidate="Leah Grant",
            position="Marketing Assistant",
            company="Bluebell Books",
            interview={"date": "2026-11-18", "format": "video"},
            interviewers=[
                {
                    "name": "Omar Haddad",
                    "greeting": "Mr Haddad",
                    "discussed": "the spring catalogue",
                },
                {"name": "Ruth Ellis", "title": "Editor"},
            ],
        ),
    ),
    (
        "late-ten-days-on-a-saturday",
        req(
            today="2026-11-28",
            candidate="Ben Carter",
            position="the Junior Designer role",
            company="Pixel & Print",
            interviewers=[
                {"name": "sophie turner", "email": "sophie@example.com", "discussed": "her rebrand"}
            ],
            instructions={"follow_up_on": "2026-11-25"},
        ),
    ),
    (
        "late-three-weeks-decision-date",
        req(
            today="2026-12-09",
            candidate="Mia Wong",
            position="Data Intern",
            company="Harbour Health",
            interviewers=[
                {
                    "name": "James Osei",
                    "greeting": "Dr Osei",
                    "email": "j.osei@example.org",
                    "discussed": "We talked about the patient-flow model.",
                }
            ],
            strengths="Python and a statistics module",
            instructions={"decision_by": "2026-11-27"},
        ),
    ),
    (
        "late-three-weeks-phone",
        req(
            today="2026-12-09",
            candidate="Sam Rivera",
            company="Northwind Trading",
            interview={"date": "2026-11-18", "format": "phone"},
            interviewers=[{"name": "Dana Lee", "greeting": "Dana", "phone": "+1 555 010 0199"}],
            instructions={"follow_up_by": "phone"},
        ),
    ),
    (
        "late-two-months",
        req(
            today="2027-01-18",
            candidate="Ivy Chen",
            interviewers=[{"name": "Paul Grey"}],
        ),
    ),
]

# Scenarios whose full drafts are kept as text in tests/planner/golden/.
GOLDEN = (
    "tidy-single-in-person",
    "we-talked-about-full-stops",
    "no-strengths-no-details",
    "pronouns-her",
    "video-panel-of-three",
    "phone-interview",
    "panel-of-two-in-person",
    "follow-up-by-phone-with-extension",
    "do-not-contact",
    "greeting-typed-with-dear",
    "after-the-interview",
    "late-ten-days-on-a-saturday",
    "late-three-weeks-decision-date",
    "late-three-weeks-phone",
    "late-two-months",
)
