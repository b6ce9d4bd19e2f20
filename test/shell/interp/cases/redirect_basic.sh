echo one > f1
echo two >> f1
cat f1
cat < f1 | wc -l
echo err >&2 2>/dev/null
echo out 2>&1 >/dev/null
{ echo A; echo B >&2; } > f2 2>&1
cat f2
echo x >| f3; cat f3
