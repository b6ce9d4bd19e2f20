# ip mptcp edge cases: an endpoint's device gone (if N), v4-mapped and link-local addresses, change by address, delete id 0, port 0; in a batch (stderr before the next line's stdout).
ip -j mptcp endpoint show; echo "rc=$?"
ip link add d0 type veth peer name d1
ip mptcp endpoint add 10.0.0.1 dev d0 subflow; echo "rc=$?"
ip mptcp endpoint add ::ffff:10.0.0.2 subflow; echo "rc=$?"
ip mptcp endpoint add fe80::1 dev if1 subflow; echo "rc=$?"
ip link del d0
ip mptcp endpoint show; echo "rc=$?"
ip mptcp endpoint change 10.0.0.1 port 5 backup; echo "rc=$?"
ip mptcp endpoint change 10.0.0.1 fullmesh; echo "rc=$?"
ip mptcp endpoint change 10.0.0.1 nofullmesh backup; echo "rc=$?"
ip mptcp endpoint show id 1; echo "rc=$?"
ip -j -p mptcp endpoint show id 1; echo "rc=$?"
ip mptcp endpoint delete id 0 10.0.0.1; echo "rc=$?"
ip mptcp endpoint delete id 1 port 5; echo "rc=$?"
ip mptcp endpoint show; echo "rc=$?"
ip mptcp endpoint flush; ip mptcp endpoint add 10.0.0.1 port 0 signal; echo "rc=$?"
ip mptcp endpoint show; echo "rc=$?"
ip -b - <<EOF2
mptcp endpoint add 10.0.0.5
mptcp endpoint add 10.0.0.5
mptcp endpoint show
EOF2
echo "rc=$?"
ip -force -b - <<EOF2
mptcp endpoint add 10.0.0.5
mptcp limits set subflows 9
mptcp limits
EOF2
echo "rc=$?"
