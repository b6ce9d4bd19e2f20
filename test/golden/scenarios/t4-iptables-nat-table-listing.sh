# Reading a docker host's nat table the ways tutorials do: -L -n, -L -n --line-numbers, -S, -t nat -nvL, iptables-save | grep
iptables -t nat -N DOCKER
iptables -t nat -A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER
iptables -t nat -A OUTPUT ! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j DOCKER
iptables -t nat -A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE
iptables -t nat -A POSTROUTING -s 172.17.0.2/32 -d 172.17.0.2/32 -p tcp -m tcp --dport 80 -j MASQUERADE
iptables -t nat -A DOCKER -i docker0 -j RETURN
iptables -t nat -A DOCKER ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80
iptables -t nat -L -n
iptables -t nat -L DOCKER -n --line-numbers
iptables -t nat -S POSTROUTING
iptables -t nat -nvL OUTPUT
iptables-save -t nat | grep -v '^#' | sed 's/\[[0-9]*:[0-9]*\]/[C]/'
iptables -t nat -D DOCKER 2
iptables -t nat -L DOCKER -n --line-numbers | tail -n +3
iptables -t nat -F; iptables -t nat -X; iptables -t nat -S
