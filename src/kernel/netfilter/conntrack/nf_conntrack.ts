// struct nf_conn (include/net/netfilter/nf_conntrack.h): the two tuples,
// status bits, mark, the protocol's private state and the expiry, plus the
// NAT binding's bookkeeping (nf_conn_nat: the device MASQUERADE used).
// Expiry is a virtual-time instant in ns; the kernel prints the remaining
// time in whole seconds (jiffies / HZ, rounded down), and so do we.

import type { NetNamespace } from "../../core/netns.js";
import type { NfConn } from "../nf_skb.js";
import type { NfTuple } from "./nf_conntrack_tuple.js";

/** enum ip_conntrack_status (include/uapi/linux/netfilter/nf_conntrack_common.h) */
export const IPS_EXPECTED = 1 << 0;
export const IPS_SEEN_REPLY = 1 << 1;
export const IPS_ASSURED = 1 << 2;
export const IPS_CONFIRMED = 1 << 3;
export const IPS_SRC_NAT = 1 << 4;
export const IPS_DST_NAT = 1 << 5;
export const IPS_NAT_MASK = IPS_SRC_NAT | IPS_DST_NAT;
export const IPS_SEQ_ADJUST = 1 << 6;
export const IPS_SRC_NAT_DONE = 1 << 7;
export const IPS_DST_NAT_DONE = 1 << 8;
export const IPS_DYING = 1 << 9;

/** enum tcp_conntrack, with the names conntrack(8) prints. */
export const TCP_STATE_NAMES = ["NONE", "SYN_SENT", "SYN_RECV", "ESTABLISHED", "FIN_WAIT", "CLOSE_WAIT", "LAST_ACK", "TIME_WAIT", "CLOSE", "SYN_SENT2"] as const;

export interface TcpCtState {
  /** index into TCP_STATE_NAMES */
  state: number;
  /** Retransmissions seen in the current state (ct->proto.tcp.retrans). */
  retrans: number;
  lastDir: number;
  lastFlags: number;
}

export class Conn implements NfConn {
  mark = 0;
  status = 0;
  /** Virtual ns when the entry expires. */
  timeout = 0;
  /** Unique id (ct->id), also the listing order's tie-break. */
  readonly id: number;
  tcp?: TcpCtState;
  /** UDP: when the flow counts as a stream (stream_ts, 2 s after creation). */
  udpStreamAt = 0;
  /** nf_conn_nat: the output device MASQUERADE picked the source from. */
  masqIndex = 0;
  /**
   * The nf_conn_acct extension: attached when the entry is created while
   * nf_conntrack_acct is 1 (nf_ct_acct_ext_add); entries made before keep
   * none, and nothing shows or matches their counters.
   */
  acct = false;
  /**
   * The event cache extension (nf_ct_ecache_ext_add): with nf_conntrack_events 2 (the default,
   * "auto") only entries made while someone listens (`conntrack -E`) get it; entries without it
   * never report NEW/UPDATE/DESTROY.
   */
  ecache = false;
  /** nf_ct_zone(): the zone id (CT --zone), 0 by default; tuples are unique per zone. */
  zone = 0;
  /** Packet/byte counters per direction (kept always; meaningful only with `acct`). */
  readonly packets = [0, 0];
  readonly bytes = [0, 0];

  constructor(
    readonly net: NetNamespace,
    public orig: NfTuple,
    public reply: NfTuple,
    id: number,
    private readonly now: () => number,
  ) {
    this.id = id;
  }

  expiresIn(): number {
    return Math.max(0, Math.floor((this.timeout - this.now()) / 1e9));
  }

  tuple(dir: 0 | 1): NfTuple {
    return dir === 0 ? this.orig : this.reply;
  }
}

/** IP_CT_DIR_ORIGINAL / IP_CT_DIR_REPLY */
export type CtDir = 0 | 1;

/**
 * nf_ct_get_id(): Linux hashes the entry's address with a key drawn once per
 * boot (siphash), so ids look random and differ per boot; here a fixed mix of
 * the entry's serial number stands for it (distinct per entry, never 0).
 */
export function nfCtGetId(serial: number): number {
  let h = Math.imul(serial ^ 0x5bd1e995, 0x9e3779b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca77);
  h ^= h >>> 13;
  return h >>> 0 || 1;
}
