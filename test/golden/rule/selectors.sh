# Every selector and action a rule can carry, as ip rule prints them (plain, -d, -j).
ip rule add from 10.0.0.0/8 lookup 100
ip rule add to 192.168.1.0/24 table 200 pref 500
ip rule add fwmark 0x1 lookup 101
ip rule add fwmark 0x2/0xff lookup 102
ip rule add fwmark 0/0xff00 lookup 110
ip rule add iif lo lookup 103
ip rule add oif lo lookup 104
ip rule add not from 1.2.3.4 lookup 105
ip rule add tos 0x10 lookup main
ip rule add from all blackhole pref 10
ip rule add unreachable pref 11
ip rule add prohibit pref 12
ip rule add lookup main suppress_prefixlength 0 pref 13
ip rule add ipproto tcp dport 80 lookup 106
ip rule add ipproto udp sport 1000-2000 lookup 107
ip rule add goto 32766 pref 14
ip rule add iif nosuch lookup 108
ip rule add nop pref 15
ip rule add from 10.1.0.0/16 to 10.2.0.0/16 lookup 109 pref 16
ip rule add lookup 300000
ip rule add from 192.168.7.7 to 192.168.8.8 lookup 111 protocol static
ip rule add uidrange 1000-2000 lookup 112
ip rule add ipproto 47 lookup 113
ip rule add dport 53 sport 1024-65535 ipproto udp lookup 114
ip rule add realms 5 lookup 115
ip rule add suppress_ifgroup 1 lookup main
ip rule
echo "rc=$?"
ip -d rule
ip -j rule show
