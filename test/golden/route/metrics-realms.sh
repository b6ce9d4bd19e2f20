# route metrics rtt/rttvar/rto_min (TIME), ssthresh, quickack, fastopen_no_cookie, features ecn, congctl; realms (RTA_FLOW) in dumps and route get
ip link add v0 type veth peer name v1
ip link set v0 up; ip link set v1 up
ip addr add 10.0.0.1/24 dev v0
ip route add 10.1.0.0/16 via 10.0.0.2 rtt 10ms rttvar 5ms rto_min 200ms
ip route add 10.2.0.0/16 via 10.0.0.2 rtt 2s rttvar lock 3s rto_min 1500ms
ip route add 10.3.0.0/16 via 10.0.0.2 rtt 100 rttvar 40 rto_min 7
ip route add 10.4.0.0/16 via 10.0.0.2 rtt 1.5s
ip route add 10.5.0.0/16 via 10.0.0.2 quickack 1 fastopen_no_cookie 1 features ecn
ip route add 10.6.0.0/16 via 10.0.0.2 congctl reno
ip route add 10.7.0.0/16 via 10.0.0.2 congctl lock cubic ssthresh 20 ssthresh lock 30
ip route add 10.8.0.0/16 via 10.0.0.2 congctl bbr
ip route add 10.9.0.0/16 via 10.0.0.2 congctl nosuch
ip route add 10.10.0.0/16 via 10.0.0.2 quickack 2
ip route add 10.11.0.0/16 via 10.0.0.2 features foo
ip route add 10.12.0.0/16 via 10.0.0.2 rtt 10xs
ip route add 10.13.0.0/16 via 10.0.0.2 realm 5
ip route add 10.14.0.0/16 via 10.0.0.2 realms 3/4
ip route add 10.15.0.0/16 via 10.0.0.2 ssthresh x
ip route add 10.16.0.0/16 via 10.0.0.2 fastopen_no_cookie 3
ip route
ip -j route show 10.5.0.0/16
ip -j route show 10.1.0.0/16
ip -j route show 10.7.0.0/16
ip route get 10.13.1.1
ip route get 10.1.1.1
ip -d route show 10.14.0.0/16
ip -j route show 10.14.0.0/16
ip -j route get 10.13.1.1
ip route add 10.17.0.0/16 via 10.0.0.2 realms 1/2/3
ip route add 10.18.0.0/16 via 10.0.0.2 realms 65537
ip route show 10.18.0.0/16
