# Policy routing: tables by source, destination, fwmark, iif, oif, tos
ip netns add r; ip -n r link set lo up
for i in 1 2 3; do ip -n r link add up$i type veth peer name p$i; ip -n r link set p$i up; ip -n r link set up$i up; ip -n r addr add 172.16.$i.1/24 dev up$i; done
ip -n r link add lan type veth peer name plan; ip -n r link set plan up; ip -n r link set lan up; ip -n r addr add 192.168.10.1/24 dev lan
echo "101 isp1" > /dev/null
ip -n r route add default via 172.16.1.254 table 101
ip -n r route add default via 172.16.2.254 table 102
ip -n r route add default via 172.16.3.254 table 103
ip -n r route add 8.8.8.0/24 via 172.16.3.254 table 104
ip -n r route add default via 172.16.1.254
ip -n r rule add from 192.168.10.128/25 table 102 pref 100
ip -n r rule add to 8.8.8.0/24 table 104 pref 110
ip -n r rule add fwmark 0x2/0xff table 103 pref 120
ip -n r rule add iif lan tos 0x10 table 103 pref 130
ip -n r rule add oif up2 table 102 pref 140
ip -n r rule add from all to 9.9.9.9 unreachable pref 150
ip -n r rule add from 192.168.10.5 prohibit pref 160
ip -n r rule
ip -n r rule show table 103
ip -n r route show table all | grep -v local
ip -n r route get 1.1.1.1
ip -n r route get 1.1.1.1 from 192.168.10.200
ip -n r route get 8.8.8.8 from 192.168.10.200
ip -n r route get 1.1.1.1 mark 2
ip -n r route get 1.1.1.1 mark 0x102
ip -n r route get 1.1.1.1 from 192.168.10.7 iif lan tos 0x10
ip -n r route get 1.1.1.1 from 192.168.10.7 iif lan
ip -n r route get 1.1.1.1 oif up2
ip -n r route get 9.9.9.9
ip -n r route get 1.1.1.1 from 192.168.10.5 iif lan
ip -n r route get 1.1.1.1 from 192.168.10.5
ip -n r rule del pref 100
ip -n r route get 1.1.1.1 from 192.168.10.200
ip -n r rule add from 10.0.0.0/8 lookup 200 pref 170
ip -n r route get 1.1.1.1 from 10.1.1.1 iif lan
ip -n r route show table 200; echo "exit $?"
ip -n r route flush table 102
ip -n r route get 1.1.1.1 oif up2
ip -n r rule flush; ip -n r rule
