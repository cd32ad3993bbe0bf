// Material for MkDocs partials/javascripts/content.html, moved out of line so the
// Content-Security-Policy needs no inline script (see overrides/main.html). Keep it
// byte-identical to Material's: tests/test_planner_csp.py compares them.
var target=document.getElementById(location.hash.slice(1));target&&target.name&&(target.checked=target.name.startsWith("__tabbed_"))
