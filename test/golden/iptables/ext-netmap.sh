# NETMAP --to address[/mask] in both families: masks, the refusals and the printed forms.
t() { echo "\$ $*"; "$@"; echo "rc=$?"; }
t iptables -t nat -A PREROUTING -j NETMAP --to 1.2.3.0/24
t iptables -t nat -A POSTROUTING -j NETMAP --to 1.2.3.4
t iptables -t nat -A INPUT -j NETMAP --to 1.2.3.4/255.255.0.0
t iptables -t nat -A INPUT -j NETMAP --to 1.2.3.4/255.0.255.0
t iptables -t nat -A INPUT -j NETMAP --to 1.2.3.4/33
t iptables -t nat -A INPUT -j NETMAP --to foo
t iptables -t nat -A INPUT -j NETMAP --to 1.2.3.4-1.2.3.5
t iptables -t nat -A INPUT -j NETMAP
t iptables -t filter -A INPUT -j NETMAP --to 1.2.3.4
t iptables -t nat -A INPUT -j NETMAP ! --to 1.2.3.4
t iptables -t nat -L -n
t iptables -t nat -L
t iptables -t nat -L -v -n
t iptables -t nat -S
t ip6tables -t nat -A PREROUTING -j NETMAP --to dead::/64
t ip6tables -t nat -A PREROUTING -j NETMAP --to dead::beef
t ip6tables -t nat -A PREROUTING -j NETMAP --to dead::beef/ffff::
t ip6tables -t nat -A PREROUTING -j NETMAP --to dead::beef-dead::bef0
t ip6tables -t nat -A PREROUTING -j NETMAP --to zz
t ip6tables -t nat -L -n
t ip6tables -t nat -S
t iptables -j NETMAP -h | tail -8
t ip6tables -j NETMAP -h | tail -8
