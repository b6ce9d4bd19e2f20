# deleting a route before the namespace has an IPv4 main table: ESRCH with the extack message
ip route del default; echo rc=$?
ip route del 10.0.0.0/8; echo rc=$?
ip route del 10.0.0.0/8 table 100; echo rc=$?
ip route del 10.0.0.0/8 table local; echo rc=$?
ip link set lo up
ip route del default; echo rc=$?
ip route del 10.0.0.0/8 table 100; echo rc=$?
ip route add 10.0.0.0/8 dev lo table 100
ip route del 10.0.0.0/8 table 100; echo rc=$?
ip route del 10.0.0.0/8 table 100; echo rc=$?
route del default; echo rc=$?
route del -net 10.0.0.0/8; echo rc=$?
# a failed add still creates its table: the delete then finds no route (plain ESRCH)
ip route add 10.1.0.0/16 via 10.0.0.1 table 200; echo rc=$?
ip route del 10.1.0.0/16 table 200; echo rc=$?
ip route show table 200; echo rc=$?
ip route show table 201; echo rc=$?
