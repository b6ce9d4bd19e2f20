# ip link / tuntap mistakes: duplicates, missing names, unknown kinds, bad mtu/address/name/txqlen, master errors, flags; macvlan/vxlan creation errors.
ip link add v0 type veth peer name v1
ip link add v0 type veth peer name v2; echo rc=$?
ip link add name type veth; echo rc=$?
ip link add x0 type nosuchkind; echo rc=$?
ip link add x0; echo rc=$?
ip link add br0 type bridge
ip link set v0 master br0
ip link set v0 master nosuch; echo rc=$?
ip link set v0 nomaster
ip link set nosuch up; echo rc=$?
ip link set v0 mtu 70000; echo rc=$?
ip link set v0 mtu 67; echo rc=$?
ip link set v0 mtu abc; echo rc=$?
ip link set v0 address 01:00:00:00:00:01; echo rc=$?
ip link set v0 address zz; echo rc=$?
ip link set v0 name v1; echo rc=$?
ip link set v0 name averyveryverylongname; echo rc=$?
ip link set v0 txqlen -1; echo rc=$?
ip link set v0 up down; echo rc=$?
ip link set v0 arp off multicast off allmulticast on promisc on
ip link show v0
ip link set v0 arp on multicast on allmulticast off promisc off dynamic on
ip link show v0
ip link del v1
ip link del v1; echo rc=$?
ip link del; echo rc=$?
ip link show type veth
ip link show type bridge
ip -br link show master br0
ip link add mv0 link br0 type macvlan mode bridge
ip link add mv1 link nosuch type macvlan; echo rc=$?
ip link add vx0 type vxlan id 42 dstport 4789 dev br0
ip link add vx1 type vxlan id 42 dstport 4789; echo rc=$?
ip link add vx2 type vxlan; echo rc=$?
ip link add vx3 type vxlan id 99999999; echo rc=$?
ip -br link
ip tuntap add tap0 mode tap
ip tuntap add tun0 mode tun user 0
ip tuntap add tap0 mode tap; echo rc=$?
ip tuntap add x mode bogus; echo rc=$?
ip tuntap show
ip tuntap del tap0 mode tun; echo rc=$?
ip tuntap del tap0 mode tap
ip -d link show tun0
