# route -n / -ne / -nee and netstat -rn print "-" for what an unreachable or
# prohibit route lacks (gateway, device, metrics); a blackhole route is a plain "U" row.
ip link set lo up
ip route add unreachable 10.20.0.0/16
ip route add prohibit 10.21.0.0/16 metric 7
ip route add blackhole 10.22.0.0/16
ip route add throw 10.23.0.0/16
route -n
route -ne
route -nee
netstat -rn
netstat -rne
cat /proc/net/route
