// How iptables-nft 1.8.9 reads back a rule `nft` added to one of its tables
// (iptables/nft-ruleparse.c, nft-shared.c, and nft.c's nft_is_expr_compatible):
// a rule holding an expression iptables-nft does not know (ct, log without a
// group, reject, nat, dynset, a limit in bytes or with `over`) makes its chain
// "incompatible"; known expressions become the rule's iptables form —
// addresses, interfaces, protocol, tcp/udp ports (tcp/udp match), icmp type
// (icmp match), meta mark (mark match), limit (limit match), counter, verdict.
// A lookup in an (anonymous) set is a known expression that leaves nothing in
// the iptables form (`ip saddr { ... } drop` lists as `-j DROP`), as 1.8.9 does;
// a transport field still leaves its protocol dependency (`-p tcp`).

import type { NftMatch, NftStmt, NftVal } from "../../uapi/nft_native.js";
import type { IptEntry, XtCounters, XtEntryMatch } from "../../uapi/x_tables.js";
import { XT_LIMIT_SCALE, XT_TCP_INV_DSTPT, XT_TCP_INV_SRCPT, XT_UDP_INV_DSTPT, XT_UDP_INV_SRCPT } from "../../uapi/xt_ext.js";
import { emptyIp } from "./parse.js";

const UNIT_SECONDS: Record<string, number> = { second: 1, minute: 60, hour: 3600, day: 86400, week: 604800 };

/** nft_is_expr_compatible(): does iptables-nft know every expression of this statement? */
function compatible(s: NftStmt): boolean {
  switch (s.k) {
    case "match":
      return s.field !== "ct state";
    case "limit":
      // NFT_LIMIT_PKTS without NFT_LIMIT_F_INV only.
      return !s.bytes && !s.over;
    case "log":
      // Only a log with a group (NFLOG) is known; the model's log statements carry none.
      return false;
    case "counter":
    case "verdict":
    case "vmap":
      return true;
    default:
      return false;
  }
}

const mask4 = (len: number) => (len ? (~0 << (32 - len)) >>> 0 : 0);
const mask6 = (len: number) => (len ? ((1n << 128n) - 1n) ^ ((1n << BigInt(128 - len)) - 1n) : 0n);

/** A single value or prefix as address and mask (a range or set leaves nothing). */
function addr(v: NftVal | undefined, six: boolean): { a: bigint; m: bigint } | undefined {
  if (v?.kind === "single") return { a: v.v, m: six ? mask6(128) : BigInt(mask4(32)) };
  if (v?.kind === "prefix") return { a: v.v, m: six ? mask6(v.len) : BigInt(mask4(v.len)) };
  return undefined;
}

function portRange(v: NftVal | undefined): [number, number] | undefined {
  if (v?.kind === "single") return [Number(v.v), Number(v.v)];
  if (v?.kind === "range") return [Number(v.lo), Number(v.hi)];
  return undefined;
}

/**
 * The iptables form of a native rule, with its counters (a counter statement's,
 * else zero), or undefined when iptables-nft cannot read it (incompatible).
 */
export function nativeToEntry(stmts: readonly NftStmt[], family: 4 | 6): { entry: IptEntry; counters: XtCounters } | undefined {
  if (!stmts.every(compatible)) return undefined;
  const ip = emptyIp();
  if (family === 6) ip.ip6 = { src: 0n, smsk: 0n, dst: 0n, dmsk: 0n };
  const matches: XtEntryMatch[] = [];
  const entry: IptEntry = { ip, matches, target: { kind: "none" } };
  const counters: XtCounters = { pcnt: 0n, bcnt: 0n };
  const l4 = (proto: number) => {
    if (!ip.proto) ip.proto = proto;
  };
  const ports = (m: NftMatch, name: "tcp" | "udp") => {
    l4(name === "tcp" ? 6 : 17);
    const r = m.set ? undefined : portRange(m.vals[0]);
    if (!r) return;
    let x = matches.find((y) => y.name === name);
    if (!x) matches.push((x = { name, revision: 0, data: name === "tcp" ? { spts: [0, 65535], dpts: [0, 65535], option: 0, flgMask: 0, flgCmp: 0, invflags: 0 } : { spts: [0, 65535], dpts: [0, 65535], invflags: 0 } }));
    const d = x.data as { spts: [number, number]; dpts: [number, number]; invflags: number };
    const src = m.field.endsWith("sport");
    if (src) d.spts = r;
    else d.dpts = r;
    if (m.neg) d.invflags |= src ? (name === "tcp" ? XT_TCP_INV_SRCPT : XT_UDP_INV_SRCPT) : name === "tcp" ? XT_TCP_INV_DSTPT : XT_UDP_INV_DSTPT;
  };
  for (const s of stmts) {
    if (s.k === "counter") {
      counters.pcnt = s.packets;
      counters.bcnt = s.bytes;
    } else if (s.k === "verdict") {
      if (s.v === "jump" || s.v === "goto") entry.target = { kind: "jump", chain: s.chain!, goto: s.v === "goto" };
      else if (s.v !== "continue") entry.target = { kind: "verdict", verdict: s.v.toUpperCase() as "ACCEPT" };
    } else if (s.k === "limit") {
      matches.push({ name: "limit", revision: 0, data: { avg: Math.floor((XT_LIMIT_SCALE * (UNIT_SECONDS[s.unit] ?? 1)) / s.rate), burst: s.burst ?? 5 } });
    } else if (s.k === "match") {
      if (s.ref !== undefined || s.fields) continue;
      const v = s.set ? undefined : s.vals[0];
      switch (s.field) {
        case "ip saddr":
        case "ip daddr":
        case "ip6 saddr":
        case "ip6 daddr": {
          const six = s.field.startsWith("ip6");
          const a = addr(v, six);
          if (!a) break;
          const src = s.field.endsWith("saddr");
          if (six) {
            if (src) [ip.ip6!.src, ip.ip6!.smsk] = [a.a, a.m];
            else [ip.ip6!.dst, ip.ip6!.dmsk] = [a.a, a.m];
          } else if (src) [ip.src, ip.smsk] = [Number(a.a), Number(a.m)];
          else [ip.dst, ip.dmsk] = [Number(a.a), Number(a.m)];
          if (s.neg) ip.invflags |= src ? 0x08 : 0x10;
          break;
        }
        case "iifname":
        case "oifname": {
          if (v?.kind !== "str") break;
          const name = v.s.endsWith("*") ? `${v.s.slice(0, -1)}+` : v.s;
          if (s.field === "iifname") ip.iniface = name;
          else ip.outiface = name;
          if (s.neg) ip.invflags |= s.field === "iifname" ? 0x01 : 0x02;
          break;
        }
        case "ip protocol":
        case "meta l4proto":
          if (v?.kind === "single") {
            ip.proto = Number(v.v);
            if (s.neg) ip.invflags |= 0x40;
          }
          break;
        case "tcp sport":
        case "tcp dport":
          ports(s, "tcp");
          break;
        case "udp sport":
        case "udp dport":
          ports(s, "udp");
          break;
        case "icmp type":
          l4(1);
          if (v?.kind === "single") matches.push({ name: "icmp", revision: 0, data: { type: Number(v.v), code: [0, 255], invflags: s.neg ? 1 : 0 } });
          break;
        case "icmpv6 type":
          l4(58);
          if (v?.kind === "single") matches.push({ name: "icmp6", revision: 0, data: { type: Number(v.v), codeMin: 0, codeMax: 0xff, invert: s.neg } });
          break;
        case "meta mark":
          if (v?.kind === "single") matches.push({ name: "mark", revision: 1, data: { mark: Number(v.v), mask: 0xffffffff, invert: s.neg } });
          break;
        default:
          break;
      }
    }
  }
  return { entry, counters };
}
