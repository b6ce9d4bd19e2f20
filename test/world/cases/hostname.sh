hostname a
hostname; hostname -s; hostname -f; hostname -d; hostname -i; hostname -a
hostname c.lab.example; hostname; hostname -s; hostname --fqdn; hostname -d; dnsdomainname; hostname -i
hostname b; hostname -a; hostname --long
hostname localhost; hostname -i; hostname -a
hostname 'a b'; echo rc=$?; hostname a..b; echo rc=$?; hostname -V; hostname -y; echo rc=$?; domainname
hostname -x 2>&1 | head -1; hostname -s a b 2>&1 | head -1; echo rc=${PIPESTATUS[0]}
echo lab1 > /tmp/hn; hostname -F /tmp/hn; hostname; hostname -F /nope; echo rc=$?
