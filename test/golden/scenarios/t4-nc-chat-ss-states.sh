# nc chat between two containers: ss shows ESTAB with -tnpo, then FIN states, the client port, and -s summary
ip netns add a; ip netns add b
ip link add ea netns a type veth peer name eb netns b
ip -n a addr add 10.3.3.1/24 dev ea; ip -n b addr add 10.3.3.2/24 dev eb
ip -n a link set ea up; ip -n b link set eb up; ip -n a link set lo up; ip -n b link set lo up
ip netns exec b sh -c 'sleep 1.5 | timeout 4 nc -l -p 3000' > /tmp/chat-b.out &
sleep 0.3
( echo "hi from a"; sleep 1 ) | ip netns exec a timeout 4 nc -p 45678 10.3.3.2 3000 > /tmp/chat-a.out &
sleep 0.5
ip netns exec b ss -tn | sed 's/ *$//'
ip netns exec a ss -tn state established '( dport = :3000 )' | sed 's/ *$//'
ip netns exec b ss -tln 'sport = :3000' | wc -l
ip netns exec a ss -tnH -o state established | sed -E 's/timer:\([^)]*\)/timer:(T)/' | awk '{print $3,$4,$5}'
wait
cat /tmp/chat-b.out
ip netns exec a ss -tan | awk 'NR>1{print $1,$4,$5}'
ip netns exec b ss -tan | awk 'NR>1{print $1,$4,$5}'
