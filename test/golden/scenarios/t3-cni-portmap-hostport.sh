# CNI portmap plugin (hostPort) by hand: CNI-HOSTPORT-DNAT / CNI-DN-* / SETMARK / MASQ
ip netns add node; ip netns add pod; ip netns add ext
ip -n node link set lo up; ip -n pod link set lo up; ip -n ext link set lo up
ip -n node link add cni0 type bridge
ip -n node addr add 10.88.0.1/16 dev cni0
ip -n node link set cni0 up
ip -n node link add vethpod type veth peer name eth0 netns pod
ip -n node link set vethpod master cni0 up
ip -n pod addr add 10.88.0.5/16 dev eth0; ip -n pod link set eth0 up
ip -n pod route add default via 10.88.0.1
ip -n node link add eth0 type veth peer name eth0 netns ext
ip -n node addr add 203.0.113.10/24 dev eth0; ip -n node link set eth0 up
ip -n ext addr add 203.0.113.99/24 dev eth0; ip -n ext link set eth0 up
ip netns exec node sysctl -w net.ipv4.ip_forward=1
N="ip netns exec node iptables -t nat"
$N -N CNI-HOSTPORT-DNAT
$N -N CNI-HOSTPORT-SETMARK
$N -N CNI-HOSTPORT-MASQ
$N -N CNI-DN-0a1b2c3d4e5f
$N -A PREROUTING -m addrtype --dst-type LOCAL -j CNI-HOSTPORT-DNAT
$N -A OUTPUT -m addrtype --dst-type LOCAL -j CNI-HOSTPORT-DNAT
$N -A POSTROUTING -m comment --comment "CNI portfwd requiring masquerade" -j CNI-HOSTPORT-MASQ
$N -A CNI-HOSTPORT-SETMARK -m comment --comment "CNI portfwd masquerade mark" -j MARK --set-xmark 0x2000/0x2000
$N -A CNI-HOSTPORT-MASQ -m mark --mark 0x2000/0x2000 -j MASQUERADE
$N -A CNI-HOSTPORT-DNAT -p tcp -m comment --comment "dnat name: \"cbr0\" id: \"abc123\"" -m multiport --dports 8080 -j CNI-DN-0a1b2c3d4e5f
$N -A CNI-DN-0a1b2c3d4e5f -s 10.88.0.0/16 -p tcp --dport 8080 -j CNI-HOSTPORT-SETMARK
$N -A CNI-DN-0a1b2c3d4e5f -s 127.0.0.1/32 -p tcp --dport 8080 -j CNI-HOSTPORT-SETMARK
$N -A CNI-DN-0a1b2c3d4e5f -p tcp --dport 8080 -j DNAT --to-destination 10.88.0.5:80
$N -S
ip netns exec pod sh -c 'timeout 3 nc -l -p 80 </dev/null' > /tmp/hp.out &
sleep 0.5
echo hello-hostport | ip netns exec ext nc -w 1 -q 0 203.0.113.10 8080; echo "nc rc=$?"
wait
cat /tmp/hp.out
$N -L CNI-DN-0a1b2c3d4e5f -nv | awk 'NR>2{print $1, $3, $NF}'
$N -L CNI-HOSTPORT-MASQ -nv | awk 'NR>2{print $1, $3}'
ip netns exec node conntrack -L -p tcp 2>&1 | sed 's/ [0-9]* TIME_WAIT/ TW/' | awk '{print $1, $5, $6, $9, $10}'
