cat /proc/sys/net/ipv4/ip_forward
echo 1 > /proc/sys/net/ipv4/ip_forward; echo rc=$?
cat /proc/sys/net/ipv4/ip_forward
echo abc > /proc/sys/net/ipv4/ip_forward; echo rc=$?
echo 5 > /proc/sys/net/ipv4/ip_default_ttl
cat /proc/sys/net/ipv4/ip_default_ttl
echo 300 > /proc/sys/net/ipv4/ip_default_ttl; echo rc=$?
ls /proc/sys/net
ls /proc/sys/net/ipv4/conf
