# ipset three-dimension and iface types in rules: kube-proxy KUBE-LOOP-BACK, per-interface nets
ip netns add a; ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up; ip -n b link set vb up
B="ip netns exec b"
$B ipset create KUBE-LOOP-BACK hash:ip,port,ip
$B ipset add KUBE-LOOP-BACK 10.0.0.2,udp:53,10.0.0.1
$B ipset add KUBE-LOOP-BACK 10.0.0.2,tcp:80,10.0.0.2
$B ipset create pn hash:ip,port,net
$B ipset add pn 10.0.0.2,udp:54,10.0.0.0/24
$B ipset add pn 10.0.0.2,udp:54,10.0.0.1 nomatch
$B ipset add pn 10.0.0.2,udp:55,10.0.0.0/30 comment x
$B ipset create ni hash:net,iface counters
$B ipset add ni 10.0.0.0/24,vb
$B ipset add ni 10.0.0.0/24,lo
$B ipset add ni 10.1.0.0/16,physdev:vb
$B iptables -A INPUT -p udp -m set --match-set KUBE-LOOP-BACK dst,dst,src -j DROP
$B iptables -A INPUT -p udp -m set --match-set pn dst,dst,src -j DROP
$B iptables -A INPUT -p icmp -m set --match-set ni src,src -j ACCEPT
$B iptables -A INPUT -p icmp -j DROP
$B iptables -A OUTPUT -m set --match-set ni dst,dst -j ACCEPT
$B iptables -A INPUT -m set --match-set ni src
$B iptables -A INPUT -m set --match-set KUBE-LOOP-BACK dst,dst
$B iptables -S
for p in 53 54 55 56; do echo x | ip netns exec a nc -u -w0 10.0.0.2 $p; done
ip netns exec a ping -c 2 -i 0.2 -W 1 10.0.0.2 | grep transmitted
$B iptables -L -v -n -x | sed 's/ \+/ /g'
$B ipset list ni
$B ipset list pn
$B ipset test pn 10.0.0.2,udp:54,10.0.0.1; echo rc=$?
$B ipset test pn 10.0.0.2,udp:54,10.0.0.1 nomatch; echo rc=$?
$B ipset test pn 10.0.0.2,udp:54,10.0.0.9; echo rc=$?
$B ipset test pn 10.0.0.2,udp:54,10.0.0.0/24; echo rc=$?
$B ipset del pn 10.0.0.2,udp:54,10.0.0.0/24
$B ipset del pn 10.0.0.2,udp:54,10.0.0.0/24
$B ipset add pn 10.0.0.2,udp:54,10.0.0.0/0
$B ipset add KUBE-LOOP-BACK 10.0.0.2,udp:53,10.0.0.0/24
$B ipset add KUBE-LOOP-BACK 10.0.0.3-10.0.0.4,udp:53,10.0.0.1
$B ipset list KUBE-LOOP-BACK | tail -4
$B ipset save | grep -v initval
$B ipset create six hash:ip,port,ip family inet6
$B ipset add six fd00::1,tcp:80,fd00::2
$B ipset list six | tail -2
