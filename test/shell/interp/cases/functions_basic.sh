greet() { echo "hi $1 ($#)"; }
greet bob
greet "a b" c
function other { echo other; return 4; }
other; echo $?
f() { echo $FUNCNAME; }; f
g() ( echo subshell-body )
g
echo ${#FUNCNAME[@]}
