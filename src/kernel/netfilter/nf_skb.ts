// The sk_buff fields netfilter reads and writes beyond core/skbuff.ts:
// skb->_nfct (the connection and ctinfo), skb->nf_trace, and the network
// header offset. They are optional own properties of the skb object, so
// skbClone/skbCopy ({...skb}) carry them as the kernel's clone does.
//
// Conntrack (conntrack/) sets `nfct` at PREROUTING/OUTPUT (priority -200)
// and the matches read it. When it is not tracking (no rule needs it), `nfct`
// is unset and the state/conntrack matches see every packet as NEW, or as
// UNTRACKED when the raw table marked it NOTRACK (-j CT --notrack).

import type { NetDevice } from "../core/netdevice.js";
import type { SkBuff } from "../core/skbuff.js";

/** enum ip_conntrack_info */
export type IpConntrackInfo =
  | "ESTABLISHED"
  | "RELATED"
  | "NEW"
  | "ESTABLISHED_REPLY"
  | "RELATED_REPLY"
  | "UNTRACKED";

/** What the conntrack model will hang on an skb (struct nf_conn, reduced to what xt matches read). */
export interface NfConnRef {
  ctinfo: IpConntrackInfo;
  /** The connection (absent for UNTRACKED / INVALID). */
  ct?: NfConn;
}

/** The parts of struct nf_conn the x_tables matches and targets use. */
export interface NfConn {
  /** ct->mark (CONNMARK, -m connmark). */
  mark: number;
  /** IPS_* status bits (EXPECTED, SEEN_REPLY, ASSURED, CONFIRMED, SRC_NAT, DST_NAT...). */
  status: number;
  /** Tuples of both directions. */
  /** Addresses: numbers for IPv4, bigints for IPv6 (l3 says which). */
  orig: { l3: number; src: number | bigint; dst: number | bigint; proto: number; sport: number; dport: number };
  reply: { l3: number; src: number | bigint; dst: number | bigint; proto: number; sport: number; dport: number };
  /** Seconds left before the entry times out. */
  expiresIn(): number;
}

export type NfSkb = SkBuff & {
  nfct?: NfConnRef;
  /** Packets the raw table marked with NOTRACK / CT --notrack (no connection, ctinfo UNTRACKED). */
  nfNotrack?: boolean;
  /** The conntrack zone a CT --zone template gave the packet (nf_ct_zone_tmpl), 0 when absent. */
  nfCtZone?: number;
  /** Set by conntrack (conntrack/nf_conntrack_core.ts) when it refused the packet: ctinfo INVALID, no connection. */
  nfctInvalid?: boolean;
  /** skb->nf_trace, set by -j TRACE. */
  nfTrace?: boolean;
  /** The id trace messages give this packet (nf_trace.ts traceId). */
  nfTraceId?: number;
  /**
   * nf_bridge_info: set when br_netfilter ran the PRE_ROUTING hooks for a
   * bridged frame (br_netfilter.ts); it holds the port the frame came in by
   * (physindev), the one thing the model's nf_bridge_info keeps.
   */
  nfBridge?: NetDevice;
  /**
   * nf_bridge->bridged_dnat: a bridged frame whose destination DNAT moved to
   * a host behind the same bridge, sent through the bridge's neighbour to
   * resolve its MAC; br_dev_xmit hands it back to the bridge (br_netfilter.ts).
   */
  nfBridgedDnat?: { port: NetDevice; head: Uint8Array; okfn: (skb: SkBuff) => void };
  /** Offset of the IPv4 header in data when it is not ETH_HLEN. */
  networkHeader?: number;
};

/**
 * ctinfo of a packet as the state/conntrack matches see it. Without a
 * conntrack model: UNTRACKED when NOTRACK was applied, NEW otherwise
 * (every packet looks like the first of its flow).
 */
export function skbCtinfo(skb: SkBuff): IpConntrackInfo | "INVALID" {
  const s = skb as NfSkb;
  if (s.nfct) return s.nfct.ctinfo;
  if (s.nfctInvalid) return "INVALID";
  if (s.nfNotrack) return "UNTRACKED";
  return "NEW";
}
