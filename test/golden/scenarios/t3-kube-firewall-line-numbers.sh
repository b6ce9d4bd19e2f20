# Editing a firewall the way people do: list with line numbers, insert, delete by number, typical mistakes
iptables -N KUBE-FIREWALL
iptables -A INPUT -j KUBE-FIREWALL
iptables -A KUBE-FIREWALL -m mark --mark 0x8000/0x8000 -m comment --comment "kubernetes firewall for dropping marked packets" -j DROP
iptables -A KUBE-FIREWALL ! -s 127.0.0.0/8 -d 127.0.0.0/8 -m conntrack ! --ctstate RELATED,ESTABLISHED,DNAT -j DROP
iptables -N KUBE-FORWARD
iptables -A FORWARD -m comment --comment "kubernetes forwarding rules" -j KUBE-FORWARD
iptables -A KUBE-FORWARD -m conntrack --ctstate INVALID -j DROP
iptables -A KUBE-FORWARD -m mark --mark 0x4000/0x4000 -j ACCEPT
iptables -A KUBE-FORWARD -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
iptables -L KUBE-FORWARD -n --line-numbers
iptables -I KUBE-FORWARD 2 -s 10.244.0.0/16 -j ACCEPT
iptables -I KUBE-FORWARD 9 -j ACCEPT; echo "insert past end rc=$?"
iptables -D KUBE-FORWARD 7; echo "delete missing rc=$?"
iptables -D KUBE-FORWARD 2
iptables -R KUBE-FORWARD 1 -m conntrack --ctstate INVALID -j LOG --log-prefix "kube-invalid "
iptables -S KUBE-FORWARD
iptables -X KUBE-FORWARD; echo "delete chain in use rc=$?"
iptables -F KUBE-FORWARD; iptables -X KUBE-FORWARD; echo rc=$?
iptables -D FORWARD 1; iptables -X KUBE-FORWARD; echo rc=$?
iptables -L KUBE-FIREWALL -n -v --line-numbers
iptables -L -n | grep -c ^Chain
iptables -C KUBE-FIREWALL -j DROP; echo "check rc=$?"
iptables -Z KUBE-FIREWALL; iptables -L KUBE-FIREWALL -nvx | awk 'NR>2{print $1,$2}'
iptables -L INPUT --line-numbers -n | tail -1
