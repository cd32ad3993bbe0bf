// The page's words. Every sentence the planner page shows or announces that is not about the plan
// itself (Python's) is a <template id="planner-say-NAME"> in overrides/planner.html, with
// <span data-slot="KEY"> where a value goes: this script only fills in the values.

/** The words of template NAME as plain text, each `data-slot` filled with `values[slot]`. */
export function say(name, values = {}) {
  const template = document.getElementById(`planner-say-${name}`);
  const words = template.content.cloneNode(true);
  for (const slot of words.querySelectorAll("[data-slot]")) {
    slot.textContent = String(values[slot.dataset.slot] ?? "");
  }
  return words.textContent.replace(/\s+/g, " ").trim();
}
