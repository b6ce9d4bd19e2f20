// IPv4-header matches and targets: ttl/TTL (ipt_ttl.c, ipt_TTL.c), tos/TOS
// (xt_dscp.c tos_mt, xt_DSCP.c tos_tg), dscp/DSCP (xt_dscp.c, xt_DSCP.c),
// ecn/ECN (xt_ecn.c, ipt_ECN.c), and the IPsec SPI matches ah/esp (ipt_ah.c,
// xt_esp.c). Header rewrites fix the IPv4 checksum (and TCP's for ECN) the way
// csum_replace2 does: incrementally, so a bad checksum stays bad.

import {
  XT_ECN_IP as ECN_OP_IP,
  XT_ECN_TCP_CWR as ECN_OP_CWR,
  XT_ECN_TCP_ECE as ECN_OP_ECE,
  type XtDscp,
  type XtEcn,
  type XtEcnTarget,
  type XtSpi,
  type XtTos,
  type XtTtl,
  type XtTtlTarget,
} from "../../../uapi/xt_ext_iphdr.js";
import type { XtPkt } from "../pktinfo.js";
import { XT_CONTINUE, xtRegisterMatch, xtRegisterTarget } from "../xt_registry.js";

const NF_DROP = 0;

/** csum_replace2(): RFC 1624 incremental update of the 16-bit checksum at `at`. */
function csumReplace16(b: Uint8Array, at: number, oldW: number, newW: number): void {
  let sum = (~((b[at]! << 8) | b[at + 1]!) & 0xffff) + (~oldW & 0xffff) + newW;
  sum = (sum & 0xffff) + (sum >>> 16);
  sum = (sum & 0xffff) + (sum >>> 16);
  const c = ~sum & 0xffff;
  b[at] = c >> 8;
  b[at + 1] = c & 0xff;
}

/** Rewrites one byte of the IPv4 header (`off` from its start) and fixes the header checksum. */
function setIpByte(p: XtPkt, off: number, v: number): void {
  const b = p.skb.data;
  const base = p.nhoff + (off & ~1);
  const oldW = (b[base]! << 8) | b[base + 1]!;
  b[p.nhoff + off] = v;
  const newW = (b[base]! << 8) | b[base + 1]!;
  csumReplace16(b, p.nhoff + 10, oldW, newW);
  if (off === 1) p.iph.tos = v;
  if (off === 8) p.iph.ttl = v;
}

xtRegisterMatch({
  name: "ttl",
  revisions: [0],
  match: (p: XtPkt, data: object) => {
    const d = data as XtTtl;
    const t = p.iph.ttl;
    return [t === d.ttl, t !== d.ttl, t < d.ttl, t > d.ttl][d.mode] ?? false;
  },
});

xtRegisterTarget({
  name: "TTL",
  revisions: [0],
  table: "mangle",
  target: (p: XtPkt, data: object) => {
    const d = data as XtTtlTarget;
    const t = p.iph.ttl;
    const v = d.mode === 0 ? d.ttl : d.mode === 1 ? Math.min(255, t + d.ttl) : Math.max(0, t - d.ttl);
    if (v !== t) setIpByte(p, 8, v);
    return XT_CONTINUE;
  },
  check: (_ctx, data) => ((data as XtTtlTarget).mode > 2 ? "EINVAL" : undefined),
});

xtRegisterMatch({
  name: "tos",
  revisions: [1],
  match: (p: XtPkt, data: object) => {
    const d = data as XtTos;
    return ((p.iph.tos & d.mask) === d.value) !== d.invert;
  },
});

xtRegisterTarget({
  name: "TOS",
  revisions: [1],
  table: "mangle",
  target: (p: XtPkt, data: object) => {
    const d = data as XtTos;
    const v = (p.iph.tos & ~d.mask & 0xff) ^ d.value;
    if (v !== p.iph.tos) setIpByte(p, 1, v);
    return XT_CONTINUE;
  },
});

xtRegisterMatch({
  name: "dscp",
  revisions: [0],
  match: (p: XtPkt, data: object) => {
    const d = data as XtDscp;
    return (p.iph.tos >> 2 === d.dscp) !== d.invert;
  },
  check: (_ctx, data) => ((data as XtDscp).dscp > 63 ? "EDOM" : undefined),
});

xtRegisterTarget({
  name: "DSCP",
  revisions: [0],
  table: "mangle",
  target: (p: XtPkt, data: object) => {
    const d = data as XtDscp;
    const v = (p.iph.tos & 0x03) | (d.dscp << 2);
    if (v !== p.iph.tos) setIpByte(p, 1, v);
    return XT_CONTINUE;
  },
  check: (_ctx, data) => ((data as XtDscp).dscp > 63 ? "EDOM" : undefined),
});

xtRegisterMatch({
  name: "ecn",
  revisions: [0],
  match: (p: XtPkt, data: object) => {
    const d = data as XtEcn;
    if (d.operation & ECN_OP_IP && ((p.iph.tos & 3) === d.ipEct) === !!(d.invert & ECN_OP_IP)) return false;
    if (d.operation & (ECN_OP_ECE | ECN_OP_CWR)) {
      if (p.fragoff) return false;
      const fl = p.skb.data[p.thoff + 13];
      if (fl === undefined) {
        p.hotdrop = true;
        return false;
      }
      if (d.operation & ECN_OP_ECE && !!(fl & 0x40) === !!(d.invert & ECN_OP_ECE)) return false;
      if (d.operation & ECN_OP_CWR && !!(fl & 0x80) === !!(d.invert & ECN_OP_CWR)) return false;
    }
    return true;
  },
  check: (ctx, data) => {
    const d = data as XtEcn;
    if (d.operation & (ECN_OP_ECE | ECN_OP_CWR) && (ctx.entry.ip.proto !== 6 || ctx.entry.ip.invflags & 0x40)) return "EINVAL";
    return undefined;
  },
});

xtRegisterTarget({
  name: "ECN",
  revisions: [0],
  table: "mangle",
  target: (p: XtPkt, data: object) => {
    const d = data as XtEcnTarget;
    if (d.operation & ECN_OP_IP && (p.iph.tos & 3) !== d.ipEct) setIpByte(p, 1, (p.iph.tos & ~3) | d.ipEct);
    if (d.operation & (ECN_OP_ECE | ECN_OP_CWR) && p.iph.protocol === 6 && !p.fragoff) {
      const b = p.skb.data;
      const at = p.thoff + 12;
      if (at + 2 > b.length) return NF_DROP;
      const oldW = (b[at]! << 8) | b[at + 1]!;
      let fl = b[at + 1]!;
      if (d.operation & ECN_OP_ECE) fl = d.ece ? fl | 0x40 : fl & ~0x40;
      if (d.operation & ECN_OP_CWR) fl = d.cwr ? fl | 0x80 : fl & ~0x80;
      b[at + 1] = fl;
      if (p.thoff + 18 <= b.length) csumReplace16(b, p.thoff + 16, oldW, (b[at]! << 8) | fl);
    }
    return XT_CONTINUE;
  },
  check: (ctx, data) => {
    const d = data as XtEcnTarget;
    if (d.operation & (ECN_OP_ECE | ECN_OP_CWR) && (ctx.entry.ip.proto !== 6 || ctx.entry.ip.invflags & 0x40)) return "EINVAL";
    return undefined;
  },
});

function spi(p: XtPkt, d: XtSpi, off: number): boolean {
  if (p.fragoff) return false;
  const b = p.skb.data;
  const at = p.thoff + off;
  if (at + 4 > b.length) {
    p.hotdrop = true;
    return false;
  }
  const v = ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;
  return (v >= d.min && v <= d.max) !== d.invert;
}

// AH carries the SPI after next-header, length and reserved (offset 4); ESP starts with it.
xtRegisterMatch({ name: "ah", revisions: [0], proto: 51, match: (p: XtPkt, d: object) => spi(p, d as XtSpi, 4) });
xtRegisterMatch({ name: "esp", revisions: [0], proto: 50, match: (p: XtPkt, d: object) => spi(p, d as XtSpi, 0) });
