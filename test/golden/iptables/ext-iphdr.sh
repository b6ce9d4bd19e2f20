# ttl/TTL, tos/TOS, dscp/DSCP, ecn/ECN, ah, esp: accepted forms, refusals, -L and -S.
iptables -A INPUT -m ttl --ttl-eq 5
iptables -A INPUT -m ttl ! --ttl-eq 255
iptables -A INPUT -m ttl --ttl-lt 3
iptables -A INPUT -m ttl --ttl-eq 256; echo rc=$?
iptables -A INPUT -m ttl; echo rc=$?
iptables -A INPUT -m tos --tos Minimize-Delay
iptables -A INPUT -m tos ! --tos 0x0f/0x0f
iptables -A INPUT -m tos --tos wrong; echo rc=$?
iptables -A INPUT -m dscp --dscp-class AF41
iptables -A INPUT -m dscp ! --dscp 0x3f
iptables -A INPUT -m dscp --dscp 0x40; echo rc=$?
iptables -A INPUT -m dscp --dscp 1 --dscp-class EF; echo rc=$?
iptables -A INPUT -p tcp -m ecn --ecn-tcp-ece ! --ecn-ip-ect 1
iptables -A INPUT -m ecn --ecn-tcp-cwr; echo rc=$?
iptables -A INPUT -p ah -m ah --ahspi 7:9
iptables -A INPUT -p esp -m esp ! --espspi 100
iptables -A INPUT -m esp; echo rc=$?
iptables -A INPUT -p ah -m ah --ahspi 0:x; echo rc=$?
iptables -t mangle -A OUTPUT -j TTL --ttl-inc 2
iptables -t mangle -A OUTPUT -j TOS --and-tos 0x12
iptables -t mangle -A OUTPUT -j DSCP --set-dscp-class CS3
iptables -t mangle -A OUTPUT -p tcp -j ECN --ecn-tcp-remove
iptables -t mangle -A OUTPUT -j TTL --ttl-set 1 --ttl-dec 1; echo rc=$?
iptables -t mangle -A OUTPUT -j TOS; echo rc=$?
iptables -A INPUT -j TTL --ttl-set 3; echo rc=$?
iptables -L INPUT -n
iptables -t mangle -L OUTPUT -n -v
iptables -S
iptables -t mangle -S OUTPUT
