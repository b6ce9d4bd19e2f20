# The vxlan FDB's refusals.
ip link add vxlan0 type vxlan id 42 dstport 4789 maxaddress 2
bridge fdb add 02:00:00:00:00:01 dev vxlan0; echo "s $?"
bridge fdb add 02:00:00:00:00:01 dev vxlan0 dst 10.0.0.1; echo "s $?"
bridge fdb add 02:00:00:00:00:01 dev vxlan0 dst 10.0.0.1; echo "s $?"
bridge fdb append 02:00:00:00:00:01 dev vxlan0 dst 10.0.0.2; echo "s $?"
bridge fdb replace 00:00:00:00:00:00 dev vxlan0 dst 10.0.0.3; echo "s $?"
bridge fdb add 02:00:00:00:00:02 dev vxlan0 dst 10.0.0.2; echo "s $?"
bridge fdb add 02:00:00:00:00:03 dev vxlan0 dst 10.0.0.3; echo "s $?"
bridge fdb del 02:00:00:00:00:01 dev vxlan0 dst 10.0.0.9; echo "s $?"
bridge fdb del 02:00:00:00:00:01 dev vxlan0; echo "s $?"
bridge fdb del 02:00:00:00:00:01 dev vxlan0; echo "s $?"
bridge fdb add 02:00:00:00:00:04 dev vxlan0 dst 10.0.0.4 vni 99 port 4790; echo "s $?"
bridge fdb show dev vxlan0
bridge fdb append 01:00:5e:00:00:01 dev vxlan0 dst 10.0.0.5; echo "s $?"
