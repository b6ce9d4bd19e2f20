# xargs, tee, find-ish, sort/uniq on neighbour-ish data
L=$(mktemp)
ip netns add x1
for i in 1 2 3 4; do ip -n x1 link add "e$i" type veth peer name "p$i"; done
ip -n x1 -o link | awk -F': ' '{print $2}' | cut -d@ -f1 | sort | tee "$L" | wc -l
cat "$L" | grep '^e' | xargs -n1 -I{} ip -n x1 link set {} up
ip -n x1 -br link | awk '{print $2}' | sort | uniq -c | sort -rn
grep -c . "$L"
grep -n p "$L"
grep -w e1 "$L"; grep -x lo "$L"; grep -i E2 "$L"
grep -v -e e -e p "$L"
grep -E 'e[13]|p4' "$L" | tr '\n' ' '; echo
sed -e 's/^e/eth/' -e '/^p/d' "$L"
sed '2q' "$L"; sed -n '$p' "$L"; sed '1~2d' "$L"
awk 'NR%2==0' "$L" | paste -sd, 
sort -r "$L" | head -3 | tail -1
awk '{ printf "%s%s", sep, $0; sep="," } END { print "" }' "$L"
ip -n x1 -o link | awk -F'[ :@]+' '{print $2}' | sort -V
echo e1 e2 e3 | xargs ip -n x1 link del 2>&1; echo "rc=$?"
echo e1 e2 e3 | xargs -n1 ip -n x1 link del; echo "rc=$?"
ip -n x1 -br link | wc -l
ip netns del x1
rm -f "$L"
