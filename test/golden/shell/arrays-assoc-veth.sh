declare -A addrs=([ns1]=10.0.0.1 [ns2]=10.0.0.2)
nets=(ns1 ns2)
echo "${#nets[@]} ${#addrs[@]}"
for n in "${nets[@]}"; do ip netns add "$n"; done
ip link add veth-ns1 type veth peer name veth-ns2
ip link set veth-ns1 netns ns1
ip link set veth-ns2 netns ns2
for n in "${!addrs[@]}"; do
  ip -n "$n" addr add "${addrs[$n]}/24" dev "veth-$n"
  ip -n "$n" link set "veth-$n" up
done
setup() {
  local ns=$1 dev=${2:-lo}
  ip -n "$ns" link set "$dev" up && echo "up $ns $dev"
}
setup ns1; setup ns2
name="veth-ns1"; echo "${name//ns/NS} ${name#veth-} ${name%-*} ${#name} ${name^^} ${name:2:3}"
while read -r idx dev rest; do
  printf '%-10s %5d\n' "${dev%:}" "${idx%:}"
done < <(ip -n ns1 -o link)
ip netns exec ns1 ping -c1 -W1 10.0.0.2 | grep -o '[0-9]* received'
out=$(ip netns exec ns1 ping -c 2 -i 0.2 10.0.0.2 | tail -1)
if [[ $out =~ rtt\ min/avg/max/mdev\ =\ ([0-9.]+)/ ]]; then echo matched; fi
if [[ "$(ip -n ns2 -4 -o addr show dev veth-ns2)" =~ inet\ ([0-9.]+)/([0-9]+) ]]; then
  echo "addr=${BASH_REMATCH[1]} len=${BASH_REMATCH[2]} all=${#BASH_REMATCH[@]}"
fi
echo $(( 1 << 8 )) $(( 0x10 + 010 )) $(( 7 / 2 )) $(( -7 % 3 ))
ip netns del ns1; ip netns del ns2
