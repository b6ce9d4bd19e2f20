// net/ipv6/addrlabel.c: the per-namespace IPv6 address label table of RFC 6724
// (policy table labels; precedences are not used by the kernel). Source
// address selection compares labels (rule 6, kernel/ipv6/saddr.ts). Entries
// are kept longest prefix first; a new one goes before the first entry with a
// shorter prefix or with the same length and no device (__ip6addrlbl_add), so
// device-bound entries of a length come first. Entries for a device that is
// gone stay (ip prints "dev ifN"), as in Linux.
//
// Memory: a namespace whose table was never changed shares the default list;
// the first change gives it its own copy.

import { kerr } from "../../uapi/errno.js";
import type { AddrLabelReply, AddrLabelRequest, IfAddrLblMsg } from "../../uapi/if_addrlabel.js";
import { NLM_F_REPLACE } from "../../uapi/rtnetlink.js";
import { ip6FromBytes, ip6PrefixMask, ip6ToBytes, type Ip6Addr } from "../../wire/addr.js";
import { devGetByIndex } from "../core/dev.js";
import type { NetNamespace } from "../core/netns.js";
import type { Task } from "../task/task.js";

/** IPV6_ADDR_LABEL_DEFAULT: the label of an address no entry matches. */
export const IPV6_ADDR_LABEL_DEFAULT = 0xffffffff;

const AF_INET6 = 10;
// The address types an entry may be limited to (ipv6_addr_type() bits).
const ADDR_LOOPBACK = 0x10;
const ADDR_COMPATV4 = 0x80;
const ADDR_MAPPED = 0x1000;

interface Entry {
  readonly prefix: Ip6Addr;
  readonly prefixlen: number;
  /** The prefix length's mask, made once in alloc() (lookups AND with it). */
  readonly mask: Ip6Addr;
  readonly ifindex: number;
  readonly addrtype: number;
  readonly label: number;
}

/** The loopback/v4-compatible/v4-mapped type bits of ipv6_addr_type() an entry can be limited to. */
function specialType(a: Ip6Addr): number {
  if (a >> 32n === 0xffffn) return ADDR_MAPPED;
  if (a >> 32n === 0n) return a === 1n ? ADDR_LOOPBACK : a === 0n ? 0 : ADDR_COMPATV4;
  return 0;
}

/** ip6addrlbl_alloc(): the masked prefix and the address type the entry keeps (EINVAL for a too-long mapped one). */
function alloc(prefix: Ip6Addr, prefixlen: number, ifindex: number, label: number): Entry {
  let addrtype = specialType(prefix);
  if (addrtype === ADDR_MAPPED) {
    if (prefixlen > 96) throw kerr("EINVAL");
    if (prefixlen < 96) addrtype = 0;
  } else if (addrtype === ADDR_COMPATV4 && prefixlen !== 96) addrtype = 0;
  else if (addrtype === ADDR_LOOPBACK && prefixlen !== 128) addrtype = 0;
  const mask = ip6PrefixMask(prefixlen);
  return { prefix: prefix & mask, prefixlen, mask, ifindex, addrtype, label };
}

/** __ip6addrlbl_add(): EEXIST (or replaced) for the same prefix, length and device. */
function insert(list: Entry[], e: Entry, replace: boolean): void {
  for (let i = 0; i < list.length; i++) {
    const p = list[i]!;
    if (p.prefixlen === e.prefixlen && p.ifindex === e.ifindex && p.prefix === e.prefix) {
      if (!replace) throw kerr("EEXIST");
      list[i] = e;
      return;
    }
    if ((p.prefixlen === e.prefixlen && !p.ifindex) || p.prefixlen < e.prefixlen) {
      list.splice(i, 0, e);
      return;
    }
  }
  list.push(e);
}

/** ip6addrlbl_init_table(): the RFC 6724 defaults, added in the kernel's order. */
const DEFAULTS: readonly Entry[] = (() => {
  const list: Entry[] = [];
  const defs: Array<[string, number, number]> = [
    ["0", 0, 1], // ::/0
    ["fc00", 7, 5], // unique local
    ["fec0", 10, 11], // site local
    ["2002", 16, 2], // 6to4
    ["3ffe", 16, 12], // 6bone
    ["20010000", 32, 6], // Teredo
    ["20010010", 28, 7], // ORCHID
  ];
  for (const [hi, len, label] of defs) insert(list, alloc(BigInt(`0x${hi.padEnd(32, "0")}`), len, 0, label), false);
  insert(list, alloc(0xffffn << 32n, 96, 0, 4), false); // ::ffff:0:0/96
  insert(list, alloc(0n, 96, 0, 3), false); // ::/96
  insert(list, alloc(1n, 128, 0, 0), false); // ::1/128
  return list;
})();

const KEY = "ipv6-addrlabel";

/** The namespace's table: the shared defaults until it is first changed. */
function table(ns: NetNamespace): readonly Entry[] {
  return (ns.pernet.get(KEY) as Entry[] | undefined) ?? DEFAULTS;
}

function ownTable(ns: NetNamespace): Entry[] {
  let t = ns.pernet.get(KEY) as Entry[] | undefined;
  if (!t) ns.pernet.set(KEY, (t = [...DEFAULTS]));
  return t;
}

/** ipv6_addr_label(): the first entry for the address (and device, when the entry names one). */
export function ipv6AddrLabel(ns: NetNamespace, addr: Ip6Addr, ifindex: number): number {
  const type = specialType(addr);
  for (const p of table(ns)) {
    if (p.ifindex && p.ifindex !== ifindex) continue;
    if (p.addrtype && p.addrtype !== (type & p.addrtype)) continue;
    if ((addr & p.mask) === p.prefix) return p.label;
  }
  return IPV6_ADDR_LABEL_DEFAULT;
}

/** ip6addrlbl_newdel()'s checks, then the add or the delete (ESRCH when nothing matches). */
function newdel(ns: NetNamespace, type: "RTM_NEWADDRLABEL" | "RTM_DELADDRLABEL", flags: number, m: IfAddrLblMsg): void {
  // ifal_policy: IFAL_ADDRESS is at least a struct in6_addr.
  if (m.IFAL_ADDRESS && m.IFAL_ADDRESS.length < 16) throw kerr("EINVAL", "Attribute failed policy validation");
  if (m.ifal_family !== AF_INET6 || m.ifal_prefixlen > 128) throw kerr("EINVAL");
  if (!m.IFAL_ADDRESS || m.IFAL_LABEL === undefined || m.IFAL_LABEL === IPV6_ADDR_LABEL_DEFAULT) throw kerr("EINVAL");
  const pfx = ip6FromBytes(m.IFAL_ADDRESS);
  if (type === "RTM_NEWADDRLABEL") {
    if (m.ifal_index && !devGetByIndex(ns, m.ifal_index)) throw kerr("EINVAL");
    const e = alloc(pfx, m.ifal_prefixlen, m.ifal_index, m.IFAL_LABEL);
    insert(ownTable(ns), e, (flags & NLM_F_REPLACE) !== 0);
    return;
  }
  const prefix = pfx & ip6PrefixMask(m.ifal_prefixlen);
  const list = ownTable(ns);
  const i = list.findIndex((p) => p.prefix === prefix && p.prefixlen === m.ifal_prefixlen && p.ifindex === m.ifal_index);
  if (i < 0) throw kerr("ESRCH");
  list.splice(i, 1);
}

/** The RTM_*ADDRLABEL door (throws KernelError). The dump exists for AF_INET6 only. */
export function addrlabelRtnlTalk(task: Task, req: AddrLabelRequest): AddrLabelReply {
  const ns = task.netns;
  if (req.type === "RTM_GETADDRLABEL") {
    if (req.family !== AF_INET6) throw kerr("EOPNOTSUPP");
    const labels = table(ns).map((p) => ({
      ifal_family: AF_INET6,
      ifal_prefixlen: p.prefixlen,
      ifal_index: p.ifindex,
      IFAL_ADDRESS: ip6ToBytes(p.prefix),
      IFAL_LABEL: p.label,
    }));
    return { type: "addrlabels", labels };
  }
  newdel(ns, req.type, req.nlmsg_flags, req.msg);
  return { type: "ack" };
}
