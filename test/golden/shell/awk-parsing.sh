# awk-heavy parsing of network outputs
ip netns add w
ip -n w link set lo up
ip -n w link add a type veth peer name b
ip -n w addr add 10.1.0.1/24 dev a; ip -n w addr add 10.1.0.2/24 dev a; ip -n w addr add 10.2.0.1/16 dev b
ip -n w link set a up; ip -n w link set b up
ip -n w addr show | awk '/^[0-9]+:/ {dev=$2; sub(":", "", dev)} /inet / {print dev, $2, ($NF=="secondary" ? "sec" : "pri")}'
ip -n w -o -4 addr | awk '{split($4, p, "/"); n[$2]++; last[$2]=p[1]} END {for (d in n) printf "%-4s %d %s\n", d, n[d], last[d]}' | sort
ip -n w -s link show a | awk 'NR==4 {print "rx_bytes=" $1} NR==6 {print "tx_bytes=" $1}'
ip -n w link show a | awk '{for (i=1; i<=NF; i++) if ($i == "qlen") print "qlen", $(i+1)}'
ip -n w -4 addr show dev a | awk -v OFS=, '/inet/ {gsub(/\/.*/, "", $2); print $2, length($2), toupper("x"), substr($2, 1, 4)}'
awk 'BEGIN { printf "%d %s %.3f %5s|%-5s|\n", 3.9, 1e3, 2/3, "ab", "cd"; print 1/3; print 100000000000000000000; print 0.1+0.2; x["a"]; print length(x) }'
awk 'BEGIN { n = split("a:b:c", arr, ":"); print n, arr[3]; s = "hello"; gsub(/l/, "L", s); print s; print index("abc", "c"), match("xxab", /ab/), RSTART, RLENGTH }'
echo "1 2 3" | awk '{s=0; for(i=1;i<=NF;i++) s+=$i; print s, NF, $NF}'
printf 'a 1\nb 2\na 3\n' | awk '{s[$1]+=$2} END {for (k in s) print k, s[k]}' | sort
awk 'BEGIN { print substr("hello", 0, 2), substr("hello", -1, 3), sprintf("%c", 65), int(-3.7), 7%3, -7%3, 2**10 }'
awk -F, '{print $2}' <<< "x,y,z"
awk '{print NR": "$0}' /nonexist; echo "rc=$?"
awk 'BEGIN{exit 3}'; echo "rc=$?"
awk 'BEGIN { getline line < "/etc/hostname"; print (line != "") }'
echo "a b" | awk '{$3="c"; print; print NF}'
ip netns del w
