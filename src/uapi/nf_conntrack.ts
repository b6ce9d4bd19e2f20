// The ctnetlink view of connections (include/uapi/linux/netfilter/
// nfnetlink_conntrack.h, reduced): what the kernel reports for each
// connection and the requests conntrack(8) makes. Tools format these; they
// never reach into the kernel's own objects.

export interface CtTupleView {
  /** AF_INET (2) or AF_INET6 (10). */
  l3: number;
  /** IPv4 address as a number, IPv6 as a bigint. */
  src: number | bigint;
  dst: number | bigint;
  proto: number;
  sport: number;
  dport: number;
  /** ICMP type/code (0 otherwise). */
  type: number;
  code: number;
}

export interface CtEntryView {
  id: number;
  /** CTA_ID: nf_ct_get_id(), a keyed hash of the entry (`conntrack -o id`). */
  ctaId: number;
  orig: CtTupleView;
  reply: CtTupleView;
  /** IPS_* bits */
  status: number;
  /** Seconds left (CTA_TIMEOUT). */
  timeout: number;
  mark: number;
  /** CTA_ZONE: sent only when not 0. */
  zone?: number;
  use: number;
  /** CTA_PROTOINFO_TCP_STATE as conntrack prints it, for TCP only. */
  tcpState?: string;
  /** Per direction [packets, bytes] when nf_conntrack_acct is on. */
  counters?: [number, number][];
}

export const IPS_SEEN_REPLY = 1 << 1;
export const IPS_ASSURED = 1 << 2;
export const IPS_SRC_NAT = 1 << 4;
export const IPS_DST_NAT = 1 << 5;

export interface CtStatsView {
  found: number;
  invalid: number;
  insert: number;
  insert_failed: number;
  drop: number;
  early_drop: number;
  error: number;
  search_restart: number;
  clash_resolve: number;
  chaintoolong: number;
}

export type CtRequest =
  | { kind: "dump" }
  | { kind: "delete"; ids: number[] }
  /** IPCTNL_MSG_CT_NEW without NLM_F_CREATE (ctnetlink_change_conntrack), mark only: (mark & ~mask) | value. */
  | { kind: "setmark"; ids: number[]; value: number; mask: number }
  | { kind: "flush" }
  | { kind: "count" }
  | { kind: "stats" }
  /** IPCTNL_MSG_CT_GET with a tuple: the entry holding it in either direction. */
  | { kind: "get"; tuple: CtTupleView }
  /** IPCTNL_MSG_CT_NEW with NLM_F_CREATE: a new entry (reply tuple inverted from the original when absent). */
  | { kind: "create"; orig: CtTupleView; reply?: CtTupleView; timeout: number; status: number; mark: number; tcpState?: number };

export type CtReply =
  | { kind: "entries"; entries: CtEntryView[] }
  | { kind: "deleted"; ids: number[] }
  | { kind: "updated"; ids: number[] }
  | { kind: "ok" }
  | { kind: "count"; count: number }
  | { kind: "stats"; stats: CtStatsView }
  /** The entry found (ENOENT when none) and whether the tuple was its reply one. */
  | { kind: "got"; entry?: CtEntryView; reply: boolean }
  | { kind: "created" }
  | { kind: "error"; errno: "EEXIST" };
