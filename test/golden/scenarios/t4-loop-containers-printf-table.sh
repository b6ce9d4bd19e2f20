# A loop builds N containers on a bridge, then a printf table of name/ip/mac/peer ifindex from ip -o and /sys
set -e
N=4
ip link add cni0 type bridge
ip addr add 10.244.0.1/24 dev cni0
ip link set cni0 up
for i in $(seq 1 $N); do
  ns=pod$i
  ip netns add $ns
  ip link add veth$i type veth peer name eth0 netns $ns
  ip link set veth$i master cni0 up
  ip -n $ns link set eth0 address 0a:58:0a:f4:00:$(printf '%02x' $((i+1)))
  ip -n $ns addr add 10.244.0.$((i+1))/24 dev eth0
  ip -n $ns link set eth0 up
  ip -n $ns route add default via 10.244.0.1
done
printf '%-5s|%-12s|%-17s|%s\n' POD IP MAC IFLINK
for i in $(seq 1 $N); do
  ip=$(ip -n pod$i -4 -o addr show eth0 | awk '{split($4,a,"/"); print a[1]}')
  mac=$(ip netns exec pod$i cat /sys/class/net/eth0/address)
  lnk=$(ip netns exec pod$i cat /sys/class/net/eth0/iflink)
  printf '%-5s|%-12s|%-17s|%s=%s\n' pod$i "$ip" "$mac" "$lnk" "$(ip -o link | awk -v n=$lnk -F': ' '$1==n{print $2}' | cut -d@ -f1)"
done
ok=0; fail=0
for i in $(seq 1 $N); do for j in $(seq 1 $N); do
  [ $i -eq $j ] && continue
  if ip netns exec pod$i ping -c 1 -W 1 10.244.0.$((j+1)) >/dev/null 2>&1; then ok=$((ok+1)); else fail=$((fail+1)); fi
done; done
echo "pairs ok=$ok fail=$fail"
bridge fdb show br cni0 | grep -c '^0a:58'
ip -o link show master cni0 | wc -l
