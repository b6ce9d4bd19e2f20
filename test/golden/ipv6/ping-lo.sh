# ICMPv6 echo to local addresses: ::1 needs lo up; a global address added
# with nodad is answered through lo as well; ping6 is ping.
ping -6 -c 1 ::1; echo "rc=$?"
ip link set lo up
ping -6 -c 2 -i 0.2 ::1; echo "rc=$?"
ping6 -c 1 ::1; echo "rc=$?"
ping -c 1 ::1; echo "rc=$?"
ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip link set veth1 up
ip -6 addr add 2001:db8::1/64 dev veth0 nodad
ip -6 addr show dev veth0 | grep -v fe80 | grep -v lft
ping -6 -c 1 2001:db8::1; echo "rc=$?"
ping -6 -c 1 -s 100 -q ::1; echo "rc=$?"
ping -6 -c 1 2001:db9::1; echo "rc=$?"
ping -4 -c 1 ::1; echo "rc=$?"
