# Is forwarding on? sysctl -a | grep, /proc reads, per-device vs all
ip netns add r
ip -n r link add a type veth peer name b
sysctl -a 2>/dev/null | grep -E '^net.ipv4.ip_forward |^net.ipv4.conf.all.forwarding'
ip netns exec r sysctl -a 2>/dev/null | grep '\.forwarding = ' | grep ipv4
ip netns exec r sysctl -w net.ipv4.ip_forward=1
ip netns exec r sysctl -a 2>/dev/null | grep 'ipv4.*forwarding = 1' | sort
ip netns exec r sysctl -w net.ipv4.conf.a.forwarding=0
ip netns exec r cat /proc/sys/net/ipv4/ip_forward /proc/sys/net/ipv4/conf/all/forwarding /proc/sys/net/ipv4/conf/a/forwarding
ip netns exec r sysctl net.ipv6.conf.all.forwarding net.ipv6.conf.a.forwarding
ip netns exec r sysctl -w net.ipv6.conf.all.forwarding=1 | cat
ip netns exec r sysctl -n net.ipv6.conf.a.forwarding net.ipv6.conf.b.forwarding net.ipv6.conf.default.forwarding
ip netns exec r sysctl -w net.ipv4.ip_forward=2; echo rc=$?
ip netns exec r sysctl -w net.ipv4.ip_forward=yes; echo rc=$?
ip netns exec r sysctl -w net.ipv4.ip_fowrard=1; echo rc=$?
ip netns exec r sysctl net.ipv4.conf.all.forwarding
echo 0 | ip netns exec r tee /proc/sys/net/ipv4/ip_forward
ip netns exec r sysctl -N -r 'forwarding$' -a | grep -c conf
