# ip6tables sees locally delivered and locally sent IPv6 unicast: OUTPUT,
# INPUT and POSTROUTING count the echo over lo; a DROP in INPUT for ICMPv6
# makes ping -6 lose its probe.
ip link set lo up
ip6tables -A OUTPUT -o lo -p ipv6-icmp
ip6tables -A INPUT -i lo -p ipv6-icmp
ip6tables -t mangle -A POSTROUTING -o lo
ping -6 -c 2 -i 0.2 -q ::1 >/dev/null; echo "rc=$?"
ip6tables -nvxL INPUT
ip6tables -nvxL OUTPUT
ip6tables -t mangle -nvxL POSTROUTING
ip6tables -I INPUT -i lo -p ipv6-icmp -j DROP
ping -6 -c 1 -W 1 ::1; echo "rc=$?"
ip6tables -nvxL INPUT
