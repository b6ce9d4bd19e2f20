// The bridge family tables ebtables-nft creates, as nft 1.0.6 lists them: a
// rule is "iifname/oifname" (ebtables' '+' as '*'), "ether saddr/daddr" (a
// prefix mask as /N, another mask as "& MASK == VALUE"), "ether type" (nft's
// names ip, arp, ip6, 8021q, 8021ad; 802.3 "Length" as "< 0x0600"), its
// counter and verdict; a user chain's policy rule is a plain counter + verdict.

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

function ruleText(e: EbtEntry, c: EbtCounters): string {
  let s = iface("iifname", e.in) + iface("oifname", e.out) + iface("meta ibrname", e.logicalIn) + iface("meta obrname", e.logicalOut);
  s += mac("ether saddr", e.src) + mac("ether daddr", e.dst);
  if (e.proto) {
    if (e.proto.type === "LENGTH") s += `ether type ${e.proto.inv ? ">=" : "<"} 0x0600 `;
    else s += `ether type ${e.proto.inv ? "!= " : ""}${ETHER_NAMES[e.proto.type] ?? `0x${e.proto.type.toString(16).padStart(4, "0")}`} `;
  }
  s += `counter packets ${c.pcnt} bytes ${c.bcnt}`;
  const t = e.target;
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

/** `nft list table bridge NAME` (and each bridge table of `list ruleset`). */
export function bridgeTableText(t: EbtTable): string {
  return `table bridge ${t.name} {\n${t.chains.map((c) => chainLines(c).join("\n") + "\n").join("\n")}}\n`;
}

/** `nft list chain bridge TABLE CHAIN` */
export function bridgeChainText(t: EbtTable, ch: EbtChain): string {
  return `table bridge ${t.name} {\n${chainLines(ch).join("\n")}\n}\n`;
}
