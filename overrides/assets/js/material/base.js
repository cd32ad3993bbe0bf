// Material for MkDocs partials/javascripts/base.html, moved out of line so the
// Content-Security-Policy needs no inline script (see overrides/main.html). Keep it
// byte-identical to Material's: tests/test_planner_csp.py compares them.
__md_scope=new URL(document.currentScript.dataset.scope,location),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e)),__md_set=(e,_,t=localStorage,a=__md_scope)=>{try{t.setItem(a.pathname+"."+e,JSON.stringify(_))}catch(e){}}
