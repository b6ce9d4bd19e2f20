// The ip6_tables side of the extensions ip6tables loads (net/ipv6/netfilter/
// ip6t_*.c, xt_hl.c, xt_HL.c): registered for NFPROTO_IPV6 so a rule is checked
// as the kernel checks it (table, hooks, protocol, data). icmp6, hl and REJECT
// act on packets (kernel/ipv6 runs the ip6 hooks, pktinfo6.ts parses them).
// frag matches the fragment header of fragmented IPv6 (ipv6/ip6_fragment.ts).
// The others match only headers the model's IPv6 traffic (neighbour discovery
// and MLD, at most a hop-by-hop header, and fragments) never has, or rewrite what it never
// carries, so they answer as the kernel would for such packets: no match, and
// continue. Where that is not what the kernel would do for other traffic, the
// model simply has no such traffic.
import type { Ip6tFrag, Ip6tIcmp6, Ip6tNpt, Ip6tReject } from "../../../uapi/xt_ext_ip6.js";
import type { XtTtl, XtTtlTarget } from "../../../uapi/xt_ext_iphdr.js";
import { NF_DROP } from "../core.js";
import type { SkBuff } from "../../core/skbuff.js";
import type { XtPkt } from "../pktinfo.js";
import { HOOK_FWD, HOOK_IN, HOOK_OUT, HOOK_POST, HOOK_PRE, XT_CONTINUE, xtRegisterMatch, xtRegisterTarget } from "../xt_registry.js";

const noMatch = () => false;

for (const name of ["ah", "dst", "hbh", "rt", "ipv6header"]) xtRegisterMatch({ name, family: 6, revisions: [0], match: noMatch });

/** ipv6_find_hdr(NEXTHDR_FRAGMENT): the fragment header's offset, walking hop-by-hop, routing, destination options and AH. */
function findFragHdr(b: Uint8Array, nhoff: number): number | undefined {
  let proto = b[nhoff + 6]!;
  let off = nhoff + 40;
  for (let i = 0; i < 8 && off + 8 <= b.length; i++) {
    if (proto === 44) return off;
    if (proto !== 0 && proto !== 43 && proto !== 60 && proto !== 51) return undefined;
    const len = proto === 51 ? (b[off + 1]! + 2) * 4 : (b[off + 1]! + 1) * 8;
    proto = b[off]!;
    off += len;
  }
  return undefined;
}

// frag_mt6() (ip6t_frag.c): a packet with a fragment header, its
// identification in range, and the flags asked: reserved bits clear
// (--fragres), first (--fragfirst: offset 0), more (--fragmore: M set),
// last (--fraglast: M clear). No fragment header: no match.
xtRegisterMatch({
  name: "frag",
  family: 6,
  revisions: [0],
  match: (p: XtPkt, d: object) => {
    const m = d as Ip6tFrag;
    const b = p.skb.data;
    const off = findFragHdr(b, p.nhoff);
    if (off === undefined) return false;
    const fo = (b[off + 2]! << 8) | b[off + 3]!;
    const id = ((b[off + 4]! << 24) | (b[off + 5]! << 16) | (b[off + 6]! << 8) | b[off + 7]!) >>> 0;
    const idOk = (id >= m.ids[0] && id <= m.ids[1]) !== m.invIds;
    if (!idOk) return false;
    if (m.flags & 1 && (b[off + 1] || fo & 0x6)) return false;
    if (m.flags & 2 && fo & 0xfff8) return false;
    if (m.flags & 4 && !(fo & 1)) return false;
    if (m.flags & 8 && fo & 1) return false;
    return true;
  },
});

// icmp6_match(): type and code range, later fragments never match, a truncated header drops.
xtRegisterMatch({
  name: "icmp6",
  family: 6,
  revisions: [0],
  proto: 58,
  match: (p: XtPkt, d: object) => {
    const m = d as Ip6tIcmp6;
    if (p.fragoff) return false;
    const b = p.skb.data;
    if (b.length < p.thoff + 2) {
      p.hotdrop = true;
      return false;
    }
    const type = b[p.thoff]!;
    const code = b[p.thoff + 1]!;
    return (type === m.type && code >= m.codeMin && code <= m.codeMax) !== m.invert;
  },
});

// hl_mt6(): the hop limit ==, !=, <, >.
xtRegisterMatch({
  name: "hl",
  family: 6,
  revisions: [0],
  match: (p: XtPkt, d: object) => {
    const m = d as XtTtl;
    const h = p.ip6?.hopLimit ?? 0;
    return [h === m.ttl, h !== m.ttl, h < m.ttl, h > m.ttl][m.mode] ?? false;
  },
});
xtRegisterMatch({ name: "srh", family: 6, revisions: [1], match: noMatch });
xtRegisterMatch({ name: "mh", family: 6, revisions: [0], proto: 135, match: noMatch });
// eui64 reads the source MAC: only where a packet has come in on a device.
xtRegisterMatch({ name: "eui64", family: 6, revisions: [0], hooks: HOOK_PRE | HOOK_IN | HOOK_FWD, match: noMatch });

// ip6t_NPT: prefixes of at most 64 bits (the checksum-neutral rewrite works within them).
const nptCheck = (_ctx: unknown, data: object) => ((data as Ip6tNpt).srcLen > 64 || (data as Ip6tNpt).dstLen > 64 ? "EINVAL" : undefined);
xtRegisterTarget({ name: "SNPT", family: 6, revisions: [0], table: "mangle", hooks: HOOK_IN | HOOK_POST, target: () => XT_CONTINUE, check: nptCheck });
xtRegisterTarget({ name: "DNPT", family: 6, revisions: [0], table: "mangle", hooks: HOOK_PRE | HOOK_OUT, target: () => XT_CONTINUE, check: nptCheck });
// hl_tg6(): set, increment or decrement the hop limit (within 0..255); IPv6 has no header checksum.
xtRegisterTarget({
  name: "HL",
  family: 6,
  revisions: [0],
  table: "mangle",
  target: (p: XtPkt, d: object) => {
    const m = d as XtTtlTarget;
    if (!p.ip6) return XT_CONTINUE;
    const h = p.ip6.hopLimit;
    const v = m.mode === 0 ? m.ttl : m.mode === 1 ? Math.min(255, h + m.ttl) : Math.max(0, h - m.ttl);
    p.skb.data[p.nhoff + 7] = v;
    p.ip6.hopLimit = v;
    p.iph.ttl = v;
    return XT_CONTINUE;
  },
  check: (_ctx, data) => ((data as XtTtlTarget).mode > 2 ? "EINVAL" : undefined),
});
/** What REJECT's IPv6 answers are sent with (nf_reject_ipv6.c), registered by the IPv6 side. */
export interface NfRejectIpv6 {
  /** nf_send_unreach6(): ICMPv6 destination unreachable with `code` back to the sender of skb. */
  sendUnreach(skb: SkBuff, code: number, hook: number): void;
  /** nf_send_reset6(): a TCP RST answering skb. */
  sendReset(skb: SkBuff, hook: number): void;
}

let rejectIpv6: NfRejectIpv6 | undefined;

export function setNfRejectIpv6(s: NfRejectIpv6): void {
  rejectIpv6 = s;
}

/** IP6T_TCP_RESET */
const IP6T_TCP_RESET = 6;

/**
 * enum ip6t_reject_with -> ICMPv6 destination unreachable code: no-route 0,
 * adm-prohibited 1, not-neighbour 2, addr-unreach 3, port-unreach 4,
 * policy-fail 5, reject-route 6 (5, echo-reply, sends nothing).
 */
const REJECT6_CODE: Record<number, number> = { 0: 0, 1: 1, 2: 2, 3: 3, 4: 4, 7: 5, 8: 6 };

xtRegisterTarget({
  name: "REJECT",
  family: 6,
  revisions: [0],
  table: "filter",
  hooks: HOOK_IN | HOOK_FWD | HOOK_OUT,
  // reject_tg6(): the packet is dropped and answered (nf_send_unreach6 ->
  // icmpv6_send with the type's code, nf_send_reset6; echo-reply answers
  // nothing) by what the IPv6 stack registered (netfilter/nf_reject_ipv6.ts).
  target: (p: XtPkt, d: object) => {
    const w = (d as Ip6tReject).with;
    if (rejectIpv6) {
      if (w === IP6T_TCP_RESET) rejectIpv6.sendReset(p.skb, p.state.hook);
      else {
        const code = REJECT6_CODE[w];
        if (code !== undefined) rejectIpv6.sendUnreach(p.skb, code, p.state.hook);
      }
    }
    return NF_DROP;
  },
  // reject_tg6_check(): a TCP reset needs a rule limited to TCP.
  check: (ctx, data) => ((data as Ip6tReject).with === 6 && (ctx.entry.ip.proto !== 6 || ctx.entry.ip.invflags & 0x40) ? "EINVAL" : undefined),
});
