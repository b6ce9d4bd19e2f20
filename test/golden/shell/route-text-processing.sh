# text processing of ip route output
ip netns add r
ip -n r link set lo up
ip -n r link add d1 type veth peer name d2
ip -n r addr add 192.168.1.1/24 dev d1
ip -n r addr add 192.168.2.1/24 dev d2
ip -n r link set d1 up; ip -n r link set d2 up
ip -n r route add 10.0.0.0/8 via 192.168.1.254
ip -n r route add 172.16.0.0/12 dev d2 metric 100
ip -n r route add default via 192.168.2.254
ip -n r route | sort
ip -n r route | awk '/via/ {print $1" -> "$3}'
ip -n r route show default | awk '{print $3; exit}'
ip -n r route get 10.1.2.3 | sed -n 's/.* dev \([^ ]*\).* src \([^ ]*\).*/\1 \2/p'
ip -n r route | grep -v '^default' | cut -d' ' -f1 | sort -t. -k1,1n -k2,2n
ip -n r -4 route | awk '{n[$NF]++} END {for (k in n) print k, n[k]}' | sort
ip -n r route | wc -l | tr -d ' '
ip -n r -j route | grep -o '"dst":"[^"]*"' | sort -u
ip -n r route | nl 2>/dev/null || ip -n r route | cat -n
ip -n r route | awk 'BEGIN{OFS="|"} {$1=$1; print NR, $0}' | head -3
ip -n r route | grep -E '^(10|172)\.' | while IFS=' ' read -r net _ gw _; do echo "net=$net gw=$gw"; done
ip netns del r
