// What ebtables-nft and the bridge-family nf_tables store exchange: a rule in
// ebtables' terms (struct ebt_entry's fixed part: Ethernet protocol, MAC
// addresses with masks, the four interface names, each invertible) and its
// verdict, the bridge hooks (NF_BR_*) and the built-in tables ebtables knows.

export const NFPROTO_BRIDGE = 7;

/** enum nf_br_hook_priorities / NF_BR_* hook numbers (include/uapi/linux/netfilter_bridge.h). */
export const NF_BR_PRE_ROUTING = 0;
export const NF_BR_LOCAL_IN = 1;
export const NF_BR_FORWARD = 2;
export const NF_BR_LOCAL_OUT = 3;
export const NF_BR_POST_ROUTING = 4;
export type EbtHook = 0 | 1 | 2 | 3 | 4;

export const NF_BR_PRI_NAT_DST_BRIDGED = -300;
export const NF_BR_PRI_FILTER_BRIDGED = -200;
export const NF_BR_PRI_BRNF = 0;
export const NF_BR_PRI_NAT_DST_OTHER = 100;
export const NF_BR_PRI_FILTER_OTHER = 200;
export const NF_BR_PRI_NAT_SRC = 300;

export interface EbtMac {
  inv: boolean;
  mac: number[];
  mask: number[];
}

export interface EbtIface {
  inv: boolean;
  /** As given; a trailing '+' matches every name with that prefix. */
  name: string;
}

export type EbtVerdict = "ACCEPT" | "DROP" | "RETURN" | "CONTINUE";

/** ebt_ip (struct ebt_ip_info): addresses with masks, tos, protocol, port ranges; each invertible. */
export interface EbtIpMatch {
  kind: "ip";
  src?: { inv: boolean; addr: number; mask: number };
  dst?: { inv: boolean; addr: number; mask: number };
  tos?: { inv: boolean; value: number };
  proto?: { inv: boolean; value: number };
  sport?: { inv: boolean; lo: number; hi: number };
  dport?: { inv: boolean; lo: number; hi: number };
  /** --ip-icmp-type: type range and code range. */
  icmp?: { inv: boolean; type: [number, number]; code: [number, number] };
}

/** ebt_mark_m: (mark & mask) == value, or with "/MASK" alone (mark & mask) != 0. */
export interface EbtMarkMatch {
  kind: "mark";
  inv: boolean;
  mark: number;
  mask: number;
  or: boolean;
}

/** ebt_pkttype: skb->pkt_type (0 host, 1 broadcast, 2 multicast, 3 otherhost, 4 outgoing, 5 loopback). */
export interface EbtPkttypeMatch {
  kind: "pkttype";
  inv: boolean;
  type: number;
}

/** ebt_arp (struct ebt_arp_info): header fields, addresses with masks, gratuitous; each invertible. */
export interface EbtArpMatch {
  kind: "arp";
  op?: { inv: boolean; value: number };
  htype?: { inv: boolean; value: number };
  ptype?: { inv: boolean; value: number };
  ipSrc?: { inv: boolean; addr: number; mask: number };
  ipDst?: { inv: boolean; addr: number; mask: number };
  macSrc?: EbtMac;
  macDst?: EbtMac;
  gratuitous?: { inv: boolean };
}

/** ebt_vlan: the 802.1Q tag's VLAN id and priority and the encapsulated type. */
export interface EbtVlanMatch {
  kind: "vlan";
  id?: { inv: boolean; value: number };
  prio?: { inv: boolean; value: number };
  encap?: { inv: boolean; value: number };
}

/** ebt_802_3: the LLC DSAP/SSAP of an 802.3 frame, and the SNAP type. */
export interface Ebt8023Match {
  kind: "802_3";
  sap?: { inv: boolean; value: number };
  type?: { inv: boolean; value: number };
}

/**
 * among (ebtables-nft: sets of MAC or MAC . IPv4 pairs): sorted as nft keeps
 * them; `count` is how many pairs were given (duplicates read back as zero pairs).
 * A pair without an address (0.0.0.0) matches any address.
 */
export interface EbtAmongList {
  inv: boolean;
  ip: boolean;
  pairs: { mac: number[]; ip: number }[];
  count: number;
}

export interface EbtAmongMatch {
  kind: "among";
  src?: EbtAmongList;
  dst?: EbtAmongList;
}

/** limit (xt_limit for the bridge): average period in 1/10000 s and burst. */
export interface EbtLimitMatch {
  kind: "limit";
  avg: number;
  burst: number;
}

export type EbtMatch = EbtLimitMatch | EbtAmongMatch | EbtIpMatch | EbtMarkMatch | EbtPkttypeMatch | EbtArpMatch | EbtVlanMatch | Ebt8023Match;

export interface EbtEntry {
  /** -p: an Ethernet type (>= 0x0600) or "LENGTH" (any 802.3 length field). */
  proto?: { inv: boolean; type: number | "LENGTH" };
  src?: EbtMac;
  dst?: EbtMac;
  in?: EbtIface;
  out?: EbtIface;
  logicalIn?: EbtIface;
  logicalOut?: EbtIface;
  matches?: EbtMatch[];
  target:
    | { kind: "verdict"; verdict: EbtVerdict }
    | { kind: "jump"; chain: string }
    /** ebt_mark target: set/or/and/xor the skb mark, then its own verdict. */
    /** `jump`: named by -j mark (the rule then places it after its counter), not loaded by an option. */
    | { kind: "mark"; op: "set" | "or" | "and" | "xor"; value: number; verdict: EbtVerdict; jump?: boolean }
    /** ebt_dnat / ebt_snat / ebt_redirect: rewrite a MAC address, then the target's verdict. */
    | { kind: "nat"; type: "dnat" | "snat" | "redirect"; mac: number[]; arp?: boolean; verdict: EbtVerdict; jump?: boolean };
}

export interface EbtCounters {
  pcnt: bigint;
  bcnt: bigint;
}

export interface EbtRule {
  entry: EbtEntry;
  counters: EbtCounters;
}

export interface EbtChain {
  name: string;
  base?: { hook: EbtHook; priority: number; policy: "ACCEPT" | "DROP" };
  /**
   * A user chain's policy, which ebtables-nft stores as a last rule of its own
   * (a counter and the verdict) that listings leave out; none means RETURN.
   */
  userPolicy?: { verdict: "ACCEPT" | "DROP" | "RETURN"; counters: EbtCounters };
  rules: EbtRule[];
}

export interface EbtTable {
  name: string;
  chains: EbtChain[];
}

/** The built-in tables of ebtables-nft 1.8.9 (iptables/nft.c xtables_bridge): filter and nat, no broute. */
export const EBT_TABLES: readonly { name: string; chains: readonly { name: string; hook: EbtHook; priority: number }[] }[] = [
  {
    name: "filter",
    chains: [
      { name: "INPUT", hook: NF_BR_LOCAL_IN, priority: NF_BR_PRI_FILTER_BRIDGED },
      { name: "FORWARD", hook: NF_BR_FORWARD, priority: NF_BR_PRI_FILTER_BRIDGED },
      { name: "OUTPUT", hook: NF_BR_LOCAL_OUT, priority: NF_BR_PRI_FILTER_BRIDGED },
    ],
  },
  {
    name: "nat",
    chains: [
      { name: "PREROUTING", hook: NF_BR_PRE_ROUTING, priority: NF_BR_PRI_NAT_DST_BRIDGED },
      { name: "OUTPUT", hook: NF_BR_LOCAL_OUT, priority: NF_BR_PRI_NAT_DST_OTHER },
      { name: "POSTROUTING", hook: NF_BR_POST_ROUTING, priority: NF_BR_PRI_NAT_SRC },
    ],
  },
];

export function ebtTableDef(name: string) {
  return EBT_TABLES.find((t) => t.name === name);
}

/** One change of a batch; rules are addressed by position in their chain. */
export type EbtOp =
  | { op: "newtable"; table: string }
  | { op: "deltable"; table: string }
  | { op: "newchain"; table: string; chain: string; hook?: EbtHook; policy?: "ACCEPT" | "DROP" }
  | { op: "userpolicy"; table: string; chain: string; policy: "ACCEPT" | "DROP" | "RETURN"; counters?: EbtCounters }
  | { op: "delchain"; table: string; chain: string }
  | { op: "renamechain"; table: string; chain: string; newname: string }
  | { op: "newrule"; table: string; chain: string; entry: EbtEntry; counters?: EbtCounters; index?: number }
  | { op: "delrule"; table: string; chain: string; index: number }
  | { op: "flushchain"; table: string; chain: string }
  | { op: "zero"; table: string; chain: string };

export interface EbtBatchError {
  index: number;
  errno: string;
}
