ip -4 addr show dev eth0 | tail -n +2
ip -4 addr show dev lo | tail -n +2
ip route
ip -4 route show table local
ip route get 8.8.8.8
ip route get 10.0.2.2
route -n
ping -c 1 -W 1 127.0.0.1 | head -2
