# declare -n / +n inside a subshell must not change the parent's variable.
x=y; y=1
( declare -n x; declare -p x; )
declare -p x
r=y
declare -n r
( declare +n r; declare -p r; )
declare -p r
( declare -n x=y; echo "$x"; )
declare -p x
f() { local z=y; ( declare -n z; declare -p z; ); declare -p z; }
f
g() { local w=1; ( declare -i w; declare -x w; ); declare -p w; }
g
