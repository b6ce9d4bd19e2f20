// What nft sends the kernel for native nf_tables objects (the typed messages of
// NFT_MSG_NEWTABLE/NEWCHAIN/NEWRULE/DEL*, include/uapi/linux/netfilter/nf_tables.h),
// in the model's form: a rule is a list of statements (a match stands for the
// payload/meta/ct load and the cmp, range or anonymous-set lookup nft emits).

export type NftFamily = "ip" | "ip6" | "inet" | "arp" | "bridge" | "netdev";

/** A compared value: one value, a prefix (addresses), a range, or an interface name (`*` wildcard). */
export type NftVal =
  | { kind: "single"; v: bigint }
  | { kind: "prefix"; v: bigint; len: number }
  | { kind: "range"; lo: bigint; hi: bigint }
  /** iif/oif NAME also carry the ifindex nft resolved the name to when the rule was added. */
  | { kind: "str"; s: string; ifindex?: number };

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
  | "meta mark";

export interface NftMatch {
  k: "match";
  field: NftField;
  neg: boolean;
  vals: NftVal[];
  /** Written as `{ ... }`: an anonymous set (takes a handle in its table). */
  set: boolean;
}

export type NftRejectWith = { type: "icmp" | "icmpv6" | "icmpx"; code: string } | { type: "tcp reset" };

export type NftStmt =
  | NftMatch
  | { k: "counter"; packets: bigint; bytes: bigint }
  | { k: "log"; prefix?: string; level?: string }
  | { k: "limit"; rate: number; unit: string; burst?: number }
  | { k: "verdict"; v: "accept" | "drop" | "return" | "continue" | "jump" | "goto"; chain?: string }
  | { k: "reject"; with?: NftRejectWith }
  | { k: "nat"; type: "snat" | "dnat" | "masquerade" | "redirect"; addr?: bigint; addrHi?: bigint; port?: number; portHi?: number };

export interface NftBaseSpec {
  type: "filter" | "nat" | "route";
  hook: string;
  priority: number;
  policy?: "accept" | "drop";
}

export type NftOp =
  | { op: "newtable"; family: NftFamily; table: string; excl: boolean }
  | { op: "deltable"; family: NftFamily; table: string }
  | { op: "flushtable"; family: NftFamily; table: string }
  | { op: "newchain"; family: NftFamily; table: string; chain: string; base?: NftBaseSpec; excl: boolean }
  | { op: "delchain"; family: NftFamily; table: string; chain: string }
  | { op: "flushchain"; family: NftFamily; table: string; chain: string }
  /** add (after `after`, or at the end) / insert (before `before`, or at the start) / replace `replace`. */
  | { op: "newrule"; family: NftFamily; table: string; chain: string; stmts: NftStmt[]; insert: boolean; at?: number; replace?: number }
  | { op: "delrule"; family: NftFamily; table: string; chain: string; handle: number };

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
}

/** Hook numbers of the ip/ip6/inet families. */
export const NFT_HOOKS: Record<string, number> = { prerouting: 0, input: 1, forward: 2, output: 3, postrouting: 4 };
