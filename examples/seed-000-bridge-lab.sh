#!/bin/bash
# Docker's bridge network built by hand (seed article 000): a bridge with an
# address, two network namespaces standing in for containers, each joined to
# the bridge by a veth pair, and pings host -> container, container -> bridge,
# container -> container.
#
#   nslab run examples/seed-000-bridge-lab.sh
#
# Each command is echoed with a "$ " before its output, like the article's
# transcript. On a real machine it needs root and changes the host's network;
# run it there only inside a throwaway namespace (e.g. `unshare --net`).

run() {
  echo "\$ $*"
  "$@"
}

# The bridge, with the containers' gateway address.
run brctl addbr lab-br0
run ifconfig lab-br0 10.15.10.1 netmask 255.255.255.0
run ifconfig lab-br0

# A namespace for the first "container".
run ip netns add lab-ns0
run ip netns list

# A veth pair: veth1 goes into the namespace and becomes its eth0.
run ip link add veth0 type veth peer name veth1
run ip link list
run ip netns exec lab-ns0 ip link list
run ip link set veth1 netns lab-ns0
run ip netns exec lab-ns0 ip link list
run ip link list
run ip netns exec lab-ns0 ip link set veth1 name eth0
run ip netns exec lab-ns0 ip addr add 10.15.10.2/24 dev eth0
run ip netns exec lab-ns0 ip addr show eth0

# The host end joins the bridge.
run brctl addif lab-br0 veth0
run brctl show
run ip netns exec lab-ns0 ip route list
run ip route list

# Links up, then ping both ways.
run ip link set dev veth0 up
run ip netns exec lab-ns0 ip link set dev eth0 up
run ip netns exec lab-ns0 ip link set dev lo up
run ping -c 3 10.15.10.2
run ip netns exec lab-ns0 ping -c 3 10.15.10.1
run ip netns exec lab-ns0 ping -c 3 10.15.10.2

# A second "container" on the same bridge.
run ip netns add lab-ns1
run ip link add veth2 type veth peer name veth3
run ip link set veth3 netns lab-ns1
run ip netns exec lab-ns1 ip link set veth3 name eth0
run ip netns exec lab-ns1 ip addr add 10.15.10.3/24 dev eth0
run brctl addif lab-br0 veth2
run ip link set dev veth2 up
run ip netns exec lab-ns1 ip link set dev eth0 up
run ip netns exec lab-ns1 ip link set dev lo up
run ip netns list
run ip netns exec lab-ns1 ip addr show eth0
run ip netns exec lab-ns1 ip route list
run ip netns exec lab-ns0 ping -c 3 10.15.10.3
