// The extensions this iptables knows (what `-m NAME` and `-j NAME` can load),
// looked up by the name typed and by the name the kernel stores.

import { ADDRTYPE } from "./addrtype.js";
import { COMMENT } from "./comment.js";
import { CONNMARK_MATCH, CONNMARK_TARGET } from "./connmark.js";
import { CONNTRACK, STATE } from "./conntrack.js";
import { ICMP } from "./icmp.js";
import { HASHLIMIT } from "./hashlimit.js";
import { STRING, TCPOPTSTRIP } from "./payload.js";
import { TIME } from "./time.js";
import { RECENT } from "./recent.js";
import { POLICY } from "./policy.js";
import { DCCP, SCTP } from "./sctpdccp.js";
import { AH6, DST, EUI64, FRAG, HBH, HL_MATCH, HL_TARGET, ICMP6, IPV6HEADER, MH, REJECT6, RT, SRH, SNPT, DNPT } from "./ip6.js";
import { CHECKSUM, CLASSIFY, CPU, HELPER, NFLOG, NFQUEUE, QUOTA, REALM, TCPMSS_MATCH, TCPMSS_TARGET } from "./misc.js";
import { AH, DSCP_MATCH, DSCP_TARGET, ECN_MATCH, ECN_TARGET, ESP, TOS_MATCH, TOS_TARGET, TTL_MATCH, TTL_TARGET } from "./iphdr.js";
import { IPRANGE } from "./iprange.js";
import { SET_MATCH, SET_TARGET } from "./set.js";
import { LIMIT } from "./limit.js";
import { MARK_MATCH, MARK_TARGET } from "./mark.js";
import { MULTIPORT } from "./multiport.js";
import { LENGTH, MAC, PHYSDEV, PKTTYPE } from "./simple.js";
import { STATISTIC } from "./statistic.js";
import { CT, DNAT, DNAT6, LOG, MASQUERADE, NOTRACK, REDIRECT, REJECT, SNAT, SNAT6, TRACE } from "./targets.js";
import { TCP, UDP } from "./tcpudp.js";
import { CGROUP, OWNER, SOCKET } from "./owner.js";
import { CONNBYTES, CONNLABEL, CONNLIMIT, CONNLIMIT6 } from "./connext.js";
import { BPF, CLUSTER, IPCOMP, OSF, RPFILTER, U32 } from "./pktmatch.js";
import { MORE_MATCHES, MORE_TARGETS } from "./more.js";
import type { XtExtension } from "./types.js";

const MATCHES: XtExtension[] = [TCP, UDP, ICMP, MULTIPORT, COMMENT, MARK_MATCH, CONNMARK_MATCH, CONNTRACK, STATE, STATISTIC, LIMIT, ADDRTYPE, IPRANGE, MAC, PHYSDEV, PKTTYPE, LENGTH, TTL_MATCH, TOS_MATCH, DSCP_MATCH, ECN_MATCH, AH, ESP, QUOTA, CPU, HELPER, REALM, TCPMSS_MATCH, ICMP6, HL_MATCH, AH6, FRAG, DST, HBH, RT, MH, IPV6HEADER, EUI64, SRH, SCTP, DCCP, HASHLIMIT, STRING, TIME, RECENT, POLICY, OWNER, SOCKET, CGROUP, CONNBYTES, CONNLIMIT, CONNLIMIT6, CONNLABEL, CLUSTER, IPCOMP, RPFILTER, OSF, U32, BPF, SET_MATCH] as XtExtension[];
const TARGETS: XtExtension[] = [LOG, REJECT, MARK_TARGET, CONNMARK_TARGET, CT, NOTRACK, TRACE, SNAT, DNAT, MASQUERADE, REDIRECT, TTL_TARGET, TOS_TARGET, DSCP_TARGET, ECN_TARGET, NFLOG, NFQUEUE, CLASSIFY, CHECKSUM, TCPMSS_TARGET, REJECT6, HL_TARGET, SNAT6, DNAT6, SNPT, DNPT, TCPOPTSTRIP, SET_TARGET] as XtExtension[];
MATCHES.push(...MORE_MATCHES);
TARGETS.push(...MORE_TARGETS);

const forFamily = (x: XtExtension, family: 4 | 6) => x.family === undefined || x.family === family;

/** xtables_find_match() first renames "icmpv6" and "ipv6-icmp" to "icmp6" (so `-p ipv6-icmp`
 *  loads it, and iptables' error names "icmp6"). */
export function canonicalMatchName(name: string): string {
  return name === "icmpv6" || name === "ipv6-icmp" ? "icmp6" : name;
}

/** xtables_find_match(): by the name given to -m (or implied by -p), among the family's extensions. */
export function findMatch(name: string, family: 4 | 6 = 4): XtExtension | undefined {
  name = canonicalMatchName(name);
  return MATCHES.find((m) => (m.name === name || m.aliases?.includes(name)) && forFamily(m, family));
}

/** xtables_find_target(): by the name given to -j. */
export function findTarget(name: string, family: 4 | 6 = 4): XtExtension | undefined {
  return TARGETS.find((t) => t.name === name && forFamily(t, family));
}

/** The extension that prints a stored match (by its kernel name). */
export function matchByKernelName(name: string, family: 4 | 6 = 4): XtExtension | undefined {
  return MATCHES.find((m) => m.name === name && !m.realName && forFamily(m, family));
}

export function targetByKernelName(name: string, family: 4 | 6 = 4): XtExtension | undefined {
  return TARGETS.find((t) => t.name === name && !t.realName && forFamily(t, family));
}

/** Standard targets, which are not extensions but verdicts. */
export const STANDARD_TARGETS = ["ACCEPT", "DROP", "RETURN", "QUEUE"];
