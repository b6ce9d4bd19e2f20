// nfnetlink_log (net/netfilter/nfnetlink_log.c): NFLOG hands a copy of the
// packet, from its network header on, to the process bound to the log group
// (NFULNL_CFG_CMD_BIND); libpcap's "nflog:N" capture source is such a process.
// Without a listener nothing happens and the packet goes on, as with the real
// module when no instance exists for the group. Instances are per namespace.

import type { NetNamespace } from "../core/netns.js";
import type { XtPkt } from "./pktinfo.js";
import { netCore } from "../core/net_namespace.js";

/** One NFULNL_MSG_PACKET: nfgenmsg family, the group (res_id) and the attributes libpcap reads. */
export interface NfulnlMsg {
  family: number;
  group: number;
  hwProtocol: number;
  prefix: string;
  /** NFULA_PAYLOAD: the packet from its network header, cut to the instance's copy range. */
  payload: Uint8Array;
  /** Virtual time of the log, ns. */
  ts: number;
}

export type NfulnlListener = (m: NfulnlMsg) => void;

const KEY = "nfnetlink_log";

function groups(net: NetNamespace): Map<number, Set<NfulnlListener>> {
  return net.get<Map<number, Set<NfulnlListener>>>(KEY, () => new Map());
}

/** Binds a listener to log group `group` of a namespace; returns the unbind. */
export function nfulnlBind(net: NetNamespace, group: number, fn: NfulnlListener): () => void {
  const g = groups(net);
  let s = g.get(group);
  if (!s) g.set(group, (s = new Set()));
  s.add(fn);
  return () => s!.delete(fn);
}

/** nfulnl_log_packet(): a copy of the packet to the group's listener, if any. */
export function nfulnlLogPacket(p: XtPkt, group: number, prefix: string, size?: number): void {
  const s = (p.state.net.pernet.get(KEY) as Map<number, Set<NfulnlListener>> | undefined)?.get(group);
  if (!s || !s.size) return;
  const d = p.skb.data;
  const end = size === undefined ? d.length : Math.min(d.length, p.nhoff + size);
  const m: NfulnlMsg = {
    family: p.state.pf,
    group,
    hwProtocol: p.ip6 ? 0x86dd : 0x0800,
    prefix,
    payload: d.slice(p.nhoff, end),
    ts: netCore(p.state.net).host.clock.now,
  };
  for (const fn of [...s]) fn(m);
}
