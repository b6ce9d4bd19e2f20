iptables -A FORWARD -m physdev --physdev-in veth0 -j ACCEPT
iptables -A FORWARD -m physdev --physdev-out veth+ --physdev-is-bridged -j ACCEPT
iptables -A FORWARD -m physdev ! --physdev-is-in ! --physdev-is-out -j ACCEPT
iptables -A FORWARD -m physdev --physdev-is-bridged -j ACCEPT
iptables -A INPUT -m physdev ! --physdev-in eth1 -j ACCEPT
iptables -A FORWARD -m physdev -j ACCEPT; echo "rc=$?"
iptables -A OUTPUT -m physdev --physdev-out veth0 -j ACCEPT; echo "rc=$?"
iptables -S
iptables -L -n
