iptables -A INPUT -m statistic --mode random --probability 0.5 -j ACCEPT
iptables -A INPUT -m statistic --mode random --probability 0.33333 -j ACCEPT
iptables -A INPUT -m statistic --mode random ! --probability 0.1 -j ACCEPT
iptables -A INPUT -m statistic --mode nth --every 3 -j ACCEPT; echo "rc=$?"
iptables -A INPUT -m statistic --mode nth --every 3 --packet 0 -j ACCEPT
iptables -A INPUT -m statistic --mode nth --every 10 --packet 9 -j ACCEPT
iptables -A INPUT -m statistic --mode nth --every 2 --packet 2 -j ACCEPT; echo "rc=$?"
iptables -A INPUT -m statistic --mode random -j ACCEPT; echo "rc=$?"
iptables -A INPUT -m statistic --mode bogus -j ACCEPT; echo "rc=$?"
iptables -A INPUT -m statistic --probability 0.5 -j ACCEPT; echo "rc=$?"
iptables -A INPUT -m statistic --mode random --probability 1.5 -j ACCEPT; echo "rc=$?"
iptables -A INPUT -m statistic --mode random --probability 0.5 --every 2 -j ACCEPT; echo "rc=$?"
iptables -A INPUT -m statistic --mode nth --every 0 --packet 0 -j ACCEPT; echo "rc=$?"
iptables -S
iptables -L -n
