# ip address save / showdump / restore (magic 0x47361222). The saved bytes hold
# the kernel's cstamp/tstamp, so only their size and what showdump and restore
# make of them are compared. Restore keeps going past EEXIST.
ip link add v0 type veth peer name v1
ip link set v0 up
ip addr add 10.0.0.1/24 brd + dev v0 label v0:x
ip addr add 10.0.1.1/24 dev v0 valid_lft 100 preferred_lft 50
ip addr add 10.0.2.1 peer 10.0.2.2/32 dev v0 metric 7
ip addr add 10.3.0.1/16 dev v1
ip -4 addr save > /tmp/as; echo "rc=$?"
wc -c < /tmp/as
od -An -tx1 -N 4 /tmp/as
ip addr showdump < /tmp/as; echo "rc=$?"
ip -j addr showdump < /tmp/as | sed 's/"cstamp[^,}]*//g'; echo
ip -4 addr save dev v1 | wc -c
ip addr save dev nope; echo "rc=$?"
ip addr flush dev v0
ip addr flush dev v1
ip -4 addr
ip addr restore < /tmp/as; echo "rc=$?"
ip -4 addr
ip addr restore < /tmp/as; echo "rc=$?"
cat /tmp/as | ip addr restore; echo "rc=$?"
echo garbage | ip addr restore; echo "rc=$?"
echo garbage | ip addr showdump; echo "rc=$?"
head -c 50 /tmp/as | ip addr showdump; echo "rc=$?"
