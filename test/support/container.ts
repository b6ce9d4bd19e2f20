// One Docker-style container on br0 (10.0.0.0/16), made as
// bench/scripts/containers-naive.sh makes it: netns, veth pair, move, rename
// to eth0, address 10.0.0.<i+1>, eth0 and lo up, bridge port, host side up.
// Shared by the differential tests that drive the container path.

export function containerScript(i: number): string {
  return [
    `ip netns add c${i}`,
    `ip link add vh${i} type veth peer name vc${i}`,
    `ip link set vc${i} netns c${i}`,
    `ip -n c${i} link set vc${i} name eth0`,
    `ip -n c${i} addr add 10.0.0.${i + 1}/16 dev eth0`,
    `ip -n c${i} link set eth0 up`,
    `ip -n c${i} link set lo up`,
    `ip link set vh${i} master br0`,
    `ip link set vh${i} up`,
  ].join("\n");
}
