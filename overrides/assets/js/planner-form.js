// The form: its state as plain data, interviewer groups, field errors, and local storage.
// Visitor text only ever goes into form controls' values and textContent.

export const STORAGE_KEY = "followup-planner:form";
const MAX_INTERVIEWERS = 20;
const SIMPLE = ["interview.date", "interview.time", "candidate", "position", "company",
  "strengths", "forgot_to_mention", "instructions.decision_by", "instructions.follow_up_on",
  "instructions.follow_up_by"];
const PERSON = ["name", "title", "email", "discussed"];

export class PlannerForm {
  constructor(form) {
    this.form = form;
    this.list = form.querySelector("#planner-interviewers");
    this.template = this.list.querySelector("[data-interviewer]").cloneNode(true);
    this.addButton = form.querySelector("#planner-add-interviewer");
    this.remember = form.querySelector("#planner-remember");
    this.touched = new Set(); // controls the visitor has changed (errors show for these)
    this.serial = 1; // ids for cloned groups, never reused
    this.renumber();
  }

  control(path) {
    return this.form.querySelector(`[data-field="${path}"]`);
  }

  groups() {
    return [...this.list.querySelectorAll("[data-interviewer]")];
  }

  addInterviewer() {
    if (this.groups().length >= MAX_INTERVIEWERS) return null;
    const group = this.template.cloneNode(true);
    const serial = this.serial++;
    for (const control of group.querySelectorAll("[data-field]")) {
      const id = `planner-i${serial}-${control.dataset.field}`;
      group.querySelector(`label[for="${control.id}"]`).htmlFor = id;
      control.id = id;
      control.value = "";
      control.removeAttribute("aria-invalid");
    }
    this.list.append(group);
    this.renumber();
    return group;
  }

  removeInterviewer(group) {
    if (this.groups().length <= 1) return;
    for (const control of group.querySelectorAll("[data-field]")) this.touched.delete(control);
    group.remove();
    this.renumber();
  }

  renumber() {
    const groups = this.groups();
    groups.forEach((group, index) => {
      for (const number of group.querySelectorAll("[data-interviewer-number]")) {
        number.textContent = String(index + 1);
      }
      group.querySelector("[data-remove-interviewer]").hidden = groups.length === 1;
    });
    this.addButton.disabled = groups.length >= MAX_INTERVIEWERS;
  }

  /** Everything typed, as plain data (also what is stored with "Remember on this device"). */
  state() {
    const fields = {};
    for (const path of SIMPLE) fields[path] = this.control(path).value;
    fields["instructions.do_not_contact"] = this.control("instructions.do_not_contact").checked;
    const interviewers = this.groups().map((group) => {
      const person = {};
      for (const key of PERSON) person[key] = group.querySelector(`[data-field="${key}"]`).value;
      return person;
    });
    return { fields, interviewers };
  }

  restore(state) {
    if (!state || typeof state !== "object") return;
    const fields = state.fields && typeof state.fields === "object" ? state.fields : {};
    for (const path of SIMPLE) {
      const value = fields[path];
      if (typeof value === "string") this.control(path).value = value;
    }
    this.control("instructions.do_not_contact").checked =
      fields["instructions.do_not_contact"] === true;
    const people = Array.isArray(state.interviewers) ? state.interviewers.slice(0, MAX_INTERVIEWERS) : [];
    while (this.groups().length > Math.max(1, people.length)) this.groups().at(-1).remove();
    while (this.groups().length < people.length) this.addInterviewer();
    this.groups().forEach((group, index) => {
      const person = people[index] || {};
      for (const key of PERSON) {
        group.querySelector(`[data-field="${key}"]`).value =
          typeof person[key] === "string" ? person[key] : "";
      }
    });
    this.renumber();
  }

  clear() {
    this.restore({ fields: {}, interviewers: [{}] });
    for (const path of SIMPLE) this.control(path).value = "";
    this.touched.clear();
    this.showProblems([]);
  }

  /**
   * The planner request (issue 3's contract) for today's date; empty fields are left out, and
   * so are extra interviewer groups left completely empty. `people` maps request index -> group.
   */
  request(today) {
    const { fields, interviewers } = this.state();
    const text = (value) => (value.trim() ? value : undefined);
    const people = [];
    const groups = this.groups();
    const request = {
      today,
      interview: { date: fields["interview.date"], time: text(fields["interview.time"]) },
      candidate: text(fields.candidate),
      position: text(fields.position),
      company: text(fields.company),
      interviewers: [],
      strengths: text(fields.strengths),
      forgot_to_mention: text(fields.forgot_to_mention),
      instructions: {
        decision_by: text(fields["instructions.decision_by"]),
        follow_up_on: text(fields["instructions.follow_up_on"]),
        follow_up_by: text(fields["instructions.follow_up_by"]),
        do_not_contact: fields["instructions.do_not_contact"],
      },
    };
    interviewers.forEach((person, index) => {
      const given = PERSON.filter((key) => person[key].trim());
      if (index > 0 && given.length === 0) return;
      const entry = {};
      for (const key of given) entry[key] = person[key];
      request.interviewers.push(entry);
      people.push(groups[index]);
    });
    return { request: JSON.parse(JSON.stringify(request)), people };
  }

  /** The control a problem's field names, e.g. `interviewers[2].email` or `company`. */
  controlFor(field, people) {
    const person = /^interviewers\[(\d+)\](?:\.(\w+))?/.exec(field);
    if (person) {
      const group = people[Number(person[1])];
      const key = PERSON.includes(person[2]) ? person[2] : "name";
      return group ? group.querySelector(`[data-field="${key}"]`) : null;
    }
    if (field === "interviewers") return this.groups()[0].querySelector('[data-field="name"]');
    if (field === "interview") return this.control("interview.date");
    return SIMPLE.includes(field) || field === "instructions.do_not_contact"
      ? this.control(field)
      : null;
  }

  labelOf(control) {
    const label = this.form.querySelector(`label[for="${control.id}"]`);
    return label ? label.textContent.replace(/\s+/g, " ").trim() : control.id;
  }

  /**
   * Show problems next to their fields and return what the summary lists. A "required" problem
   * on a field the visitor has not touched yet is not an error, just something still to fill in.
   */
  sortProblems(problems, people) {
    const errors = [];
    const missing = [];
    const general = [];
    for (const problem of problems) {
      const control = this.controlFor(problem.field, people);
      if (!control) {
        general.push(problem);
      } else if (!this.touched.has(control) && /^required/.test(problem.message)) {
        missing.push({ control, problem });
      } else if (this.touched.has(control) || control !== document.activeElement) {
        errors.push({ control, problem });
      }
    }
    return { errors, missing, general };
  }

  showProblems(errors) {
    const wanted = new Map();
    for (const { control, problem } of errors) {
      const list = wanted.get(control) || [];
      list.push(friendly(problem.message));
      wanted.set(control, list);
    }
    for (const control of this.form.querySelectorAll("[data-field]")) {
      const messages = wanted.get(control);
      const errorId = `${control.id}-error`;
      let note = this.form.querySelector(`#${CSS.escape(errorId)}`);
      const described = (control.getAttribute("aria-describedby") || "")
        .split(/\s+/).filter((id) => id && id !== errorId);
      if (!messages) {
        if (note) note.remove();
        control.removeAttribute("aria-invalid");
      } else {
        if (!note) {
          note = document.createElement("p");
          note.className = "planner-error";
          note.id = errorId;
          control.after(note);
        }
        note.textContent = messages.join(" ");
        control.setAttribute("aria-invalid", "true");
        described.push(errorId);
      }
      if (described.length) control.setAttribute("aria-describedby", described.join(" "));
      else control.removeAttribute("aria-describedby");
    }
  }

  save() {
    if (!this.remember.checked) return;
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(this.state()));
    } catch {
      // Storage full or refused (private mode): the form still works, it is just not kept.
    }
  }

  forget() {
    try {
      localStorage.removeItem(STORAGE_KEY);
    } catch {
      // Nothing stored, or storage refused: nothing to forget.
    }
  }

  load() {
    try {
      const stored = localStorage.getItem(STORAGE_KEY);
      if (!stored) return false;
      this.restore(JSON.parse(stored));
      this.remember.checked = true;
      return true;
    } catch {
      return false;
    }
  }
}

/** The planner's message for a person: "required" -> "Required.", first letter capitalised. */
export function friendly(message) {
  if (/^required/.test(message)) return "Please fill this in.";
  const text = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
