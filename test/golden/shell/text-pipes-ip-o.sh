ip link add dummy0 type veth peer name dummy1
ip addr add 10.0.0.1/24 dev dummy0
ip addr add 10.0.1.1/24 dev dummy1
ip link set dummy0 up
ip -o addr | awk '{print $2, $4}'
ip -o link | awk -F': ' '{print $2}'
ip -o -4 addr show | cut -d' ' -f2,7
ip link | grep -c '^[0-9]'
ip link | grep -E 'state (UP|DOWN)' | sed -n 's/^[0-9]*: \([^:]*\):.*state \([A-Z]*\).*/\1 \2/p'
ip -o link | awk '{print $9}' | sort | uniq -c
ip -br link | sort -k1,1 | column -t 2>&1 || echo "column rc=$?"
ip -br addr | tr -s ' ' | cut -d' ' -f1,3
ip -o link | wc -l
ip link show | head -n 2 | tail -n 1
ip -o link | awk '{print $2}' | tr -d ':' | xargs -n1 echo dev
ip -o link show type veth | awk -F': ' '{print $2}' | head -1 | cut -d@ -f1 | xargs -n1 ip link del
ip -o link | wc -l
