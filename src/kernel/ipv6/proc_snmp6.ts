// /proc/net/snmp6 (snmp6_seq_show: Ip6, Icmp6, the ICMPv6 per-type table by
// name and then by number, Udp6, UdpLite6) and /proc/net/dev_snmp6/DEV
// (snmp6_dev_seq_show: ifIndex, then the device's Ip6 and Icmp6 counters),
// "%-32s\t%lu" lines, from core/snmp.ts. dev_snmp6 holds one file per device
// with an inet6_dev, in the reading task's namespace.

import { rxSettle } from "../core/dev_rx.js";
import { devList, devGetByName } from "../core/dev.js";
import type { NetNamespace } from "../core/netns.js";
import { registerProcEntry } from "../fs/procfs.js";
import { procDynDir, procTextFile } from "../fs/proc_text.js";
import { DEV_ICMP6, ICMP6_TYPE_NAMES, IP6_NAMES, NetMib6, Inet6DevStats, UDP_IGNOREDMULTI, UDP_NAMES, ICMP_INMSGS, ICMP_INERRORS, ICMP_OUTMSGS, ICMP_OUTERRORS, ICMP_CSUMERRORS, ICMP_RATELIMITHOST } from "../core/snmp.js";
import { in6DevGet } from "./inet6_dev.js";

const EMPTY = new NetMib6();
const EMPTY_DEV = new Inet6DevStats();

const line = (name: string, v: number) => `${name.padEnd(32)}\t${v}\n`;

const ICMP6_LIST: ReadonlyArray<readonly [string, number]> = [
  ["Icmp6InMsgs", ICMP_INMSGS], ["Icmp6InErrors", ICMP_INERRORS], ["Icmp6OutMsgs", ICMP_OUTMSGS],
  ["Icmp6OutErrors", ICMP_OUTERRORS], ["Icmp6InCsumErrors", ICMP_CSUMERRORS], ["Icmp6OutRateLimitHost", ICMP_RATELIMITHOST],
];

/** What the per-type table is read through (IcmpMsgCounts). */
interface MsgTable {
  get(slot: number): number | undefined;
  keys(): Iterable<number>;
}

const NO_MSGS: MsgTable = new Map<number, number>();
const NO_UDP = new Float64Array(UDP_NAMES.length);

function ip6Lines(ip6: Float64Array, icmp6: Float64Array, icmpItems: number, msgs: MsgTable | undefined): string {
  const msg = msgs ?? NO_MSGS;
  let s = "";
  for (const [n, i] of IP6_NAMES) s += line(n, ip6[i]!);
  for (let k = 0; k < icmpItems; k++) s += line(ICMP6_LIST[k]![0], icmp6[ICMP6_LIST[k]![1]]!);
  // snmp6_seq_show_icmpv6msg(): the named types (In then Out), then every nonzero type by number.
  for (let i = 0; i < 512; i++) {
    const name = ICMP6_TYPE_NAMES.get(i & 0xff);
    if (name) s += line(`Icmp6${i & 0x100 ? "Out" : "In"}${name}`, msg.get(i) ?? 0);
  }
  for (const i of [...msg.keys()].sort((x, y) => x - y)) if (msg.get(i)) s += line(`Icmp6${i & 0x100 ? "Out" : "In"}Type${i & 0xff}`, msg.get(i)!);
  return s;
}

export function procNetSnmp6(ns: NetNamespace): string {
  rxSettle(ns);
  const m = ns.mib6 ?? EMPTY;
  let s = ip6Lines(m.c, m.c.subarray(DEV_ICMP6), ICMP6_LIST.length, m.icmp6Msg);
  const udp6 = m.udp6IfAny() ?? NO_UDP;
  UDP_NAMES.forEach((n, i) => (s += line(`Udp6${n}`, udp6[i]!)));
  UDP_NAMES.forEach((n, i) => {
    if (i !== UDP_IGNOREDMULTI) s += line(`UdpLite6${n}`, 0);
  });
  return s;
}

registerProcEntry("net", "snmp6", () => procTextFile((t) => procNetSnmp6(t.netns)));

registerProcEntry("net", "dev_snmp6", (parent) =>
  procDynDir(parent, {
    list: (task) => devList(task.netns).filter((dev) => in6DevGet(dev)).map((dev) => dev.name),
    lookup: (task, name) => {
      const dev = devGetByName(task.netns, name);
      if (!dev || !in6DevGet(dev)) return undefined;
      return procTextFile((t) => {
        const cur = devGetByName(t.netns, name);
        const idev = cur && in6DevGet(cur);
        if (!idev) return "";
        rxSettle(t.netns);
        const st = idev.stats ?? EMPTY_DEV;
        return line("ifIndex", cur.ifindex) + ip6Lines(st.c, st.c.subarray(DEV_ICMP6), 5, st.icmp6Msg);
      });
    },
  }),
);
