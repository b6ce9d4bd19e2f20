// net-tools 2.10 statistics.c: `netstat -s` reads /proc/net/snmp and
// /proc/net/netstat (IPv4; `-6`: /proc/net/snmp6, then the Tcp lines of
// /proc/net/snmp) and prints each counter through its table entry. The
// tables are searched with bsearch() in the order they are written, and a few
// are not sorted the way strcmp() sorts (Forwarding after ForwDatagrams,
// TCPDSackUndo...), so, as on Debian, some names are not found and print
// through the "unknown" path (`    Forwarding: 2`) like the counters the tool
// does not know (IcmpMsg, IpExt, UdpLite, MPTcpExt, InCsumErrors...), only when
// nonzero, at the indent of the section before.

import type { ProgramContext } from "../../kernel/task/program.js";
import { readTextIfAny, type Io } from "./lib.js";

const NUMBER = 0;
const OPT_NUMBER = 1;
const I_FORWARD = 2;
const I_INP_ICMP = 3;
const I_OUTP_ICMP = 4;
const I_RTO_ALG = 5;
const STATIC = 1 << 16;
const TITLE = 1 << 17;

const INDENT = [4, 4, 4, 8, 8, 0];
const STATE_TITLE = ["", "", "", "ICMP input histogram:", "ICMP output histogram:", ""];

/** [name, format (%llu/%s marks the value), type]. */
type Entry = readonly [string, string, number];

const N = NUMBER;
const O = OPT_NUMBER;
const IN = I_INP_ICMP | TITLE;
const OUT = I_OUTP_ICMP | TITLE;

const IP: Entry[] = [
  ["DefaultTTL", "Default TTL is %llu", N | STATIC], ["Forwarding", "Forwarding is %s", I_FORWARD | STATIC],
  ["ForwDatagrams", "%llu forwarded", N], ["FragCreates", "%llu fragments created", O],
  ["FragFails", "%llu outgoing packets failed fragmentation", O], ["FragOKs", "%llu outgoing packets fragmented ok", O],
  ["InAddrErrors", "%llu with invalid addresses", O], ["InDelivers", "%llu incoming packets delivered", N],
  ["InDiscards", "%llu incoming packets discarded", N], ["InHdrErrors", "%llu with invalid headers", O],
  ["InReceives", "%llu total packets received", N], ["InUnknownProtos", "%llu with unknown protocol", O],
  ["OutDiscards", "%llu outgoing packets dropped", O], ["OutNoRoutes", "%llu dropped because of missing route", O],
  ["OutRequests", "%llu requests sent out", N], ["ReasmFails", "%llu packet reassemblies failed", O],
  ["ReasmOKs", "%llu packets reassembled ok", O], ["ReasmReqds", "%llu reassemblies required", O],
  ["ReasmTimeout", "%llu fragments dropped after timeout", O],
];

const IP6: Entry[] = [
  ["Ip6FragCreates", "%llu fragments created", O], ["Ip6FragFails", "%llu outgoing packets failed fragmentation", O],
  ["Ip6FragOKs", "%llu outgoing packets fragmented ok", O], ["Ip6InAddrErrors", "%llu with invalid addresses", O],
  ["Ip6InDelivers", "%llu incoming packets delivered", N], ["Ip6InDiscards", "%llu incoming packets discarded", N],
  ["Ip6InHdrErrors", "%llu with invalid headers", O], ["Ip6InMcastPkts", "%llu incoming multicast packets", O],
  ["Ip6InNoRoutes", "%llu incoming packets with no route", O], ["Ip6InReceives", "%llu total packets received", N],
  ["Ip6InTooBigErrors", "%llu with packets too big", O], ["Ip6InTruncatedPkts", "%llu with truncated packets", O],
  ["Ip6InUnknownProtos", "%llu with unknown protocol", O], ["Ip6OutDiscards", "%llu outgoing packets dropped", O],
  ["Ip6OutForwDatagrams", "%llu forwarded", N], ["Ip6OutMcastPkts", "%llu outgoing multicast packets", O],
  ["Ip6OutNoRoutes", "%llu dropped because of missing route", O], ["Ip6OutRequests", "%llu requests sent out", N],
  ["Ip6ReasmFails", "%llu packet reassemblies failed", O], ["Ip6ReasmOKs", "%llu packets reassembled ok", O],
  ["Ip6ReasmReqds", "%llu reassemblies required", O], ["Ip6ReasmTimeout", "%llu fragments dropped after timeout", O],
];

const ICMP: Entry[] = [
  ["InAddrMaskReps", "address mask replies: %llu", IN], ["InAddrMasks", "address mask request: %llu", IN],
  ["InDestUnreachs", "destination unreachable: %llu", IN], ["InEchoReps", "echo replies: %llu", IN],
  ["InEchos", "echo requests: %llu", IN], ["InErrors", "%llu input ICMP message failed", N],
  ["InMsgs", "%llu ICMP messages received", N], ["InParmProbs", "wrong parameters: %llu", IN],
  ["InRedirects", "redirects: %llu", IN], ["InSrcQuenchs", "source quenches: %llu", IN],
  ["InTimeExcds", "timeout in transit: %llu", IN], ["InTimestampReps", "timestamp reply: %llu", IN],
  ["InTimestamps", "timestamp request: %llu", IN], ["OutAddrMaskReps", "address mask replies: %llu", OUT],
  ["OutAddrMasks", "address mask requests: %llu", OUT], ["OutDestUnreachs", "destination unreachable: %llu", OUT],
  ["OutEchoReps", "echo replies: %llu", OUT], ["OutEchos", "echo requests: %llu", OUT],
  ["OutErrors", "%llu ICMP messages failed", N], ["OutMsgs", "%llu ICMP messages sent", N],
  ["OutParmProbs", "wrong parameters: %llu", OUT], ["OutRedirects", "redirect: %llu", OUT],
  ["OutSrcQuenchs", "source quench: %llu", OUT], ["OutTimeExcds", "time exceeded: %llu", OUT],
  ["OutTimestampReps", "timestamp replies: %llu", OUT], ["OutTimestamps", "timestamp requests: %llu", OUT],
];

const ICMP6: Entry[] = [
  ["Icmp6InDestUnreachs", "destination unreachable: %llu", IN], ["Icmp6InEchoReplies", "echo replies: %llu", IN],
  ["Icmp6InEchos", "echo requests: %llu", IN], ["Icmp6InErrors", "%llu input ICMP message failed", N],
  ["Icmp6InGroupMembQueries", "group member queries: %llu", IN], ["Icmp6InGroupMembReductions", "group member reductions: %llu", IN],
  ["Icmp6InGroupMembResponses", "group member responses: %llu", IN], ["Icmp6InMsgs", "%llu ICMP messages received", N],
  ["Icmp6InNeighborAdvertisements", "neighbour advertisement: %llu", IN], ["Icmp6InNeighborSolicits", "neighbour solicits: %llu", IN],
  ["Icmp6InParmProblems", "parameter problem: %llu", IN], ["Icmp6InPktTooBigs", "packets too big: %llu", IN],
  ["Icmp6InRedirects", "redirects: %llu", IN], ["Icmp6InRouterAdvertisements", "router advertisement: %llu", IN],
  ["Icmp6InRouterSolicits", "router solicits: %llu", IN], ["Icmp6InTimeExcds", "received ICMPv6 time exceeded: %llu", IN],
  ["Icmp6OutDestUnreachs", "destination unreachable: %llu", OUT], ["Icmp6OutEchoReplies", "echo replies: %llu", OUT],
  ["Icmp6OutEchos", "echo requests: %llu", OUT], ["Icmp6OutGroupMembQueries", "group member queries: %llu", OUT],
  ["Icmp6OutGroupMembReductions", "group member reductions: %llu", OUT], ["Icmp6OutGroupMembResponses", "group member responses: %llu", OUT],
  ["Icmp6OutMsgs", "%llu ICMP messages sent", N], ["Icmp6OutNeighborAdvertisements", "neighbor advertisements: %llu", OUT],
  ["Icmp6OutNeighborSolicits", "neighbor solicits: %llu", OUT], ["Icmp6OutParmProblems", "parameter problem: %llu", OUT],
  ["Icmp6OutPktTooBigs", "packets too big: %llu", OUT], ["Icmp6OutRedirects", "redirects: %llu", OUT],
  // The name carries a trailing space in net-tools: never found.
  ["Icmp6OutRouterAdvertisements ", "router advertisement: %llu", OUT], ["Icmp6OutRouterSolicits", "router solicits: %llu", OUT],
  ["Icmp6OutTimeExcds", "sent ICMPv6 time exceeded: %llu", OUT],
];

const TCP: Entry[] = [
  ["ActiveOpens", "%llu active connection openings", N], ["AttemptFails", "%llu failed connection attempts", N],
  ["CurrEstab", "%llu connections established", N], ["EstabResets", "%llu connection resets received", N],
  ["InErrs", "%llu bad segments received", N], ["InSegs", "%llu segments received", N], ["MaxConn", "", N],
  ["OutRsts", "%llu resets sent", N], ["OutSegs", "%llu segments sent out", N],
  ["PassiveOpens", "%llu passive connection openings", N], ["RetransSegs", "%llu segments retransmitted", N],
  ["RtoAlgorithm", "RTO algorithm is %s", I_RTO_ALG | STATIC], ["RtoMax", "", N], ["RtoMin", "", N],
];

const UDP: Entry[] = [
  ["InDatagrams", "%llu packets received", N], ["InErrors", "%llu packet receive errors", N],
  ["NoPorts", "%llu packets to unknown port received", N], ["OutDatagrams", "%llu packets sent", N],
  ["RcvbufErrors", "%llu receive buffer errors", N], ["SndbufErrors", "%llu send buffer errors", N],
];

const UDP6: Entry[] = [
  ["Udp6InDatagrams", "%llu packets received", N], ["Udp6InErrors", "%llu packet receive errors", N],
  ["Udp6NoPorts", "%llu packets to unknown port received", N], ["Udp6OutDatagrams", "%llu packets sent", N],
];

const TCPEXT: Entry[] = [
  ["DelayedACKLocked", "%llu delayed acks further delayed because of locked socket", O],
  ["DelayedACKLost", "Quick ack mode was activated %llu times", O], ["DelayedACKs", "%llu delayed acks sent", O],
  ["EmbryonicRsts", "%llu resets received for embryonic SYN_RECV sockets", O],
  ["ListenDrops", "%llu SYNs to LISTEN sockets dropped", O],
  ["ListenOverflows", "%llu times the listen queue of a socket overflowed", O],
  ["LockDroppedIcmps", "%llu ICMP packets dropped because socket was locked", O],
  ["OfoPruned", "%llu packets dropped from out-of-order queue because of socket buffer overrun", O],
  ["OutOfWindowIcmps", "%llu ICMP packets dropped because they were out-of-window", O],
  ["PAWSActive", "%llu active connections rejected because of time stamp", O],
  ["PAWSEstab", "%llu packets rejected in established connections because of timestamp", O],
  ["PAWSPassive", "%llu passive connections rejected because of time stamp", O],
  ["PruneCalled", "%llu packets pruned from receive queue because of socket buffer overrun", O],
  ["RcvPruned", "%llu packets pruned from receive queue", O],
  ["SockMallocOOM", "Ran %llu times out of system memory during packet sending", O],
  ["SyncookiesFailed", "%llu invalid SYN cookies received", O], ["SyncookiesRecv", "%llu SYN cookies received", O],
  ["SyncookiesSent", "%llu SYN cookies sent", O], ["TCPAbortFailed", "%llu times unable to send RST due to no memory", O],
  ["TCPAbortOnClose", "%llu connections reset due to early user close", O],
  ["TCPAbortOnData", "%llu connections reset due to unexpected data", O],
  ["TCPAbortOnLinger", "%llu connections aborted after user close in linger timeout", O],
  ["TCPAbortOnMemory", "%llu connections aborted due to memory pressure", O],
  ["TCPAbortOnSyn", "%llu connections reset due to unexpected SYN", O],
  ["TCPAbortOnTimeout", "%llu connections aborted due to timeout", O],
  ["TCPDirectCopyFromBacklog", "%llu bytes directly in process context from backlog", O],
  ["TCPDirectCopyFromPrequeue", "%llu bytes directly received in process context from prequeue", O],
  ["TCPDSACKOfoRecv", "%llu DSACKs for out of order packets received", O],
  ["TCPDSACKOfoSent", "%llu DSACKs sent for out of order packets", O], ["TCPDSACKOldSent", "%llu DSACKs sent for old packets", O],
  ["TCPDSACKRecv", "%llu DSACKs received", O],
  ["TCPDSackUndo", "%llu congestion window recovered without slow start using DSACK", O],
  ["TCPDSACKUndo", "%llu congestion windows recovered without slow start by DSACK", O],
  ["TCPFACKReorder", "Detected reordering %llu times using FACK", O], ["TCPFastRetrans", "%llu fast retransmits", O],
  ["TCPForwardRetrans", "%llu forward retransmits", O],
  ["TCPFullUndo", "%llu congestion windows fully recovered without slow start", O],
  ["TCPHPAcks", "%llu predicted acknowledgments", O], ["TCPHPHits", "%llu packet headers predicted", N],
  ["TCPHPHitsToUser", "%llu packet headers predicted and directly queued to user", O],
  ["TCPLossFailures", "%llu timeouts in loss state", O], ["TCPLoss", "%llu TCP data loss events", O],
  ["TCPLossUndo", "%llu congestion windows recovered without slow start after partial ack", O],
  ["TCPLostRetransmits", "%llu retransmits lost", O], ["TCPMemoryPressures", "TCP ran low on memory %llu times", O],
  ["TCPPartialUndo", "%llu congestion windows partially recovered using Hoe heuristic", O],
  ["TCPPrequeued", "%llu packets directly queued to recvmsg prequeue", O],
  ["TCPPrequeueDropped", "%llu packets dropped from prequeue", O],
  ["TCPPureAcks", "%llu acknowledgments not containing data payload received", O],
  ["TCPRcvCollapsed", "%llu packets collapsed in receive queue due to low socket buffer", O],
  ["TCPRenoFailures", "%llu timeouts after reno fast retransmit", O],
  ["TCPRenoRecoveryFailed", "%llu reno fast retransmits failed", O],
  ["TCPRenoRecoveryFail", "%llu classic Reno fast retransmits failed", O],
  ["TCPRenoRecovery", "%llu times recovered from packet loss due to fast retransmit", O],
  ["TCPRenoReorder", "Detected reordering %llu times using reno fast retransmit", O],
  ["TCPSackFailures", "%llu timeouts after SACK recovery", O], ["TCPSackRecoveryFail", "%llu SACK retransmits failed", O],
  ["TCPSackRecovery", "%llu times recovered from packet loss by selective acknowledgements", O],
  ["TCPSACKReneging", "%llu bad SACK blocks received", O], ["TCPSACKReorder", "Detected reordering %llu times using SACK", O],
  ["TCPSchedulerFailed", "%llu times receiver scheduled too late for direct processing", O],
  ["TCPSlowStartRetrans", "%llu retransmits in slow start", O], ["TCPTimeouts", "%llu other TCP timeouts", O],
  ["TCPTSReorder", "Detected reordering %llu times using time stamp", O],
  ["TWKilled", "%llu TCP sockets finished time wait in slow timer", O],
  ["TW", "%llu TCP sockets finished time wait in fast timer", O],
  ["TWRecycled", "%llu time wait sockets recycled by time stamp", O],
];

type Flag = "raw" | "tcp" | "udp" | "sctp" | "unknown";
interface Tab {
  title: string;
  tab?: Entry[];
  flag: Flag;
}

const SNMP_TABS: Tab[] = [
  { title: "Ip", tab: IP, flag: "raw" },
  { title: "Icmp", tab: ICMP, flag: "raw" },
  { title: "Tcp", tab: TCP, flag: "tcp" },
  { title: "Udp", tab: UDP, flag: "udp" },
  { title: "Sctp", flag: "sctp" },
  { title: "TcpExt", tab: TCPEXT, flag: "tcp" },
];

const SNMP6_TABS: Tab[] = [
  { title: "Ip6", tab: IP6, flag: "raw" },
  { title: "Icmp6", tab: ICMP6, flag: "raw" },
  { title: "Udp6", tab: UDP6, flag: "udp" },
  { title: "Tcp6", tab: TCP, flag: "tcp" },
];

/** strcmp() on the bytes (names are ASCII). */
function strcmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** glibc bsearch(): halving [l, u) as written, whatever the table's order. */
function bsearch(tab: Entry[], key: string): Entry | undefined {
  let l = 0;
  let u = tab.length;
  while (l < u) {
    const idx = (l + u) >> 1;
    const c = strcmp(key, tab[idx]![0]);
    if (c < 0) u = idx;
    else if (c > 0) l = idx + 1;
    else return tab[idx];
  }
  return undefined;
}

/** The printer's state across tables (statistics.c's statics). */
class Printer {
  out = "";
  state = NUMBER;
  constructor(readonly flags: Record<Flag, boolean>) {}

  newtable(tabs: Tab[], title: string): Tab {
    const t = tabs.find((x) => x.title === title);
    if (t) {
      if (this.flags[t.flag]) this.out += `${title}:\n`;
      this.state = NUMBER;
      return t;
    }
    this.out += `${title}:\n`;
    return { title, flag: "unknown" };
  }

  printval(tab: Tab, title: string, val: bigint): void {
    const ent = tab.tab ? bsearch(tab.tab, title) : undefined;
    if (!ent) {
      if (val) this.out += `${" ".repeat(INDENT[this.state]!)}${title}: ${val}\n`;
      return;
    }
    let type = ent[2];
    if (type & STATIC) return; // print_static is never set
    if (ent[1] === "") return;
    if (type & TITLE) {
      type &= ~TITLE;
      if (this.state !== type) this.out += `${" ".repeat(INDENT[this.state]!)}${STATE_TITLE[type]}\n`;
    }
    let buf = "";
    switch (type) {
      case OPT_NUMBER:
        if (val !== 0n) buf = ent[1].replace("%llu", String(val));
        break;
      case NUMBER:
        buf = ent[1].replace("%llu", String(val));
        break;
      case I_FORWARD:
        type = NUMBER;
        buf = ent[1].replace("%s", val === 2n ? "enabled" : "disabled");
        break;
      case I_INP_ICMP:
      case I_OUTP_ICMP:
        if (val > 0n) buf = ent[1].replace("%llu", String(val));
        break;
    }
    if (buf) this.out += `${" ".repeat(INDENT[type]!)}${buf}\n`;
    this.state = type;
  }

  /** process_fd(): "Title: names" / "Title: values" line pairs. */
  processFd(text: string, filter?: string): void {
    const lines = text.split("\n");
    let i = 0;
    while (i < lines.length) {
      const l1 = lines[i++]!;
      if (l1 === "" && i >= lines.length) break;
      if (l1 === "") continue;
      if (i >= lines.length) break;
      const l2 = lines[i++]!;
      const sp = l1.indexOf(":");
      const np = l2.indexOf(":");
      if (sp < 0 || np < 0) return;
      const title = l1.slice(0, sp);
      if (filter !== undefined && !title.startsWith(filter)) continue;
      const tab = this.newtable(SNMP_TABS, title);
      const names = l1.slice(sp + 1).split(/[ \t]+/).filter(Boolean);
      const vals = l2.slice(np + 1).split(/[ \t]+/).filter(Boolean);
      names.forEach((n, k) => {
        if (this.flags[tab.flag]) this.printval(tab, n, strtoull(vals[k]));
      });
    }
  }

  /** process6_fd(): "Name value" lines, a new table whenever the name leaves the current prefix. */
  process6Fd(text: string): void {
    let tab: Tab | undefined;
    let cur = "";
    for (const l of text.split("\n")) {
      if (!l) continue;
      const [name = "", v] = l.split(/[ \t]+/);
      if (!tab || !name.includes(cur)) {
        const k = name.indexOf("6");
        cur = k < 0 ? name : name.slice(0, k + 1);
        tab = this.newtable(SNMP6_TABS, cur);
      }
      if (this.flags[tab.flag]) this.printval(tab, name, strtoull(v));
    }
  }
}

/** strtoull(): "-1" wraps to 2^64 - 1. */
function strtoull(s: string | undefined): bigint {
  const m = /^-?\d+/.exec(s ?? "");
  if (!m) return 0n;
  const v = BigInt(m[0]);
  return v < 0n ? (1n << 64n) + v : v;
}


export interface StatFlags {
  raw: boolean;
  tcp: boolean;
  udp: boolean;
  sctp: boolean;
}

/** parsesnmp() / parsesnmp6(). */
export async function parseSnmp(pc: ProgramContext, io: Io, f: StatFlags, inet6: boolean): Promise<void> {
  const p = new Printer({ ...f, unknown: true });
  if (inet6) {
    const t6 = await readTextIfAny(pc, "/proc/net/snmp6");
    if (t6 === undefined) {
      await io.err("cannot open /proc/net/snmp6: No such file or directory\n");
      return;
    }
    p.process6Fd(t6);
    const t = await readTextIfAny(pc, "/proc/net/snmp");
    if (t !== undefined) p.processFd(t, "Tcp");
  } else {
    const t = await readTextIfAny(pc, "/proc/net/snmp");
    if (t === undefined) {
      await io.err("cannot open /proc/net/snmp: No such file or directory\n");
      return;
    }
    p.processFd(t);
    const n = await readTextIfAny(pc, "/proc/net/netstat");
    if (n !== undefined) p.processFd(n);
  }
  await io.out(p.out);
}
