ip link add veth0 type veth peer name veth1
sysctl -w net.ipv4.conf.all.forwarding=1
sysctl net.ipv4.ip_forward net.ipv4.conf.lo.forwarding net.ipv4.conf.default.forwarding net.ipv4.conf.veth0.forwarding
sysctl -w net.ipv4.ip_forward=0
sysctl net.ipv4.conf.all.forwarding net.ipv4.conf.veth1.forwarding
sysctl -w net.ipv4.conf.default.forwarding=1
ip link add veth2 type veth peer name veth3
sysctl net.ipv4.conf.veth2.forwarding net.ipv4.conf.veth0.forwarding
