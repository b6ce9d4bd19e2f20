for i in 1 2 3 4 5 6 7 8 9 10 11; do iptables -A INPUT -s 10.0.0.$i -j ACCEPT; done
iptables -L INPUT -n --line-numbers
iptables -L INPUT --line-numbers -v
iptables -L INPUT 10 --line-numbers -n
iptables -L --line-numbers -n -v -x
