for x in a b; do echo $x; done
for x in {1..3}; do echo -n $x; done; echo
for ((i=0; i<2; i++)) { echo brace $i; }
for i in $(echo 1 2); do echo sub $i; done
for f in nomatch*.xyz; do echo "glob [$f]"; done
set -- p q; for a in "$@"; do echo "pos $a"; done
