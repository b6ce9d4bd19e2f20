# ip6tables forms of TEE, TPROXY, HMARK, AUDIT, SYNPROXY, RATEEST and their refusals.
t() { echo "\$ $*"; "$@"; echo "rc=$?"; }
t ip6tables -A INPUT -j TEE --gateway dead::1
t ip6tables -A INPUT -j TEE --gateway dead::1 --oif lo
t ip6tables -A INPUT -j TEE --gateway ::
t ip6tables -A INPUT -j TEE --gateway 1.2.3.4
t ip6tables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 80 --on-ip dead::2 --tproxy-mark 7
t ip6tables -t mangle -A PREROUTING -p udp -j TPROXY --on-port 53
t ip6tables -A INPUT -j HMARK --hmark-src-prefix 64 --hmark-dst-prefix 48 --hmark-rnd 1 --hmark-mod 3
t ip6tables -A INPUT -j HMARK --hmark-src-prefix ffff:ffff:: --hmark-rnd 1 --hmark-mod 3
t ip6tables -A INPUT -j AUDIT --type drop
t ip6tables -A INPUT -p tcp -j SYNPROXY --mss 1440 --wscale 7 --ecn
t ip6tables -A INPUT -j RATEEST --rateest-name R6 --rateest-interval 500ms --rateest-ewmalog 4s
t ip6tables -A INPUT -m rateest --rateest R6 --rateest-gt --rateest-bps 1mbit
t ip6tables -L -n
t ip6tables -L
t ip6tables -S
t ip6tables -t mangle -S
