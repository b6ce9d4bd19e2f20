iptables -A INPUT -m conntrack --ctstate NEW,ESTABLISHED -j ACCEPT
iptables -A INPUT -m conntrack --ctstate RELATED,INVALID,UNTRACKED,SNAT,DNAT -j ACCEPT
iptables -A INPUT -m conntrack ! --ctstate INVALID -j ACCEPT
iptables -A INPUT -m conntrack --ctproto tcp -j ACCEPT
iptables -A INPUT -m conntrack --ctorigsrc 10.0.0.0/8 --ctorigdst 10.1.1.1 -j ACCEPT
iptables -A INPUT -m conntrack ! --ctreplsrc 1.2.3.4 --ctrepldst 5.6.7.0/24 -j ACCEPT
iptables -A INPUT -m conntrack --ctorigsrcport 1000:2000 --ctorigdstport 80 -j ACCEPT
iptables -A INPUT -m conntrack --ctreplsrcport 53 ! --ctrepldstport 1:1023 -j ACCEPT
iptables -A INPUT -m conntrack --ctstatus ASSURED,SEEN_REPLY -j ACCEPT
iptables -A INPUT -m conntrack --ctstatus NONE -j ACCEPT
iptables -A INPUT -m conntrack --ctexpire 10:100 -j ACCEPT
iptables -A INPUT -m conntrack --ctexpire 5 -j ACCEPT
iptables -A INPUT -m conntrack --ctdir REPLY -j ACCEPT
iptables -A INPUT -m conntrack --ctdir ORIGINAL -j ACCEPT
iptables -A INPUT -m conntrack --ctstate est -j ACCEPT
iptables -A INPUT -m conntrack --ctstate BOGUS -j ACCEPT; echo "rc=$?"
iptables -A INPUT -m conntrack --ctstate NEW, -j ACCEPT; echo "rc=$?"
iptables -A INPUT -m conntrack -j ACCEPT; echo "rc=$?"
iptables -A INPUT -m conntrack --ctdir SIDEWAYS -j ACCEPT; echo "rc=$?"
iptables -A INPUT -m conntrack --ctstatus BOGUS -j ACCEPT; echo "rc=$?"
iptables -S
iptables -L
iptables -L -n
