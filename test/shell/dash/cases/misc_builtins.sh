((1+1)); echo "arith $?"
x=5; export x; export -p | grep " x="
echo "v[$BASH_VERSION]"
alias ll="ls -l"; alias
printf "%s\n" a b
trap "echo trapped" EXIT
x=1; unset x; echo ${x?msg}
echo not reached
