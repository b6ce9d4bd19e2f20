# ip route: duplicates, bad prefixes, typos, types, tables and the show selectors.
ip link add v0 type veth peer name v1
ip link set v0 up; ip link set v1 up
ip addr add 10.0.0.1/24 dev v0
ip route add 10.9.0.0/16 via 10.0.0.254
ip route add 10.9.0.0/16 via 10.0.0.254; echo rc=$?
ip route add 10.9.0.0/16 via 10.0.0.253 metric 5
ip route add 10.8.0.0/16 via 10.1.0.254; echo rc=$?
ip route add 10.8.0.1/16 via 10.0.0.254; echo rc=$?
ip route add 10.8.0.0/33 via 10.0.0.254; echo rc=$?
ip route add 10.8.0.0/16 dev nosuch; echo rc=$?
ip route add 10.8.0.0/16 gw 10.0.0.254; echo rc=$?
ip route add 10.8.0.0/16 via 10.0.0.254 metrc 4; echo rc=$?
ip route add default via 10.0.0.254 dev v0 proto static
ip route add 10.7.0.0/16 dev v0 scope link proto kernel
ip route add 10.6.0.0/16 dev v0 table 100
ip route add unreachable 10.5.0.0/16
ip route add prohibit 10.4.0.0/16
ip route add blackhole 10.3.0.0/16
ip route add throw 10.2.0.0/16 table 100
ip route show
ip route show proto static
ip route show scope link
ip route show type unreachable
ip route show exact 10.9.0.0/16
ip route show root 10.0.0.0/8
ip route show match 10.9.1.1
ip route show table all type blackhole
ip route show table 100
ip route show table nosuch; echo rc=$?
ip route list table main 10.9.0.0/16
ip -o route
ip route del 10.9.0.0/16
ip route
ip route del 10.9.0.0/16 metric 7; echo rc=$?
ip route del 1.2.3.0/24; echo rc=$?
ip route chg 10.9.0.0/16 via 10.0.0.1 metric 5; echo rc=$?
ip route show 10.9.0.0/16
