ip l
ip li sh
ip link ls
ip link lst lo
ip -d l s lo
ip foo; echo rc=$?
ip -foo; echo rc=$?
ip -V
