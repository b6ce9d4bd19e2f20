# What bridge fdb adds, brctl showmacs lists too (local = "yes" for permanent
# entries, static ones are not local), and brctl's ageing shows in ip -d.
ip link add br0 type bridge
ip link add veth0 type veth peer name veth1
ip link set veth0 master br0
bridge fdb add 02:00:00:00:00:01 dev veth0 master static
bridge fdb add 02:00:00:00:00:02 dev veth0 master
brctl showmacs br0
bridge fdb del 02:00:00:00:00:02 dev veth0 master
brctl showmacs br0
brctl setageing br0 10
bridge -d link show dev veth0 | head -1
ip -d link show br0 | grep -o 'ageing_time [0-9]*'
