# ifconfig IF add|del IPv4ADDR: numbered aliases (set_ifstate), add of a held address, del of a missing one (it is added), a device without IPv4, bad input.
ip link add d0 type veth peer name d1
ifconfig d0 192.168.1.1/24 up
ifconfig d0 add 10.1.1.1; echo rc=$?
ip -4 addr show d0 | grep inet
ifconfig d0 add 10.1.1.2; echo rc=$?
ifconfig d0 add 10.1.1.1; echo rc=$?
ip -4 addr show d0 | grep inet
ifconfig d0 del 10.1.1.1; echo rc=$?
ip -4 addr show d0 | grep inet
ifconfig d0 del 10.9.9.9; echo rc=$?
ip -4 addr show d0 | grep inet
ifconfig d0 del 192.168.1.1; echo rc=$?
ip -4 addr show d0 | grep inet
ifconfig d1 add 10.2.2.2; echo rc=$?
ifconfig d0 add bogus; echo rc=$?
ifconfig d0 add; echo rc=$?
ip -4 addr show d1 | grep inet
