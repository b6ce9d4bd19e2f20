iptables -A INPUT -m comment --comment hello -j ACCEPT
iptables -A INPUT -m comment --comment "hello world" -j ACCEPT
iptables -A INPUT -m comment --comment 'say "hi"' -j ACCEPT
iptables -A INPUT -m comment --comment "back\\slash and 'quote'" -j ACCEPT
iptables -A INPUT -m comment --comment "" -j ACCEPT; echo "rc=$?"
iptables -A INPUT -m comment -j ACCEPT; echo "rc=$?"
iptables -A INPUT -m comment --comment a --comment b -j ACCEPT; echo "rc=$?"
iptables -A INPUT -m comment ! --comment a -j ACCEPT; echo "rc=$?"
iptables -S
iptables -L -n
iptables-save | grep -v '^#'
