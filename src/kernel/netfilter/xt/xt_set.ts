// set match and SET target (net/netfilter/xt_set.c): look the packet up in an
// ipset set (ipset/ip_set_core.ts), taking each dimension of the element from
// the source or destination side; the SET target adds or deletes it. The
// set's counters are compared (--packets-*/--bytes-*) before they are
// updated, and updated unless `! --update-counters`.

import { formatMac, macFromBytes } from "../../../wire/addr.js";
import {
  IPSET_COUNTER_EQ,
  IPSET_COUNTER_GT,
  IPSET_COUNTER_LT,
  IPSET_COUNTER_NE,
  IPSET_FLAG_EXIST,
  IPSET_FLAG_SKIP_COUNTER_UPDATE,
  IPSET_INV_MATCH,
  IPSET_INVALID_ID,
  type XtSetDim,
  type XtSetMatch,
  type XtSetTarget,
} from "../../../uapi/xt_set.js";
import type { NetNamespace } from "../../core/netns.js";
import { ipSetAdd, ipSetByIndex, ipSetDel, ipSetListMembers, ipSetTest } from "../ipset/ip_set_core.js";
import type { HashEntry, HashSet, IpSetElem, IpSetType } from "../ipset/ip_set_hash.js";
import type { XtPkt } from "../pktinfo.js";
import { XT_CONTINUE, xtRegisterMatch, xtRegisterTarget } from "../xt_registry.js";

/** The element a packet gives for a set; undefined when it has none (no ports). */
function elemOf(p: XtPkt, d: XtSetDim, set: HashSet): IpSetElem | undefined {
  const type = set.type;
  const dims = dimsOf(type);
  if (d.dim < dims) return undefined;
  const side = (i: number) => (d.flags >> i) & 1;
  // a set of the other family never matches (the kernel's set->family check in ip_set_test)
  if (!type.noIp && !!p.ip6 !== (set.opts.inet6 === true)) return undefined;
  const ip = side(0) ? p.iph.daddr : p.iph.saddr;
  const ip6 = p.ip6 ? (side(0) ? p.ip6.dst : p.ip6.src) : undefined;
  if (type.noIp) {
    // bitmap:port: the port of the first dimension's side, TCP and UDP only
    const proto = p.iph.protocol;
    if (p.fragoff !== 0 || (proto !== 6 && proto !== 17) || p.skb.data.length < p.thoff + 4) return undefined;
    const o = p.thoff + (side(0) ? 2 : 0);
    return { ip: 0, cidr: 32, proto: 0, port: (p.skb.data[o]! << 8) | p.skb.data[o + 1]! };
  }
  if (type.mac) {
    // bitmap:ip,mac: the source MAC of a received frame (bitmap_ipmac_kadt wants IPSET_DIM_TWO_SRC)
    if (d.dim >= 2 && side(1)) return undefined;
    if (p.nhoff < 14) return undefined;
    const mac = formatMac(macFromBytes(p.skb.data, p.nhoff - 8));
    return { ip, cidr: 32, proto: 0, port: 0, mac };
  }
  const host = ip6 !== undefined ? 128 : 32;
  if (type.iface) {
    // hash_netiface4_kadt(): the second dimension's side picks the input (src) or output (dst) device's name
    const dev = side(1) ? p.out : p.in;
    return dev ? { ip, ip6, cidr: host, proto: 0, port: 0, iface: dev.name } : undefined;
  }
  if (dims === 1) return { ip, ip6, cidr: host, proto: 0, port: 0 };
  const proto = p.iph.protocol;
  if (p.fragoff !== 0) return undefined;
  const data = p.skb.data;
  const th = p.thoff;
  let port: number;
  if (proto === 6 || proto === 17 || proto === 132 || proto === 136) {
    if (data.length < th + 4) return undefined;
    const o = th + (side(1) ? 2 : 0);
    port = (data[o]! << 8) | data[o + 1]!;
  } else if (proto === 1 || proto === 58) {
    if (data.length < th + 2) return undefined;
    port = (data[th]! << 8) | data[th + 1]!;
  } else return undefined;
  // hash:ip,port,ip / hash:ip,port,net: the third dimension's address (a host; the set tries its prefixes)
  if (type.third && p.ip6) return { ip, ip6, cidr: host, proto, port, ip62: side(2) ? p.ip6.dst : p.ip6.src, cidr2: 128 };
  if (type.third) return { ip, ip6, cidr: host, proto, port, ip2: side(2) ? p.iph.daddr : p.iph.saddr, cidr2: 32 };
  return { ip, ip6, cidr: host, proto, port };
}

function dimsOf(type: IpSetType): number {
  return type.third ? 3 : type.port && !type.noIp ? 2 : type.mac || type.iface ? 2 : 1;
}

/** The set itself, or a list:set's members in order (list_set_kadt tries each). */
function targets(net: NetNamespace, set: HashSet): HashSet[] {
  return set.type.kind === "list" ? ipSetListMembers(net, set) : [set];
}

function counterOk(v: number, c: { op: number; value: number }): boolean {
  switch (c.op) {
    case IPSET_COUNTER_EQ:
      return v === c.value;
    case IPSET_COUNTER_NE:
      return v !== c.value;
    case IPSET_COUNTER_LT:
      return v < c.value;
    case IPSET_COUNTER_GT:
      return v > c.value;
    default:
      return true;
  }
}

/** One set's answer for a packet: the entry found (undefined: not found or no element). */
function lookup(p: XtPkt, net: NetNamespace, set: HashSet, d: XtSetDim): HashEntry | undefined {
  const e = elemOf(p, d, set);
  if (!e) return undefined;
  const hit = ipSetTest(net, set, e);
  // bitmap:ip,mac: the first packet from an address listed without a MAC fills it in
  if (hit && set.type.mac && hit.elem.mac === undefined) hit.elem.mac = e.mac;
  return hit;
}

function setMatch(p: XtPkt, data: object): boolean {
  const d = data as XtSetMatch;
  const net = p.state.net;
  const set0 = ipSetByIndex(net, d.index);
  const inv = !!(d.cmdflags & IPSET_INV_MATCH);
  if (!set0) return inv;
  let set = set0;
  let hit: HashEntry | undefined;
  for (const s of targets(net, set0)) {
    hit = lookup(p, net, s, d);
    set = s;
    if (hit && !hit.nomatch) break;
  }
  let ok = hit !== undefined;
  if (hit && set.opts.counters) {
    ok = counterOk(hit.packets, d.packets) && counterOk(hit.bytes, d.bytes);
    if (ok && !(d.cmdflags & IPSET_FLAG_SKIP_COUNTER_UPDATE)) {
      hit.packets++;
      hit.bytes += p.iph.totLen;
    }
  }
  // A nomatch entry is found (and counts the packet) but answers "not in the set".
  if (hit?.nomatch) ok = false;
  return ok !== inv;
}

function setTarget(p: XtPkt, data: object): -1 {
  const d = data as XtSetTarget;
  const net = p.state.net;
  if (d.add.index !== IPSET_INVALID_ID) {
    const set0 = ipSetByIndex(net, d.add.index);
    // a list:set adds to the first member that takes the element
    for (const set of set0 ? targets(net, set0) : []) {
      const e = elemOf(p, d.add, set);
      // IP_SET_INIT_KEXT: an entry the target adds starts its counters at this packet
      const ext = { timeout: set.opts.timeout !== undefined ? d.timeout : undefined, packets: 1, bytes: p.iph.totLen };
      if (e && ipSetAdd(net, set, [e], ext, !!(d.cmdflags & IPSET_FLAG_EXIST), true) === undefined) break;
    }
  }
  if (d.del.index !== IPSET_INVALID_ID) {
    const set0 = ipSetByIndex(net, d.del.index);
    for (const set of set0 ? targets(net, set0) : []) {
      const e = elemOf(p, d.del, set);
      if (e && ipSetDel(net, set, [e], false) === undefined) break;
    }
  }
  return XT_CONTINUE;
}

const knownIndex = (i: number, ctx: { net?: Parameters<typeof ipSetByIndex>[0] }) =>
  i === IPSET_INVALID_ID || !ctx.net || ipSetByIndex(ctx.net, i) !== undefined;

xtRegisterMatch({
  name: "set",
  revisions: [4],
  match: setMatch,
  check: (ctx, data) => (knownIndex((data as XtSetMatch).index, ctx) ? undefined : "ENOENT"),
});

xtRegisterTarget({
  name: "SET",
  revisions: [3],
  target: setTarget,
  check: (ctx, data) => {
    const d = data as XtSetTarget;
    return knownIndex(d.add.index, ctx) && knownIndex(d.del.index, ctx) ? undefined : "ENOENT";
  },
});
