# diff, cmp, sort options, comm-like, uniq
ip netns add d1; ip netns add d2
ip -n d1 link add x1 type veth peer name x2
ip -n d2 link add x1 type veth peer name x3
diff <(ip -n d1 -br link | awk '{print $1}' | sort) <(ip -n d2 -br link | awk '{print $1}' | sort)
echo "diff rc=$?"
diff -u <(ip -n d1 -o link | awk -F': ' '{print $2}' | cut -d@ -f1 | sort) <(ip -n d2 -o link | awk -F': ' '{print $2}' | cut -d@ -f1 | sort) | tail -n +3
diff -q <(echo a) <(echo b); echo "rc=$?"
cmp <(echo abc) <(echo abd) | sed 's#/dev/fd/[0-9]*#FD#g'; echo "rc=${PIPESTATUS[0]}"
diff /nonexist /dev/null; echo "rc=$?"
printf '10.0.0.10\n10.0.0.9\n10.0.0.100\n192.168.1.1\n10.0.0.9\n' | sort -t. -k4,4n | uniq
printf '10.0.0.10\n10.0.0.9\n10.0.0.100\n192.168.1.1\n10.0.0.9\n' | sort -V -u
printf '10.0.0.10\n10.0.0.9\n10.0.0.9\n' | uniq -d; printf 'a\na\nb\n' | uniq -u
printf 'b 2\na 10\nc 1\n' | sort -k2 -n -r
printf 'b 2\na 10\nc 1\n' | sort -k2,2 -h | head -1
printf '3\n1\n2\n' | sort -c; echo "rc=$?"
printf 'x\n' | sort -k 0; echo "rc=$?"
seq 3 | sort -nr | head -1
ip netns del d1; ip netns del d2
