cat > /tmp/cmds <<'X'
link add veth0 type veth peer name veth1
addr add 10.95.0.1/24 dev veth0
link set veth0 up
link set veth1 up
route add 10.96.0.0/16 via 10.95.0.2
X
ip -batch /tmp/cmds; echo rc=$?
ip -br addr show veth0
printf 'link set nosuch up\naddr add 1.2.3.4/32 dev lo\n' > /tmp/bad
ip -batch /tmp/bad; echo rc=$?
ip -force -batch /tmp/bad; echo rc=$?
ip -4 addr show lo
ip -batch - <<'X'
route
neigh
X
ip -batch /nonexistent; echo rc=$?
