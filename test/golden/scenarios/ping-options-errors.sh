# ping -c/-W/-I/-s options and their errors
ip link set lo up
ip link add v0 type veth peer name v1
ip addr add 10.7.0.1/24 dev v0; ip addr add 10.7.0.2/24 dev v1
ip link set v0 up; ip link set v1 up
ping -c 1 -s 1000 127.0.0.1 | head -2
ping -c 1 -I lo 127.0.0.1 | head -1
ping -c 1 -I 10.7.0.1 127.0.0.1 | head -1
ping -c 1 -I nosuchdev 127.0.0.1; echo "rc=$?"
ping -c 1 -I 10.99.0.1 127.0.0.1; echo "rc=$?"
ping -c 0 127.0.0.1; echo "rc=$?"
ping -c 1 -W 0 127.0.0.1 | head -1; echo "rc=$?"
ping -c 1 -W -1 127.0.0.1; echo "rc=$?"
ping -c 1 -s 65508 127.0.0.1; echo "rc=$?"
ping -c 1 -s -1 127.0.0.1; echo "rc=$?"
ping -c abc 127.0.0.1; echo "rc=$?"
ping -c 1 300.1.1.1; echo "rc=$?"
ping -c 1 -W 1 10.8.0.1; echo "rc=$?"
ping; echo "rc=$?"
ping -c 2 -w 1 -i 0.3 127.0.0.1 | tail -2 | sed -E 's/time [0-9]+ms/time Xms/; s/= .*/= X/'
