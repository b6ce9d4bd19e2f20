#!/bin/bash
# Kubernetes pod network by hand: cni0 bridge + host-local style IPAM files
set -euo pipefail
IPAM=/tmp/cni-ipam/k8s-pod-network
mkdir -p $IPAM
ip link add cni0 type bridge
ip addr add 10.244.1.1/24 dev cni0
ip link set cni0 up
alloc() {
  local last=1
  [ -f $IPAM/last_reserved_ip.0 ] && last=$(cut -d. -f4 $IPAM/last_reserved_ip.0)
  local next=10.244.1.$((last+1))
  echo "$1" > $IPAM/$next
  echo -n $next > $IPAM/last_reserved_ip.0
  echo $next
}
for pod in coredns-1 web-1 web-2; do
  ip netns add $pod
  ip=$(alloc $pod)
  h=veth$(printf %s "$pod" | od -An -tx1 | tr -d " \n" | cut -c1-8)
  ip link add $h type veth peer name eth0 netns $pod
  ip link set $h master cni0 up
  ip -n $pod addr add $ip/24 dev eth0
  ip -n $pod link set eth0 up
  ip -n $pod link set lo up
  ip -n $pod route add default via 10.244.1.1
  echo "$pod -> $ip ($h)"
done
ls $IPAM | sort
cat $IPAM/last_reserved_ip.0; echo
ip netns exec web-1 ping -c 2 -i 0.2 10.244.1.4 | grep -E 'transmitted|bytes from' | sed 's/time=.*//'
ip -br link show master cni0 | awk '{print $1, $2}'
bridge fdb show br cni0 | grep -v permanent | wc -l
ip -n coredns-1 -br addr show dev eth0
ip -n web-2 route
