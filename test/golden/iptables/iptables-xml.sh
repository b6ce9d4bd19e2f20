# iptables-xml: iptables-save output as XML, plain, combined (-c) and verbose
# (-v); quoting, negation, calls and gotos to chains; its errors.
iptables -N web
iptables -N logdrop
iptables -A INPUT -i lo -j ACCEPT
iptables -A INPUT -p tcp --dport 80 -m comment --comment "web <in>" -j web
iptables -A INPUT -p tcp --dport 80 -m comment --comment "web <in>" -j LOG --log-prefix "x&y "
iptables -A INPUT ! -s 10.0.0.0/8 -p udp -m multiport --dports 53,123 -g logdrop
iptables -A logdrop -j LOG --log-level 6
iptables -A logdrop -j DROP
iptables -A web -m conntrack --ctstate NEW -j ACCEPT
iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
iptables-save -c | grep -v '^# [GC]' > saved
iptables-xml saved; echo rc=$?
iptables-xml -c < saved; echo rc=$?
iptables-xml -v < saved | head -12; echo rc=$?
printf '# a -- comment\n*filter\n:INPUT ACCEPT [1:2]\n[3:4] -A INPUT -j ACCEPT\nCOMMIT\n' | iptables-xml; echo rc=$?
iptables-xml /nonexistent; echo " rc=$?"
iptables-xml a b; echo " rc=$?"
printf '*filter\n-A\n' | iptables-xml; echo rc=$?
printf '*filter\n:INPUT ACCEPT [0:0]\n' | iptables-xml; echo rc=$?
printf 'garbage\n' | iptables-xml; echo rc=$?
iptables-xml -h; echo rc=$?
