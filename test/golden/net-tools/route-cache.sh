# route -C / netstat -rC: the IPv4 cache is gone (titles only), -F and -C
# together print both, IPv6 lists no RTF_CACHE rows.
ip link add v0 type veth peer name v1
ip addr add 10.90.0.1/24 dev v0
ip link set v0 up
route -C; echo rc=$?
route -Cn; route -Ce; route -Cee
route -FC -n; echo rc=$?
route --cache; echo rc=$?
netstat -rC; netstat -rCn; netstat -rCe; netstat -rCee
netstat -rFC
route -C -6; echo rc=$?
route -C -A inet6 -n
netstat -rC -6; echo rc=$?
