echo <(true) <(true) >(true)
diff -q <(echo a) <(echo b)
cat <(echo x) <(echo y)
f() { echo "$1 $2"; }; f <(:) <(:)
exec 62>/dev/null; echo <(:); exec 62>&-
cmp <(echo abc) <(echo abd); echo "rc=$?"
cmp <(echo abc) <(echo abc); echo "rc=$?"
cmp - <(echo abd) <<< "abc"; echo "rc=$?"
cmp -s <(echo abc) <(echo abd); echo "rc=$?"
cmp <(echo ab) <(echo abc); echo "rc=$?"
ip link add pa type veth peer name pb
diff <(ip -br link show pa | awk '{print $1}') <(ip -br link show pb | awk '{print $1}')
cmp <(ip link show pa | head -1 | cut -d: -f1) <(ip link show pb | head -1 | cut -d: -f1) | sed 's/ differ.*//'
while read -r name state _; do echo "$name:$state"; done < <(ip -br link | sort)
ip link del pa
