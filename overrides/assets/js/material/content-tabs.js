// Material for MkDocs partials/javascripts/content.html, moved out of line so the
// Content-Security-Policy needs no inline script (see overrides/main.html). Keep it
// byte-identical to Material's: tests/test_planner_csp.py compares them.
var tabs=__md_get("__tabs");if(Array.isArray(tabs))e:for(var set of document.querySelectorAll(".tabbed-set")){var labels=set.querySelector(".tabbed-labels");for(var tab of tabs)for(var label of labels.getElementsByTagName("label"))if(label.innerText.trim()===tab){var input=document.getElementById(label.htmlFor);input.checked=!0;continue e}}
