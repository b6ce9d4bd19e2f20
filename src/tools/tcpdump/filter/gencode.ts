// Code generation for pcap-filter (libpcap's gencode.c, in spirit): each
// primitive becomes a predicate over the captured bytes, with the link-layer
// offsets of the capture's link type. Loads past the captured bytes reject the
// packet, as a BPF program does. `vlan` shifts the offsets of everything after
// it, as libpcap's generated code does.

import { parseIp6, parseMac, type Ip6Addr } from "../../../wire/addr.js";
import type { Names } from "../addrtoname.js";
import { FilterError } from "./errors.js";

export interface FilterPacket {
  data: Uint8Array;
  /** Original (wire) length. */
  len: number;
  /** PACKET_* of a live capture (inbound/outbound on Ethernet); undefined when read from a file. */
  pkttype?: number;
}

export type Pred = (p: FilterPacket) => boolean;
/** An arithmetic value and the protocol checks its loads need (ANDed into the relation, as gen_relation does). */
export interface Arith {
  v: (p: FilterPacket) => number;
  guards: Pred[];
}

/** Thrown by a load past the end of the captured bytes: the packet is rejected. */
export class Reject {}

export type Proto =
  | "default"
  | "undef"
  | "link"
  | "ip"
  | "arp"
  | "rarp"
  | "ip6"
  | "tcp"
  | "udp"
  | "icmp"
  | "icmp6"
  | "igmp"
  | "igrp"
  | "pim"
  | "vrrp"
  | "carp"
  | "sctp"
  | "ah"
  | "esp"
  | "atalk"
  | "aarp"
  | "decnet"
  | "lat"
  | "sca"
  | "moprc"
  | "mopdl"
  | "iso"
  | "stp"
  | "ipx"
  | "netbeui";
export type Dir = "default" | "undef" | "src" | "dst" | "or" | "and";
export type Addr = "default" | "undef" | "host" | "net" | "port" | "portrange" | "proto" | "protochain" | "gateway";

export interface Qual {
  proto: Proto;
  dir: Dir;
  addr: Addr;
}

export const QERR: Qual = { proto: "undef", dir: "undef", addr: "undef" };
export const QDEFAULT: Qual = { proto: "default", dir: "default", addr: "default" };

export function ldb(p: FilterPacket, off: number): number {
  if (off < 0 || off + 1 > p.data.length) throw new Reject();
  return p.data[off]!;
}
export function ldh(p: FilterPacket, off: number): number {
  if (off < 0 || off + 2 > p.data.length) throw new Reject();
  return (p.data[off]! << 8) | p.data[off + 1]!;
}
export function ldw(p: FilterPacket, off: number): number {
  if (off < 0 || off + 4 > p.data.length) throw new Reject();
  return ((p.data[off]! << 24) | (p.data[off + 1]! << 16) | (p.data[off + 2]! << 8) | p.data[off + 3]!) >>> 0;
}

const and = (a: Pred, b: Pred): Pred => (p) => a(p) && b(p);
const or = (a: Pred, b: Pred): Pred => (p) => a(p) || b(p);
const TRUE: Pred = () => true;
const FALSE: Pred = () => false;

const IPPROTO: Partial<Record<Proto, number>> = {
  tcp: 6,
  udp: 17,
  icmp: 1,
  igmp: 2,
  igrp: 9,
  pim: 103,
  vrrp: 112,
  carp: 112,
  sctp: 132,
  ah: 51,
  esp: 50,
  icmp6: 58,
};

const ETHERTYPES: Partial<Record<Proto, number>> = {
  ip: 0x0800,
  ip6: 0x86dd,
  arp: 0x0806,
  rarp: 0x8035,
  atalk: 0x809b,
  aarp: 0x80f3,
  decnet: 0x6003,
  lat: 0x6004,
  sca: 0x6007,
  moprc: 0x6002,
  mopdl: 0x6001,
};

/** Ether protocol names `ether proto \name` knows (libpcap's eproto_db). */
const EPROTO_NAMES: Record<string, number> = {
  aarp: 0x80f3,
  arp: 0x0806,
  atalk: 0x809b,
  decnet: 0x6003,
  ip: 0x0800,
  ip6: 0x86dd,
  lat: 0x6004,
  loopback: 0x9000,
  mopdl: 0x6001,
  moprc: 0x6002,
  netbeui: 0xf0,
  rarp: 0x8035,
  sca: 0x6007,
  stp: 0x42,
  ipx: 0x8137,
  iso: 0xfe,
};

export class Gen {
  /** Offset of the EtherType / protocol field. */
  offLinktype: number;
  /** Offset of the network-layer header. */
  offNl: number;
  /** A Linux cooked capture (v1 or v2). */
  readonly cooked: boolean;

  constructor(
    readonly linktype: number,
    readonly names: Names,
    /** True when compiling for a savefile (inbound/outbound unsupported on Ethernet). */
    readonly savefile: boolean,
  ) {
    this.cooked = linktype === 276 || linktype === 113;
    if (linktype === 276) {
      this.offLinktype = 0;
      this.offNl = 20;
    } else if (linktype === 113) {
      // LINUX_SLL (v1): packet type, hatype, halen, 8 address bytes, protocol.
      this.offLinktype = 14;
      this.offNl = 16;
    } else {
      this.offLinktype = 12;
      this.offNl = 14;
    }
  }

  ethertype(t: number): Pred {
    const off = this.offLinktype;
    if (t <= 1500) {
      // LLC SAPs (stp, ipx over LLC, ...): an 802.3 length field then the DSAP.
      const nl = this.offNl;
      if (this.cooked) return (p) => ldh(p, off) === 4 && ldb(p, nl) === t;
      return (p) => ldh(p, off) <= 1500 && ldb(p, nl) === t;
    }
    return (p) => ldh(p, off) === t;
  }

  ipProto(n: number): Pred {
    const nl = this.offNl;
    return and(this.ethertype(0x0800), (p) => ldb(p, nl + 9) === n);
  }

  ip6Proto(n: number): Pred {
    const nl = this.offNl;
    return and(this.ethertype(0x86dd), (p) => {
      const nh = ldb(p, nl + 6);
      return nh === n || (nh === 44 && ldb(p, nl + 40) === n);
    });
  }

  /** gen_proto_abbrev: a protocol name alone. */
  protoAbbrev(q: Proto): Pred {
    switch (q) {
      case "tcp":
      case "udp":
      case "sctp":
      case "pim":
      case "ah":
      case "esp":
        return or(this.ipProto(IPPROTO[q]!), this.ip6Proto(IPPROTO[q]!));
      case "icmp":
      case "igmp":
      case "igrp":
      case "vrrp":
      case "carp":
        return this.ipProto(IPPROTO[q]!);
      case "icmp6":
        return this.ip6Proto(58);
      case "link":
        throw new FilterError("link layer applied in wrong context");
      case "stp":
        return this.ethertype(0x42);
      case "netbeui":
        return this.ethertype(0xf0);
      case "iso":
        return this.ethertype(0xfe);
      case "ipx":
        return or(this.ethertype(0x8137), this.ethertype(0xe0));
      default: {
        const t = ETHERTYPES[q];
        if (t === undefined) throw new FilterError("syntax error in filter expression");
        return this.ethertype(t);
      }
    }
  }

  private dirPred(dir: Dir, src: Pred, dst: Pred): Pred {
    switch (dir) {
      case "src":
        return src;
      case "dst":
        return dst;
      case "and":
        return and(src, dst);
      default:
        return or(src, dst);
    }
  }

  private cmp32(off: number, v: number, mask: number): Pred {
    return (p) => ((ldw(p, off) & mask) >>> 0) === ((v & mask) >>> 0);
  }

  /** gen_host for IPv4 address/mask with protocol and direction qualifiers. */
  host4(addr: number, mask: number, q: Qual, what: "host" | "net"): Pred {
    const nl = this.offNl;
    const ip = () => and(this.ethertype(0x0800), this.dirPred(q.dir, this.cmp32(nl + 12, addr, mask), this.cmp32(nl + 16, addr, mask)));
    const arp = (t: number) => and(this.ethertype(t), this.dirPred(q.dir, this.cmp32(nl + 14, addr, mask), this.cmp32(nl + 24, addr, mask)));
    switch (q.proto) {
      case "default":
        return or(or(ip(), arp(0x0806)), arp(0x8035));
      case "ip":
        return ip();
      case "arp":
        return arp(0x0806);
      case "rarp":
        return arp(0x8035);
      case "link":
        throw new FilterError("illegal link layer address");
      case "ip6":
        throw new FilterError(`'ip6' modifier applied to ip ${what}`);
      case "undef":
        throw new FilterError("syntax error in filter expression");
      default:
        throw new FilterError(`'${q.proto}' modifier applied to ${what}`);
    }
  }

  host6(addr: Ip6Addr, len: number, q: Qual, what: "host" | "net"): Pred {
    const nl = this.offNl;
    if (q.proto !== "default" && q.proto !== "ip6") {
      if (q.proto === "undef") throw new FilterError("syntax error in filter expression");
      throw new FilterError(`'${q.proto}' modifier applied to ${what}`);
    }
    const words: number[] = [];
    const masks: number[] = [];
    for (let i = 0; i < 4; i++) {
      words.push(Number((addr >> BigInt(96 - 32 * i)) & 0xffffffffn));
      const bits = Math.max(0, Math.min(32, len - 32 * i));
      masks.push(bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0);
    }
    const at = (base: number): Pred => (p) => {
      for (let i = 0; i < 4; i++) if (((ldw(p, base + 4 * i) & masks[i]!) >>> 0) !== ((words[i]! & masks[i]!) >>> 0)) return false;
      return true;
    };
    return and(this.ethertype(0x86dd), this.dirPred(q.dir, at(nl + 8), at(nl + 24)));
  }

  ether(mac: number, q: Qual): Pred {
    if (q.proto !== "link" || (q.addr !== "default" && q.addr !== "host")) throw new FilterError("ethernet address used in non-ether expression");
    // gen_ehostop's link types; SLL2 has its own (source only), v1 none.
    if (this.linktype === 113) throw new FilterError("ethernet addresses supported only on ethernet/FDDI/token ring/802.11/ATM LANE/Fibre Channel");
    if (this.linktype === 276) {
      if (q.dir === "src") return (p) => ldb(p, 11) === 6 && macAt(p, 12) === mac;
      throw new FilterError("'dst' not supported for Linux cooked capture");
    }
    return this.dirPred(q.dir, (p) => macAt(p, 6) === mac, (p) => macAt(p, 0) === mac);
  }

  /** gen_port / gen_port6 (and portrange): transport port of tcp/udp/sctp over IPv4 and IPv6. */
  port(lo: number, hi: number, q: Qual): Pred {
    let protos: number[];
    switch (q.proto) {
      case "tcp":
        protos = [6];
        break;
      case "udp":
        protos = [17];
        break;
      case "sctp":
        protos = [132];
        break;
      case "default":
        protos = [6, 17, 132];
        break;
      case "undef":
        throw new FilterError("syntax error in filter expression");
      default:
        throw new FilterError(`illegal qualifier of '${q.addr === "portrange" ? "portrange" : "port"}'`);
    }
    const nl = this.offNl;
    const inRange = (v: number) => v >= lo && v <= hi;
    const v4: Pred = (p) => {
      if (!protos.includes(ldb(p, nl + 9))) return false;
      if (ldh(p, nl + 6) & 0x1fff) return false;
      const th = nl + 4 * (ldb(p, nl) & 0xf);
      const s = () => inRange(ldh(p, th));
      const d = () => inRange(ldh(p, th + 2));
      return q.dir === "src" ? s() : q.dir === "dst" ? d() : q.dir === "and" ? s() && d() : s() || d();
    };
    const v6: Pred = (p) => {
      if (!protos.includes(ldb(p, nl + 6))) return false;
      const s = () => inRange(ldh(p, nl + 40));
      const d = () => inRange(ldh(p, nl + 42));
      return q.dir === "src" ? s() : q.dir === "dst" ? d() : q.dir === "and" ? s() && d() : s() || d();
    };
    return or(and(this.ethertype(0x0800), v4), and(this.ethertype(0x86dd), v6));
  }

  /** `proto N` under a protocol qualifier. */
  proto(n: number, q: Qual): Pred {
    switch (q.proto) {
      case "default":
        return or(this.ipProto(n), this.ip6Proto(n));
      case "ip":
        return this.ipProto(n);
      case "ip6":
        return this.ip6Proto(n);
      case "link":
        return this.ethertype(n);
      case "undef":
        throw new FilterError("syntax error in filter expression");
      default:
        throw new FilterError(`'${q.proto}' modifier applied to proto`);
    }
  }

  /** A name under its qualifiers (gen_scode). */
  scode(name: string, q: Qual): Pred {
    switch (q.addr) {
      case "undef":
        throw new FilterError("syntax error in filter expression");
      case "net":
        throw new FilterError(`unknown network '${name}'`);
      case "default":
      case "host": {
        if (q.proto === "link") {
          throw new FilterError(`unknown ether host '${name}'`);
        }
        const a4 = this.names.lookupHost4(name);
        const a6 = this.names.lookupHost6(name);
        if (a4 === undefined && a6 === undefined) throw new FilterError(`unknown host '${name}'`);
        let pr: Pred | undefined;
        if (a4 !== undefined && q.proto !== "ip6") pr = this.host4(a4, 0xffffffff, q, "host");
        if (a6 !== undefined && (q.proto === "default" || q.proto === "ip6")) {
          const p6 = this.host6(a6, 128, q, "host");
          pr = pr ? or(pr, p6) : p6;
        }
        if (!pr) throw new FilterError(`unknown host '${name}'`);
        return pr;
      }
      case "port": {
        const port = this.servPort(name, q.proto);
        if (port === undefined) throw new FilterError(`unknown port '${name}'`);
        return this.port(port, port, q);
      }
      case "portrange": {
        const m = /^([^-]+)-([^-]+)$/.exec(name);
        const a = m ? this.portNumOrName(m[1]!, q.proto) : this.portNumOrName(name, q.proto);
        const b = m ? this.portNumOrName(m[2]!, q.proto) : a;
        if (a === undefined || b === undefined) throw new FilterError(`unknown port in range '${name}'`);
        return this.port(Math.min(a, b), Math.max(a, b), q);
      }
      case "proto":
      case "protochain": {
        if (q.proto === "link") {
          const t = EPROTO_NAMES[name];
          if (t === undefined) throw new FilterError(`unknown ether proto '${name}'`);
          return this.ethertype(t);
        }
        const n = this.protoByName(name);
        if (n === undefined) throw new FilterError(`unknown ip proto '${name}'`);
        return this.proto(n, q);
      }
      case "gateway":
        throw new FilterError(`unknown ether host '${name}'`);
    }
  }

  private protoByName(name: string): number | undefined {
    return this.names.protoByName(name);
  }

  private servPort(name: string, proto: Proto): number | undefined {
    const e = this.names.servByName.get(name);
    if (!e) return undefined;
    if (proto === "tcp") return e.tcp;
    if (proto === "udp") return e.udp;
    return e.tcp ?? e.udp;
  }

  private portNumOrName(s: string, proto: Proto): number | undefined {
    if (/^[0-9]+$/.test(s)) {
      const n = Number(s);
      if (n > 65535) throw new FilterError(`illegal port number ${n} > 65535`);
      return n;
    }
    return this.servPort(s, proto);
  }

  /** A number under its qualifiers (gen_ncode with no address string). */
  ncodeNum(v: number, q: Qual): Pred {
    switch (q.addr) {
      case "undef":
        throw new FilterError("syntax error in filter expression");
      case "port":
      case "portrange":
        if (v > 65535) throw new FilterError(`illegal port number ${v} > 65535`);
        return this.port(v, v, q);
      case "proto":
      case "protochain":
        return this.proto(v, q);
      case "gateway":
        throw new FilterError("'gateway' requires a name");
      case "net": {
        let mask = 0xffffffff;
        let a = v;
        if (a === 0) mask = 0;
        else {
          while (a && (a & 0xff000000) === 0) {
            a = (a << 8) >>> 0;
            mask = (mask << 8) >>> 0;
          }
        }
        return this.host4(a >>> 0, mask >>> 0, q, "net");
      }
      default:
        return this.host4(v >>> 0, 0xffffffff, q, "host");
    }
  }

  /** A dotted IPv4 string (HID) under its qualifiers. */
  ncodeHid(s: string, q: Qual): Pred {
    if (q.proto === "link") throw new FilterError("illegal link layer address");
    const parts = s.split(".").map(Number);
    for (const n of parts) if (n > 255) throw new FilterError(`invalid IPv4 address '${s}'`);
    let v = 0;
    for (const n of parts) v = v * 256 + n;
    const bits = parts.length * 8;
    switch (q.addr) {
      case "port":
      case "portrange":
      case "proto":
      case "protochain":
        throw new FilterError(`'${q.addr}' modifier applied to ip host`);
      case "undef":
        throw new FilterError("syntax error in filter expression");
      case "net":
        return this.host4((v * 2 ** (32 - bits)) >>> 0, (0xffffffff << (32 - bits)) >>> 0 || (bits === 32 ? 0xffffffff : 0), q, "net");
      default:
        return this.host4((v * 2 ** (32 - bits)) >>> 0, 0xffffffff, q, "host");
    }
  }

  /** HID '/' NUM or HID mask HID (gen_mcode). */
  mcode(s: string, maskStr: string | undefined, len: number, q: Qual): Pred {
    const parts = s.split(".").map(Number);
    for (const n of parts) if (n > 255) throw new FilterError(`invalid IPv4 address '${s}'`);
    let v = 0;
    for (const n of parts) v = v * 256 + n;
    v = (v * 2 ** (32 - parts.length * 8)) >>> 0;
    let mask: number;
    if (maskStr !== undefined) {
      const mp = maskStr.split(".").map(Number);
      if (mp.some((n) => n > 255)) throw new FilterError(`invalid IPv4 address '${maskStr}'`);
      let m = 0;
      for (const n of mp) m = m * 256 + n;
      mask = (m * 2 ** (32 - mp.length * 8)) >>> 0;
    } else {
      if (len > 32) throw new FilterError("mask length must be <= 32");
      mask = len === 0 ? 0 : (0xffffffff << (32 - len)) >>> 0;
    }
    if (((v & ~mask) >>> 0) !== 0) {
      throw new FilterError(maskStr !== undefined ? `non-network bits set in "${s} mask ${maskStr}"` : `non-network bits set in "${s}/${len}"`);
    }
    if (q.addr === "net" || q.addr === "default" || q.addr === "host") {
      if (q.addr === "host") throw new FilterError("Mask syntax for networks only");
      return this.host4(v, mask, q, "net");
    }
    if (q.addr === "undef") throw new FilterError("syntax error in filter expression");
    throw new FilterError(`'${q.addr}' modifier applied to ip net`);
  }

  mcode6(s: string, len: number, q: Qual, explicitLen: boolean): Pred {
    const a = parseIp6(s)!;
    if (len > 128) throw new FilterError("mask length must be <= 128");
    const mask = len === 0 ? 0n : ((1n << 128n) - 1n) ^ ((1n << BigInt(128 - len)) - 1n);
    if ((a & ~mask & ((1n << 128n) - 1n)) !== 0n) throw new FilterError(`non-network bits set in "${s}/${len}"`);
    switch (q.addr) {
      case "default":
      case "host":
        if (explicitLen && len !== 128 && q.addr === "host") throw new FilterError("Mask syntax for networks only");
        return this.host6(a, len, q, "host");
      case "net":
        return this.host6(a, len, q, "net");
      case "undef":
        throw new FilterError("syntax error in filter expression");
      default:
        throw new FilterError(`'${q.addr}' modifier applied to ip6 addr`);
    }
  }

  ecode(s: string, q: Qual): Pred {
    const mac = parseMac(s);
    if (mac === undefined) throw new FilterError("syntax error", true);
    return this.ether(mac, q);
  }

  broadcast(proto: Proto): Pred {
    if (proto === "default" || proto === "link") {
      if (this.cooked) throw new FilterError("not a broadcast link");
      return (p) => macAt(p, 0) === 0xffffffffffff;
    }
    if (proto === "ip") {
      const nl = this.offNl;
      // tcpdump compiles with netmask 0: the broadcast addresses are 0.0.0.0 and 255.255.255.255.
      return and(this.ethertype(0x0800), (p) => {
        const d = ldw(p, nl + 16);
        return d === 0 || d === 0xffffffff;
      });
    }
    throw new FilterError("only link-layer/IP broadcast filters supported");
  }

  multicast(proto: Proto): Pred {
    if (proto === "default" || proto === "link") {
      if (this.cooked) throw new FilterError("not a broadcast link");
      return (p) => (ldb(p, 0) & 1) === 1;
    }
    const nl = this.offNl;
    if (proto === "ip") return and(this.ethertype(0x0800), (p) => ldb(p, nl + 16) >= 224);
    if (proto === "ip6") return and(this.ethertype(0x86dd), (p) => ldb(p, nl + 24) === 0xff);
    throw new FilterError("link-layer multicast filters supported only on ethernet/FDDI/token ring/ARCNET/802.11/ATM LANE/Fibre Channel");
  }

  inbound(out: boolean): Pred {
    if (this.linktype === 276) return (p) => (ldb(p, 10) === 4) === out;
    if (this.linktype === 113) return (p) => (ldh(p, 0) === 4) === out;
    if (this.savefile) throw new FilterError("inbound/outbound not supported on Ethernet when reading savefiles");
    return (p) => (p.pkttype === 4) === out;
  }

  vlan(id: number | undefined): Pred {
    if (id !== undefined && id > 4095) throw new FilterError(`VLAN tag ${id} greater than maximum 4095`);
    const off = this.offLinktype;
    const tpid: Pred = (p) => {
      const t = ldh(p, off);
      return t === 0x8100 || t === 0x88a8 || t === 0x9100;
    };
    const pr = id === undefined ? tpid : and(tpid, (p) => (ldh(p, off + 2) & 0xfff) === id);
    this.offLinktype += 4;
    this.offNl += 4;
    return pr;
  }

  /** proto[index : size] (gen_load). */
  load(proto: Proto, index: Arith, size: number): Arith {
    if (size !== 1 && size !== 2 && size !== 4) throw new FilterError("data size must be 1, 2, or 4");
    const ld = size === 1 ? ldb : size === 2 ? ldh : ldw;
    const nl = this.offNl;
    const ix = index.v;
    switch (proto) {
      case "link":
        return { v: (p) => ld(p, ix(p)), guards: index.guards };
      case "ip":
      case "ip6":
      case "arp":
      case "rarp":
        return { v: (p) => ld(p, nl + ix(p)), guards: [...index.guards, this.protoAbbrev(proto)] };
      case "icmp6":
        return { v: (p) => ld(p, nl + 40 + ix(p)), guards: [...index.guards, this.ip6Proto(58)] };
      case "tcp":
      case "udp":
      case "icmp":
      case "igmp":
      case "igrp":
      case "pim":
      case "vrrp":
      case "carp":
      case "sctp":
        return {
          v: (p) => ld(p, nl + 4 * (ldb(p, nl) & 0xf) + ix(p)),
          guards: [...index.guards, this.protoAbbrev(proto), (p) => (ldh(p, nl + 6) & 0x1fff) === 0],
        };
      default:
        throw new FilterError(`'${proto}' not supported as a protocol for data loads`);
    }
  }
}

function macAt(p: FilterPacket, off: number): number {
  const hi = ldh(p, off);
  const lo = ldw(p, off + 2);
  return hi * 2 ** 32 + lo;
}

export { and, or, TRUE, FALSE };
