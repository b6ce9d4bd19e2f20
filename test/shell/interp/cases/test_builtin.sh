test 1 -eq 1; echo $?
[ a = b ]; echo $?
[ -n "" ]; echo $?
[ ! -z x ]; echo $?
[ 1 -lt 2 -a 3 -gt 2 ]; echo $?
[ abc ]; echo $?
[ ]; echo $?
[ 1 -eq x ]; echo $?
[ 1 = 1 ; echo $?
test -d /tmp && echo dir
