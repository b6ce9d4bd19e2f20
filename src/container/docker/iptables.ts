// The iptables rules Docker 28.2.2's bridge driver (nf_tables backend, userland
// proxy on, hairpin off) keeps in the host, as argv for /usr/sbin/iptables.
// The layout is moby's own record at v28.2.2:
// integration/network/bridge/iptablesdoc/generated/*.md (copied in
// /work/shared/reference/moby-v28.2.2-iptablesdoc). What is appended and what is
// inserted at the head of a chain reproduces the order those documents show
// when networks and containers come and go:
//  - daemon start: the chains, FORWARD → DOCKER-USER, DOCKER-FORWARD; DOCKER-FORWARD
//    → DOCKER-CT, DOCKER-ISOLATION-STAGE-1, DOCKER-BRIDGE; nat PREROUTING/OUTPUT → DOCKER.
//  - each network appends its DOCKER, DOCKER-BRIDGE, DOCKER-CT, DOCKER-FORWARD and
//    stage-1 rules, and inserts its stage-2 DROP, MASQUERADE and nat RETURN at the top.
//  - an internal network only appends DOCKER-FORWARD's icc rule and inserts its two
//    stage-1 DROPs at the top.
//  - each published port inserts an ACCEPT at the top of filter DOCKER, appends a DNAT
//    to nat DOCKER and, in nat mode, a direct-routing DROP to raw PREROUTING.
// IPv6 (ip6tables) is not modelled.

import { fmtIp, fmtPrefix } from "./ipam.js";
import type { Network, PortBinding } from "./model.js";

export type Rule = { table: "filter" | "nat" | "raw"; chain: string; spec: string[]; pos?: number };

const sp = (s: string) => s.split(" ");

export function daemonChains(): Array<{ table: "filter" | "nat"; chain: string }> {
  return [
    { table: "nat", chain: "DOCKER" },
    { table: "filter", chain: "DOCKER" },
    { table: "filter", chain: "DOCKER-FORWARD" },
    { table: "filter", chain: "DOCKER-BRIDGE" },
    { table: "filter", chain: "DOCKER-CT" },
    { table: "filter", chain: "DOCKER-ISOLATION-STAGE-1" },
    { table: "filter", chain: "DOCKER-ISOLATION-STAGE-2" },
    { table: "filter", chain: "DOCKER-USER" },
  ];
}

/** Jumps made once at start; `pos` rules are inserted (-I CHAIN pos), others appended. */
export function daemonRules(): Rule[] {
  return [
    { table: "nat", chain: "PREROUTING", spec: sp("-m addrtype --dst-type LOCAL -j DOCKER") },
    { table: "nat", chain: "OUTPUT", spec: sp("! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j DOCKER") },
    { table: "filter", chain: "DOCKER-FORWARD", spec: sp("-j DOCKER-CT") },
    { table: "filter", chain: "DOCKER-FORWARD", spec: sp("-j DOCKER-ISOLATION-STAGE-1") },
    { table: "filter", chain: "DOCKER-FORWARD", spec: sp("-j DOCKER-BRIDGE") },
    { table: "filter", chain: "FORWARD", spec: sp("-j DOCKER-FORWARD"), pos: 1 },
    // DOCKER-USER always comes first in FORWARD.
    { table: "filter", chain: "FORWARD", spec: sp("-j DOCKER-USER"), pos: 1 },
  ];
}

/** Rules of one bridge network, in the order the driver programs them. */
export function networkRules(n: Network): Rule[] {
  const br = n.bridgeName;
  const subnet = fmtPrefix(n.subnet!);
  if (n.internal) {
    return [
      { table: "filter", chain: "DOCKER-ISOLATION-STAGE-1", spec: sp(`! -s ${subnet} -o ${br} -j DROP`), pos: 1 },
      { table: "filter", chain: "DOCKER-ISOLATION-STAGE-1", spec: sp(`! -d ${subnet} -i ${br} -j DROP`), pos: 2 },
      { table: "filter", chain: "DOCKER-FORWARD", spec: sp(`-i ${br} -o ${br} -j ${n.icc ? "ACCEPT" : "DROP"}`) },
    ];
  }
  const rules: Rule[] = [];
  if (n.gwMode === "routed") rules.push({ table: "filter", chain: "DOCKER", spec: sp(`-o ${br} -p icmp -j ACCEPT`) });
  rules.push({ table: "filter", chain: "DOCKER", spec: sp(`! -i ${br} -o ${br} -j ${n.gwMode === "nat-unprotected" ? "ACCEPT" : "DROP"}`) });
  rules.push({ table: "filter", chain: "DOCKER-BRIDGE", spec: sp(`-o ${br} -j DOCKER`) });
  rules.push({ table: "filter", chain: "DOCKER-CT", spec: sp(`-o ${br} -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT`) });
  if (n.icc) rules.push({ table: "filter", chain: "DOCKER-FORWARD", spec: sp(`-i ${br} -j ACCEPT`) });
  else {
    rules.push({ table: "filter", chain: "DOCKER-FORWARD", spec: sp(`-i ${br} -o ${br} -j DROP`) });
    rules.push({ table: "filter", chain: "DOCKER-FORWARD", spec: sp(`-i ${br} ! -o ${br} -j ACCEPT`) });
  }
  if (n.gwMode === "routed") {
    rules.push({ table: "filter", chain: "DOCKER-ISOLATION-STAGE-1", spec: sp(`-i ${br} -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT`), pos: 1 });
    rules.push({ table: "filter", chain: "DOCKER-ISOLATION-STAGE-1", spec: sp(`-o ${br} -j RETURN`), pos: 2 });
  }
  rules.push({ table: "filter", chain: "DOCKER-ISOLATION-STAGE-1", spec: sp(`-i ${br} ! -o ${br} -j DOCKER-ISOLATION-STAGE-2`) });
  rules.push({ table: "filter", chain: "DOCKER-ISOLATION-STAGE-2", spec: sp(`-o ${br} -j DROP`), pos: 1 });
  if (n.masquerade && n.gwMode !== "routed") {
    rules.push({ table: "nat", chain: "POSTROUTING", spec: sp(`-s ${subnet} ! -o ${br} -j MASQUERADE`), pos: 1 });
  }
  rules.push({ table: "nat", chain: "DOCKER", spec: sp(`-i ${br} -j RETURN`), pos: 1 });
  return rules;
}

/** Rules for one published port of a container at `ip` on network `n`. */
export function portRules(n: Network, ip: number, b: PortBinding): Rule[] {
  const br = n.bridgeName;
  const cip = fmtIp(ip);
  const rules: Rule[] = [];
  const proto = `-p ${b.proto} -m ${b.proto}`;
  if (n.gwMode !== "nat-unprotected") {
    rules.push({ table: "filter", chain: "DOCKER", spec: sp(`-d ${cip}/32 ! -i ${br} -o ${br} ${proto} --dport ${b.containerPort} -j ACCEPT`), pos: 1 });
  }
  if (n.gwMode !== "routed") {
    const dst = b.hostIp && b.hostIp !== "0.0.0.0" ? `-d ${b.hostIp}/32 ` : "";
    rules.push({ table: "nat", chain: "DOCKER", spec: sp(`${dst}! -i ${br} ${proto} --dport ${b.hostPort} -j DNAT --to-destination ${cip}:${b.containerPort}`) });
  }
  return rules;
}

/** Direct-routing protection for a container with published ports (nat mode only). */
export function directAccessRule(n: Network, ip: number): Rule | undefined {
  if (n.gwMode !== "nat") return undefined;
  return { table: "raw", chain: "PREROUTING", spec: sp(`-d ${fmtIp(ip)}/32 ! -i ${n.bridgeName} -j DROP`) };
}

export function addArgv(r: Rule): string[] {
  const head = r.pos !== undefined ? ["-I", r.chain, String(r.pos)] : ["-A", r.chain];
  return ["iptables", "--wait", "-t", r.table, ...head, ...r.spec];
}

export function delArgv(r: Rule): string[] {
  return ["iptables", "--wait", "-t", r.table, "-D", r.chain, ...r.spec];
}
