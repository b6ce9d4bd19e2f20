set -u
( echo "$u" ); echo "subshell=$?"
x=$(echo "${y?oops}"); echo "cmdsub=$? [$x]"
echo "$u" | cat; echo "pipe=$?"
f() { echo "${1:?need an arg}"; }
( f ); echo "func=$?"
( echo $((zz + 1)) ); echo "arith=$?"
trap 'echo "exit trap sees $?"' EXIT
echo "${arr[2]}"
echo not reached
