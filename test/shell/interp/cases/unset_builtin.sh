x=1; unset x; echo "${x-unset}"
f() { echo f; }; unset -f f; f 2>&1 | sed 's/.*: //'
a=(1 2 3); unset a; echo ${#a[@]}
readonly r=5
unset r
echo "st=$? r=$r"
unset nosuch; echo "st=$?"
