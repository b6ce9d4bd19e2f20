# ip netns exec binds /etc/netns/NAME/* over /etc: the name service of what
# runs inside reads those hosts/nsswitch.conf/resolv.conf. getent's databases,
# ping of /etc/hosts names (the reply's source named from /etc/hosts too).
ip netns add c
ip -n c link set lo up
mkdir -p /etc/netns/c
printf '127.0.0.1\tlocalhost\n127.0.0.2 two.lab two\n127.0.0.2 deux.lab\n::1 localhost ip6-localhost ip6-loopback\n# comment\n' > /etc/netns/c/hosts
printf 'hosts: files\n' > /etc/netns/c/nsswitch.conf
printf 'nameserver 127.0.0.1\n' > /etc/netns/c/resolv.conf
printf 'x\n' > /etc/netns/c/no-such-file-here
for a in "hosts localhost" "hosts two" "hosts TWO.lab" "hosts deux.lab" "hosts 127.0.0.2" "hosts ::1" "hosts ip6-loopback" "hosts nosuch" "hosts" "ahosts two" "ahosts localhost" "ahostsv4 two" "ahostsv6 two" "hosts two nosuch localhost" "passwd root" "passwd 0" "passwd nosuch" "group root" "services http" "services 53/udp" "services domain/tcp" "services 80 22" "protocols icmp" "protocols 6" "protocols ICMP" "nosuchdb" "ethers" "" "-x hosts"; do
  echo "\$ getent $a"; ip netns exec c getent $a; echo "rc=$?"
done
ip netns exec c ping -c2 -i0.2 two; echo "rc=$?"
ip netns exec c ping -n -c1 two.lab; echo "rc=$?"
ip netns exec c ping -c1 127.0.0.2; echo "rc=$?"
ip netns exec c ping -c1 nosuch; echo "rc=$?"
ip netns exec c ping -q -c1 two; echo "rc=$?"
# Which stream each message goes to.
for a in "nosuchdb" "ethers" "" "-x hosts"; do
  echo "\$ getent $a 2>/dev/null"; ip netns exec c getent $a 2>/dev/null; echo "rc=$?"
done
ip netns exec c cat /etc/resolv.conf
ip netns del c
