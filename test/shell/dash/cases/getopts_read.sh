while getopts ab: o -a -c -b; do echo "o=$o OPTARG=${OPTARG-unset}"; done
f() { :; }; type f if
echo x | { read; echo "r $?"; }
x="a b"; set -x; y="$x"; echo "$y"; set +x
printf '%s|%d\n' a 5 b
echo "$(( 7 % 3 )) $(( 1 << 4 )) $(( 5 > 3 ? 1 : 0 ))"
