// What the schema cannot see: link endpoints must name a host (with one of
// its NICs) or a switch (with an optional port), a host NIC and a switch port
// may be in one link only, the two ends of a link differ, a NIC is listed
// once per host, and a switch does not take a host's name.

import { devValidName } from "../../kernel/core/dev.js";
import type { PathSeg } from "./locate.js";
import type { Topology } from "./schema.js";

export interface CheckIssue {
  path: PathSeg[];
  message: string;
}

export type Endpoint = { kind: "nic"; host: string; nic: string } | { kind: "switch"; name: string; port?: string };

/** "a:eth1" / "lan" / "lan:3" against the topology's names. */
export function parseEndpoint(topo: Topology, s: string): Endpoint | string {
  const colon = s.indexOf(":");
  const node = colon < 0 ? s : s.slice(0, colon);
  const port = colon < 0 ? undefined : s.slice(colon + 1);
  if (node in topo.hosts) {
    if (port === undefined || port === "") return "expected HOST:NIC (which NIC of host '" + node + "'?)";
    if (!devValidName(port)) return `'${port}' is not an interface name`;
    return { kind: "nic", host: node, nic: port };
  }
  if (topo.switches && node in topo.switches) {
    if (port === "") return "expected SWITCH or SWITCH:PORT";
    return { kind: "switch", name: node, port };
  }
  return `no host or switch named '${node}'`;
}

function endpointKey(e: Endpoint): string | undefined {
  if (e.kind === "nic") return `${e.host}:${e.nic}`;
  return e.port === undefined ? undefined : `${e.name}:${e.port}`;
}

export function checkTopology(topo: Topology): CheckIssue[] {
  const issues: CheckIssue[] = [];
  for (const [name, host] of Object.entries(topo.hosts)) {
    const seen = new Set<string>();
    host?.nics?.forEach((nic, i) => {
      if (seen.has(nic.name)) {
        issues.push({ path: [{ key: "hosts" }, { key: name }, { key: "nics" }, { key: i }, { key: "name" }], message: `${nic.name} is listed twice` });
      }
      seen.add(nic.name);
    });
  }
  for (const name of Object.keys(topo.switches ?? {})) {
    if (name in topo.hosts) issues.push({ path: [{ key: "switches" }, { key: name, origin: "key" }], message: `a host is called '${name}' too` });
  }
  const used = new Map<string, number>();
  topo.links?.forEach((link, li) => {
    const ends: Endpoint[] = [];
    link.endpoints.forEach((text, ei) => {
      const path: PathSeg[] = [{ key: "links" }, { key: li }, { key: "endpoints" }, { key: ei }];
      const e = parseEndpoint(topo, text);
      if (typeof e === "string") {
        issues.push({ path, message: e });
        return;
      }
      const key = endpointKey(e);
      if (key !== undefined) {
        const prev = used.get(key);
        if (prev !== undefined && prev !== li) issues.push({ path, message: `${key} is already linked (links[${prev}])` });
        else if (prev === li) issues.push({ path: path.slice(0, 3), message: `both ends are ${key}` });
        used.set(key, li);
      }
      ends.push(e);
    });
    if (ends.length === 2 && ends[0]!.kind === "switch" && ends[1]!.kind === "switch" && ends[0]!.name === ends[1]!.name) {
      issues.push({ path: [{ key: "links" }, { key: li }, { key: "endpoints" }], message: `both ends are on switch '${ends[0]!.name}'` });
    }
  });
  return issues;
}
