set -x
: 'a b' "" "x'y" '$v' 'a*' plain a=b '#c' '~d'
set +x
