cat <<EOF
host: $(hostname)
sum: $((2+3))
literal: \$HOME
EOF
cat <<'EOF' | sed 's/^/> /'
no $expansion here
EOF
cat <<-EOF
	tab stripped
	EOF
nonexistentcmd --foo
echo "rc=$?"
ip nosuchobj
echo "rc=$?"
ip link show dev nosuch
echo "rc=$?"
grep -c foo /nonexistent
echo "rc=$?"
sed -n '/x/p' /nonexistent; echo "rc=$?"
awk '{print' /dev/null; echo "rc=$?"
cut -x 2>&1; echo "rc=$?"
sort --bogus; echo "rc=$?"
wc -l /no/such; echo "rc=$?"
head -n abc /dev/null; echo "rc=$?"
seq -w 8 11
seq -s, 5
printf '%-10s|%5d|%05.1f|%x|%o|%s\n' eth0 42 3.14159 255 8
printf '%s\n' a b c | tac
echo "a b c" | tr ' ' '\n' | sort -r
t=$(mktemp); echo hello | tee "$t" | tr a-z A-Z; cat "$t"; rm -f "$t"
timeout 1 sleep 5; echo "timeout rc=$?"
timeout 3 sleep 0.1; echo "rc=$?"
