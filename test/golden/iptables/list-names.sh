# iptables -L without -n names every address it prints (xtables_ipaddr_to_anyname: gethostbyaddr, then
# getnetbyaddr from /etc/networks, else numeric; no cache, so an address in two rules is asked twice;
# IPv6 through getnameinfo). The unreachable nameserver makes each DNS question two IpOutNoRoutes.
ip link set lo up
c() { nstat -az IpOutNoRoutes | tail -1 | awk '{print $1 "=" $2}'; }
iptables -A FORWARD -s 10.1.0.5 -d 10.2.0.0/16 -j ACCEPT
iptables -A FORWARD -s 127.0.0.1 -d 169.254.0.0/16 -j ACCEPT
iptables -A FORWARD -s 10.1.0.5 -j DROP
iptables -t nat -A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE
iptables -t nat -A PREROUTING -p tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80
c
iptables -L FORWARD; c
iptables -t nat -L; c
iptables -L -n > /dev/null; c
ip6tables -A FORWARD -s 2001:db8::5 -j ACCEPT
ip6tables -L FORWARD; c
iptables -L FORWARD -v --line-numbers; c
iptables -L FORWARD 2; c
iptables -L nosuch; echo rc=$?; c
