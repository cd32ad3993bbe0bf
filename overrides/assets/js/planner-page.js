// The planner page. Loaded as an async module from <head>: it starts the Python worker at once,
// then wires the form (plain HTML, usable while Python loads) once the document is parsed.
// Its words are Python's (planner/bridge.py: the plan, its view, problems) or the template's
// (overrides/planner.html: the contact box, <template id="planner-say-..."> read by say()).
import { PlannerClient } from "./planner-client.js";
import { PlannerForm } from "./planner-form.js";
import { Timeline, localToday, stepKeys } from "./planner-render.js";
import { renderWhatIf } from "./planner-what-if.js";
import { say } from "./planner-words.js";

// Edits are batched per task, not per 60 ms: compute() already merges requests that overlap a
// plan in flight, so a zero delay only joins the `input` and `change` of one edit (a plan takes a
// few milliseconds in the worker, and the timeline is updated in place, keeping focus and drafts).
const DEBOUNCE_MS = 0;
const UNDO_MS = 30000; // how long "Clear everything" can be undone

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
  return (bytes / 1e6).toLocaleString(undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

// What a first visit downloads, as the build measured it (overrides/hooks/planner_build.py).
const DOWNLOAD_BYTES = Number(build.download_bytes) || 0;

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
    this.root = new URL($("planner").dataset.siteRoot, document.baseURI);
    this.timeline = new Timeline($("planner-timeline"), {
      onCopy: (...args) => this.copy(...args),
      root: this.root,
    });
    this.plan = null; // the last valid plan shown
    this.view = null; // Python's words for it (planner/bridge.py, plan_view)
    this.hintText = $("planner-hint").textContent;
    this.today = localToday();
    this.timer = 0;
    this.busy = false;
    this.again = false;
    this.firstPlan = false;
    this.announced = "";
    this.lastField = null; // where the visitor was in the form, for "Back to the form"
    this.undo = null; // what "Undo" puts back after "Clear everything"
    this.bind();
    this.pendingEdits = this.form.load(); // drafts edited before a reload, put back with the plan
    if (this.pendingEdits) this.announce(say("restored"));
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
      this.announce(say("interviewer-removed", { number: index + 1 }));
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
      if (form.remember.checked) this.save();
      else form.forget();
    });
    $("planner-clear").addEventListener("click", () => this.clearEverything());
    $("planner-undo").addEventListener("click", () => this.undoClear());
    form.form.addEventListener("focusin", (event) => {
      if (event.target.dataset && event.target.dataset.field) this.lastField = event.target;
    });
    $("planner-see-plan-button").addEventListener("click", () => this.seePlan());
    $("planner-back").addEventListener("click", () => this.backToForm());
    // The bar to the plan shows while the plan is out of sight below the form (phones only: CSS).
    this.planInView = false;
    if ("IntersectionObserver" in window) {
      new IntersectionObserver(([entry]) => {
        this.planInView = entry.isIntersecting;
        this.seePlanBar();
      }).observe($("planner-results"));
    }
    $("planner-retry").addEventListener("click", () => this.retry());
    $("planner-timeline").addEventListener("input", () => this.save());
    $("planner-timeline").addEventListener("click", (event) => {
      if (event.target.closest(".planner-link-button")) this.save(); // "Undo my changes", "Use the new draft"
    });
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
    this.save();
    this.schedule();
  }

  save() {
    this.form.save(this.plan ? this.timeline.edits() : this.pendingEdits || {});
  }

  schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.compute(), DEBOUNCE_MS);
  }

  // ---- loading -------------------------------------------------------------------------------

  progress({ stage, bytes }) {
    const $ = this.$;
    $("planner-load").dataset.state = "loading";
    const label = say(`stage-${stage}`);
    if ($("planner-stage").textContent !== label) $("planner-stage").textContent = label;
    this.bytes(bytes);
  }

  /** The bar and "1.2 of 3.1 MB": the share of what the build says a first visit downloads. */
  bytes(done) {
    const $ = this.$;
    const bar = $("planner-progress");
    if (!DOWNLOAD_BYTES || !done) return;
    const shown = Math.min(done, DOWNLOAD_BYTES);
    bar.max = DOWNLOAD_BYTES;
    bar.value = shown;
    $("planner-bytes").textContent = say("downloaded", {
      done: megabytes(shown),
      total: megabytes(DOWNLOAD_BYTES),
    });
  }

  ready({ restored } = {}) {
    const $ = this.$;
    if (!performance.getEntriesByName("planner:ready").length) performance.mark("planner:ready");
    $("planner-load").dataset.state = "ready";
    // How Python started: "snapshot" (restored from this browser's copy) or "fresh" (tests read it).
    $("planner-load").dataset.start = restored ? "snapshot" : "fresh";
    $("planner-stage").textContent = say("ready");
    this.bytes(DOWNLOAD_BYTES); // full: from this browser's copy, a visit downloads less
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
    $("planner-stage").textContent = say("failed");
    const known = ["no-wasm", "timeout"].includes(reason);
    $("planner-failure-text").textContent = say(known ? `failed-${reason}` : "failed-download");
    $("planner-failure-detail").textContent = `${reason}: ${message}`;
    $("planner-retry").hidden = reason === "no-wasm";
    $("planner-failure").hidden = false;
  }

  retry() {
    const $ = this.$;
    $("planner-failure").hidden = true;
    $("planner-progress-box").hidden = false;
    $("planner-load-hint").hidden = false;
    $("planner-stage").textContent = say("stage-download");
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
        const payload = { request: this.inLanguage(request), ...this.conventions() };
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

  /** The request in the page's language (the build's, from #planner-settings). */
  inLanguage(request) {
    return this.settings.language ? { ...request, language: this.settings.language } : request;
  }

  /** The page's language and the centre's English conventions (`locale`: en-US or en-GB),
   *  sent with every call: a calendar call has no request to carry the language. */
  conventions() {
    const { language, locale } = this.settings;
    return { ...(language && { language }), ...(locale && { locale }) };
  }

  show(answer, people) {
    const $ = this.$;
    if (answer.ok) {
      // Fields the planner left out (planner/bridge.py): shown beside them, the plan follows the rest.
      const { errors, general } = this.form.sortProblems(answer.problems || [], people);
      this.form.showProblems(errors);
      this.summary(errors, [], general);
      $("planner-stale").hidden = errors.length === 0 && general.length === 0;
      this.plan = answer.plan;
      this.view = answer.view;
      this.timeline.render(this.plan, this.view);
      if (this.pendingEdits) {
        this.timeline.restoreEdits(this.pendingEdits);
        this.pendingEdits = null;
      }
      this.whatIf(this.plan, this.view);
      this.warnings(this.plan.warnings || []);
      $("planner-hint").hidden = true;
      $("planner-actions").hidden = false;
      $("planner-back-box").hidden = false;
      $("planner-contact").hidden = !$("planner-contact").childElementCount;
      this.fillPrintNotes();
      $("planner-print").hidden = !this.plan.steps.some((step) => step.id === "handwritten-note");
      if (!this.firstPlan) {
        this.firstPlan = true;
        performance.mark("planner:first-plan");
      }
      this.seePlanBar();
      this.announce(this.view.announcement);
      return;
    }
    if (answer.error === "stopped" || answer.error === "not ready") return;
    const problems = answer.problems || [{ field: "", message: answer.error }];
    const { errors, missing, general } = this.form.sortProblems(problems, people);
    this.form.showProblems(errors);
    this.summary(errors, missing, general);
    $("planner-stale").hidden = !this.plan || (errors.length === 0 && general.length === 0);
    $("planner-hint").hidden = Boolean(this.plan) || errors.length > 0;
    if (errors.length) {
      const count = errors.length;
      this.announce(say(count === 1 ? "not-updated-one" : "not-updated-other", { count }));
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
      link.textContent = `${this.form.labelOf(control)}: ${problem.message}`;
      li.append(link);
      list.append(li);
    }
    for (const problem of general) {
      const li = document.createElement("li");
      li.textContent = problem.message;
      list.append(li);
    }
    $("planner-errors").hidden = list.childElementCount === 0;
    const hint = $("planner-hint");
    if (missing.length && !this.plan) {
      const names = [...new Set(missing.map(({ control }) => this.form.labelOf(control)))];
      hint.textContent = say("fill-in", { fields: names.join(", ") });
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

  /** Copy `text`; when the clipboard is refused, select it on the page (in `shown`, a textarea
   *  or the element showing it) for the visitor to copy. */
  async copy(text, confirm, shown) {
    try {
      await navigator.clipboard.writeText(text);
      confirm.textContent = say("copied");
    } catch {
      // Clipboard refused (permissions, an old browser): select the text for the visitor.
      if (shown instanceof HTMLTextAreaElement) {
        shown.focus();
        shown.select();
      } else {
        // The element shows `text` among other words ("Subject: …"): select just `text`.
        const node = shown.firstChild;
        const at = node ? node.textContent.indexOf(text) : -1;
        const range = document.createRange();
        if (at >= 0) {
          range.setStart(node, at);
          range.setEnd(node, at + text.length);
        } else {
          range.selectNodeContents(shown);
        }
        getSelection().removeAllRanges();
        getSelection().addRange(range);
      }
      confirm.textContent = say("selected");
    }
    clearTimeout(confirm.timer);
    confirm.timer = setTimeout(() => (confirm.textContent = ""), 6000);
  }

  /** The "If things change" messages; the advice links resolve against the site's root. */
  whatIf(plan, view) {
    renderWhatIf(this.$("planner-what-if"), plan, view, this.root, (...args) => this.copy(...args));
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
    const answer = await client.ask("ics", { plan: this.editedPlan(), ...this.conventions() });
    if (!answer.ok) {
      status.textContent = say("ics-failed");
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
    status.textContent = say("ics-saved", { file: link.download });
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
      title.textContent = step.title;
      const when = document.createElement("p");
      when.className = "planner-note-sheet__when";
      when.textContent = this.view.steps[i].print_when;
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

  // ---- the phone's way between form and plan -------------------------------------------------

  seePlanBar() {
    const $ = this.$;
    const count = this.plan ? this.plan.steps.length : 0;
    $("planner-see-plan").hidden = !count || this.planInView;
    if (count) {
      const words = say(count === 1 ? "see-plan-one" : "see-plan-other", { count });
      if ($("planner-see-plan-button").textContent !== words) $("planner-see-plan-button").textContent = words;
    }
  }

  seePlan() {
    const title = this.$("planner-results-title");
    title.scrollIntoView({ block: "start" });
    title.focus({ preventScroll: true });
  }

  backToForm() {
    const field = this.lastField && this.lastField.isConnected ? this.lastField : this.form.form.querySelector("[data-field]");
    field.scrollIntoView({ block: "center" });
    field.focus({ preventScroll: true });
  }

  // ---- clearing, and undoing it -------------------------------------------------------------

  clearEverything() {
    this.undo = {
      state: this.form.state(),
      remember: this.form.remember.checked,
      edits: this.plan ? this.timeline.edits() : {},
    };
    this.form.forget(true);
    this.form.clear();
    this.form.remember.checked = false;
    this.plan = null;
    this.timeline.clear();
    this.whatIf(null, null);
    this.warnings([]);
    this.fillPrintNotes();
    const $ = this.$;
    $("planner-actions").hidden = true;
    $("planner-stale").hidden = true;
    $("planner-contact").hidden = true;
    $("planner-back-box").hidden = true;
    $("planner-errors").hidden = true;
    $("planner-hint").hidden = false;
    $("planner-hint").textContent = this.hintText;
    this.seePlanBar();
    $("planner-cleared-text").textContent = say("cleared");
    $("planner-cleared").hidden = false;
    $("planner-undo").hidden = false;
    $("planner-undo").focus(); // one key from undoing it
    clearTimeout(this.undoTimer);
    this.undoTimer = setTimeout(() => {
      this.undo = null;
      if (document.activeElement === $("planner-undo")) $("planner-clear").focus();
      $("planner-cleared").hidden = true;
    }, UNDO_MS);
  }

  undoClear() {
    const $ = this.$;
    if (!this.undo) return;
    clearTimeout(this.undoTimer);
    this.form.restore(this.undo.state);
    this.form.remember.checked = this.undo.remember;
    this.pendingEdits = this.undo.edits;
    this.undo = null;
    $("planner-clear").focus(); // the Undo button goes: focus stays by it
    $("planner-undo").hidden = true;
    $("planner-cleared-text").textContent = say("uncleared");
    this.undoTimer = setTimeout(() => ($("planner-cleared").hidden = true), 6000);
    this.changed();
  }
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
