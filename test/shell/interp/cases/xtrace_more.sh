set -x
a=(1 2)
declare -i n=5
echo "$(echo inner)"
if [[ -n x ]]; then echo yes; fi
while false; do :; done
x=$((1+2))
f() { return 0; }; f
echo $'tab\there'
set +x
