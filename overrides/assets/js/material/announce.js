// Material for MkDocs partials/javascripts/announce.html, moved out of line so the
// Content-Security-Policy needs no inline script (see overrides/main.html). Keep it
// byte-identical to Material's: tests/test_planner_csp.py compares them.
var el=document.querySelector("[data-md-component=announce]");if(el){var content=el.querySelector(".md-typeset");__md_hash(content.innerHTML)===__md_get("__announce")&&(el.hidden=!0)}
