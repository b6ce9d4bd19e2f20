set -e
while false; do :; done
until true; do :; done
if ! false; then echo neg; fi
[[ 1 == 2 ]] || echo cond-ok
(( 0 )) || echo arith-ok
for x in 1; do false; done
echo not-reached
