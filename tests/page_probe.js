// Served as the first script of every page when the tests watch the site (tests/site_server.py):
// records what a visitor's console would show as an error, and every CSP violation the page
// sees, in window.__probe. WebKitGTK's WebDriver cannot read the console; this can.
(() => {
  const seen = (window.__probe = []);
  const error = console.error.bind(console);
  console.error = (...args) => {
    seen.push(`console.error: ${args.map(String).join(" ")}`);
    error(...args);
  };
  window.addEventListener(
    "error",
    (event) => {
      const element = event.target;
      if (element && element !== window) {
        seen.push(`failed to load: ${element.src || element.href || element.tagName}`);
      } else {
        seen.push(`uncaught: ${event.message} ${event.filename}:${event.lineno}`);
      }
    },
    true,
  );
  window.addEventListener("unhandledrejection", (event) => {
    seen.push(`unhandled rejection: ${event.reason}`);
  });
  document.addEventListener("securitypolicyviolation", (event) => {
    seen.push(`CSP: ${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
  });
})();
