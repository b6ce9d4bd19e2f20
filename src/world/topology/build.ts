// Building a world from a checked topology: hosts (booted VMs, or bare), their
// NICs hot-plugged in the order listed, switches, cables; then, queued as boot
// scripts that run through each host's own shell as an administrator would
// type them: every host's NICs brought up and addressed (`ip link set … up`,
// `ip addr add …`), then each host's `startup:` script, hosts in file order.
// Each host is published (other hosts' /etc/hosts, ssh) at its first NIC
// address.

import type { World } from "../world.js";
import { parseEndpoint } from "./check.js";
import type { Topology } from "./schema.js";
import { parseLoss, parseRate, parseTime } from "../underlay/units.js";
import type { CableOptions } from "../underlay/cable.js";

/** Single-quotes a word for bash (names here are already restricted; this is belt and braces). */
function sq(s: string): string {
  return /^[A-Za-z0-9._\/:-]+$/.test(s) ? s : `'${s.replace(/'/g, "'\\''")}'`;
}

export function applyTopology(world: World, topo: Topology): void {
  const hosts = Object.entries(topo.hosts);
  for (const [name, h] of hosts) world.addHost(name, { bare: !!h?.bare });
  for (const [name, s] of Object.entries(topo.switches ?? {})) {
    world.addSwitch(name, s?.ageing ? { ageing: parseTime(s.ageing)! } : {});
  }
  for (const [name, h] of hosts) for (const nic of h?.nics ?? []) world.underlay.nic(world.host(name), nic.name);
  for (const link of topo.links ?? []) {
    const [a, b] = link.endpoints.map((e) => parseEndpoint(topo, e)) as [Exclude<ReturnType<typeof parseEndpoint>, string>, Exclude<ReturnType<typeof parseEndpoint>, string>];
    const opts: CableOptions = {};
    if (link.delay !== undefined) opts.delay = parseTime(link.delay)!;
    if (link.loss !== undefined) opts.loss = parseLoss(link.loss)!;
    if (link.rate !== undefined) opts.rate = parseRate(link.rate)!;
    if (link.queue !== undefined) opts.queue = link.queue;
    const end = (e: typeof a) => (e.kind === "nic" ? ([e.host, e.nic] as const) : ([e.name, e.port] as const));
    world.connect(...end(a), ...end(b), opts);
  }
  for (const [name, h] of hosts) {
    const nics = h?.nics ?? [];
    const first = nics.find((n) => n.address);
    if (first?.address) world.publish(name, first.address.split("/")[0]!);
    const cmds: string[] = [];
    for (const nic of nics) {
      cmds.push(`ip link set dev ${sq(nic.name)} up`);
      if (nic.address) cmds.push(`ip addr add ${sq(nic.address)} dev ${sq(nic.name)}`);
    }
    if (cmds.length) world.bootQueue.push({ host: name, what: "addresses", script: `set -e\n${cmds.join("\n")}\n` });
  }
  for (const [name, h] of hosts) {
    if (h?.startup) world.bootQueue.push({ host: name, what: "startup", script: h.startup });
  }
}
