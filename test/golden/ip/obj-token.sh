# ip token: list/get/set/del (the low 64 bits kept), the kernel's refusals, and the router solicitation a token sends on a ready link.
ip link add v0 type veth peer name v1
ip token; echo "rc=$?"
ip token list; echo "rc=$?"
ip token get; echo "rc=$?"
ip token get dev v0; echo "rc=$?"
ip token set ::1:2:3:4/64 dev v0; echo "rc=$?"
ip token set ::1:2:3:4 dev v0; echo "rc=$?"
ip token get dev v0; echo "rc=$?"
ip token list; echo "rc=$?"
ip -j token; echo "rc=$?"
ip link set v0 up; ip link set v1 up
ip token set ::5 dev v0; echo "rc=$?"
ip token set 1::5 dev v0; echo "rc=$?"
ip token set ::5 dev nosuch; echo "rc=$?"
ip token set ::5; echo "rc=$?"
ip token set dev v0; echo "rc=$?"
ip token del dev v0; echo "rc=$?"
ip token list; echo "rc=$?"
ip token bogus; echo "rc=$?"
ip token help; echo "rc=$?"
ip token set 10.0.0.1 dev v0; echo "rc=$?"
ip token set ::/0 dev v0; echo "rc=$?"
ip token get v0; echo "rc=$?"
ip token get dev v0 extra; echo "rc=$?"
ip -4 token; echo "rc=$?"
ip token set ::7 dev lo; echo "rc=$?"
ip link add v2 type veth peer name v3
sysctl -qw net.ipv6.conf.v2.accept_ra=0
ip token set ::7 dev v2; echo "rc=$?"
sysctl -qw net.ipv6.conf.v2.accept_ra=1
sysctl -qw net.ipv6.conf.v2.router_solicitations=0
ip token set ::7 dev v2; echo "rc=$?"
ip link set v2 arp off
ip token set ::7 dev v2; echo "rc=$?"
ip token get dev v2; echo "rc=$?"
ip link add v4 type veth peer name v5
sysctl -qw net.ipv6.conf.v4.accept_dad=0
ip link set v5 up; ip link set v4 up; sleep 0.2
grep -w Icmp6OutRouterSolicits /proc/net/dev_snmp6/v4
ip token set ::8 dev v4; echo "rc=$?"
grep -w Icmp6OutRouterSolicits /proc/net/dev_snmp6/v4
ip token del dev v4; echo "rc=$?"
grep -w Icmp6OutRouterSolicits /proc/net/dev_snmp6/v4
ip -j -p token get dev v4
sysctl -qw net.ipv6.conf.v4.disable_ipv6=1
ip token set ::9 dev v4; echo "rc=$?"
ip token; echo "rc=$?"
