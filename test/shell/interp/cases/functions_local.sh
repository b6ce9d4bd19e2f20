x=global
f() { local x=local; echo "in f: $x"; g; }
g() { echo "in g: $x"; x=changed-by-g; }
f
echo "after: $x"
h() { local y; y=1; echo "${y}"; }
h; echo "y=${y-unset}"
k() { local -i n=3+4; echo $n; }
k
