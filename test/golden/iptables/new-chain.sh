iptables -N MYCHAIN; echo "rc=$?"
iptables -N MYCHAIN; echo "rc=$?"
iptables -N INPUT; echo "rc=$?"
iptables -N ACCEPT; echo "rc=$?"
iptables -N DROP; echo "rc=$?"
iptables -N LOG; echo "rc=$?"
iptables -N -bad; echo "rc=$?"
iptables -N '!bad'; echo "rc=$?"
iptables -N 'has space'; echo "rc=$?"
iptables -N abcdefghijklmnopqrstuvwxyz12; echo "rc=$?"
iptables -N abcdefghijklmnopqrstuvwxyz123; echo "rc=$?"
iptables -t nat -N NATCHAIN; echo "rc=$?"
iptables -N; echo "rc=$?"
iptables -S
iptables -L -n
iptables -t nat -S
