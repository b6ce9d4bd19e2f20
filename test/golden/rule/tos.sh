# tos rules match the flow's TOS bits exactly.
ip link add d0 type veth peer name p0; ip link set p0 up
ip link set d0 up; ip addr add 10.0.0.1/24 dev d0
ip route add default via 10.0.0.2
ip route add default via 10.0.0.3 table 10
ip route add default via 10.0.0.4 table 11
ip rule add tos 0x10 lookup 10
ip rule add dsfield 0x08 lookup 11
ip rule add tos lowdelay lookup 11 pref 5; echo "rc=$?"
ip rule add tos AF11 lookup 12 pref 6; echo "rc=$?"
ip rule add tos default lookup 13 pref 7; echo "rc=$?"
ip rule
ip route get 8.8.8.8
ip route get 8.8.8.8 tos 0x10
ip route get 8.8.8.8 tos 0x08
ip route get 8.8.8.8 tos 0x04
ip rule show tos 0x10
ip rule del tos 0x10
ip rule del tos 0x08
ip rule del pref 6; ip rule del pref 7
ip rule
