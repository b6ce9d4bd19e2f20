set -u
a=()
echo "empty array ok: ${a[@]}"
echo "${#a[@]}"
f() { echo "$1"; }
f one
echo "${2:-d}"
unset z
echo ${z+isset}
echo ${z:+isset}
echo $z
