set -x
x=1
echo "a b" $x
y=$(echo sub)
f() { echo in-f; }
f arg
[[ $x == 1 ]]
(( x + 1 ))
for i in 1 2; do :; done
case $x in 1) : ;; esac
set +x
echo quiet
