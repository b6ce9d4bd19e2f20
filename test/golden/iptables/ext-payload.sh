# string, TCPOPTSTRIP, CT events, ip6tables SNAT/DNAT/SNPT/DNPT: forms, refusals, -L and -S.
iptables -A INPUT -m string --string 'a"b' --algo kmp --from 20 --to 100 --icase
iptables -A INPUT -m string ! --hex-string "|00ff|x" --algo bm
iptables -A INPUT -m string --string x; echo rc=$?
iptables -A INPUT -m string --hex-string "|0g|" --algo bm; echo rc=$?
iptables -t mangle -A POSTROUTING -p tcp -j TCPOPTSTRIP --strip-options mss,sack,30
iptables -t mangle -A POSTROUTING -j TCPOPTSTRIP --strip-options 3; echo rc=$?
iptables -t raw -A OUTPUT -j CT --ctevents assured,destroy --expevents new --zone 3
iptables -t raw -A OUTPUT -j CT --ctevents bogus; echo rc=$?
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 1-9/5; echo rc=$?
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.1:100-200/http
ip6tables -t nat -A PREROUTING -p udp -j DNAT --to-destination [2001:db8::1-2001:db8::9]:53
ip6tables -t nat -A POSTROUTING -j SNAT --to-source fd00::1 --persistent
ip6tables -t nat -A POSTROUTING -j SNAT --to-source [fd00::1]:99; echo rc=$?
ip6tables -t mangle -A POSTROUTING -j SNPT --src-pfx fd00::/48 --dst-pfx 2001:db8::/48
ip6tables -t mangle -A PREROUTING -j DNPT --src-pfx 2001:db8::/80 --dst-pfx fd00::/80; echo rc=$?
iptables -L INPUT -n
iptables-save | grep -v '^#'
ip6tables-save | grep -v '^#'
ip6tables -t nat -L -n
