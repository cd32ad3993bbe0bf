// Lets pytest drive Firefox over WebDriver BiDi through puppeteer-core, which speaks BiDi to the
// system's firefox-esr directly (no geckodriver, nothing downloaded). tests/engines.py starts
// one bridge per browser and sends it one JSON command per line on stdin; each answer is one
// JSON line on stdout: {"value": ...} or {"error": "..."}.
//
//   node tests/bidi_bridge.mjs /usr/bin/firefox-esr
//   {"op": "goto", "url": "..."}              load a page, wait for `load`
//   {"op": "run", "script": "(arg) => ...", "arg": ...}   the function's (awaited) result
//   {"op": "click", "script": "(arg) => element", "arg": ...}   a real click on that element
//   {"op": "errors"}                          console errors and uncaught errors since last asked
import readline from "node:readline";
import puppeteer from "puppeteer-core";

const browser = await puppeteer.launch({
  browser: "firefox",
  executablePath: process.argv[2],
  headless: true,
  extraPrefsFirefox: {
    // Only the site under test: no update, telemetry or remote-settings requests.
    "network.dns.disablePrefetch": true,
    "app.update.enabled": false,
    "datareporting.policy.dataSubmissionEnabled": false,
  },
});
const page = await browser.newPage();
let errors = [];
page.on("console", (message) => {
  if (message.type() === "error" || message.type() === "assert") errors.push(message.text());
});
page.on("pageerror", (error) => errors.push(`uncaught: ${error.message ?? error}`));

const call = (script, arg) => `(${script})(${JSON.stringify(arg ?? null)})`;
const ops = {
  goto: async ({ url }) => {
    await page.goto(url, { waitUntil: "load", timeout: 90_000 });
  },
  run: ({ script, arg }) => page.evaluate(call(script, arg)),
  click: async ({ script, arg }) => {
    const element = (await page.evaluateHandle(call(script, arg))).asElement();
    if (!element) throw new Error(`no element for ${script}`);
    await element.click();
  },
  errors: () => {
    const seen = errors;
    errors = [];
    return seen;
  },
};

const lines = readline.createInterface({ input: process.stdin });
for await (const line of lines) {
  const command = JSON.parse(line);
  let answer;
  try {
    answer = { value: (await ops[command.op](command)) ?? null };
  } catch (error) {
    answer = { error: String(error && error.message ? error.message : error) };
  }
  process.stdout.write(`${JSON.stringify(answer)}\n`);
}
await browser.close();
