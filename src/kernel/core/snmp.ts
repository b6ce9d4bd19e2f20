// The SNMP/MIB counters of a namespace (include/net/snmp.h, include/uapi/linux/snmp.h,
// struct netns_mib): plain numbers per namespace, bumped inline where the
// kernel bumps them (IP_INC_STATS & co.), printed by /proc/net/snmp, netstat,
// snmp6 and dev_snmp6 (ipv4/proc_snmp.ts, ipv6/proc_snmp6.ts). Linux keeps
// them per CPU and sums at read time; one CPU here. The arrays are made on a
// namespace's first count, so idle namespaces cost nothing. Index order is
// this model's own (the kernel's enum order is not ABI); the printed order is
// the kernel's and lives in the name tables below. UDP-Lite has no sockets in
// the model, so its lines print zeros without counters behind them.

import type { NetNamespace } from "./netns.js";
import { ByteSlab } from "./skbuff.js";

/** IPSTATS_MIB_*: shared by IPv4 (Ip + IpExt) and IPv6 (Ip6), as in the kernel. */
export const IPSTATS_INRECEIVES = 0;
export const IPSTATS_INHDRERRORS = 1;
export const IPSTATS_INADDRERRORS = 2;
export const IPSTATS_FORWDATAGRAMS = 3;
export const IPSTATS_INUNKNOWNPROTOS = 4;
export const IPSTATS_INDISCARDS = 5;
export const IPSTATS_INDELIVERS = 6;
export const IPSTATS_OUTREQUESTS = 7;
export const IPSTATS_OUTDISCARDS = 8;
export const IPSTATS_OUTNOROUTES = 9;
export const IPSTATS_REASMTIMEOUT = 10;
export const IPSTATS_REASMREQDS = 11;
export const IPSTATS_REASMOKS = 12;
export const IPSTATS_REASMFAILS = 13;
export const IPSTATS_FRAGOKS = 14;
export const IPSTATS_FRAGFAILS = 15;
export const IPSTATS_FRAGCREATES = 16;
export const IPSTATS_OUTTRANSMITS = 17;
export const IPSTATS_INNOROUTES = 18;
export const IPSTATS_INTRUNCATEDPKTS = 19;
export const IPSTATS_INMCASTPKTS = 20;
export const IPSTATS_OUTMCASTPKTS = 21;
export const IPSTATS_INBCASTPKTS = 22;
export const IPSTATS_OUTBCASTPKTS = 23;
export const IPSTATS_INOCTETS = 24;
export const IPSTATS_OUTOCTETS = 25;
export const IPSTATS_INMCASTOCTETS = 26;
export const IPSTATS_OUTMCASTOCTETS = 27;
export const IPSTATS_INBCASTOCTETS = 28;
export const IPSTATS_OUTBCASTOCTETS = 29;
export const IPSTATS_INCSUMERRORS = 30;
export const IPSTATS_INNOECTPKTS = 31;
export const IPSTATS_INECT1PKTS = 32;
export const IPSTATS_INECT0PKTS = 33;
export const IPSTATS_INCEPKTS = 34;
export const IPSTATS_REASMOVERLAPS = 35;
export const IPSTATS_INTOOBIGERRORS = 36;
const IPSTATS_MAX = 37;

/** /proc/net/snmp "Ip:" after Forwarding and DefaultTTL (snmp4_ipstats_list). */
export const IP_NAMES: ReadonlyArray<readonly [string, number]> = [
  ["InReceives", IPSTATS_INRECEIVES], ["InHdrErrors", IPSTATS_INHDRERRORS], ["InAddrErrors", IPSTATS_INADDRERRORS],
  ["ForwDatagrams", IPSTATS_FORWDATAGRAMS], ["InUnknownProtos", IPSTATS_INUNKNOWNPROTOS], ["InDiscards", IPSTATS_INDISCARDS],
  ["InDelivers", IPSTATS_INDELIVERS], ["OutRequests", IPSTATS_OUTREQUESTS], ["OutDiscards", IPSTATS_OUTDISCARDS],
  ["OutNoRoutes", IPSTATS_OUTNOROUTES], ["ReasmTimeout", IPSTATS_REASMTIMEOUT], ["ReasmReqds", IPSTATS_REASMREQDS],
  ["ReasmOKs", IPSTATS_REASMOKS], ["ReasmFails", IPSTATS_REASMFAILS], ["FragOKs", IPSTATS_FRAGOKS],
  ["FragFails", IPSTATS_FRAGFAILS], ["FragCreates", IPSTATS_FRAGCREATES], ["OutTransmits", IPSTATS_OUTTRANSMITS],
];

/** /proc/net/netstat "IpExt:" (snmp4_ipextstats_list). */
export const IPEXT_NAMES: ReadonlyArray<readonly [string, number]> = [
  ["InNoRoutes", IPSTATS_INNOROUTES], ["InTruncatedPkts", IPSTATS_INTRUNCATEDPKTS], ["InMcastPkts", IPSTATS_INMCASTPKTS],
  ["OutMcastPkts", IPSTATS_OUTMCASTPKTS], ["InBcastPkts", IPSTATS_INBCASTPKTS], ["OutBcastPkts", IPSTATS_OUTBCASTPKTS],
  ["InOctets", IPSTATS_INOCTETS], ["OutOctets", IPSTATS_OUTOCTETS], ["InMcastOctets", IPSTATS_INMCASTOCTETS],
  ["OutMcastOctets", IPSTATS_OUTMCASTOCTETS], ["InBcastOctets", IPSTATS_INBCASTOCTETS], ["OutBcastOctets", IPSTATS_OUTBCASTOCTETS],
  ["InCsumErrors", IPSTATS_INCSUMERRORS], ["InNoECTPkts", IPSTATS_INNOECTPKTS], ["InECT1Pkts", IPSTATS_INECT1PKTS],
  ["InECT0Pkts", IPSTATS_INECT0PKTS], ["InCEPkts", IPSTATS_INCEPKTS], ["ReasmOverlaps", IPSTATS_REASMOVERLAPS],
];

/** /proc/net/snmp6 and dev_snmp6 "Ip6*" (snmp6_ipstats_list). */
export const IP6_NAMES: ReadonlyArray<readonly [string, number]> = [
  ["Ip6InReceives", IPSTATS_INRECEIVES], ["Ip6InHdrErrors", IPSTATS_INHDRERRORS], ["Ip6InTooBigErrors", IPSTATS_INTOOBIGERRORS],
  ["Ip6InNoRoutes", IPSTATS_INNOROUTES], ["Ip6InAddrErrors", IPSTATS_INADDRERRORS], ["Ip6InUnknownProtos", IPSTATS_INUNKNOWNPROTOS],
  ["Ip6InTruncatedPkts", IPSTATS_INTRUNCATEDPKTS], ["Ip6InDiscards", IPSTATS_INDISCARDS], ["Ip6InDelivers", IPSTATS_INDELIVERS],
  ["Ip6OutForwDatagrams", IPSTATS_FORWDATAGRAMS], ["Ip6OutRequests", IPSTATS_OUTREQUESTS], ["Ip6OutDiscards", IPSTATS_OUTDISCARDS],
  ["Ip6OutNoRoutes", IPSTATS_OUTNOROUTES], ["Ip6ReasmTimeout", IPSTATS_REASMTIMEOUT], ["Ip6ReasmReqds", IPSTATS_REASMREQDS],
  ["Ip6ReasmOKs", IPSTATS_REASMOKS], ["Ip6ReasmFails", IPSTATS_REASMFAILS], ["Ip6FragOKs", IPSTATS_FRAGOKS],
  ["Ip6FragFails", IPSTATS_FRAGFAILS], ["Ip6FragCreates", IPSTATS_FRAGCREATES], ["Ip6InMcastPkts", IPSTATS_INMCASTPKTS],
  ["Ip6OutMcastPkts", IPSTATS_OUTMCASTPKTS], ["Ip6InOctets", IPSTATS_INOCTETS], ["Ip6OutOctets", IPSTATS_OUTOCTETS],
  ["Ip6InMcastOctets", IPSTATS_INMCASTOCTETS], ["Ip6OutMcastOctets", IPSTATS_OUTMCASTOCTETS], ["Ip6InBcastOctets", IPSTATS_INBCASTOCTETS],
  ["Ip6OutBcastOctets", IPSTATS_OUTBCASTOCTETS], ["Ip6InNoECTPkts", IPSTATS_INNOECTPKTS], ["Ip6InECT1Pkts", IPSTATS_INECT1PKTS],
  ["Ip6InECT0Pkts", IPSTATS_INECT0PKTS], ["Ip6InCEPkts", IPSTATS_INCEPKTS], ["Ip6OutTransmits", IPSTATS_OUTTRANSMITS],
];

/** ICMP_MIB_* (and ICMP6_MIB_*): the counters not derived from the per-type table. */
export const ICMP_INMSGS = 0;
export const ICMP_INERRORS = 1;
export const ICMP_CSUMERRORS = 2;
export const ICMP_OUTMSGS = 3;
export const ICMP_OUTERRORS = 4;
export const ICMP_RATELIMITGLOBAL = 5;
export const ICMP_RATELIMITHOST = 6;
const ICMP_MAX = 7;

/** The Icmp line's per-type columns, in icmpmibmap order: [name, ICMP type]. */
export const ICMP_TYPE_NAMES: ReadonlyArray<readonly [string, number]> = [
  ["DestUnreachs", 3], ["TimeExcds", 11], ["ParmProbs", 12], ["SrcQuenchs", 4], ["Redirects", 5], ["Echos", 8],
  ["EchoReps", 0], ["Timestamps", 13], ["TimestampReps", 14], ["AddrMasks", 17], ["AddrMaskReps", 18],
];

/** icmp6type2name: the ICMPv6 types printed by name in snmp6. */
export const ICMP6_TYPE_NAMES: ReadonlyMap<number, string> = new Map([
  [1, "DestUnreachs"], [2, "PktTooBigs"], [3, "TimeExcds"], [4, "ParmProblems"], [128, "Echos"], [129, "EchoReplies"],
  [130, "GroupMembQueries"], [131, "GroupMembResponses"], [132, "GroupMembReductions"], [133, "RouterSolicits"],
  [134, "RouterAdvertisements"], [135, "NeighborSolicits"], [136, "NeighborAdvertisements"], [137, "Redirects"],
  [143, "MLDv2Reports"],
]);

/** TCP_MIB_* (RtoAlgorithm, RtoMin, RtoMax, MaxConn are constants printed by proc). */
export const TCP_ACTIVEOPENS = 0;
export const TCP_PASSIVEOPENS = 1;
export const TCP_ATTEMPTFAILS = 2;
export const TCP_ESTABRESETS = 3;
export const TCP_CURRESTAB = 4;
export const TCP_INSEGS = 5;
export const TCP_OUTSEGS = 6;
export const TCP_RETRANSSEGS = 7;
export const TCP_INERRS = 8;
export const TCP_OUTRSTS = 9;
export const TCP_CSUMERRORS = 10;
export const TCP_NAMES = ["ActiveOpens", "PassiveOpens", "AttemptFails", "EstabResets", "CurrEstab", "InSegs", "OutSegs", "RetransSegs", "InErrs", "OutRsts", "InCsumErrors"];

/** UDP_MIB_*, for Udp, UdpLite, Udp6 and UdpLite6. */
export const UDP_INDATAGRAMS = 0;
export const UDP_NOPORTS = 1;
export const UDP_INERRORS = 2;
export const UDP_OUTDATAGRAMS = 3;
export const UDP_RCVBUFERRORS = 4;
export const UDP_SNDBUFERRORS = 5;
export const UDP_CSUMERRORS = 6;
export const UDP_IGNOREDMULTI = 7;
export const UDP_MEMERRORS = 8;
export const UDP_NAMES = ["InDatagrams", "NoPorts", "InErrors", "OutDatagrams", "RcvbufErrors", "SndbufErrors", "InCsumErrors", "IgnoredMulti", "MemErrors"];

/** LINUX_MIB_*: /proc/net/netstat "TcpExt:" in this kernel's order (snmp4_net_list). */
export const TCPEXT_NAMES: readonly string[] = [
  "SyncookiesSent", "SyncookiesRecv", "SyncookiesFailed", "EmbryonicRsts", "PruneCalled", "RcvPruned", "OfoPruned",
  "OutOfWindowIcmps", "LockDroppedIcmps", "ArpFilter", "TW", "TWRecycled", "TWKilled", "PAWSActive", "PAWSEstab",
  "BeyondWindow", "TSEcrRejected", "PAWSOldAck", "PAWSTimewait", "DelayedACKs", "DelayedACKLocked", "DelayedACKLost",
  "ListenOverflows", "ListenDrops", "TCPHPHits", "TCPPureAcks", "TCPHPAcks", "TCPRenoRecovery", "TCPSackRecovery",
  "TCPSACKReneging", "TCPSACKReorder", "TCPRenoReorder", "TCPTSReorder", "TCPFullUndo", "TCPPartialUndo",
  "TCPDSACKUndo", "TCPLossUndo", "TCPLostRetransmit", "TCPRenoFailures", "TCPSackFailures", "TCPLossFailures",
  "TCPFastRetrans", "TCPSlowStartRetrans", "TCPTimeouts", "TCPLossProbes", "TCPLossProbeRecovery",
  "TCPRenoRecoveryFail", "TCPSackRecoveryFail", "TCPRcvCollapsed", "TCPBacklogCoalesce", "TCPDSACKOldSent",
  "TCPDSACKOfoSent", "TCPDSACKRecv", "TCPDSACKOfoRecv", "TCPAbortOnData", "TCPAbortOnClose", "TCPAbortOnMemory",
  "TCPAbortOnTimeout", "TCPAbortOnLinger", "TCPAbortFailed", "TCPMemoryPressures", "TCPMemoryPressuresChrono",
  "TCPSACKDiscard", "TCPDSACKIgnoredOld", "TCPDSACKIgnoredNoUndo", "TCPSpuriousRTOs", "TCPMD5NotFound",
  "TCPMD5Unexpected", "TCPMD5Failure", "TCPSackShifted", "TCPSackMerged", "TCPSackShiftFallback", "TCPBacklogDrop",
  "PFMemallocDrop", "TCPMinTTLDrop", "TCPDeferAcceptDrop", "IPReversePathFilter", "TCPTimeWaitOverflow",
  "TCPReqQFullDoCookies", "TCPReqQFullDrop", "TCPRetransFail", "TCPRcvCoalesce", "TCPOFOQueue", "TCPOFODrop",
  "TCPOFOMerge", "TCPChallengeACK", "TCPSYNChallenge", "TCPFastOpenActive", "TCPFastOpenActiveFail",
  "TCPFastOpenPassive", "TCPFastOpenPassiveFail", "TCPFastOpenListenOverflow", "TCPFastOpenCookieReqd",
  "TCPFastOpenBlackhole", "TCPSpuriousRtxHostQueues", "BusyPollRxPackets", "TCPAutoCorking", "TCPFromZeroWindowAdv",
  "TCPToZeroWindowAdv", "TCPWantZeroWindowAdv", "TCPSynRetrans", "TCPOrigDataSent", "TCPHystartTrainDetect",
  "TCPHystartTrainCwnd", "TCPHystartDelayDetect", "TCPHystartDelayCwnd", "TCPACKSkippedSynRecv", "TCPACKSkippedPAWS",
  "TCPACKSkippedSeq", "TCPACKSkippedFinWait2", "TCPACKSkippedTimeWait", "TCPACKSkippedChallenge", "TCPWinProbe",
  "TCPKeepAlive", "TCPMTUPFail", "TCPMTUPSuccess", "TCPDelivered", "TCPDeliveredCE", "TCPAckCompressed",
  "TCPZeroWindowDrop", "TCPRcvQDrop", "TCPWqueueTooBig", "TCPFastOpenPassiveAltKey", "TcpTimeoutRehash",
  "TcpDuplicateDataRehash", "TCPDSACKRecvSegs", "TCPDSACKIgnoredDubious", "TCPMigrateReqSuccess",
  "TCPMigrateReqFailure", "TCPPLBRehash", "TCPAORequired", "TCPAOBad", "TCPAOKeyNotFound", "TCPAOGood",
  "TCPAODroppedIcmps",
];

/** MPTCP_MIB_*: "MPTcpExt:" (no MPTCP in the model: all stay 0). */
export const MPTCPEXT_NAMES: readonly string[] = [
  "MPCapableSYNRX", "MPCapableSYNTX", "MPCapableSYNACKRX", "MPCapableACKRX", "MPCapableFallbackACK",
  "MPCapableFallbackSYNACK", "MPCapableSYNTXDrop", "MPCapableSYNTXDisabled", "MPCapableEndpAttempt",
  "MPFallbackTokenInit", "MPTCPRetrans", "MPJoinNoTokenFound", "MPJoinSynRx", "MPJoinSynBackupRx", "MPJoinSynAckRx",
  "MPJoinSynAckBackupRx", "MPJoinSynAckHMacFailure", "MPJoinAckRx", "MPJoinAckHMacFailure", "MPJoinRejected",
  "MPJoinSynTx", "MPJoinSynTxCreatSkErr", "MPJoinSynTxBindErr", "MPJoinSynTxConnectErr", "DSSNotMatching",
  "DSSCorruptionFallback", "DSSCorruptionReset", "InfiniteMapTx", "InfiniteMapRx", "DSSNoMatchTCP", "DataCsumErr",
  "OFOQueueTail", "OFOQueue", "OFOMerge", "NoDSSInWindow", "DuplicateData", "AddAddr", "AddAddrTx", "AddAddrTxDrop",
  "EchoAdd", "EchoAddTx", "EchoAddTxDrop", "PortAdd", "AddAddrDrop", "MPJoinPortSynRx", "MPJoinPortSynAckRx",
  "MPJoinPortAckRx", "MismatchPortSynRx", "MismatchPortAckRx", "RmAddr", "RmAddrDrop", "RmAddrTx", "RmAddrTxDrop",
  "RmSubflow", "MPPrioTx", "MPPrioRx", "MPFailTx", "MPFailRx", "MPFastcloseTx", "MPFastcloseRx", "MPRstTx",
  "MPRstRx", "SubflowStale", "SubflowRecover", "SndWndShared", "RcvWndShared", "RcvWndConflictUpdate",
  "RcvWndConflict", "MPCurrEstab", "Blackhole", "MPCapableDataFallback", "MD5SigFallback", "DssFallback",
  "SimultConnectFallback", "FallbackFailed", "WinProbe",
];

function linux(name: string): number {
  const i = TCPEXT_NAMES.indexOf(name);
  if (i < 0) throw new Error(`snmp: no TcpExt counter ${name}`);
  return i;
}

export const LINUX_MIB_TW = linux("TW");
export const LINUX_MIB_EMBRYONICRSTS = linux("EmbryonicRsts");
export const LINUX_MIB_DELAYEDACKS = linux("DelayedACKs");
export const LINUX_MIB_LISTENOVERFLOWS = linux("ListenOverflows");
export const LINUX_MIB_LISTENDROPS = linux("ListenDrops");
export const LINUX_MIB_TCPHPHITS = linux("TCPHPHits");
export const LINUX_MIB_TCPPUREACKS = linux("TCPPureAcks");
export const LINUX_MIB_TCPHPACKS = linux("TCPHPAcks");
export const LINUX_MIB_TCPTIMEOUTS = linux("TCPTimeouts");
export const LINUX_MIB_TCPABORTONDATA = linux("TCPAbortOnData");
export const LINUX_MIB_TCPABORTONCLOSE = linux("TCPAbortOnClose");
export const LINUX_MIB_TCPABORTONTIMEOUT = linux("TCPAbortOnTimeout");
export const LINUX_MIB_IPRPFILTER = linux("IPReversePathFilter");
export const LINUX_MIB_TCPSYNRETRANS = linux("TCPSynRetrans");
export const LINUX_MIB_TCPORIGDATASENT = linux("TCPOrigDataSent");
export const LINUX_MIB_TCPDELIVERED = linux("TCPDelivered");
export const LINUX_MIB_TCPRCVQDROP = linux("TCPRcvQDrop");
export const LINUX_MIB_TCPSPURIOUS_RTX_HOSTQUEUES = linux("TCPSpuriousRtxHostQueues");
export const LINUX_MIB_TCPTIMEOUTREHASH = linux("TcpTimeoutRehash");
export const LINUX_MIB_TCPRCVCOALESCE = linux("TCPRcvCoalesce");

/**
 * Zeroed counters for a MIB. A Float64Array over 64 bytes gets its own
 * off-heap buffer in V8 (an allocation and a sweep each, ~20x a view's cost);
 * every namespace and inet6_dev that sees an IPv6 packet makes one, so they
 * are carved from a shared 16 KiB buffer instead (as skbuff.ts carves frames).
 * Counters live as long as their owner; a buffer lives while any of them does.
 */
const COUNTER_SLAB = 2048;
const counterSlab = new ByteSlab(COUNTER_SLAB * 8);
export function allocCounters(n: number): Float64Array {
  if (n <= 8 || n > COUNTER_SLAB / 4) return new Float64Array(n);
  const off = counterSlab.carve(n * 8);
  return new Float64Array(counterSlab.buf, off, n);
}

/** struct netns_mib, made on first use. */
export class NetMib {
  readonly ip = allocCounters(IPSTATS_MAX);
  readonly icmp = new Float64Array(ICMP_MAX);
  /** icmpmsg_statistics: InTypeN at N, OutTypeN at 256 + N (made on the first ICMP message). */
  icmpMsg: Float64Array | undefined = undefined;
  readonly tcp = allocCounters(TCP_NAMES.length);
  readonly udp = allocCounters(UDP_NAMES.length);
  readonly net = allocCounters(TCPEXT_NAMES.length);
}

/**
 * icmpv6msg_statistics, sparse: InTypeN at N, OutTypeN at 256 + N. A
 * namespace or device sees a handful of types, so (slot, count) pairs in one
 * exactly sized array (a Map costs ~180 bytes before its first entry).
 */
export class IcmpMsgCounts {
  private pairs: number[] = [];

  inc(slot: number): void {
    const p = this.pairs;
    for (let i = 0; i < p.length; i += 2) {
      if (p[i] === slot) {
        p[i + 1]!++;
        return;
      }
    }
    // (Copied element by element into an array of the final length: concat takes a generic slow path.)
    const n = p.length;
    const out = new Array<number>(n + 2);
    for (let i = 0; i < n; i++) out[i] = p[i]!;
    out[n] = slot;
    out[n + 1] = 1;
    this.pairs = out;
  }

  get(slot: number): number | undefined {
    const p = this.pairs;
    for (let i = 0; i < p.length; i += 2) if (p[i] === slot) return p[i + 1];
    return undefined;
  }

  /** The (slot, count) pairs themselves, for a tally that adds to the counts (kernel/ipv4/ping_batch.ts); replaced when a slot is added. */
  pairsArray(): number[] {
    return this.pairs;
  }

  /** The slots counted so far, in first-count order. */
  keys(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.pairs.length; i += 2) out.push(this.pairs[i]!);
    return out;
  }
}

/**
 * The IPv6 half of struct netns_mib (made on the first IPv6 count, apart from
 * the IPv4 half). Ip6 and Icmp6 share one array as in Inet6DevStats (typed
 * arrays cost ~180 bytes each on the heap besides their data); Udp6 is made
 * at its first count (most namespaces never see IPv6 UDP).
 */
export class NetMib6 {
  /** The IPSTATS_* counters, then (from DEV_ICMP6) the ICMP6_* ones. */
  readonly c = allocCounters(IPSTATS_MAX + ICMP_MAX);
  /** icmpv6msg_statistics (made on the first message). */
  icmp6Msg: IcmpMsgCounts | undefined = undefined;
  private udp: Float64Array | undefined = undefined;

  /** The Udp6 counters, made here if none were counted yet. */
  get udp6(): Float64Array {
    return (this.udp ??= new Float64Array(UDP_NAMES.length));
  }

  /** The Udp6 counters if any were counted. */
  udp6IfAny(): Float64Array | undefined {
    return this.udp;
  }
}

/** The namespace's IPv6 counters (made on first use). */
export function netMib6(ns: NetNamespace): NetMib6 {
  return (ns.mib6 ??= new NetMib6());
}

/** The namespace's ICMP message table (made on first use). */
export function icmpMsgOf(m: NetMib): Float64Array {
  return (m.icmpMsg ??= new Float64Array(512));
}

/** The namespace's counters (made on first use). */
export function netMib(ns: NetNamespace): NetMib {
  return (ns.mib ??= new NetMib());
}

/** The per-device IPv6 counters of an inet6_dev (idev->stats): ipv6, icmpv6dev, icmpv6msgdev. */
export class Inet6DevStats {
  /** The IPSTATS_* counters, then (from DEV_ICMP6) the ICMP6_* ones, in one array. */
  readonly c = allocCounters(IPSTATS_MAX + ICMP_MAX);
  icmp6Msg: IcmpMsgCounts | undefined = undefined;
}

/** Where a device's ICMPv6 counters start in Inet6DevStats.c. */
export const DEV_ICMP6 = IPSTATS_MAX;
