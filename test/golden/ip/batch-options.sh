# ip -batch with a failing line (with and without -force), from stdin, a missing file; a batch's link show making later addr show print links as link show; global options.
cat > /tmp/b1 <<'X'
link add v0 type veth peer name v1
addr add 10.0.0.1/24 dev v0
addr add 10.0.0.1/24 dev v0
link set v0 up
route add 10.9.0.0/16 via 10.0.0.2 dev v0
bogus command
X
ip -batch /tmp/b1; echo rc=$?
ip -force -batch /tmp/b1; echo rc=$?
ip -br addr
printf 'link show lo\n\n# comment\naddr show dev lo\n' | ip -batch -; echo rc=$?
ip -batch /tmp/nosuchfile; echo rc=$?
ip -o link show lo
ip -br -c=never link
ip -c=never addr show lo
ip -4 -o addr
ip -6 -o addr
ip -h -s link show lo
ip -s -s link show lo
ip -d link show v0
ip -json -pretty link show lo
ip -details -brief link show v0
ip -V
ip -Version | head -1
ip -statistics -br link show lo
ip -xyz link; echo rc=$?
ip link sho lo; echo rc=$?
ip lnk; echo rc=$?
ip; echo rc=$?
