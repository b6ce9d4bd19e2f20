# The listing filters: prefixes match on their leading bits, others exactly.
ip link add v0 type veth peer name v1
ip rule add from 10.0.0.0/8 lookup 100
ip rule add from 10.1.0.0/16 to 10.2.0.0/16 lookup 109
ip rule add from 10.1.2.3 lookup 101
ip rule add to 192.168.0.0/16 lookup 102
ip rule add not to 172.16.0.0/12 lookup 103
ip rule add fwmark 0x10 lookup 104
ip rule add fwmark 0x10/0xf0 lookup 105
ip rule add iif v0 lookup 106
ip rule add oif v1 lookup 107
ip rule add tos 0x08 lookup 108
ip rule add ipproto tcp dport 443 lookup 110
ip rule add ipproto udp sport 53 lookup 111
ip rule add uidrange 100-200 lookup 112
for f in "from 10.0.0.0/8" "from 10.1.0.0/16" "from 10.1.2.3" "src 10.1.2.3/32" "to 10.2.0.0/16" \
    "192.168.0.0/16" "dst 172.16.0.0/12" "not" "fwmark 0x10" "fwmark 0x10/0xf0" "iif v0" "dev v0" "oif v1" \
    "tos 0x08" "ipproto tcp" "dport 443" "sport 53" "uidrange 100-200" "table 105" "pref 32765" "from all" "to all"; do
  echo "-- $f"
  ip rule show $f
done
