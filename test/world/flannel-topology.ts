// Generates a flannel (VXLAN backend) topology file: N hosts on an underlay of
// switches (one per 50 hosts, joined by a core switch), each host with a cni0
// bridge, P pods (namespaces with a veth into cni0) and flannel.1 programmed as
// flanneld does: VNI 1, port 8472, nolearning, the host's /32 on it, and per
// remote host an onlink route, a permanent neighbour and an FDB entry. The
// per-remote entries go in through `ip -batch` and a loop of `bridge fdb append`.
// Also bench/cases/09-flannel-vxlan.mjs (the same generator, in JavaScript).

/** Underlay address of host i (1-based): 172.16.(i >> 8).(i & 255)/16. */
export const underlayIp = (i: number) => `172.16.${i >> 8}.${i & 255}`;
/** Pod subnet of host i: 10.(100 + (i >> 8)).(i & 255).0/24. */
export const podNet = (i: number) => `10.${100 + (i >> 8)}.${i & 255}`;
/** flannel.1's MAC on host i (fixed, so every host knows every VTEP). */
export const vtepMac = (i: number) => `0a:00:00:00:${((i >> 8) & 255).toString(16).padStart(2, "0")}:${(i & 255).toString(16).padStart(2, "0")}`;

export function flannelTopology(hosts: number, pods: number): string {
  const l = ["name: flannel-vxlan", "hosts:"];
  const others = (i: number) => Array.from({ length: hosts }, (_, k) => k + 1).filter((m) => m !== i);
  for (let i = 1; i <= hosts; i++) {
    const pfx = podNet(i);
    const batch = others(i)
      .flatMap((m) => [`route add ${podNet(m)}.0/24 via ${podNet(m)}.0 dev flannel.1 onlink`, `neigh add ${podNet(m)}.0 lladdr ${vtepMac(m)} dev flannel.1 nud permanent`])
      .join("\n");
    const fdb = others(i)
      .map((m) => `bridge fdb append ${vtepMac(m)} dev flannel.1 dst ${underlayIp(m)}`)
      .join("\n");
    l.push(`  node${i}:`, `    bare: true`, `    nics: [{name: eth1, address: ${underlayIp(i)}/16}]`, `    startup: |`);
    const s = [
      "sysctl -qw net.ipv4.ip_forward=1",
      "ip link set lo up",
      "ip link add cni0 type bridge",
      `ip addr add ${pfx}.1/24 dev cni0`,
      "ip link set cni0 up",
      `for p in $(seq 2 ${pods + 1}); do`,
      "  ip netns add pod$p",
      "  ip link add veth$p type veth peer name eth0 netns pod$p",
      "  ip link set veth$p master cni0",
      "  ip link set veth$p up",
      `  ip -n pod$p addr add ${pfx}.$p/24 dev eth0`,
      "  ip -n pod$p link set eth0 up",
      `  ip -n pod$p route add default via ${pfx}.1`,
      "done",
      `ip link add flannel.1 address ${vtepMac(i)} type vxlan id 1 dstport 8472 local ${underlayIp(i)} dev eth1 nolearning`,
      `ip addr add ${pfx}.0/32 dev flannel.1`,
      "ip link set flannel.1 up",
      ...(batch ? ["ip -batch - <<'EOF'", batch, "EOF", fdb] : []),
    ];
    for (const line of s.join("\n").split("\n")) l.push(`      ${line}`);
  }
  const switches = Math.ceil(hosts / 50);
  l.push("switches:", "  core:");
  for (let s = 0; s < switches; s++) l.push(`  sw${s}:`);
  l.push("links:");
  for (let s = 0; s < switches; s++) l.push(`  - {endpoints: [sw${s}:uplink, core]}`);
  for (let i = 1; i <= hosts; i++) l.push(`  - {endpoints: [node${i}:eth1, sw${Math.floor((i - 1) / 50)}]}`);
  return `${l.join("\n")}\n`;
}
