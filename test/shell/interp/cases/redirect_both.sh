{ echo out; echo err >&2; } &> both
cat both
{ echo more; echo err2 >&2; } &>> both
cat both
ls nosuchfile 2>&1 | sed 's/^ls: //'
