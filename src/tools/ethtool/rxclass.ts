// ethtool 6.1's receive-classification commands (ethtool.c do_grxclass/do_srxclass, rxclass.c):
// -n/-u show flow hashing or rules, -N/-U change hashing, insert or delete rules, -X the
// indirection table, -W the dump level. Every modelled driver lacks get_rxnfc/set_rxnfc, so each
// ends in the ioctl's error, worded and numbered as ethtool does — after the same argument checks.

import { KernelError, strerror } from "../../uapi/errno.js";
import type { EthtoolOpName } from "../../uapi/ethtool.js";
import type { ProgramContext } from "../../kernel/task/program.js";
import { ethtoolCall } from "./ops.js";

const BAD_ARGS = "ethtool: bad command line argument(s)\nFor more information run ethtool -h\n";

/** rxflow_str_to_type(): the flow types rx-flow-hash takes. */
const HASH_FLOWS = new Set(["tcp4", "udp4", "ah4", "esp4", "sctp4", "tcp6", "udp6", "ah6", "esp6", "sctp6", "ether"]);
/** parse_rxfhashopts(): the hash field letters. */
const HASH_FIELDS = /^[mvtsdfnr]+$/;

/** The errno of one refused ioctl (the device is looked up first: ENODEV before EOPNOTSUPP). */
function refused(pc: ProgramContext, dev: string, op: EthtoolOpName): string {
  const r = ethtoolCall(pc, { cmd: "ETHTOOL_OP", devname: dev, op });
  return r instanceof KernelError ? strerror(r.errno) : strerror(95);
}

async function bad(pc: ProgramContext, stdoutAfter = ""): Promise<number> {
  await pc.stderr.write(BAD_ARGS);
  // rxclass prints some complaints on stdout, which is flushed only at exit: after the usage lines.
  if (stdoutAfter) await pc.stdout.write(stdoutAfter);
  return 1;
}

/** -n/-u DEV [rx-flow-hash FLOW | rule N]. */
export async function showRxClass(pc: ProgramContext, args: string[]): Promise<number> {
  const [dev, what, arg] = args as [string, string?, string?];
  if (what === undefined) {
    const e = refused(pc, dev, "get_rxnfc");
    await pc.stderr.write(`Cannot get RX rings: ${e}\nrxclass: Cannot get RX class rule count: ${e}\nRX classification rule retrieval failed\n`);
    return 1;
  }
  if (args.length !== 3) return bad(pc);
  if (what === "rx-flow-hash" && HASH_FLOWS.has(arg!)) {
    await pc.stderr.write(`Cannot get RX network flow hashing options: ${refused(pc, dev, "get_rxnfc")}\n`);
    return 1;
  }
  if (what === "rule" && /^\d+$/.test(arg!)) {
    await pc.stderr.write(`rxclass: Cannot get RX class rule: ${refused(pc, dev, "get_rxnfc")}\nCannot get RX classification rule\n`);
    return 1;
  }
  return bad(pc);
}

type ValueKind = "ip4" | "ip6" | "u8" | "u16" | "u32" | "u64" | "s64" | "mac";

/** rxclass.c's rule options: which flow types take each and the value it parses. */
const L4 = ["tcp4", "udp4", "sctp4", "tcp6", "udp6", "sctp6"];
const IP4 = ["tcp4", "udp4", "sctp4", "ah4", "esp4", "ip4"];
const IP6 = ["tcp6", "udp6", "sctp6", "ah6", "esp6", "ip6"];
const ALL = [...IP4, ...IP6, "ether"];
const RULE_OPTS: ReadonlyMap<string, { kind: ValueKind | ((flow: string) => ValueKind); flows: readonly string[] }> = new Map([
  ["src-ip", { kind: (f: string) => (IP4.includes(f) ? "ip4" : "ip6"), flows: [...IP4, ...IP6] }],
  ["dst-ip", { kind: (f: string) => (IP4.includes(f) ? "ip4" : "ip6"), flows: [...IP4, ...IP6] }],
  ["tos", { kind: "u8", flows: IP4 }],
  ["tclass", { kind: "u8", flows: IP6 }],
  ["l4proto", { kind: "u8", flows: ["ip4", "ip6"] }],
  ["src-port", { kind: "u16", flows: L4 }],
  ["dst-port", { kind: "u16", flows: L4 }],
  ["spi", { kind: "u32", flows: ["ah4", "esp4", "ah6", "esp6"] }],
  ["l4data", { kind: "u32", flows: ["ip4", "ip6"] }],
  ["src", { kind: "mac", flows: ["ether"] }],
  ["dst", { kind: "mac", flows: ["ether"] }],
  ["proto", { kind: "u16", flows: ["ether"] }],
  ["vlan-etype", { kind: "u16", flows: ALL }],
  ["vlan", { kind: "u16", flows: ALL }],
  ["user-def", { kind: "u64", flows: ALL }],
  ["dst-mac", { kind: "mac", flows: ALL }],
  ["action", { kind: "s64", flows: ALL }],
  ["context", { kind: "u32", flows: ALL }],
  ["loc", { kind: "u32", flows: ALL }],
]);

const MAX: Record<string, bigint> = { u8: 0xffn, u16: 0xffffn, u32: 0xffffffffn, u64: 0xffffffffffffffffn };

function valid(kind: ValueKind, v: string): boolean {
  switch (kind) {
    case "ip4":
      return /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.test(v) && v.split(".").every((o) => Number(o) < 256);
    case "ip6":
      return /^[0-9a-fA-F:.]+$/.test(v) && v.includes(":");
    case "mac":
      return /^[0-9a-fA-F]{1,2}(:[0-9a-fA-F]{1,2}){5}$/.test(v);
    case "s64":
      return /^-?(0[xX][0-9a-fA-F]+|\d+)$/.test(v);
    default:
      return /^(0[xX][0-9a-fA-F]+|\d+)$/.test(v) && BigInt(v) <= MAX[kind]!;
  }
}

/** -N/-U DEV rx-flow-hash FLOW FIELDS | flow-type FLOW [OPT VALUE [m MASK]]... | delete N. */
export async function configRxClass(pc: ProgramContext, args: string[]): Promise<number> {
  const [dev, what] = args as [string, string?];
  if (what === "rx-flow-hash") {
    if (args.length !== 4 || !HASH_FLOWS.has(args[2]!) || !HASH_FIELDS.test(args[3]!)) return bad(pc);
    // do_srxclass() reports the failed ETHTOOL_SRXFH and still exits 0.
    await pc.stderr.write(`Cannot change RX network flow hashing options: ${refused(pc, dev, "set_rxnfc")}\n`);
    return 0;
  }
  if (what === "delete") {
    if (args.length !== 3 || !/^\d+$/.test(args[2]!)) return bad(pc);
    await pc.stderr.write(`rmgr: Cannot delete RX class rule: ${refused(pc, dev, "set_rxnfc")}\nCannot delete classification rule\n`);
    return 1;
  }
  if (what !== "flow-type") return bad(pc);
  const flow = args[2];
  if (flow === undefined || !ALL.includes(flow)) {
    await pc.stderr.write("Add rule, invalid syntax\n");
    return bad(pc);
  }
  let loc = false;
  // rxclass_parse_ruleopts(): an option without its value ends the list quietly.
  for (let i = 3; i + 1 < args.length; ) {
    const name = args[i]!;
    const o = RULE_OPTS.get(name);
    if (!o || !o.flows.includes(flow)) return bad(pc, `Add rule, unrecognized option[${name}]\n`);
    const kind = typeof o.kind === "function" ? o.kind(flow) : o.kind;
    const v = args[i + 1]!;
    if (!valid(kind, v)) {
      await pc.stderr.write(`Invalid ${name} value[${v}]\n`);
      return bad(pc);
    }
    if (name === "loc") loc = true;
    i += 2;
    if (args[i] === "m" && i + 1 < args.length) {
      if (!valid(kind, args[i + 1]!)) {
        await pc.stderr.write(`Invalid ${name} mask[${args[i + 1]}]\n`);
        return bad(pc);
      }
      i += 2;
    }
  }
  const e = refused(pc, dev, "set_rxnfc");
  // A rule with a location goes straight to ETHTOOL_SRXCLSRLINS (whose failure still exits 0);
  // without one, the rule manager first asks for the rule count.
  if (loc) {
    await pc.stderr.write(`rmgr: Cannot insert RX class rule: ${e}\n`);
    return 0;
  }
  await pc.stderr.write(`rxclass: Cannot get RX class rule count: ${e}\nCannot insert classification rule\n`);
  return 1;
}

/** -X/--set-rxfh-indir/--rxfh DEV ...: do_srxfh() first asks for the ring count. */
export async function setRxfh(pc: ProgramContext, args: string[]): Promise<number> {
  if (args.length < 2) return bad(pc);
  await pc.stderr.write(`Cannot get RX ring count: ${refused(pc, args[0]!, "get_rxfh")}\n`);
  return 1;
}

/** -W/--set-dump DEV N. */
export async function setDump(pc: ProgramContext, args: string[]): Promise<number> {
  if (args.length !== 2 || !/^(0[xX][0-9a-fA-F]+|\d+)$/.test(args[1]!)) return bad(pc);
  await pc.stderr.write(`Can not set dump level: ${refused(pc, args[0]!, "set_dump")}\n`);
  return 1;
}
