# Both ends of a pair with the same MAC: whichever solicits first makes the
# other's DAD fail (it hears a solicitation for its own tentative address
# with another nonce), so exactly one address ends "dadfailed tentative" and
# only the other gets its local route. Which one is random: lines are counted.
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:01
ip link set veth0 up
ip link set veth1 up
sleep 3
ip -6 -o addr show | grep -c 'scope link dadfailed tentative'
ip -6 -o addr show | grep -c 'scope link $'
ip -6 -o addr show | grep -c 'scope link \\'
ip -6 route show table local | grep -c 'local fe80::ff:fe00:1'
ip -6 route show table main | sort | uniq -c
