# RATEEST counts the echo requests into estimator RE1; the rateest rules see
# its rate: 0 before the first 250 ms tick, above 0 afterwards.
ip link set lo up
iptables -A OUTPUT -o lo -p icmp --icmp-type echo-request -j RATEEST --rateest-name RE1 --rateest-interval 250ms --rateest-ewmalog 1s
iptables -A OUTPUT -o lo -p icmp --icmp-type echo-request -m rateest --rateest RE1 --rateest-gt --rateest-pps 0
iptables -A OUTPUT -o lo -p icmp --icmp-type echo-request -m rateest --rateest RE1 --rateest-eq --rateest-pps 0
iptables -A OUTPUT -o lo -p icmp --icmp-type echo-request -m rateest --rateest RE1 --rateest-lt --rateest-bps 1000kbit
ping -c 6 -i 0.5 127.0.0.1 > /dev/null
iptables -L OUTPUT -v -n -x
