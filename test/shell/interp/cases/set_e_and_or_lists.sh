set -e
false && echo no
true && false || echo recovered
f() { return 1; }
f || echo "f failed ok"
! f
echo still-running
x=$(false || echo fallback); echo "$x"
f
echo not-reached
