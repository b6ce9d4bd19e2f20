# u32 and bpf on live traffic: ICMP echo requests told apart by type, TTL and
# payload size; bpf bytecode from nfbpf_compile (ip proto 1, icmp type 8).
ip netns add peer
ip link add va type veth peer name vb netns peer
ip addr add 10.9.0.1/24 dev va
ip link set va up
ip -n peer addr add 10.9.0.2/24 dev vb
ip -n peer link set vb up
P="ip netns exec peer iptables"
$P -A INPUT -m u32 --u32 "6&0xFF=1 && 0>>22&0x3C@0>>24=8"
$P -A INPUT -m u32 --u32 "0&0xFFFF=100:200"
$P -A INPUT -m u32 ! --u32 "8>>24=64"
$P -A INPUT -m u32 --u32 "0>>22&0x3C@4=0x10000:0x1ffff"
$P -A INPUT -m u32 --u32 "6&0xFF=1&&0>>22&0x3C@8&0xFF=0x61"
$P -A INPUT -m bpf --bytecode "6,48 0 0 9,21 0 3 1,48 0 0 20,21 0 1 8,6 0 0 65535,6 0 0 0"
$P -A INPUT -m bpf --bytecode "4,128 0 0 0,37 0 1 150,6 0 0 1,6 0 0 0"
$P -A INPUT -m bpf --bytecode "1,6 0 0 0"
ping -c 2 -W 1 10.9.0.2 > /dev/null
ping -c 1 -W 1 -s 120 -t 9 -p 61 10.9.0.2 > /dev/null
ping -c 1 -W 1 -s 300 10.9.0.2 > /dev/null
$P -L INPUT -v -n -x | sed 1,2d | awk '{print $1, $2}'
$P -S INPUT
$P -L INPUT -n | tail -3 | od -c | grep -c '\\0'
