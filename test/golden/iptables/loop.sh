# A loop among chains nobody jumps to is accepted; reaching it from a built-in chain is not.
iptables -N A
iptables -N B
iptables -A A -j B; echo "rc=$?"
iptables -A B -j A; echo "rc=$?"
iptables -A INPUT -j A; echo "rc=$?"
iptables -S
iptables -D B -j A
iptables -A INPUT -j A; echo "rc=$?"
iptables -A B -g A; echo "rc=$?"
iptables -A A -j A; echo "rc=$?"
iptables -S
