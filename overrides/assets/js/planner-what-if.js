// "If things change": the plan's ready messages for another offer, withdrawing and a no, each
// with its reason, subject, an editable draft, Copy, an email link and a link to the advice.
// Every word comes from the plan and its view (planner/bridge.py) or the page template.

import { say } from "./planner-words.js";

function make(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** One message as a disclosure; `root` is the site's root, for the advice links. */
function message(entry, shown, root, onCopy) {
  const item = make("details", "planner-what-if__item");
  item.dataset.whatIf = entry.id;
  const title = make("summary", "planner-what-if__title", entry.title);
  title.id = `planner-what-if-${entry.id}`;
  const why = make("p", "planner-what-if__why", entry.why);
  const subject = make("p", "planner-draft__subject", shown.subject);
  const label = make("label", "planner-draft__label", say("draft"));
  label.append(make("span", "planner-sr", `: ${entry.title}`));
  const textarea = make("textarea", "planner-draft__text");
  textarea.id = `planner-what-if-${entry.id}-draft`;
  textarea.value = entry.body;
  textarea.rows = Math.min(14, entry.body.split("\n").length + 1);
  label.htmlFor = textarea.id;
  const actions = make("div", "planner-draft__actions");
  const copy = make("button", "md-button planner-copy", say("copy"));
  copy.type = "button";
  copy.setAttribute("aria-describedby", title.id);
  const confirm = make("span", "planner-confirm");
  confirm.setAttribute("role", "status");
  copy.addEventListener("click", () => onCopy(textarea.value, confirm, textarea));
  const mail = make("a", "md-button planner-mailto", say("open-email"));
  mail.setAttribute("href", entry.mailto);
  mail.setAttribute("aria-describedby", title.id);
  actions.append(copy, mail, confirm);
  item.append(title, why);
  if (entry.more) {
    const more = make("p", "planner-more");
    const link = make("a", "", entry.more.text);
    link.href = new URL(entry.more.href, root).href;
    more.append(link);
    item.append(more);
  }
  const draft = make("div", "planner-draft");
  draft.append(subject, label, textarea, actions);
  item.append(draft);
  return item;
}

/** Fill the section for `plan` (or empty and hide it without one), keeping which are open;
 * messages the new plan leaves unchanged are left as they are, with the visitor's edits. */
export function renderWhatIf(section, plan, view, root, onCopy) {
  const list = section.querySelector("[data-what-if-list]");
  const entries = plan ? plan.what_if || [] : [];
  const shown = JSON.stringify(entries);
  if (section.dataset.shown === shown) return;
  section.dataset.shown = shown;
  const open = new Set(
    [...list.querySelectorAll("details[open]")].map((item) => item.dataset.whatIf),
  );
  list.replaceChildren(
    ...entries.map((entry, i) => {
      const item = message(entry, view.what_if[i], root, onCopy);
      item.open = open.has(entry.id);
      return item;
    }),
  );
  section.hidden = entries.length === 0;
}
