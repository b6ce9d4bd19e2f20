{ echo out; echo err >&2; } 2>&1 | cat
( echo sub-out; echo sub-err >&2 ) 2>/dev/null
f() { echo fn-err >&2; }
f 2>&1 | tr a-z A-Z
