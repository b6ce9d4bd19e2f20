x=g
f() { local x; echo "f1 [${x-unset}]"; x=f; g; echo "f2 $x"; }
g() { echo "g sees $x"; local x=gl; h; }
h() { echo "h sees $x"; }
f; echo "top $x"
k() { local -a arr=(1 2); local -A asc=([a]=b); echo ${arr[1]} ${asc[a]}; }
k; echo "[${arr[*]-none}]"
outer() { local v=outer; inner; echo "after inner: $v"; }
inner() { v=modified; }
outer
