// What nft sends the kernel for native nf_tables objects (the typed messages of
// NFT_MSG_NEWTABLE/NEWCHAIN/NEWRULE/DEL*, include/uapi/linux/netfilter/nf_tables.h),
// in the model's form: a rule is a list of statements (a match stands for the
// payload/meta/ct load and the cmp, range or anonymous-set lookup nft emits).

export type NftFamily = "ip" | "ip6" | "inet" | "arp" | "bridge" | "netdev";
/** NFPROTO_* of each family (the nfgenmsg family of its messages). */
export const NFPROTO_FAMILY: Record<NftFamily, number> = { inet: 1, ip: 2, arp: 3, netdev: 5, bridge: 7, ip6: 10 };

/** A compared value: one value, a prefix (addresses), a range, or an interface name (`*` wildcard). */
export type NftVal =
  | { kind: "single"; v: bigint }
  | { kind: "prefix"; v: bigint; len: number }
  | { kind: "range"; lo: bigint; hi: bigint }
  /** iif/oif NAME also carry the ifindex nft resolved the name to when the rule was added. */
  | { kind: "str"; s: string; ifindex?: number }
  /** A concatenation's value (`10.0.0.1 . 22`): one value per field. */
  | { kind: "concat"; parts: NftVal[] };

export type NftField =
  | "ip saddr"
  | "ip daddr"
  | "ip6 saddr"
  | "ip6 daddr"
  | "ip protocol"
  | "meta l4proto"
  | "tcp sport"
  | "tcp dport"
  | "udp sport"
  | "udp dport"
  | "iifname"
  | "oifname"
  | "iif"
  | "oif"
  | "ct state"
  | "icmp type"
  | "icmpv6 type"
  | "ether saddr"
  | "meta mark"
  /** The TCP flags byte (a bitmask: see NftMatch.flags). */
  | "tcp flags";

export interface NftMatch {
  k: "match";
  field: NftField;
  neg: boolean;
  vals: NftVal[];
  /** Written as `{ ... }`: an anonymous set (takes a handle in its table). */
  set: boolean;
  /** A concatenation `ip saddr . tcp dport` (field is the first): values are `concat`. */
  fields?: NftField[];
  /** `@name`: a lookup in the table's named set (vals unused). */
  ref?: string;
  /**
   * A bitmask compare (tcp flags): `implicit` (`tcp flags syn,ack`: any of them set),
   * `mask` (`tcp flags & (syn|ack) == syn`: the masked value compared); else the value exactly.
   */
  flags?: { implicit?: boolean; mask?: bigint };
}

/** `dnat to FIELD map { K : ADDR, ... }` / `map @name`: the address comes from a map keyed by a packet field. */
export interface NftNatMap {
  field: NftField;
  elems: NftElem[];
  ref?: string;
}

/** A map element's data: a verdict (vmap) or a value of the map's data type. */
export type NftData = { kind: "verdict"; v: "accept" | "drop" | "return" | "continue" | "jump" | "goto"; chain?: string } | { kind: "value"; v: NftVal };

export interface NftElem {
  key: NftVal;
  data?: NftData;
  /** The element's own timeout (ms), when it has one. */
  timeout?: number;
  /** In the store: when it expires (ns on the clock); in a dump: the ms it has left. */
  expires?: number;
}

/** A part of a set statement's key: a packet field, or a constant. */
export type NftKeyPart = { field: NftField } | { val: NftVal };

/** A named set or map as declared (NFTA_SET_*): key type (or `typeof` expression), data type for maps, flags. */
export interface NftSetSpec {
  name: string;
  /** The key's datatype name (ipv4_addr, inet_service, ...). */
  key: string;
  /** `typeof EXPR`: the expression the key type came from (kept in the set's userdata). */
  keyExpr?: string;
  /** A map's data type name (verdict, ipv4_addr, ...). */
  data?: string;
  dataExpr?: string;
  /** NFT_SET_CONSTANT/INTERVAL/TIMEOUT/EVAL as nft names them. */
  flags: string[];
  /** The default element timeout in ms. */
  timeout?: number;
  size?: number;
  policy?: "performance" | "memory";
  counter?: boolean;
  comment?: string;
}

export interface NftSetDump extends NftSetSpec {
  handle: number;
  elems: NftElem[];
}

export type NftRejectWith = { type: "icmp" | "icmpv6" | "icmpx"; code: string } | { type: "tcp reset" };

export type NftStmt =
  | NftMatch
  | { k: "counter"; packets: bigint; bytes: bigint }
  /** `group`: to that nfnetlink_log group (nft_log.c: NFT_LOGGER_LOG vs NF_LOG_TYPE_ULOG), not the kernel log. */
  | { k: "log"; prefix?: string; level?: string; group?: number }
  /** rate per unit in packets, or in bytes when `bytes` (burst likewise); `over` inverts the match. */
  | { k: "limit"; rate: number; unit: string; burst?: number; over?: boolean; bytes?: boolean }
  | { k: "verdict"; v: "accept" | "drop" | "return" | "continue" | "jump" | "goto"; chain?: string }
  | { k: "reject"; with?: NftRejectWith }
  | { k: "nat"; type: "snat" | "dnat" | "masquerade" | "redirect"; addr?: bigint; addrHi?: bigint; port?: number; portHi?: number; map?: NftNatMap; v6?: boolean }
  /** `add|update @set { KEY [timeout T] }`: the packet's key into a named set from the packet path (nft_dynset). */
  | { k: "dynset"; op: "add" | "update"; set: string; key: NftKeyPart[]; timeout?: number }
  /** `FIELD vmap { K : VERDICT, ... }` (an anonymous map: takes a handle) or `FIELD vmap @name`. */
  | { k: "vmap"; field: NftField; elems: NftElem[]; ref?: string }
  /**
   * `meter NAME [size N] { KEY [timeout T] limit rate ... }`: a dynamic set of
   * its own (it takes a handle) whose elements each run the limit (nft_dynset
   * with an expression); a full set or a key over its limit ends the rule.
   */
  | { k: "meter"; name: string; size: number; key: NftField; timeout?: number; limit: NftStmt & { k: "limit" }; /** In a dump: the elements' keys. */ keys?: bigint[] }
  /** `meta nftrace set 0|1` (nft_meta_set_eval: the packet is traced from here on). */
  | { k: "nftrace"; on: boolean }
  /** An x_tables extension through nft_compat, as nft's JSON names it (only in listings of iptables-nft's rules). */
  | { k: "xt"; type: "match" | "target"; name: string };

export interface NftBaseSpec {
  type: "filter" | "nat" | "route";
  hook: string;
  priority: number;
  /** netdev ingress/egress and inet ingress: the device the chain is bound to (NFTA_HOOK_DEV). */
  device?: string;
  policy?: "accept" | "drop";
}

export type NftOp =
  | { op: "newtable"; family: NftFamily; table: string; excl: boolean }
  | { op: "deltable"; family: NftFamily; table: string }
  | { op: "flushtable"; family: NftFamily; table: string }
  /** `policy`: a policy with no hook (updates an existing base chain; a new chain with one is EOPNOTSUPP). */
  | { op: "newchain"; family: NftFamily; table: string; chain: string; base?: NftBaseSpec; excl: boolean; policy?: "accept" | "drop" }
  | { op: "renamechain"; family: NftFamily; table: string; chain: string; newName: string }
  | { op: "delchain"; family: NftFamily; table: string; chain: string }
  | { op: "flushchain"; family: NftFamily; table: string; chain: string }
  /** add (after `after`, or at the end) / insert (before `before`, or at the start) / replace `replace`. */
  | { op: "newrule"; family: NftFamily; table: string; chain: string; stmts: NftStmt[]; insert: boolean; at?: number; replace?: number }
  | { op: "delrule"; family: NftFamily; table: string; chain: string; handle: number }
  | { op: "newset"; family: NftFamily; table: string; set: NftSetSpec; elems: NftElem[]; excl: boolean }
  | { op: "delset"; family: NftFamily; table: string; set: string }
  /** NFT_MSG_NEWFLOWTABLE / DELFLOWTABLE (nf_flow_table: absent from the sandbox kernel). */
  | { op: "newflowtable" | "delflowtable"; family: NftFamily; table: string; name: string }
  | { op: "flushset"; family: NftFamily; table: string; set: string }
  /** One element of a NEWSETELEM/DELSETELEM message (nft reports errors per element). */
  | { op: "newsetelem"; family: NftFamily; table: string; set: string; elem: NftElem; excl: boolean }
  | { op: "delsetelem"; family: NftFamily; table: string; set: string; elem: NftElem };

export interface NftRuleDump {
  handle: number;
  stmts: NftStmt[];
}
export interface NftChainDump {
  name: string;
  handle: number;
  base?: NftBaseSpec & { policy: "accept" | "drop" };
  rules: NftRuleDump[];
}
export interface NftTableDump {
  family: NftFamily;
  name: string;
  handle: number;
  chains: NftChainDump[];
  sets: NftSetDump[];
}

/** Hook numbers of the ip/ip6/inet families. */
export const NFT_HOOKS: Record<string, number> = { prerouting: 0, input: 1, forward: 2, output: 3, postrouting: 4 };
