# ll_addr_a2n: each ':' part is read with sscanf("%x") ("down" is the byte 0x0d, so a device named
# b takes "down" as its broadcast address), and the message names the part that failed.
ip link add b type veth peer name a; echo rc=$?
ip link set b down; echo rc=$?
ip link set a up; echo rc=$?
ip link set dev b up; echo rc=$?
ip link show b | head -1 | cut -d: -f2
ip link set brd up; echo rc=$?
ip link set m up; echo rc=$?
ip link set n up; echo rc=$?
ip link add v0 type veth peer name v1
ip link set v0 address 02:zz:00:00:00:01; echo rc=$?
ip link set v0 address 1:2:3:4:5:6:7; echo rc=$?
ip link set v0 address 0x12:34:56:78:9a:bc; echo rc=$?
ip link show v0 | grep link/
ip link set v0 address 123:00:00:00:00:01; echo rc=$?
ip link set v0 address 02:00:00:00:00:0g1; echo rc=$?
ip link show v0 | grep link/
ip link set v0 address 1.2.3.4; echo rc=$?
ip neigh add 10.0.0.9 lladdr 02:00:00:00:00:xx dev v0; echo rc=$?
ip link set v0 address ""; echo rc=$?
