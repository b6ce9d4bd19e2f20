# stable_secret: unreadable (EIO) until written, an IPv6 address shown in
# full (%pI6), EIO for anything else; a directory listing fails on its own
# unreadable files but not on its subdirectories' (procps DisplayAll).
ip link add v0 type veth peer name v1
sysctl net.ipv6.conf.v0.stable_secret; echo rc=$?
sysctl net.ipv6.conf.v0 > /dev/null; echo rc=$?
sysctl net.ipv4.conf.v0 > /dev/null; echo rc=$?
sysctl net.ipv6.conf > /dev/null; echo rc=$?
sysctl -e net.ipv6.conf.v0 > /dev/null; echo rc=$?
sysctl -N net.ipv6.conf.v0 | grep secret; echo rc=$?
sysctl -a > /dev/null 2>&1; echo rc=$?
sysctl -a -r stable_secret; echo rc=$?
sysctl -w net.ipv6.conf.v0.stable_secret=fd00:1::2:3; echo rc=$?
sysctl net.ipv6.conf.v0.stable_secret
cat /proc/sys/net/ipv6/conf/v0/stable_secret
sysctl net.ipv6.conf.v0 > /dev/null; echo rc=$?
sysctl -w net.ipv6.conf.v0.stable_secret=bogus; echo rc=$?
sysctl -w net.ipv6.conf.v0.stable_secret=::ffff:10.0.0.1; echo rc=$?
sysctl -n net.ipv6.conf.v0.stable_secret
sysctl -a -r 'v0.stable_secret'; echo rc=$?
sysctl -w net.ipv6.conf.v1.stable_secret="1:2:3:4:5:6:7:8"; sysctl -n net.ipv6.conf.v1.stable_secret
