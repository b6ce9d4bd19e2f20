// The bridge family tables ebtables-nft creates, as nft 1.0.6 lists them: a
// rule is "iifname/oifname" (ebtables' '+' as '*'), "ether saddr/daddr" (a
// prefix mask as /N, another mask as "& MASK == VALUE"), "ether type" (nft's
// names ip, arp, ip6, 8021q, 8021ad; 802.3 "Length" as "< 0x0600"), its
// counter and verdict; a user chain's policy rule is a plain counter + verdict.

import { getprotobynumber } from "../iptables/netdb.js";
import type { EbtChain, EbtCounters, EbtEntry, EbtIface, EbtMac, EbtTable } from "../../uapi/ebtables.js";

const HOOK_NAMES = ["prerouting", "input", "forward", "output", "postrouting"];
/** nft's standard priority names for the bridge family. */
const PRIORITY_NAMES: Record<number, string> = { [-300]: "dstnat", [-200]: "filter", 100: "out", 300: "srcnat" };
const ETHER_NAMES: Record<number, string> = { 0x0800: "ip", 0x0806: "arp", 0x86dd: "ip6", 0x8100: "8021q", 0x88a8: "8021ad" };

const macText = (m: number[]) => m.map((b) => b.toString(16).padStart(2, "0")).join(":");

/** The prefix length of a contiguous mask, else undefined. */
function prefixLen(mask: number[]): number | undefined {
  let bits = 0;
  let ended = false;
  for (const b of mask)
    for (let i = 7; i >= 0; i--) {
      const on = (b >> i) & 1;
      if (on && ended) return undefined;
      if (on) bits++;
      else ended = true;
    }
  return bits;
}

function iface(key: string, i: EbtIface | undefined): string {
  if (!i) return "";
  const name = i.name.endsWith("+") ? `${i.name.slice(0, -1)}*` : i.name;
  return `${key} ${i.inv ? "!= " : ""}"${name}" `;
}

function mac(key: string, m: EbtMac | undefined): string {
  if (!m) return "";
  const len = prefixLen(m.mask);
  if (len === 48) return `${key} ${m.inv ? "!= " : ""}${macText(m.mac)} `;
  if (len !== undefined) return `${key} ${m.inv ? "!= " : ""}${macText(m.mac)}/${len} `;
  return `${key} & ${macText(m.mask)} ${m.inv ? "!=" : "=="} ${macText(m.mac)} `;
}

const ipText = (a: number) => [a >>> 24, (a >>> 16) & 255, (a >>> 8) & 255, a & 255].join(".");

function ipAddr(key: string, a: { inv: boolean; addr: number; mask: number } | undefined): string {
  if (!a) return "";
  let bits = 0;
  while (bits < 32 && ((a.mask << bits) & 0x80000000) !== 0) bits++;
  const contiguous = (bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0) === a.mask >>> 0 || bits === 32;
  const mask = bits === 32 ? "" : contiguous ? `/${bits}` : `/${ipText(a.mask)}`;
  return `${key} ${a.inv ? "!= " : ""}${ipText(a.addr)}${mask} `;
}

/** The extensions, which reach the kernel as xt compat expressions that nft translates back. */
function matchesText(e: EbtEntry): string {
  let s = "";
  const ne = (inv: boolean) => (inv ? "!= " : "");
  for (const m of e.matches ?? []) {
    if (m.kind === "limit") {
      // Native in nft: the rate in the largest exact unit, the burst unless nft's default 5.
      const units: [string, number][] = [["day", 864000000], ["hour", 36000000], ["minute", 600000], ["second", 10000]];
      let i = 1;
      for (; i < units.length; i++) {
        const mult = units[i]![1];
        if (m.avg > mult || Math.floor(mult / m.avg) < mult % m.avg) break;
      }
      const [unit, mult] = units[i - 1]!;
      s += `limit rate ${Math.floor(mult / m.avg)}/${unit} ${m.burst !== 5 ? `burst ${m.burst} packets ` : ""}`;
      continue;
    }
    if (m.kind === "among") {
      // Anonymous sets of MACs, or of MAC . address (no address: 0.0.0.0/0).
      const set = (dir: "saddr" | "daddr", l: { inv: boolean; ip: boolean; pairs: { mac: number[]; ip: number }[] }) => {
        const items = l.pairs.map((p) => macText(p.mac) + (l.ip ? ` . ${p.ip ? ipText(p.ip) : "0.0.0.0/0"}` : ""));
        return `ether ${dir}${l.ip ? ` . ip ${dir}` : ""} ${ne(l.inv)}{ ${items.join(", ")} } `;
      };
      if (m.src) s += set("saddr", m.src);
      if (m.dst) s += set("daddr", m.dst);
      continue;
    }
    if (m.kind === "ip") {
      s += ipAddr("ip saddr", m.src) + ipAddr("ip daddr", m.dst);
      if (m.tos) s += `ip dscp ${ne(m.tos.inv)}0x${m.tos.value.toString(16).padStart(2, "0")} `;
      const pname = m.proto ? (getprotobynumber(m.proto.value) ?? String(m.proto.value)) : "";
      if (m.icmp) {
        // The icmp type (as numbers) stands for "ip protocol icmp"; the code only when narrowed.
        const r = (x: [number, number]) => (x[0] === x[1] ? `${x[0]}` : `${x[0]}-${x[1]}`);
        s += `icmp type ${ne(m.icmp.inv)}${r(m.icmp.type)} `;
        if (m.icmp.code[0] !== 0 || m.icmp.code[1] !== 255) s += `icmp code ${r(m.icmp.code)} `;
      } else if (m.proto && !m.sport && !m.dport) s += `ip protocol ${ne(m.proto.inv)}${pname} `;
      const port = (r: { inv: boolean; lo: number; hi: number }) => `${ne(r.inv)}${r.lo === r.hi ? r.lo : `${r.lo}-${r.hi}`}`;
      if (m.sport) s += `${pname} sport ${port(m.sport)} `;
      if (m.dport) s += `${pname} dport ${port(m.dport)} `;
    } else if (m.kind === "vlan") {
      if (m.id) s += `vlan id ${ne(m.id.inv)}${m.id.value} `;
      if (m.prio) s += `vlan pcp ${ne(m.prio.inv)}${m.prio.value} `;
      if (m.encap) s += `vlan type ${ne(m.encap.inv)}0x${m.encap.value.toString(16).padStart(4, "0")} `;
    } else if (m.kind === "pkttype") {
      // nft's pkttype names; other values as numbers (recorded: 4, 5, 6, 16).
      const names = ["host", "broadcast", "multicast", "other"];
      s += `meta pkttype ${ne(m.inv)}${names[m.type] ?? m.type} `;
    } else if (m.kind === "arp" || m.kind === "802_3") {
      // libebt_arp and libebt_802_3 have no translation: nft shows the compat match by name.
      s += `xt match ${m.kind} `;
    } else if (m.kind !== "mark") continue;
    else if (m.or) s += `meta mark and 0x${m.mask.toString(16)} ${m.inv ? "==" : "!="} 0 `;
    else if (m.mask !== 0xffffffff) s += `meta mark and 0x${m.mask.toString(16)} ${ne(m.inv)}0x${m.mark.toString(16)} `;
    else s += `meta mark ${ne(m.inv)}0x${m.mark.toString(16)} `;
  }
  return s;
}

function markTarget(t: { op: string; value: number; verdict: string }): string {
  const v = `0x${t.value.toString(16)}`;
  return `meta mark set ${t.op === "set" ? v : `meta mark ${t.op} ${v}`} ${t.verdict.toLowerCase()}`;
}

/**
 * The nat targets as nft translates them (MACs with unpadded bytes): dnat/snat set the
 * address, redirect sets pkttype host (its ACCEPT left unsaid); snat with --snat-arp has
 * no translation.
 */
function natTarget(t: { type: string; mac: number[]; arp?: boolean; verdict: string }): string {
  const mac = t.mac.map((b) => b.toString(16)).join(":");
  const v = t.verdict.toLowerCase();
  if (t.type === "redirect") return `meta set pkttype host${t.verdict === "ACCEPT" ? "" : ` ${v}`}`;
  if (t.type === "snat" && t.arp) return "xt target snat";
  return `ether ${t.type === "dnat" ? "daddr" : "saddr"} set ${mac} ${v}`;
}

export function hasXt(chains: EbtChain[]): boolean {
  return chains.some((c) => c.rules.some((r) => r.entry.matches?.some((m) => m.kind !== "among" && m.kind !== "limit") || r.entry.target.kind === "mark" || r.entry.target.kind === "nat"));
}

function ruleText(e: EbtEntry, c: EbtCounters): string {
  let s = iface("iifname", e.in) + iface("oifname", e.out) + iface("meta ibrname", e.logicalIn) + iface("meta obrname", e.logicalOut);
  s += mac("ether saddr", e.src) + mac("ether daddr", e.dst);
  if (e.proto) {
    if (e.proto.type === "LENGTH") s += `ether type ${e.proto.inv ? ">=" : "<"} 0x0600 `;
    else s += `ether type ${e.proto.inv ? "!= " : ""}${ETHER_NAMES[e.proto.type] ?? `0x${e.proto.type.toString(16).padStart(4, "0")}`} `;
  }
  s += matchesText(e);
  const t = e.target;
  const counter = `counter packets ${c.pcnt} bytes ${c.bcnt}`;
  if (t.kind === "mark") return t.jump ? `${s}${counter} ${markTarget(t)}` : `${s}${markTarget(t)} ${counter}`;
  if (t.kind === "nat") return t.jump ? `${s}${counter} ${natTarget(t)}` : `${s}${natTarget(t)} ${counter}`;
  s += counter;
  if (t.kind === "jump") s += ` jump ${t.chain}`;
  else if (t.verdict !== "CONTINUE") s += ` ${t.verdict.toLowerCase()}`;
  return s;
}

function chainLines(ch: EbtChain): string[] {
  const lines = [`\tchain ${ch.name} {`];
  if (ch.base)
    lines.push(
      `\t\ttype filter hook ${HOOK_NAMES[ch.base.hook]} priority ${PRIORITY_NAMES[ch.base.priority] ?? ch.base.priority}; policy ${ch.base.policy.toLowerCase()};`,
    );
  for (const r of ch.rules) lines.push(`\t\t${ruleText(r.entry, r.counters)}`);
  const pol = ch.userPolicy;
  if (pol && pol.verdict !== "RETURN") lines.push(`\t\tcounter packets ${pol.counters.pcnt} bytes ${pol.counters.bcnt} ${pol.verdict.toLowerCase()}`);
  lines.push("\t}");
  return lines;
}

/** nft's note (on stderr) when what it fetched holds xt compat expressions. */
export function bridgeWarning(t: EbtTable, chains: EbtChain[]): string {
  return hasXt(chains) ? `# Warning: table bridge ${t.name} is managed by iptables-nft, do not touch!\n` : "";
}

/** `nft list table bridge NAME` (and each bridge table of `list ruleset`). */
export function bridgeTableText(t: EbtTable): string {
  return `table bridge ${t.name} {\n${t.chains.map((c) => chainLines(c).join("\n") + "\n").join("\n")}}\n`;
}

/** `nft list chain bridge TABLE CHAIN` */
export function bridgeChainText(t: EbtTable, ch: EbtChain): string {
  return `table bridge ${t.name} {\n${chainLines(ch).join("\n")}\n}\n`;
}

/** `nft list chains`: a bridge table's chains, declarations only. */
export function bridgeChainsText(t: EbtTable): string {
  const lines: string[] = [];
  for (const ch of t.chains) {
    const all = chainLines(ch);
    lines.push(all[0]!);
    if (ch.base) lines.push(all[1]!);
    lines.push("\t}");
  }
  return `table bridge ${t.name} {\n${lines.map((l) => `${l}\n`).join("")}}\n`;
}
