# macvlan devices: modes (vepa by default), -d/-j details, errors, mode change, a macvlan on a macvlan, passthru, the lower device's promiscuity and unicast list, carrier and MTU from the lower device, a move to another namespace, and deletion with the lower device.
ip link add eth0 type veth peer name eth1
ip link add link eth0 mv0 address 02:00:00:00:00:01 type macvlan
ip link add link eth0 mv1 address 02:00:00:00:00:02 type macvlan mode private
ip link add link eth0 mv2 address 02:00:00:00:00:03 type macvlan mode bridge bcqueuelen 2000
ip link add link eth0 mv3 type macvlan mode passthru; echo $?
ip link add link mv0 mv4 address 02:00:00:00:00:04 type macvlan mode bridge
ip -d link show mv0
ip -d link show mv1
ip -d link show mv2
ip link show mv4
ip -j -d link show mv1
ip link add link eth0 mv5 type macvlan mode foo; echo $?
ip link add link eth0 mv5 type macvlan flag bar; echo $?
ip link add link eth0 mv5 type macvlan mode bridge nopromisc; echo $?
ip link add link eth0 mv5 type macvlan bogus; echo $?
ip link add link eth0 mv5 type macvlan bcqueuelen x; echo $?
ip link add link eth0 mv5 type macvlan help; echo $?
ip link add mv5 type macvlan; echo $?
ip link add link nosuch mv5 type macvlan; echo $?
ip link add link lo mv5 type macvlan; echo $?
ip link add link eth0 mv5 address 02:00:00:00:00:01 type macvlan; echo $?
ip link set mv1 type macvlan mode bridge; echo $?
ip link set mv1 type macvlan mode passthru; echo $?
ip -d link show mv1 | tail -1
ethtool -i mv0 | head -2
ip -d link show eth0 | grep -o 'promiscuity [0-9]*'
ip link set eth0 up
ip link set mv0 up
ip link set mv2 up
ip -d link show eth0 | grep -o 'promiscuity [0-9]*'
bridge fdb show dev eth0 | grep -v 33:33
ip link show mv0
ip link set eth1 up
sleep 0.1
ip link show mv0
ip link set mv2 address 02:00:00:00:00:01; echo $?
ip link set mv0 mtu 1600; echo $?
ip link set mv0 mtu 1400; echo $?
ip link set eth0 mtu 1300
ip link show mv0
ip link show mv1
ip link set mv0 down
ip link set mv2 down
ip -d link show eth0 | grep -o 'promiscuity [0-9]*'
ip link add link eth1 mv6 type macvlan mode passthru
ip link add link eth1 mv7 type macvlan mode bridge; echo $?
ip -d link show eth1 | grep -o 'promiscuity [0-9]*'
ip link set mv6 up
ip -d link show eth1 | grep -o 'promiscuity [0-9]*'
ip -d link show mv6 | tail -1
ip netns add c
ip link set mv4 netns c
ip -n c link show mv4
ip link del eth0
ip link show
ip -n c link show
ip link add eth0 type veth peer name eth1
ip link add link eth0 mv0 type macvlan
ethtool -k mv0
