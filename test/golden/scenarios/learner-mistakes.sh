# Learner mistakes: wrong namespace, device down, missing route, typos
ip netns add lab
ip link add v0 type veth peer name v1
ip link set v1 netns lab
ip addr add 10.0.0.1/24 dev v1; echo "rc=$?"
ip -n lab addr add 10.0.0.2/24 dev v1
ip addr add 10.0.0.1/24 dev v0
ip link set v0 up
ping -c 1 -W 1 10.0.0.2; echo "rc=$?"
ip -n lab link show v1 | head -1 | sed 's/^[0-9]*: //'
ip -n lab link set v1 up
ping -c 1 -W 1 10.0.0.2 | grep -c ttl
ip netns exec lab ping -c 1 10.0.0.1 -W 1 | grep -c ttl
ip netns exec lab ping -c 1 -W 1 8.8.8.8; echo "rc=$?"
ip netns exec lab ip route add default via 10.1.0.1; echo "rc=$?"
ip netns exec labx ip link; echo "rc=$?"
ip netns exce lab ip link; echo "rc=$?"
ip lnik; echo "rc=$?"
ip link sett v0 up; echo "rc=$?"
ip link set v0 upp; echo "rc=$?"
ip addr add 10.0.0.300/24 dev v0; echo "rc=$?"
ip addr add 10.0.0.5 dev; echo "rc=$?"
ip route add 10.9.0.0/24 via 10.0.0.2 dev v9; echo "rc=$?"
ip route add 10.9.0.0/33 via 10.0.0.2; echo "rc=$?"
ip route del 10.9.0.0/24; echo "rc=$?"
ip link del v1; echo "rc=$?"
ip netns del lab2; echo "rc=$?"
ip netns add lab; echo "rc=$?"
ip link add v0 type veth peer name v1; echo "rc=$?"
ip link add vv type vethh; echo "rc=$?"
ip nets list; echo "rc=$?"
pnig -c 1 10.0.0.2; echo "rc=$?"
