// The form: its state as plain data, interviewer groups, field errors, and local storage.
// Visitor text only ever goes into form controls' values and textContent. The fields are the
// template's `data-field` controls (named after the request's fields, planner/request.py), and
// the number of interviewers allowed is its `data-max-interviewers`: nothing is listed here.

export const STORAGE_KEY = "followup-planner:form";

/** A control's value as stored: a checkbox's state, or the text. */
function valueOf(control) {
  return control.type === "checkbox" ? control.checked : control.value;
}

function setValue(control, value) {
  if (control.type === "checkbox") control.checked = value === true;
  else control.value = typeof value === "string" ? value : "";
}

export class PlannerForm {
  constructor(form) {
    this.form = form;
    this.list = form.querySelector("#planner-interviewers");
    this.template = this.list.querySelector("[data-interviewer]").cloneNode(true);
    this.max = Number(this.list.dataset.maxInterviewers);
    const fields = (root) => [...root.querySelectorAll("[data-field]")];
    // Request paths of the fields outside the interviewer groups, and of one interviewer's.
    this.simple = fields(form).filter((c) => !c.closest("[data-interviewer]")).map((c) => c.dataset.field);
    this.person = fields(this.template).map((c) => c.dataset.field);
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
    if (this.groups().length >= this.max) return null;
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
    this.addButton.disabled = groups.length >= this.max;
  }

  /** Everything typed, as plain data (also what is stored with "Remember on this device"). */
  state() {
    const fields = {};
    for (const path of this.simple) fields[path] = valueOf(this.control(path));
    const interviewers = this.groups().map((group) => {
      const person = {};
      for (const key of this.person) person[key] = group.querySelector(`[data-field="${key}"]`).value;
      return person;
    });
    return { fields, interviewers };
  }

  restore(state) {
    if (!state || typeof state !== "object") return;
    const fields = state.fields && typeof state.fields === "object" ? state.fields : {};
    for (const path of this.simple) {
      const control = this.control(path);
      if (control.type === "checkbox" || typeof fields[path] === "string") setValue(control, fields[path]);
    }
    const people = Array.isArray(state.interviewers) ? state.interviewers.slice(0, this.max) : [];
    while (this.groups().length > Math.max(1, people.length)) this.groups().at(-1).remove();
    while (this.groups().length < people.length) this.addInterviewer();
    this.groups().forEach((group, index) => {
      const person = people[index] || {};
      for (const key of this.person) setValue(group.querySelector(`[data-field="${key}"]`), person[key]);
    });
    this.renumber();
  }

  clear() {
    this.restore({ fields: {}, interviewers: [{}] });
    for (const path of this.simple) setValue(this.control(path), "");
    this.touched.clear();
    this.showProblems([]);
  }

  /**
   * The planner request for today's date, each field at its `data-field` path; empty optional
   * fields are left out, and so are extra interviewer groups left completely empty. `people`
   * maps request index -> group.
   */
  request(today) {
    const { fields, interviewers } = this.state();
    const people = [];
    const groups = this.groups();
    const request = { today, interviewers: [] };
    for (const path of this.simple) {
      const value = fields[path];
      const keep = typeof value !== "string" || value.trim() || this.control(path).required;
      if (!keep) continue;
      const keys = path.split(".");
      let into = request;
      for (const key of keys.slice(0, -1)) into = into[key] ??= {};
      into[keys.at(-1)] = value;
    }
    interviewers.forEach((person, index) => {
      const given = this.person.filter((key) => person[key].trim());
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
      const key = this.person.includes(person[2]) ? person[2] : "name";
      return group ? group.querySelector(`[data-field="${key}"]`) : null;
    }
    if (field === "interviewers") return this.groups()[0].querySelector('[data-field="name"]');
    if (field === "interview") return this.control("interview.date");
    return this.simple.includes(field) ? this.control(field) : null;
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
      } else if (!this.touched.has(control) && problem.required) {
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
      list.push(problem.message);
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
