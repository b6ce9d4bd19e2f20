# ip route get: rtm_flags carries RTCF_* bits above 0xffff; RTCF_MULTICAST reads as rt_offload_failed
ip link set lo up
ip link add v0 type veth peer name v1
ip link set v0 up; ip link set v1 up
ip addr add 10.0.0.1/24 dev v0
ip route add multicast 224.1.0.0/16 dev v0
ip route get 224.1.1.1
ip -j route get 224.1.1.1
ip route get 224.0.0.1
ip route add 239.0.0.0/8 dev v0
ip route get 239.1.2.3
ip route get 10.0.0.255
ip route get 255.255.255.255
ip route get 10.0.0.1
ip route get 224.1.1.1 from 10.0.0.2 iif v0
