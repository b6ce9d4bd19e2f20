# altnames: long names as DEV everywhere, -s -d/-o/-j layout, argument errors
L=$(printf 'w%.0s' $(seq 1 40))
ip link add veth2 type veth peer veth3
ip link property add dev veth2 altname $L altname short
ip link set veth2 alias myalias
ip link show $L; echo "show $?"
ip link set $L up; echo "set $?"
ip link set dev $L mtu 1300; echo "setdev $?"
ip addr add 10.0.0.1/24 dev $L; echo "addr $?"
ip addr show dev $L | head -3; echo "addrshow $?"
ip route add 10.1.0.0/24 dev $L; echo "route $?"
ip -s -d link show short
ip -o link show short
ip -d -j link show short | head -c 300; echo
ip link del $L; echo "del $?"
ip link add veth4 type veth peer veth5
ip link property add dev veth4 altname v4a
ip link del v4a; echo "del2 $?"; ip -br link
ip link add veth4 type veth peer veth5
ip link property add dev veth4 altname v4a
ip link property add dev v4a altname v4b; echo "viaalt $?"
ip link property del dev v4b altname v4a; ip link show veth4
ip link property add dev veth4 altname v4a v4c; echo "noalt-kw $?"
ip link property add dev veth4 altname; echo "missing $?"
ip link property add dev veth4 dev veth5; echo "dupdev $?"
ip link property add altname q dev veth4; echo "order $?"; ip link show veth4 | tail -2
ip link property nosuch dev veth4; echo "badcmd $?"
ip link property delete dev veth4 altname q; echo "delete $?"
