# Inventory scripts: while read over ip -o output, ip -br, awk/sed/cut pipelines
for i in 1 2 3; do ip link add dummyish$i type veth peer name peer$i; done
ip link set dummyish1 up; ip link set peer1 up
ip addr add 10.0.1.1/24 dev dummyish1
ip addr add 10.0.2.1/24 dev dummyish2
ip addr add 10.0.2.9/24 dev dummyish2
ip link set dummyish2 mtu 9000
ip -o link show | while read -r idx name rest; do
  name=${name%:}; name=${name%@*}
  mtu=$(echo "$rest" | sed -n 's/.*mtu \([0-9]*\).*/\1/p')
  state=$(echo "$rest" | grep -o 'state [A-Z]*' | cut -d' ' -f2)
  printf '%-12s mtu=%-5s %s\n' "$name" "$mtu" "$state"
done
echo "---"
ip -o -4 addr show | awk '{print $2, $4}'
ip -o -4 addr show dev dummyish2 | awk '{split($4,a,"/"); print a[1]}' | paste -sd, -
echo "---"
ip -br link show type veth | awk '{print $1}' | cut -d@ -f1 | sort | xargs echo
ip -br -4 addr | awk '$3 != "" {n++} END {print n" interfaces with IPv4"}'
ip -o link show up | wc -l
count=0
while read -r line; do count=$((count+1)); done < <(ip -o addr show scope host)
echo "host-scope addresses: $count"
mapfile -t devs < <(ip -o link show type veth | awk -F': ' '{print $2}' | cut -d@ -f1)
echo "${#devs[@]} veths, first=${devs[0]} last=${devs[-1]}"
