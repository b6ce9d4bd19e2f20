[[ 1 ]]; echo $?
source x; echo $?
shopt -s x; echo $?
declare a=1; echo $?
typeset b=2; echo $?
let x=1; echo $?
echo {a,b}
echo "r[$RANDOM]"
echo $0
