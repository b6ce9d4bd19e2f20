# sysctl -w edge values (out of range, garbage, blanks, empty key), -p parsing before writing, -r/--pattern
ip netns add a
ip netns exec a sysctl -w net.ipv4.ip_forward=2; echo rc=$?
ip netns exec a sysctl net.ipv4.ip_forward
ip netns exec a sysctl -w net.ipv4.ip_forward=-1; echo rc=$?
ip netns exec a sysctl -w net.ipv4.ip_forward=abc; echo rc=$?
ip netns exec a sysctl -w net.ipv4.conf.all.rp_filter=3; echo rc=$?
ip netns exec a sysctl net.ipv4.conf.all.rp_filter
ip netns exec a sysctl -w net.ipv4.conf.default.arp_ignore=9; echo rc=$?
ip netns exec a sysctl -w net.ipv4.ip_default_ttl=0; echo rc=$?
ip netns exec a sysctl -w net.ipv4.ip_default_ttl=256; echo rc=$?
ip netns exec a sysctl -w net.ipv4.ip_default_ttl=255; echo rc=$?
ip netns exec a sysctl -w "net.ipv4.ip_local_port_range=5000 4000"; echo rc=$?
ip netns exec a sysctl -w net.ipv4.ip_local_port_range=5000; echo rc=$?
ip netns exec a sysctl net.ipv4.ip_local_port_range
ip netns exec a sysctl -w net.ipv6.conf.all.disable_ipv6=5; echo rc=$?
ip netns exec a sysctl net.ipv6.conf.all.disable_ipv6
ip netns exec a sysctl -w net.ipv4.tcp_syncookies=7; echo rc=$?
ip netns exec a sysctl -w net.ipv4.icmp_echo_ignore_all=2; echo rc=$?
ip netns exec a sysctl -w net.ipv4.icmp_ratelimit=-5; echo rc=$?
ip netns exec a sysctl -w net.ipv4.conf.lo.forwarding=1x; echo rc=$?
ip netns exec a sysctl -w net.ipv4.ip_forward=" 1"; echo rc=$?
ip netns exec a sysctl -w net.ipv4.ip_forward=1 net.ipv4.bogus=1 net.ipv6.conf.all.forwarding=1; echo rc=$?
ip netns exec a sysctl -w net.ipv4.ip_forward; echo rc=$?
ip netns exec a sysctl -w =1; echo rc=$?
ip netns exec a sysctl -e -w net.ipv4.bogus=1; echo rc=$?
ip netns exec a sysctl -q -w net.ipv4.ip_forward=0; echo rc=$?
ip netns exec a sysctl -n net.ipv4.ip_forward net.ipv4.ip_default_ttl
ip netns exec a sysctl -N net.ipv4.ip_forward
ip netns exec a sysctl net/ipv4/ip_forward
ip netns exec a sysctl -w net/ipv4/ip_forward=1
printf 'net.ipv4.ip_forward = 1\n; comment\n# c\nnet.ipv4.bogus=3\n-net.ipv4.bogus2=3\n  net.ipv4.ip_default_ttl=  33  \nbadline\n' > /tmp/s.conf
ip netns exec a sysctl -p /tmp/s.conf; echo rc=$?
ip netns exec a sysctl -p /tmp/nonexist.conf; echo rc=$?
ip netns exec a sysctl -a 2>/dev/null | grep -c '^net.ipv4.conf.lo\.'
ip netns exec a sysctl -a -r 'ipv4.conf.lo.(rp|arp_ig)' 
ip netns exec a sysctl --pattern '^net.ipv4.ip_f' -a
