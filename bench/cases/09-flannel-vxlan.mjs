// Flannel's VXLAN backend at scale: N hosts on an underlay of switches (50
// hosts each, joined by a core switch), each with a cni0 bridge, 20 pods and
// flannel.1 programmed as flanneld does (per remote host: an onlink route and
// a permanent neighbour through `ip -batch`, an FDB entry with `bridge fdb
// append`). Times World.fromTopology (parse, hosts, cables, boot, startup
// scripts) and then sampled pod-to-pod pings across switches. The same
// generator, in TypeScript, drives the correctness test
// test/world/flannel.test.ts. 1 000 hosts run only with NSLAB_BENCH_FLANNEL_1000=1:
// programming every host with every other host's VTEP is quadratic (about a
// million `bridge`/`ip` operations).
import { result } from "../lib.mjs";

export const name = "flannel VXLAN";

const underlayIp = (i) => `172.16.${i >> 8}.${i & 255}`;
const podNet = (i) => `10.${100 + (i >> 8)}.${i & 255}`;
const vtepMac = (i) => `0a:00:00:00:${((i >> 8) & 255).toString(16).padStart(2, "0")}:${(i & 255).toString(16).padStart(2, "0")}`;

export function flannelTopology(hosts, pods) {
  const l = ["name: flannel-vxlan", "hosts:"];
  const others = (i) => Array.from({ length: hosts }, (_, k) => k + 1).filter((m) => m !== i);
  for (let i = 1; i <= hosts; i++) {
    const pfx = podNet(i);
    const batch = others(i).flatMap((m) => [`route add ${podNet(m)}.0/24 via ${podNet(m)}.0 dev flannel.1 onlink`, `neigh add ${podNet(m)}.0 lladdr ${vtepMac(m)} dev flannel.1 nud permanent`]);
    const fdb = others(i).map((m) => `bridge fdb append ${vtepMac(m)} dev flannel.1 dst ${underlayIp(m)}`);
    l.push(`  node${i}:`, "    bare: true", `    nics: [{name: eth1, address: ${underlayIp(i)}/16}]`, "    startup: |");
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
      ...(batch.length ? ["ip -batch - <<'EOF'", ...batch, "EOF", ...fdb] : []),
    ];
    for (const line of s) l.push(`      ${line}`);
  }
  const switches = Math.ceil(hosts / 50);
  l.push("switches:", "  core:");
  for (let s = 0; s < switches; s++) l.push(`  sw${s}:`);
  l.push("links:");
  for (let s = 0; s < switches; s++) l.push(`  - {endpoints: [sw${s}:uplink, core]}`);
  for (let i = 1; i <= hosts; i++) l.push(`  - {endpoints: [node${i}:eth1, sw${Math.floor((i - 1) / 50)}]}`);
  return `${l.join("\n")}\n`;
}

async function one(World, hosts, pods, pairs) {
  const text = flannelTopology(hosts, pods);
  const rss0 = process.memoryUsage().rss;
  const t0 = process.hrtime.bigint();
  const world = await World.fromTopology(text, { fileName: "flannel.yaml" });
  const buildMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const rssMb = (process.memoryUsage().rss - rss0) / 1e6;
  let ok = world.hosts.size === hosts && world.bootFailures.length === 0;
  const t1 = process.hrtime.bigint();
  for (let k = 0; k < pairs; k++) {
    // A deterministic spread of (source host, source pod) -> (destination host, destination pod).
    const sh = 1 + ((k * 37) % hosts);
    const dh = 1 + ((k * 53 + hosts / 2) % hosts);
    const sp = 2 + (k % pods);
    const dp = 2 + ((k * 7) % pods);
    const r = await world.run(`ip netns exec pod${sp} ping -c 1 -W 1 ${podNet(dh)}.${dp} | sed -n 2p`, { host: `node${sh}` });
    if (!r.stdout.startsWith(`64 bytes from ${podNet(dh)}.${dp}:`)) ok = false;
  }
  const pingMs = Number(process.hrtime.bigint() - t1) / 1e6;
  return { buildMs, pingMs, rssMb, ok };
}

export async function run(ctx) {
  const { World } = await import(ctx.lib);
  const rows = [];
  const r = await one(World, 100, 20, 100);
  rows.push(
    result({
      case: "flannel VXLAN, 100 hosts x 20 pods: build + boot from a topology file",
      value: (r.buildMs / 1000).toFixed(1),
      unit: "s",
      target: "completes, all pairs answer",
      pass: r.ok,
      kernel: "not measurable in one sandbox (100 kernels)",
      how: `in-process World.fromTopology, one run; RSS grew ${r.rssMb.toFixed(0)} MB`,
    }),
    result({
      case: "flannel VXLAN, 100 hosts x 20 pods: 100 sampled pod pairs pinged",
      value: (r.pingMs / 100).toFixed(1),
      unit: "ms/pair",
      target: "completes, all pairs answer",
      pass: r.ok,
      kernel: "not measurable in one sandbox",
      how: "world.run of `ip netns exec podX ping -c 1` per pair",
    }),
  );
  if (process.env.NSLAB_BENCH_FLANNEL_1000 === "1") {
    const b = await one(World, 1000, 20, 100);
    rows.push(
      result({
        case: "flannel VXLAN, 1000 hosts x 20 pods: build + boot",
        value: (b.buildMs / 1000).toFixed(1),
        unit: "s",
        target: "completes, all pairs answer",
        pass: b.ok,
        kernel: "not measurable in one sandbox",
        how: `in-process, one run; RSS grew ${b.rssMb.toFixed(0)} MB`,
      }),
    );
  }
  return rows;
}
