// Why a packet was freed without being delivered: the kernel's
// enum skb_drop_reason (include/net/dropreason-core.h), by its SKB_DROP_REASON_*
// name minus the prefix, as `perf trace`/dropwatch print them. Every drop in the
// model goes through kfreeSkbReason(), which bumps one counter per reason and
// namespace, so tests and the packet trace can ask why traffic vanished.

export type SkbDropReason =
  | "NOT_SPECIFIED"
  | "NO_SOCKET"
  | "PKT_TOO_SMALL"
  | "UDP_CSUM"
  | "SOCKET_RCVBUFF"
  | "TCP_CSUM"
  | "TCP_INVALID_SEQUENCE"
  | "TCP_RESET"
  | "TCP_FLAGS"
  | "TCP_CLOSE"
  | "TCP_LISTEN_OVERFLOW" // LINUX_MIB_LISTENOVERFLOWS: accept queue full
  | "OTHERHOST"
  | "UNHANDLED_PROTO"
  | "DEV_READY"
  | "DEV_HDR"
  | "FULL_RING"
  | "NOMEM"
  | "MAC_IS_DEST" // not in Linux: see below
  | "NETFILTER_DROP"
  | "BRIDGE_NO_PORT" // not in Linux: see below
  | "BRIDGE_LOCKED" // not in Linux: see below (a locked port's unknown or foreign source)
  | "VLAN_FILTER"
  | "NEIGH_FAILED"
  | "NEIGH_QUEUEFULL"
  | "IP_NOROUTE"
  | "IP_INHDR"
  | "IP_RPFILTER"
  | "IP_INADDRERRORS"
  | "IP_OUTNOROUTES"
  | "TTL_EXPIRED"
  | "PKT_TOO_BIG"
  | "FRAG_REASM_TIMEOUT"
  | "QDISC_DROP"
  | "QDISC_OVERLIMIT" // a qdisc over its limit (fifo, tbf's oversized frame)
  | "IPV6DISABLED"
  | "TC_INGRESS" // a tc filter on the ingress hook (ingress/clsact) said drop
  | "TC_EGRESS" // a clsact egress filter said drop
  | "NETNS_GONE"; // not in Linux: see below

// The names marked "not in Linux" cover places where the kernel frees the skb
// with a plain consume/kfree_skb and no reason (bridge frames with nowhere to go,
// frames in flight when their namespace dies); we name them rather than lump
// them into NOT_SPECIFIED, so each drop still says where it happened.

export interface DropCounters {
  readonly byReason: Map<SkbDropReason, number>;
}

export function newDropCounters(): DropCounters {
  return { byReason: new Map() };
}

export function countDrop(c: DropCounters, reason: SkbDropReason, n = 1): void {
  c.byReason.set(reason, (c.byReason.get(reason) ?? 0) + n);
}
