# ifconfig aliases: labels numbered and named, an alias taken down, an alias label nobody holds (the base device's flags, no address, no statistics), an unknown base.
ip link add d0 type veth peer name d1
ip link set d0 address 02:00:00:00:00:09
ifconfig d0 192.168.1.1/24 up
ifconfig d0:0 192.168.1.10 up; echo rc=$?
ifconfig d0:web 192.168.1.11 netmask 255.255.255.0 broadcast 192.168.1.255 up; echo rc=$?
ifconfig d0:0; ifconfig d0:web
ip -4 addr show d0
ifconfig d0:0 down; echo rc=$?
ip -4 addr show d0
ifconfig d0:9; echo rc=$?
ifconfig d0:9 | wc -l
ifconfig x0:1; echo rc=$?
ifconfig -a | grep -c '^d0'
