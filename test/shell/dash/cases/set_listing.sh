x=1; y="a b"; f() { :; }
set | grep -E "^(x|y|f)"
readonly r=2; readonly -p | grep " r="
set -- a b; echo "$# $*"
