// /proc/net/nf_conntrack (net/netfilter/nf_conntrack_standalone.c,
// ct_seq_show): one line per confirmed connection of the reader's namespace,
//   ipv4     2 tcp      6 119 TIME_WAIT src=… dst=… sport=… dport=… src=… … [ASSURED] mark=0 zone=0 use=2
//   ipv6     10 icmpv6   58 29 src=fd00:0001:0000:…:0002 dst=… type=128 code=0 id=… src=… type=129 …
// The kernel walks its hash table, so its order is the hash's (random per
// boot); we list in table order, as `conntrack -L` does here. "use" is the
// reference count while the reader holds the entry: 2 for a live entry, one
// more per packet waiting in an ARP queue (nf_conntrack_refs.ts).
// We knowingly differ: the file exists in every namespace from boot, as it
// does once the nf_conntrack module is loaded on the host.

import { formatIp6Full } from "../../../wire/addr.js";
import { registerProcEntry } from "../../fs/procfs.js";
import { registerSysctlReadHook } from "../../fs/procfs-sys.js";
import { procTextFile } from "../../fs/proc_text.js";
import { TCP_STATE_NAMES, IPS_ASSURED, IPS_SEEN_REPLY, type Conn } from "./nf_conntrack.js";
import { nfCtList } from "./nf_conntrack_core.js";
import { nfCtQueuedRefs } from "./nf_conntrack_refs.js";
import { IPPROTO_ICMP, IPPROTO_ICMPV6, IPPROTO_TCP, IPPROTO_UDP, NFPROTO_IPV6, type NfAddr, type NfTuple } from "./nf_conntrack_tuple.js";

/** l4proto->l4proto names as nf_conntrack_standalone's l4proto_name() gives them. */
function l4Name(proto: number): string {
  switch (proto) {
    case IPPROTO_TCP:
      return "tcp";
    case IPPROTO_UDP:
      return "udp";
    case IPPROTO_ICMP:
      return "icmp";
    case IPPROTO_ICMPV6:
      return "icmpv6";
    case 33:
      return "dccp";
    case 47:
      return "gre";
    case 132:
      return "sctp";
    case 136:
      return "udplite";
    default:
      return "unknown";
  }
}

/** %pI4, or %pI6 for IPv6: eight groups of four hex digits, nothing compressed. */
function addrText(a: NfAddr): string {
  if (typeof a === "number") return `${a >>> 24}.${(a >>> 16) & 0xff}.${(a >>> 8) & 0xff}.${a & 0xff}`;
  return formatIp6Full(a);
}

/** print_tuple(): addresses, then the protocol's own part. */
function tupleText(t: NfTuple): string {
  let s = `src=${addrText(t.src)} dst=${addrText(t.dst)} `;
  if (t.proto === IPPROTO_TCP || t.proto === IPPROTO_UDP) s += `sport=${t.sport} dport=${t.dport} `;
  else if (t.proto === IPPROTO_ICMP || t.proto === IPPROTO_ICMPV6) s += `type=${t.type} code=${t.code} id=${t.sport} `;
  return s;
}

function line(ct: Conn, queued: number): string {
  const acct = ct.acct;
  const p = ct.orig.proto;
  // A protocol the kernel tracks generically shows its real number.
  const l3 = ct.orig.l3 === NFPROTO_IPV6 ? "ipv6     10" : "ipv4     2";
  let s = `${l3} ${l4Name(p).padEnd(8)} ${p} ${ct.expiresIn()} `;
  if (ct.tcp) s += `${TCP_STATE_NAMES[ct.tcp.state]} `;
  s += tupleText(ct.orig);
  if (acct) s += `packets=${ct.packets[0]} bytes=${ct.bytes[0]} `;
  if (!(ct.status & IPS_SEEN_REPLY)) s += "[UNREPLIED] ";
  s += tupleText(ct.reply);
  if (acct) s += `packets=${ct.packets[1]} bytes=${ct.bytes[1]} `;
  if (ct.status & IPS_ASSURED) s += "[ASSURED] ";
  return `${s}mark=${ct.mark} zone=${ct.zone} use=${2 + queued}\n`;
}

registerProcEntry("net", "nf_conntrack", () =>
  procTextFile((task) => {
    const net = task.netns;
    let out = "";
    const queued = nfCtQueuedRefs(net);
    for (const ct of nfCtList(net)) out += line(ct, queued.get(ct) ?? 0);
    return out;
  }),
);

// net.netfilter.nf_conntrack_count (nf_conntrack_standalone.c: proc_dointvec
// over cnet->count): the namespace's live entries.
registerSysctlReadHook("net.netfilter.nf_conntrack_count", (ns) => String(nfCtList(ns).length));
