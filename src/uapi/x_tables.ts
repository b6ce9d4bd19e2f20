// The iptables/kernel ABI as typed data: what include/uapi/linux/netfilter/x_tables.h,
// netfilter_ipv4/ip_tables.h and the nf_tables compat layer carry between the
// iptables tool and the kernel. A rule is an ipt_entry: the fixed IPv4 part
// (addresses with masks, interfaces with wildcard, protocol, fragment flag,
// inversion bits), a list of matches and one target, each an extension named
// as upstream with its revision and its parsed data (the xt_*_info structs,
// here as plain objects — see xt_ext.ts). Tools and kernel exchange only these.
//
// The store follows nf_tables as iptables-nft 1.8.9 uses it: tables that exist
// only once written, base chains (created lazily, per hook) and user chains,
// rules addressed by handle, changes applied as one atomic batch.

import type { NftStmt } from "./nft_native.js";

import type { XtMatchData, XtTargetData } from "./xt_ext.js";

export const NFPROTO_IPV4 = 2;
export const NFPROTO_IPV6 = 10;

/** enum nf_inet_hooks */
export const NF_INET_PRE_ROUTING = 0;
export const NF_INET_LOCAL_IN = 1;
export const NF_INET_FORWARD = 2;
export const NF_INET_LOCAL_OUT = 3;
export const NF_INET_POST_ROUTING = 4;
export type NfInetHook = 0 | 1 | 2 | 3 | 4;

/** The built-in chain each hook has in an iptables table. */
export const HOOK_CHAIN_NAMES = ["PREROUTING", "INPUT", "FORWARD", "OUTPUT", "POSTROUTING"] as const;
export type BuiltinChainName = (typeof HOOK_CHAIN_NAMES)[number];

/** ipt_ip.invflags */
export const IPT_INV_VIA_IN = 0x01;
export const IPT_INV_VIA_OUT = 0x02;
export const IPT_INV_TOS = 0x04;
export const IPT_INV_SRCIP = 0x08;
export const IPT_INV_DSTIP = 0x10;
export const IPT_INV_FRAG = 0x20;
export const XT_INV_PROTO = 0x40;
/** ipt_ip.flags */
export const IPT_F_FRAG = 0x01;
export const IPT_F_GOTO = 0x02;

/** Packet and byte counters (struct xt_counters): u64, as bigint (iptables -c can set any value). */
export interface XtCounters {
  pcnt: bigint;
  bcnt: bigint;
}

/** struct ipt_ip: the part of a rule every packet is checked against first. */
export interface IptIp {
  /** Addresses and masks as host-order uint32. */
  src: number;
  smsk: number;
  dst: number;
  dmsk: number;
  /** Interface names; "" = any; a trailing "+" = any name with that prefix. */
  iniface: string;
  outiface: string;
  proto: number;
  flags: number;
  invflags: number;
  /** ip6tables (struct ip6t_ip6): 128-bit addresses and masks; src..dmsk above stay 0. */
  ip6?: { src: bigint; smsk: bigint; dst: bigint; dmsk: bigint };
}

export interface XtEntryMatch {
  name: string;
  revision: number;
  data: XtMatchData;
}

/** What a rule does when it matches. */
export type XtEntryTarget =
  /** No -j: the rule only counts. */
  | { kind: "none" }
  /** ACCEPT, DROP, RETURN (the standard target with a verdict). */
  | { kind: "verdict"; verdict: "ACCEPT" | "DROP" | "RETURN" }
  /** -j CHAIN (push a return point) or -g CHAIN (no return point). */
  | { kind: "jump"; chain: string; goto: boolean }
  /** A target extension (LOG, REJECT, MARK, SNAT, ...). */
  | { kind: "ext"; name: string; revision: number; data: XtTargetData };

export interface IptEntry {
  ip: IptIp;
  matches: XtEntryMatch[];
  target: XtEntryTarget;
}

export interface XtRule {
  handle: number;
  entry: IptEntry;
  counters: XtCounters;
  /**
   * A rule `nft` added to this table: its native statements are what the kernel
   * runs and dumps (entry is then empty and counters unused; a `counter`
   * statement counts). iptables-nft reads such a rule back as it parses any
   * nf_tables rule (nft-ruleparse.c), in the tool.
   */
  native?: NftStmt[];
}

export interface XtChain {
  name: string;
  handle: number;
  /** Base chains: the hook they sit on, and their policy. */
  base?: { hook: NfInetHook; priority: number; policy: "ACCEPT" | "DROP"; counters: XtCounters; /** The chain keeps policy counters (nft chain stats: only once created or updated with counters, as iptables -P does). */ stats?: boolean };
  rules: XtRule[];
  /** How many rules jump or go to this chain (the "references" of `iptables -L`). */
  refs: number;
}

export interface XtTableDump {
  name: string;
  /** Chains in the order the kernel lists them (creation order). */
  chains: XtChain[];
  /** The table's handle (NFTA_TABLE_HANDLE), as `nft -a` shows it. */
  handle?: number;
}

/** One change in a batch (the nfnetlink NFT_MSG_NEW... and NFT_MSG_DEL... messages). */
export type XtOp =
  | { op: "newtable"; table: string }
  /** NFT_MSG_DELTABLE: the table with its chains and rules (nft flush ruleset, delete table). */
  | { op: "deltable"; table: string }
  /** `priority`: a base chain nft creates at a priority of its own (iptables' is its table's). */
  /**
   * `excl` is set by nft: true for `create` (an existing chain is EEXIST), false for `add` (an
   * existing chain is kept); iptables leaves it out (-N on an existing chain is EEXIST).
   */
  | { op: "newchain"; table: string; chain: string; hook?: NfInetHook; policy?: "ACCEPT" | "DROP"; counters?: XtCounters; priority?: number; excl?: boolean }
  /** `noStats`: nft's policy update, which sends no counters (the chain's stats stay as they are). */
  | { op: "setpolicy"; table: string; chain: string; policy: "ACCEPT" | "DROP"; counters?: XtCounters; noStats?: boolean }
  | { op: "delchain"; table: string; chain: string }
  | { op: "renamechain"; table: string; chain: string; newname: string }
  | { op: "flushchain"; table: string; chain: string }
  | { op: "flushtable"; table: string }
  /**
   * Append (no position), or insert before/after the rule with that handle.
   * `id` names the new rule within the batch (NFTNL_RULE_ID): later ops of the
   * same batch refer to it as handle -id, before the kernel has given it one.
   */
  | { op: "newrule"; table: string; chain: string; entry: IptEntry; counters?: XtCounters; before?: number; after?: number; id?: number; native?: NativeRuleSpec }
  | { op: "replacerule"; table: string; chain: string; handle: number; entry: IptEntry; counters?: XtCounters; id?: number; native?: NativeRuleSpec }
  | { op: "delrule"; table: string; chain: string; handle: number }
  /** Reset counters of one rule, or of every rule of a chain and its policy. */
  | { op: "zero"; table: string; chain: string; handle?: number };

/** A native rule sent into a table iptables-nft made: its statements, and how many anonymous sets it creates first (each takes a handle). */
export interface NativeRuleSpec {
  stmts: NftStmt[];
  anonSets: number;
  /** `nft insert` with no position: at the start of the chain. */
  first?: boolean;
}

/** Why a batch was refused: which message, and the errno the kernel gave. */
export interface XtBatchError {
  index: number;
  errno: string;
}

/** The requests of the nfnetlink "syscall" (kernel/netfilter/nfnetlink.ts). */
/**
 * `nft` marks its reads and writes of this store with `nft: true`: the model
 * keeps the tables nft made apart until iptables-nft uses that family, when
 * the ones under iptables' names move here (one table in the kernel);
 * nft reads both stores and needs no move.
 */
export type XtRequest =
  | { kind: "dump"; family: number; table: string; nft?: boolean }
  | { kind: "list-tables"; family: number; nft?: boolean }
  | { kind: "commit"; family: number; ops: XtOp[]; nft?: boolean }
  /** NFNL_MSG_COMPAT_GET (nft_compat): does the kernel have this revision of a match or target? */
  | { kind: "compat"; family: number; name: string; revision: number; target: boolean };

export type XtReply =
  | { kind: "dump"; table: XtTableDump | undefined }
  | { kind: "tables"; names: string[] }
  | { kind: "ok" }
  | { kind: "error"; errors: XtBatchError[] };

export const XT_EXTENSION_MAXNAMELEN = 29;
export const XT_TABLE_MAXNAMELEN = 32;
export const IFNAMSIZ = 16;
