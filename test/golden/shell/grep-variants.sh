# grep variants on network output
ip netns add g
ip -n g link add ga type veth peer name gb
ip -n g addr add 10.3.3.3/24 dev ga
ip -n g addr show | grep -o 'inet [0-9./]*'
ip -n g addr show | grep -oP 'inet \K[\d.]+' 2>&1
ip -n g addr show | grep -Eo '([0-9]{1,3}\.){3}[0-9]{1,3}/[0-9]+'
ip -n g link | grep -A1 ga | tail -1 | awk '{print $1}'
ip -n g link | grep -B1 'link/ether' | grep -c '^[0-9]'
ip -n g link | grep -q UP; echo "q rc=$?"
ip -n g link | grep -l ga; ip -n g link | grep -L zz; echo "L rc=$?"
ip -n g link | grep -m1 -n ether
ip -n g link | grep -F '<BROADCAST' | wc -l
ip -n g link | grep -e lo -e gb | cut -c1-20
grep -r 'x' /nonexistent-dir; echo "rc=$?"
grep -E '(' <<< "x"; echo "rc=$?"
grep; echo "rc=$?"
grep -H ga <(ip -n g link) | sed 's/^[^:]*:/FD:/' | head -1
ip -n g link | grep --color=never -w 'gb@ga'
ip -n g link | egrep 'ga|gb' | wc -l
ip -n g link | grep -vc lo
ip -n g link | grep -ic LINK
ip netns del g
