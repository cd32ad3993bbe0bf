// Material for MkDocs partials/javascripts/outdated.html, moved out of line so the
// Content-Security-Policy needs no inline script (see overrides/main.html). Keep it
// byte-identical to Material's: tests/test_planner_csp.py compares them.
var el=document.querySelector("[data-md-component=outdated]"),base=new URL(document.currentScript.dataset.base),outdated=__md_get("__outdated",sessionStorage,base);!0===outdated&&el&&(el.hidden=!1)
