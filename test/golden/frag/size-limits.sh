# The 64 KiB limits of an echo request: 65507 data bytes is the largest
# datagram (65535, 45 fragments each way); more gives a local error (IP
# length) or a silent EMSGSIZE (ICMP length over 64 KiB); only above ping's
# own buffer does ping refuse the size itself.
ip netns add a
ip link add v0 type veth peer name v1 netns a
ip addr add 10.9.0.1/24 dev v0
ip -n a addr add 10.9.0.2/24 dev v1
ip link set v0 up
ip -n a link set v1 up
ping -c 1 -s 65507 10.9.0.2 | sed 's/time=.*/time=X/;/^rtt/d'
for s in 65508 65527 65528 127992 127993 200000; do ping -c 1 -W 1 -s $s 10.9.0.2; echo "rc=$?"; done
ip link set lo up
ping -c 1 -s 65507 127.0.0.1 | grep bytes
