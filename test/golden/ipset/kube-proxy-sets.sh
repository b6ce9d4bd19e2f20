# kube-proxy ipvs-style ipsets with iptables match-set: KUBE-CLUSTER-IP hash:ip,port and KUBE-LOOP-BACK
ip netns add node; ip -n node link set lo up
ip netns exec node sysctl -qw net.ipv4.ip_forward=1
S="ip netns exec node ipset"
$S create KUBE-CLUSTER-IP hash:ip,port family inet hashsize 1024 maxelem 65536 comment
$S add KUBE-CLUSTER-IP 10.96.0.1,tcp:443 comment "default/kubernetes:https"
$S add KUBE-CLUSTER-IP 10.96.0.10,udp:53 comment "kube-system/kube-dns:dns"
$S add KUBE-CLUSTER-IP 10.96.0.10,tcp:53
$S add KUBE-CLUSTER-IP 10.96.0.10,tcp:53
$S -exist add KUBE-CLUSTER-IP 10.96.0.10,tcp:53
$S create KUBE-NODE-PORT-TCP bitmap:port range 0-65535
$S add KUBE-NODE-PORT-TCP 30080
$S list -n
$S list KUBE-CLUSTER-IP | grep -v -e '^Size in memory' -e Initval -e '^References'
$S test KUBE-CLUSTER-IP 10.96.0.10,udp:53; echo "test $?"
$S test KUBE-CLUSTER-IP 10.96.0.10,53; echo "test $?"
$S test KUBE-CLUSTER-IP 10.96.0.11,udp:53; echo "test $?"
I="ip netns exec node iptables"
$I -t nat -N KUBE-SERVICES
$I -t nat -N KUBE-MARK-MASQ
$I -t nat -A KUBE-SERVICES ! -s 10.244.0.0/16 -m comment --comment "Kubernetes service cluster ip + port for masquerade purpose" -m set --match-set KUBE-CLUSTER-IP dst,dst -j KUBE-MARK-MASQ
$I -t nat -A KUBE-SERVICES -m set --match-set KUBE-NODE-PORT-TCP dst -p tcp -j KUBE-MARK-MASQ
$I -t nat -A KUBE-SERVICES -m set --match-set NOPE dst -j ACCEPT
$I -t nat -A KUBE-MARK-MASQ -j MARK --or-mark 0x4000
$I -t nat -L KUBE-SERVICES -n
ip netns exec node iptables-save -t nat | grep -v '^#'
$S destroy KUBE-CLUSTER-IP; echo "destroy $?"
$S flush KUBE-NODE-PORT-TCP
$S list KUBE-NODE-PORT-TCP | grep -v -e '^Size in memory'
