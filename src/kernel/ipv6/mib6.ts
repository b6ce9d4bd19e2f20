// The IPv6 counters' bumps (IP6_INC_STATS, IP6_UPD_PO_STATS, ICMP6_INC_STATS,
// ICMP6MSG{IN,OUT}_INC_STATS): the namespace's copy and the device's
// (/proc/net/dev_snmp6/DEV). Recorded on 6.18: a packet counts on the device
// it came in on or goes out of (lo counts only what crosses it).

import type { NetDevice } from "../core/netdevice.js";
import { DEV_ICMP6, ICMP_INMSGS, ICMP_OUTMSGS, IcmpMsgCounts, netMib6 } from "../core/snmp.js";
import { in6DevGet, in6DevStats } from "./inet6_dev.js";

/** IP6_ADD_STATS(net, idev, field, n) */
export function ip6Stats(dev: NetDevice, field: number, n = 1): void {
  netMib6(dev.net).c[field] += n;
  const idev = in6DevGet(dev);
  if (idev) in6DevStats(idev).c[field] += n;
}

/** IP6_UPD_PO_STATS(net, idev, field, len): one packet in `pkts` and `len` in `octets`, the namespace's and the device's counters looked up once. */
export function ip6UpdPoStats(dev: NetDevice, pkts: number, octets: number, len: number): void {
  const nc = netMib6(dev.net).c;
  nc[pkts]++;
  nc[octets] += len;
  const idev = in6DevGet(dev);
  if (idev) {
    const dc = in6DevStats(idev).c;
    dc[pkts]++;
    dc[octets] += len;
  }
}

/** ICMP6_INC_STATS(net, idev, field) */
export function icmp6Stats(dev: NetDevice, field: number): void {
  netMib6(dev.net).c[DEV_ICMP6 + field]++;
  const idev = in6DevGet(dev);
  if (idev) in6DevStats(idev).c[DEV_ICMP6 + field]++;
}

/** ICMP6MSG{IN,OUT}_INC_STATS plus InMsgs/OutMsgs: one message of `type` received (out=false) or sent. */
export function icmp6MsgStats(dev: NetDevice, type: number, out: boolean): void {
  const m = netMib6(dev.net);
  const slot = (out ? 256 : 0) + type;
  const f = out ? ICMP_OUTMSGS : ICMP_INMSGS;
  (m.icmp6Msg ??= new IcmpMsgCounts()).inc(slot);
  m.c[DEV_ICMP6 + f]++;
  const idev = in6DevGet(dev);
  if (idev) {
    const st = in6DevStats(idev);
    (st.icmp6Msg ??= new IcmpMsgCounts()).inc(slot);
    st.c[DEV_ICMP6 + f]++;
  }
}
