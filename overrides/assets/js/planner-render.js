// The timeline: one list item per step, updated in place (never rebuilt) so focus, caret and
// edits in drafts survive every recomputation. Every word comes from the plan and its view
// (planner/bridge.py) or the page template; it is set with textContent / value.

import { say } from "./planner-words.js";

const MESSAGE_CHANNELS = new Set(["email", "mail", "phone"]);

/** The visitor's local date as ISO `YYYY-MM-DD`. */
export function localToday(now = new Date()) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function make(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function setText(node, text) {
  if (node.textContent !== text) node.textContent = text;
}

/** Keys that stay the same for a step across recomputations: `thank-you-email:1`. */
export function stepKeys(steps) {
  const seen = new Map();
  return steps.map((step) => {
    const n = seen.get(step.id) || 0;
    seen.set(step.id, n + 1);
    return `${step.id}:${n}`;
  });
}

/** `text` for a mailto link's body: UTF-8 percent-encoded, with CRLF line breaks (RFC 6068). */
function mailtoBody(text) {
  return encodeURIComponent(text.split(/\r\n|\r|\n/).join("\r\n"));
}

/** The step's link with the visitor's `text` as its body, or without a body when too long. */
export function editedMailto(link, text, limit) {
  const head = link.split("&body=")[0];
  const full = `${head}&body=${mailtoBody(text)}`;
  return full.length <= limit ? full : head;
}

export class Timeline {
  constructor(list, { onCopy, root }) {
    this.list = list;
    this.onCopy = onCopy;
    this.root = root; // the site's root URL, for links to the advice pages
    this.items = new Map(); // key -> {li, parts}
    this.serial = 0;
  }

  /** The draft text of each step now (edits included), by key. */
  drafts() {
    const out = new Map();
    for (const [key, item] of this.items) {
      if (item.parts.textarea) out.set(key, item.parts.textarea.value);
    }
    return out;
  }

  /** The drafts the visitor has changed, by key (what is kept over a reload). */
  edits() {
    const out = {};
    for (const [key, item] of this.items) {
      if (item.parts.textarea && item.parts.textarea.dataset.edited) out[key] = item.parts.textarea.value;
    }
    return out;
  }

  /** Put back drafts changed before a reload; marked as edited like any other change. */
  restoreEdits(edits) {
    for (const [key, text] of Object.entries(edits)) {
      const item = this.items.get(key);
      if (item && item.parts.textarea && typeof text === "string") {
        item.parts.textarea.value = text;
        this.markEdited(item);
      }
    }
  }

  clear() {
    this.list.replaceChildren();
    this.items.clear();
  }

  render(plan, view) {
    const keys = stepKeys(plan.steps);
    const wanted = new Set(keys);
    for (const [key, item] of this.items) {
      if (!wanted.has(key)) {
        item.li.remove();
        this.items.delete(key);
      }
    }
    const active = document.activeElement;
    const selection = active && "selectionStart" in active
      ? [active.selectionStart, active.selectionEnd] : null;
    plan.steps.forEach((step, index) => {
      const key = keys[index];
      let item = this.items.get(key);
      if (!item) {
        item = this.create(key);
        this.items.set(key, item);
      }
      this.update(item, step, view.steps[index]);
      const here = this.list.children[index];
      if (here !== item.li) this.list.insertBefore(item.li, here || null);
    });
    // Moving a list item takes focus out of it: put the caret back where it was.
    if (active && active !== document.activeElement && active.isConnected) {
      active.focus({ preventScroll: true });
      if (selection) {
        try {
          active.setSelectionRange(selection[0], selection[1]);
        } catch {
          // Not a text control.
        }
      }
    }
  }

  create(key) {
    const n = ++this.serial;
    const li = make("li", "planner-step");
    li.dataset.key = key;
    const when = make("p", "planner-step__when");
    const time = make("time", "planner-step__date");
    const distance = make("span", "planner-step__distance");
    const status = make("span", "planner-step__status");
    const wasDue = make("span", "planner-step__was-due");
    when.append(time, " · ", distance, " ", status, wasDue);
    const title = make("h3", "planner-step__title");
    title.id = `planner-step-${n}-title`;
    const why = make("p", "planner-step__why");
    const more = make("p", "planner-more");
    li.append(when, title, why, more);
    return { li, key, n, parts: { time, distance, status, wasDue, title, why, more } };
  }

  update(item, step, shown) {
    const { li, parts } = item;
    li.dataset.stepId = step.id;
    li.dataset.status = step.status;
    li.dataset.channel = step.channel;
    parts.time.dateTime = step.due;
    setText(parts.time, shown.date);
    setText(parts.distance, shown.distance);
    setText(parts.status, shown.status);
    setText(parts.title, step.title);
    setText(parts.why, step.why || "");
    setText(parts.wasDue, shown.was_due ? ` · ${shown.was_due}` : "");
    this.more(parts.more, step.more);
    if (typeof step.body === "string" && step.body) {
      if (MESSAGE_CHANNELS.has(step.channel)) this.draft(item, step, shown);
      else this.checklist(item, step);
    } else {
      this.removeDraft(item);
    }
  }

  /** The link to the advice page on this step, if the plan gives one. */
  more(box, link) {
    box.hidden = !link;
    const href = link ? new URL(link.href, this.root).href : "";
    if (box.dataset.href === href) return;
    box.dataset.href = href;
    box.replaceChildren();
    if (!link) return;
    const anchor = make("a", "", link.text);
    anchor.href = href;
    box.append(anchor);
  }

  removeDraft(item) {
    for (const name of ["draft", "checklistBox"]) {
      if (item.parts[name]) {
        item.parts[name].remove();
        delete item.parts[name];
      }
    }
    for (const name of ["textarea", "subjectLine", "link", "voicemail", "call"]) delete item.parts[name];
  }

  checklist(item, step) {
    if (item.parts.draft) this.removeDraft(item);
    if (!item.parts.checklistBox) {
      item.parts.checklistBox = make("p", "planner-step__checklist");
      item.li.append(item.parts.checklistBox);
    }
    setText(item.parts.checklistBox, step.body);
  }

  draft(item, step, shown) {
    const { parts, n } = item;
    if (parts.checklistBox) this.removeDraft(item);
    if (!parts.draft) {
      const box = make("div", "planner-draft");
      if (step.channel === "email") {
        parts.subjectLine = make("p", "planner-draft__subject");
        parts.subjectText = make("span", "planner-draft__subject-text");
        const copySubject = make("button", "md-button planner-copy-subject", say("copy-subject"));
        copySubject.type = "button";
        copySubject.setAttribute("aria-describedby", `planner-step-${n}-title`);
        const subjectConfirm = make("span", "planner-confirm");
        subjectConfirm.setAttribute("role", "status");
        parts.subjectLine.append(parts.subjectText, " ", copySubject, subjectConfirm);
        copySubject.addEventListener("click", () =>
          this.onCopy(parts.subjectLine.dataset.subject, subjectConfirm, parts.subjectText),
        );
        box.append(parts.subjectLine);
      }
      const label = make("label", "planner-draft__label", say("draft"));
      const hidden = make("span", "planner-sr");
      label.append(hidden);
      const textarea = make("textarea", "planner-draft__text");
      textarea.id = `planner-step-${n}-draft`;
      textarea.rows = 8;
      textarea.spellcheck = true;
      label.htmlFor = textarea.id;
      const edited = make("p", "planner-draft__edited");
      edited.hidden = true;
      const editedText = make("span", "", `${say("draft-edited")} `);
      const reset = make("button", "planner-link-button", say("draft-undo"));
      reset.type = "button";
      edited.append(editedText, reset);
      const actions = make("div", "planner-draft__actions");
      const copy = make("button", "md-button planner-copy", say("copy"));
      copy.type = "button";
      copy.setAttribute("aria-describedby", `planner-step-${n}-title`);
      const confirm = make("span", "planner-confirm");
      confirm.setAttribute("role", "status");
      actions.append(copy);
      box.append(label, textarea, edited, actions);
      textarea.addEventListener("input", () => this.markEdited(item));
      reset.addEventListener("click", () => {
        textarea.value = textarea.dataset.suggested;
        this.markEdited(item);
        textarea.focus();
      });
      copy.addEventListener("click", () => this.onCopy(textarea.value, confirm, textarea));
      item.li.append(box);
      Object.assign(parts, { draft: box, textarea, label: hidden, edited, editedText, reset, actions, copy, confirm });
    }
    setText(parts.label, `: ${step.title}`);
    if (parts.subjectLine) {
      setText(parts.subjectText, shown.subject || "");
      parts.subjectLine.dataset.subject = step.subject || "";
    }
    const { textarea } = parts;
    if (textarea.dataset.suggested !== step.body) {
      // An edited draft is kept; it is marked as older than the form, with a way to the new one.
      if (textarea.dataset.edited && textarea.dataset.suggested !== undefined) textarea.dataset.stale = "yes";
      textarea.dataset.suggested = step.body;
      if (!textarea.dataset.edited) textarea.value = step.body;
    }
    textarea.rows = Math.min(14, Math.max(4, step.body.split("\n").length + 1));
    item.step = step;
    item.shown = shown;
    this.markEdited(item);
    this.phone(item, step);
  }

  /** The "edited" mark and the email link, after the draft or its suggestion changed. */
  markEdited(item) {
    const { parts } = item;
    const { textarea } = parts;
    textarea.dataset.edited = textarea.value !== textarea.dataset.suggested ? "yes" : "";
    if (!textarea.dataset.edited) textarea.dataset.stale = "";
    const stale = Boolean(textarea.dataset.stale);
    parts.edited.hidden = !textarea.dataset.edited;
    setText(parts.editedText, `${say(stale ? "draft-edited-stale" : "draft-edited")} `);
    setText(parts.reset, say(stale ? "draft-use-new" : "draft-undo"));
    this.mailto(item);
  }

  mailto(item) {
    const { parts, step, shown } = item;
    if (step.channel === "email" && step.mailto) {
      if (!parts.link) {
        parts.link = make("a", "md-button planner-mailto", say("open-email"));
        parts.link.setAttribute("aria-describedby", `planner-step-${item.n}-title`);
        parts.actions.append(parts.link);
      }
      const text = parts.textarea.value;
      const href = parts.textarea.dataset.edited ? editedMailto(step.mailto, text, shown.mailto_limit) : step.mailto;
      if (parts.link.getAttribute("href") !== href) parts.link.setAttribute("href", href);
    } else if (parts.link) {
      parts.link.remove();
      delete parts.link;
    }
    parts.actions.append(parts.confirm); // keep the confirmation last
  }

  /** A phone step: the message to leave if nobody answers, and a link that dials. */
  phone(item, step) {
    const { parts } = item;
    if (step.voicemail && !parts.voicemail) {
      parts.voicemail = make("div", "planner-voicemail");
      parts.voicemailText = make("p", "planner-voicemail__text");
      parts.voicemail.append(make("p", "planner-voicemail__label", say("voicemail")), parts.voicemailText);
      parts.actions.before(parts.voicemail);
    } else if (!step.voicemail && parts.voicemail) {
      parts.voicemail.remove();
      delete parts.voicemail;
    }
    if (parts.voicemail) setText(parts.voicemailText, step.voicemail);
    if (step.tel && !parts.call) {
      parts.call = make("a", "md-button planner-call");
      parts.actions.prepend(parts.call);
    } else if (!step.tel && parts.call) {
      parts.call.remove();
      delete parts.call;
    }
    if (parts.call) {
      setText(parts.call, say("call", { number: step.phone }));
      if (parts.call.getAttribute("href") !== step.tel) parts.call.setAttribute("href", step.tel);
    }
  }
}
