# ip neigh add/del/show/get/flush proxy: IPv4 and IPv6 proxy entries, with and without a device,
# their dump order (hash buckets, newest first), and their removal when the device goes down or away
ip link add v0 type veth peer name v1
ip link add v2 type veth peer name v3
ip link set v0 up; ip link set v1 up
ip neigh add proxy 10.0.0.50 dev v0
ip neigh add proxy 10.0.0.51 dev v0
ip neigh add proxy 10.0.0.66 dev v0
ip neigh add proxy 10.0.0.50 dev v1
ip neigh add proxy 10.0.0.50 dev v0; echo "rc=$?"
ip neigh add proxy 10.0.0.52 dev v2 protocol static
ip neigh replace proxy 10.0.0.53 dev v0
ip neigh add proxy 10.0.0.54
ip neigh add proxy 10.0.0.54 dev v3; echo "rc=$?"
ip neigh add proxy 10.0.0.54 dev nope; echo "rc=$?"
ip neigh add proxy 10.0.0.55 dev v0 protocol bogus; echo "rc=$?"
ip neigh add proxy 2001:db8::1 dev v0
ip -6 neigh add proxy 2001:db8::2 dev v0
echo "== show proxy"; ip neigh show proxy
echo "== show"; ip neigh
echo "== dev v0"; ip neigh show proxy dev v0
echo "== addr"; ip neigh show proxy 10.0.0.50
echo "== json"; ip -j neigh show proxy
echo "== -4"; ip -4 neigh show proxy
echo "== -6"; ip -6 neigh show proxy
echo "== -s"; ip -s neigh show proxy dev v2
echo "== get"; ip neigh get proxy 10.0.0.50 dev v0
ip neigh get proxy 10.0.0.54 dev v1
ip neigh get proxy 10.0.0.77 dev v1; echo "rc=$?"
echo "== del"; ip neigh del proxy 10.0.0.51 dev v0
ip neigh del proxy 10.0.0.51 dev v0; echo "rc=$?"
ip neigh del proxy 10.0.0.50; echo "rc=$?"
ip neigh del 10.0.0.50; echo "rc=$?"
ip neigh add 10.0.0.9 lladdr 02:00:00:00:00:09; echo "rc=$?"
ip neigh show proxy
echo "== down"; ip link set v0 down
ip neigh show proxy
ip link set v0 up
ip neigh add proxy 10.0.0.60 dev v0
echo "== del link"; ip link del v2
ip neigh show proxy
echo "== flush"; ip neigh flush proxy dev v1
ip neigh show proxy
ip neigh flush proxy
ip neigh show proxy
echo end
