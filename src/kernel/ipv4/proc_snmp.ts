// /proc/net/snmp (snmp_seq_show: Ip, Icmp, IcmpMsg, Tcp, Udp, UdpLite) and
// /proc/net/netstat (netstat_seq_show: TcpExt, IpExt, then MPTcpExt), for the
// reading task's namespace, from core/snmp.ts. The per-type Icmp columns are
// read from the IcmpMsg table, as icmp_put() does.

import { registerProcEntry } from "../fs/procfs.js";
import { procTextFile } from "../fs/proc_text.js";
import { sysctlGet } from "../fs/procfs-sys.js";
import type { NetNamespace } from "../core/netns.js";
import {
  ICMP_CSUMERRORS,
  ICMP_INERRORS,
  ICMP_INMSGS,
  ICMP_OUTERRORS,
  ICMP_OUTMSGS,
  ICMP_RATELIMITGLOBAL,
  ICMP_RATELIMITHOST,
  ICMP_TYPE_NAMES,
  IP_NAMES,
  IPEXT_NAMES,
  MPTCPEXT_NAMES,
  NetMib,
  TCP_NAMES,
  TCPEXT_NAMES,
  UDP_NAMES,
} from "../core/snmp.js";
import { ipv4Sysctl } from "./netns_ipv4.js";

const EMPTY = new NetMib();

/** Two lines "Title: names" / "Title: values". */
function pair(title: string, names: readonly string[], vals: ReadonlyArray<number | string>): string {
  return `${title}: ${names.join(" ")}\n${title}: ${vals.join(" ")}\n`;
}

/** icmpmsg_put(): the nonzero InTypeN/OutTypeN, 16 to a line pair. */
export function icmpMsgLines(msg: Float64Array | undefined): string {
  if (!msg) return "";
  let s = "";
  let names: string[] = [];
  let vals: number[] = [];
  const flush = () => {
    if (names.length) s += pair("IcmpMsg", names, vals);
    names = [];
    vals = [];
  };
  for (let i = 0; i < 512; i++) {
    const v = msg[i]!;
    if (v) {
      names.push(`${i & 0x100 ? "Out" : "In"}Type${i & 0xff}`);
      vals.push(v);
    }
    if (names.length === 16) flush();
  }
  flush();
  return s;
}

export function procNetSnmp(ns: NetNamespace): string {
  const m = ns.mib ?? EMPTY;
  const forwarding = Number.parseInt(sysctlGet(ns, "net.ipv4.conf.all.forwarding") ?? "0", 10) ? 1 : 2;
  let s = pair(
    "Ip",
    ["Forwarding", "DefaultTTL", ...IP_NAMES.map(([n]) => n)],
    [forwarding, ipv4Sysctl(ns, "ip_default_ttl", 64), ...IP_NAMES.map(([, i]) => m.ip[i]!)],
  );
  const types = (dir: "In" | "Out") => ICMP_TYPE_NAMES.map(([n]) => `${dir}${n}`);
  const typeVals = (off: number) => ICMP_TYPE_NAMES.map(([, t]) => m.icmpMsg?.[off + t] ?? 0);
  s += pair(
    "Icmp",
    ["InMsgs", "InErrors", "InCsumErrors", ...types("In"), "OutMsgs", "OutErrors", "OutRateLimitGlobal", "OutRateLimitHost", ...types("Out")],
    [
      m.icmp[ICMP_INMSGS]!, m.icmp[ICMP_INERRORS]!, m.icmp[ICMP_CSUMERRORS]!, ...typeVals(0),
      m.icmp[ICMP_OUTMSGS]!, m.icmp[ICMP_OUTERRORS]!, m.icmp[ICMP_RATELIMITGLOBAL]!, m.icmp[ICMP_RATELIMITHOST]!, ...typeVals(256),
    ],
  );
  s += icmpMsgLines(m.icmpMsg);
  s += pair("Tcp", ["RtoAlgorithm", "RtoMin", "RtoMax", "MaxConn", ...TCP_NAMES], [1, 200, 120000, -1, ...m.tcp]);
  s += pair("Udp", UDP_NAMES, [...m.udp]);
  s += pair("UdpLite", UDP_NAMES, UDP_NAMES.map(() => 0));
  return s;
}

export function procNetNetstat(ns: NetNamespace): string {
  const m = ns.mib ?? EMPTY;
  return (
    pair("TcpExt", TCPEXT_NAMES, [...m.net]) +
    pair("IpExt", IPEXT_NAMES.map(([n]) => n), IPEXT_NAMES.map(([, i]) => m.ip[i]!)) +
    pair("MPTcpExt", MPTCPEXT_NAMES, MPTCPEXT_NAMES.map(() => 0))
  );
}

registerProcEntry("net", "snmp", () => procTextFile((t) => procNetSnmp(t.netns)));
registerProcEntry("net", "netstat", () => procTextFile((t) => procNetNetstat(t.netns)));
