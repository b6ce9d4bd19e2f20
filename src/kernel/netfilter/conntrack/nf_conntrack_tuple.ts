// Connection tuples (include/net/netfilter/nf_conntrack_tuple.h): the
// addresses, protocol and per-protocol identifiers of one direction of a
// connection. TCP/UDP carry ports; ICMP carries the echo id (in both the
// source and destination "port" slots, as the kernel keys on src.u.icmp.id
// only) and the type/code; other protocols carry nothing beyond addresses.

export interface NfTuple {
  src: number;
  dst: number;
  proto: number;
  /** TCP/UDP source port; ICMP id. */
  sport: number;
  /** TCP/UDP destination port; ICMP id (copy of sport, for the NfConn view). */
  dport: number;
  /** ICMP type and code (dst.u.icmp.type/code); 0 for other protocols. */
  type: number;
  code: number;
}

export const IPPROTO_ICMP = 1;
export const IPPROTO_TCP = 6;
export const IPPROTO_UDP = 17;

/** ICMP request types and the reply each expects (invmap in nf_conntrack_proto_icmp.c). */
export const ICMP_INVERT: ReadonlyMap<number, number> = new Map([
  [8, 0],
  [0, 8],
  [13, 14],
  [14, 13],
  [15, 16],
  [16, 15],
  [17, 18],
  [18, 17],
]);

/** Hash key of a tuple (nf_conntrack_tuple_equal; ICMP keys on id, type and code). */
export function tupleKey(t: NfTuple): string {
  return `${t.proto}/${t.src}/${t.dst}/${t.sport}/${t.dport}/${t.type}/${t.code}`;
}

/** nf_ct_invert_tuple() */
export function invertTuple(t: NfTuple): NfTuple {
  if (t.proto === IPPROTO_ICMP) {
    return { src: t.dst, dst: t.src, proto: t.proto, sport: t.sport, dport: t.dport, type: ICMP_INVERT.get(t.type) ?? t.type, code: t.code };
  }
  return { src: t.dst, dst: t.src, proto: t.proto, sport: t.dport, dport: t.sport, type: 0, code: 0 };
}

export function tupleEqual(a: NfTuple, b: NfTuple): boolean {
  return tupleKey(a) === tupleKey(b);
}

/** The tuple of an IPv4 packet at `nh` (its header length `ihl`), or undefined when the L4 header is short. */
export function pktToTuple(d: Uint8Array, nh: number, ihl: number): NfTuple | undefined {
  const proto = d[nh + 9]!;
  const g32 = (o: number) => ((d[o]! << 24) | (d[o + 1]! << 16) | (d[o + 2]! << 8) | d[o + 3]!) >>> 0;
  const src = g32(nh + 12);
  const dst = g32(nh + 16);
  const th = nh + ihl;
  const g16 = (o: number) => (d[o]! << 8) | d[o + 1]!;
  switch (proto) {
    case IPPROTO_TCP:
    case IPPROTO_UDP:
      if (d.length < th + 4) return undefined;
      return { src, dst, proto, sport: g16(th), dport: g16(th + 2), type: 0, code: 0 };
    case IPPROTO_ICMP: {
      if (d.length < th + 8) return undefined;
      const id = g16(th + 4);
      return { src, dst, proto, sport: id, dport: id, type: d[th]!, code: d[th + 1]! };
    }
    default:
      return { src, dst, proto, sport: 0, dport: 0, type: 0, code: 0 };
  }
}
