// The planner page. Loaded as an async module from <head>: it starts the Python worker at once,
// then wires the form (plain HTML, usable while Python loads) once the document is parsed.
import { PlannerClient, stageLabel } from "./planner-client.js";
import { PlannerForm } from "./planner-form.js";
import { Timeline, formatDay, localToday, stepKeys, stepTitle } from "./planner-render.js";

// Edits are batched per task, not per 60 ms: compute() already merges requests that overlap a
// plan in flight, so a zero delay only joins the `input` and `change` of one edit (a plan takes a
// few milliseconds in the worker, and the timeline is updated in place, keeping focus and drafts).
const DEBOUNCE_MS = 0;

function readJson(id) {
  const element = document.getElementById(id);
  if (!element) return null;
  try {
    return JSON.parse(element.textContent);
  } catch {
    return null;
  }
}

const build = readJson("planner-build");
const absolute = (path) => new URL(path, document.baseURI).href;

// State shared by the handlers below; the UI object exists once the DOM is ready.
let ui = null;
const early = []; // worker events that arrived before the DOM was ready

const client = new PlannerClient(
  {
    runtime: absolute(build.runtime),
    bundle: absolute(build.bundle),
    package: build.package,
  },
  {
    onProgress: (event) => (ui ? ui.progress(event) : early.push(["progress", event])),
    onReady: (event) => (ui ? ui.ready(event) : early.push(["ready", event])),
    onFailed: (event) => (ui ? ui.failed(event) : early.push(["failed", event])),
  },
);
client.start();

function megabytes(bytes) {
  return `${(bytes / 1e6).toLocaleString(undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} MB downloaded`;
}

/** A file name from the company: "Northwind Trading" -> "northwind-trading-follow-up.ics". */
export function icsName(company) {
  const slug = (company || "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `${slug || "interview"}-follow-up.ics`;
}

class PlannerPage {
  constructor() {
    const $ = (id) => document.getElementById(id);
    this.$ = $;
    this.form = new PlannerForm($("planner-form"));
    this.settings = readJson("planner-settings") || {};
    this.timeline = new Timeline($("planner-timeline"), { onCopy: (t, c) => this.copy(t, c) });
    this.plan = null; // the last valid plan shown
    this.today = localToday();
    this.timer = 0;
    this.busy = false;
    this.again = false;
    this.firstPlan = false;
    this.announced = "";
    this.bind();
    if (this.form.load()) this.announce("Your saved answers are back.");
    this.contact();
  }

  bind() {
    const { form } = this;
    const $ = this.$;
    form.form.addEventListener("submit", (event) => event.preventDefault());
    form.form.addEventListener("input", (event) => this.changed(event));
    form.form.addEventListener("change", (event) => {
      if (event.target.dataset.field) form.touched.add(event.target);
      this.changed(event);
    });
    form.form.addEventListener("focusout", (event) => {
      if (event.target.dataset && event.target.dataset.field && event.target.value) {
        form.touched.add(event.target);
        this.schedule();
      }
    });
    form.form.addEventListener("click", (event) => {
      const remove = event.target.closest("[data-remove-interviewer]");
      if (!remove) return;
      const group = remove.closest("[data-interviewer]");
      const groups = form.groups();
      const index = groups.indexOf(group);
      form.removeInterviewer(group);
      // Focus goes where the removed group was: the next group's name, or "Add interviewer".
      const next = form.groups()[Math.min(index, form.groups().length - 1)];
      (index < form.groups().length ? next.querySelector("input") : form.addButton).focus();
      this.announce(`Interviewer ${index + 1} removed.`);
      this.changed();
    });
    $("planner-add-interviewer").addEventListener("click", () => {
      const group = form.addInterviewer();
      if (group) {
        group.querySelector("input").focus();
        this.changed();
      }
    });
    form.remember.addEventListener("change", () => {
      if (form.remember.checked) form.save();
      else form.forget();
    });
    $("planner-clear").addEventListener("click", () => this.clearEverything());
    $("planner-retry").addEventListener("click", () => this.retry());
    $("planner-ics").addEventListener("click", () => this.downloadIcs());
    $("planner-print").addEventListener("click", () => this.printNotes());
    $("planner-errors-list").addEventListener("click", (event) => {
      const link = event.target.closest("a[data-control]");
      if (!link) return;
      event.preventDefault();
      const control = document.getElementById(link.dataset.control);
      if (control) control.focus();
    });
    window.addEventListener("beforeprint", () => this.fillPrintNotes());
    window.addEventListener("afterprint", () => document.documentElement.classList.remove("planner-printing-notes"));
  }

  changed(event) {
    if (event && event.target === this.form.remember) return;
    this.form.save();
    this.schedule();
  }

  schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.compute(), DEBOUNCE_MS);
  }

  // ---- loading -------------------------------------------------------------------------------

  progress({ stage, bytes }) {
    const $ = this.$;
    $("planner-load").dataset.state = "loading";
    const label = `${stageLabel(stage)}…`;
    if ($("planner-stage").textContent !== label) $("planner-stage").textContent = label;
    $("planner-bytes").textContent = bytes ? megabytes(bytes) : "";
  }

  ready({ restored } = {}) {
    const $ = this.$;
    if (!performance.getEntriesByName("planner:ready").length) performance.mark("planner:ready");
    $("planner-load").dataset.state = "ready";
    // How Python started: "snapshot" (restored from this browser's copy) or "fresh" (tests read it).
    $("planner-load").dataset.start = restored ? "snapshot" : "fresh";
    $("planner-stage").textContent = "The planner is ready.";
    $("planner-progress-box").hidden = true;
    $("planner-load-hint").hidden = true;
    $("planner-failure").hidden = true;
    $("planner-jump").hidden = false;
    this.compute();
  }

  failed({ reason, message }) {
    const $ = this.$;
    $("planner-load").dataset.state = "failed";
    $("planner-progress-box").hidden = true;
    $("planner-load-hint").hidden = true;
    $("planner-stage").textContent = "The planner could not start.";
    const words = {
      "no-wasm":
        "This browser cannot run the planner: it lacks WebAssembly, which the planner needs. " +
        "A current version of Chrome, Firefox, Safari or Edge can run it.",
      timeout:
        "The planner is taking too long to download. Your connection may be slow or interrupted.",
    };
    $("planner-failure-text").textContent =
      words[reason] ||
      "Part of the planner did not download, so it cannot work out your dates yet. " +
        "Check your connection, then try again. What you typed is still here.";
    $("planner-failure-detail").textContent = `${reason}: ${message}`;
    $("planner-retry").hidden = reason === "no-wasm";
    $("planner-failure").hidden = false;
  }

  retry() {
    const $ = this.$;
    $("planner-failure").hidden = true;
    $("planner-progress-box").hidden = false;
    $("planner-load-hint").hidden = false;
    $("planner-stage").textContent = `${stageLabel("download")}…`;
    $("planner-bytes").textContent = "";
    client.start();
  }

  // ---- planning ------------------------------------------------------------------------------

  async compute() {
    if (!client.ready) return;
    if (this.busy) {
      this.again = true;
      return;
    }
    this.busy = true;
    try {
      do {
        this.again = false;
        this.today = localToday();
        const { request, people } = this.form.request(this.today);
        const payload = { request };
        if (this.settings.policy && typeof this.settings.policy === "object") {
          payload.policy = this.settings.policy;
        }
        const answer = await client.ask("plan", payload);
        if (!this.again) this.show(answer, people);
      } while (this.again);
    } finally {
      this.busy = false;
    }
  }

  show(answer, people) {
    const $ = this.$;
    if (answer.ok) {
      this.form.showProblems([]);
      this.summary([], [], []);
      this.plan = answer.plan;
      this.timeline.render(this.plan, this.today);
      this.warnings(this.plan.warnings || []);
      $("planner-hint").hidden = true;
      $("planner-stale").hidden = true;
      $("planner-actions").hidden = false;
      $("planner-contact").hidden = !$("planner-contact").childElementCount;
      this.fillPrintNotes();
      $("planner-print").hidden = !this.plan.steps.some((step) => step.id === "handwritten-note");
      if (!this.firstPlan) {
        this.firstPlan = true;
        performance.mark("planner:first-plan");
      }
      const count = this.plan.steps.length;
      this.announce(`Plan updated: ${count} ${count === 1 ? "step" : "steps"}.`);
      return;
    }
    if (answer.error === "stopped" || answer.error === "not ready") return;
    const problems = answer.problems || [{ field: "", message: answer.error || "unknown error" }];
    const { errors, missing, general } = this.form.sortProblems(problems, people);
    this.form.showProblems(errors);
    this.summary(errors, missing, general);
    $("planner-stale").hidden = !this.plan || (errors.length === 0 && general.length === 0);
    $("planner-hint").hidden = Boolean(this.plan) || errors.length > 0;
    if (errors.length) {
      this.announce(`Plan not updated: ${errors.length} ${errors.length === 1 ? "field needs" : "fields need"} checking.`);
    }
  }

  summary(errors, missing, general) {
    const $ = this.$;
    const list = $("planner-errors-list");
    list.replaceChildren();
    for (const { control, problem } of errors) {
      const li = document.createElement("li");
      const link = document.createElement("a");
      link.href = `#${control.id}`;
      link.dataset.control = control.id;
      link.textContent = `${this.form.labelOf(control)}: ${friendlyMessage(problem.message)}`;
      li.append(link);
      list.append(li);
    }
    for (const problem of general) {
      const li = document.createElement("li");
      li.textContent = problem.field.startsWith("policy")
        ? `The career centre’s planner settings have a problem (${problem.field}: ${problem.message}).`
        : friendlyMessage(problem.field ? `${problem.field}: ${problem.message}` : problem.message);
      list.append(li);
    }
    $("planner-errors").hidden = list.childElementCount === 0;
    const hint = $("planner-hint");
    if (missing.length && !this.plan) {
      const names = [...new Set(missing.map(({ control }) => this.form.labelOf(control)))];
      hint.textContent = `To see your plan, fill in: ${names.join(", ")}.`;
    }
  }

  warnings(warnings) {
    const list = this.$("planner-warnings");
    const texts = warnings.map((w) => (typeof w === "string" ? w : w.message || JSON.stringify(w)));
    const now = [...list.children].map((li) => li.textContent);
    if (now.join("\n") !== texts.join("\n")) {
      list.replaceChildren(...texts.map((text) => Object.assign(document.createElement("li"), { textContent: text })));
    }
    list.hidden = texts.length === 0;
  }

  announce(text) {
    const region = this.$("planner-announce");
    // The same words twice in a row are not re-read: add an invisible difference.
    region.textContent = text === this.announced ? `${text}\u00a0` : text;
    this.announced = region.textContent;
  }

  // ---- actions -------------------------------------------------------------------------------

  async copy(textarea, confirm) {
    const text = textarea.value;
    try {
      await navigator.clipboard.writeText(text);
      confirm.textContent = "Copied.";
    } catch {
      // Clipboard refused (permissions, an old browser): select the text for the visitor.
      textarea.focus();
      textarea.select();
      confirm.textContent = "Selected: copy it with your device’s Copy command.";
    }
    clearTimeout(confirm.timer);
    confirm.timer = setTimeout(() => (confirm.textContent = ""), 6000);
  }

  /** The plan with the visitor's edited drafts in place of the suggestions. */
  editedPlan() {
    const drafts = this.timeline.drafts();
    const keys = stepKeys(this.plan.steps);
    return {
      ...this.plan,
      steps: this.plan.steps.map((step, i) =>
        drafts.has(keys[i]) ? { ...step, body: drafts.get(keys[i]) } : step,
      ),
    };
  }

  async downloadIcs() {
    const status = this.$("planner-actions-status");
    if (!this.plan) return;
    const answer = await client.ask("ics", { plan: this.editedPlan() });
    if (!answer.ok) {
      status.textContent = "The calendar file could not be made. Try again in a moment.";
      return;
    }
    const blob = new Blob([answer.ics], { type: "text/calendar;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = icsName(this.form.state().fields.company);
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    status.textContent = `Calendar file saved: ${link.download}. Open it to add the dates.`;
  }

  fillPrintNotes() {
    const box = this.$("planner-print-notes");
    if (!this.plan) {
      box.replaceChildren();
      return;
    }
    const drafts = this.timeline.drafts();
    const keys = stepKeys(this.plan.steps);
    const sheets = [];
    this.plan.steps.forEach((step, i) => {
      if (step.id !== "handwritten-note") return;
      const sheet = document.createElement("article");
      sheet.className = "planner-note-sheet";
      const title = document.createElement("h2");
      title.textContent = stepTitle(step);
      const when = document.createElement("p");
      when.className = "planner-note-sheet__when";
      when.textContent = `Write and post it by ${formatDay(step.due, this.today)}.`;
      const body = document.createElement("p");
      body.className = "planner-note-sheet__body";
      body.textContent = drafts.get(keys[i]) ?? step.body ?? "";
      sheet.append(title, when, body);
      sheets.push(sheet);
    });
    box.replaceChildren(...sheets);
  }

  printNotes() {
    this.fillPrintNotes();
    document.documentElement.classList.add("planner-printing-notes");
    window.print();
  }

  clearEverything() {
    this.form.forget();
    this.form.clear();
    this.form.remember.checked = false;
    this.plan = null;
    this.timeline.clear();
    this.warnings([]);
    this.fillPrintNotes();
    const $ = this.$;
    $("planner-actions").hidden = true;
    $("planner-stale").hidden = true;
    $("planner-contact").hidden = true;
    $("planner-hint").hidden = false;
    $("planner-hint").textContent =
      "Fill in the interview date and your interviewer’s name: your plan appears here.";
    this.announce("Everything cleared: the form is empty and nothing is stored on this device.");
  }

  /** The career centre's contact, from <script type="application/json" id="planner-settings">. */
  contact() {
    const box = this.$("planner-contact");
    const contact = this.settings.contact;
    if (!contact || typeof contact !== "object") return;
    const text = (value) => (typeof value === "string" && value.trim() ? value.trim() : "");
    const name = text(contact.name) || "your career centre";
    const p = document.createElement("p");
    p.append(`Want someone to read your draft? Contact ${name}`);
    const ways = [];
    const email = text(contact.email);
    if (email && !/[\s<>"]/.test(email)) ways.push(["mailto:" + email, email]);
    const phone = text(contact.phone);
    if (phone) ways.push(["tel:" + phone.replace(/[^\d+]/g, ""), phone]);
    const booking = text(contact.booking_url);
    if (booking && /^https?:\/\//i.test(booking)) ways.push([booking, "book an appointment"]);
    ways.forEach(([href, label], i) => {
      p.append(i === 0 ? ": " : i === ways.length - 1 ? " or " : ", ");
      const a = document.createElement("a");
      a.href = href;
      a.textContent = label;
      if (href.startsWith("http")) a.rel = "noopener";
      p.append(a);
    });
    p.append(".");
    box.replaceChildren(p);
  }
}

function friendlyMessage(message) {
  if (/^required/.test(message)) return "please fill this in.";
  return /[.!?]$/.test(message) ? message : `${message}.`;
}

function start() {
  ui = new PlannerPage();
  for (const [kind, event] of early.splice(0)) ui[kind](event);
  // Python may have become ready before the form existed: the first compute covers that.
  if (client.ready) ui.compute();
}

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", start, { once: true });
} else {
  start();
}
