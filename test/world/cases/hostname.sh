hostname a
hostname; hostname -s; hostname -f; hostname -d; hostname -i; hostname -a
hostname c.lab.example; hostname; hostname -s; hostname --fqdn; hostname -d; dnsdomainname; hostname -i
hostname b; hostname -a; hostname --long
hostname localhost; hostname -i; hostname -a
hostname 'a b'; echo rc=$?; hostname a..b; echo rc=$?; hostname -V; hostname -y; echo rc=$?; domainname
hostname -x 2>&1 | head -1; hostname -s a b 2>&1 | head -1; echo rc=${PIPESTATUS[0]}
echo lab1 > /tmp/hn; hostname -F /tmp/hn; hostname; hostname -F /nope; echo rc=$?
hostname -I | od -c | head -3
ip link set lo up
ip link add v0 type veth peer name v1
ip link set v0 up; ip link set v1 up
ip addr add 10.0.0.1/24 dev v0
ip addr add 10.0.0.9/24 dev v0
ip addr add 192.168.1.1/24 dev v1
sleep 1
hostname -I | od -c | head -5
hostname -A | od -c | head -5
