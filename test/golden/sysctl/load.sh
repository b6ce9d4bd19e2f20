printf 'net.ipv4.ip_forward = 1\n# c\n;x\n\nnet.ipv4.nope = 2\nnet.ipv4.ip_default_ttl=33\n' > /tmp/s.conf
sysctl -p /tmp/s.conf; echo rc=$?
sysctl -p /tmp/nope.conf; echo rc=$?
sysctl -q -p /tmp/s.conf; echo rc=$?
