# Filters behind `tcpdump -l ... | FILTER &`: stdio keeps a pipe's output in its buffer until it
# fills or the filter exits (grep, awk, sed, tr, uniq), unless the filter flushes per line
# (grep --line-buffered, sed -u) or writes with write(2) itself (cut, cat, tee, head).
ip link set lo up
for f in "grep -o ICMP.echo.[a-z]*" "grep --line-buffered -o ICMP.echo.[a-z]*" "awk {print\$6,\$7,\$8}" "sed -n s/.*ICMP/ICMP/p" "sed -u -n s/.*ICMP/ICMP/p" "cut -d, -f1" "tr a-z A-Z" "uniq" "cat" "head -1"; do
  echo "== $f"
  timeout 1.2 tcpdump -l -n -i lo icmp 2>/dev/null | $f | sed -u -E 's/^[0-9][0-9:.]* IP/T IP/; s/id [0-9]+/id N/I' &
  sleep 0.4; ping -c 1 127.0.0.1 >/dev/null; sleep 0.3; echo "after ping"; wait
done
