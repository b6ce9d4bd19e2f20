// iptables' command line (iptables/xshared.c do_parse, xtables.c options):
// getopt_long over IPT_OPTSTRING "-:A:C:D:E:F::I:L::M:N:P:VX::Z::c:d:i:j:o:p:s:t:R:S::W::46bfg:h::m:nvw::x"
// with the long options of xtables.c, and the options of every extension
// loaded so far merged in (newest first), non-options returned in order,
// unambiguous long-option prefixes accepted, an unknown option first tried
// as an option of the -p protocol's match. Then the same final checks, in
// the same order, with the same messages.

import { parseIp6 } from "../../wire/addr.js";
import type { Task } from "../../kernel/task/task.js";
import {
  IFNAMSIZ,
  IPT_F_FRAG,
  IPT_F_GOTO,
  IPT_INV_DSTIP,
  IPT_INV_FRAG,
  IPT_INV_SRCIP,
  IPT_INV_VIA_IN,
  IPT_INV_VIA_OUT,
  XT_EXTENSION_MAXNAMELEN,
  XT_INV_PROTO,
  type IptIp,
} from "../../uapi/x_tables.js";
import { paramError, plainError, xtError, PARAMETER_PROBLEM, OTHER_PROBLEM } from "./errors.js";
import { canonicalMatchName, findMatch, findTarget } from "./ext/index.js";
import { kernelHasRevision } from "./nft.js";
import type { ExtOption, XtExtension } from "./ext/types.js";
import { CHAIN_PROTOS, cidrToMask, getprotobyname, getprotobynumber, hostsByName, parseDotted, strtoul } from "./netdb.js";

export const CMD_NONE = 0;
export const CMD_INSERT = 1 << 0;
export const CMD_DELETE = 1 << 1;
export const CMD_DELETE_NUM = 1 << 2;
export const CMD_REPLACE = 1 << 3;
export const CMD_APPEND = 1 << 4;
export const CMD_LIST = 1 << 5;
export const CMD_FLUSH = 1 << 6;
export const CMD_ZERO = 1 << 7;
export const CMD_NEW_CHAIN = 1 << 8;
export const CMD_DELETE_CHAIN = 1 << 9;
export const CMD_SET_POLICY = 1 << 10;
export const CMD_RENAME_CHAIN = 1 << 11;
export const CMD_LIST_RULES = 1 << 12;
export const CMD_ZERO_NUM = 1 << 13;
export const CMD_CHECK = 1 << 14;
const CMD_CHARS = ["I", "D", "D", "R", "A", "L", "F", "Z", "N", "X", "P", "E", "S", "Z", "C"];

export const OPT_NUMERIC = 1 << 0;
export const OPT_SOURCE = 1 << 1;
export const OPT_DESTINATION = 1 << 2;
export const OPT_PROTOCOL = 1 << 3;
export const OPT_JUMP = 1 << 4;
export const OPT_VERBOSE = 1 << 5;
export const OPT_EXPANDED = 1 << 6;
export const OPT_VIANAMEIN = 1 << 7;
export const OPT_VIANAMEOUT = 1 << 8;
export const OPT_LINENUMBERS = 1 << 9;
export const OPT_COUNTERS = 1 << 10;
export const OPT_FRAGMENT = 1 << 11;
const OPT_CHARS = ["n", "s", "d", "p", "j", "v", "x", "i", "o", "0", "c", "f"];
const INVERSE_FOR = [0, IPT_INV_SRCIP, IPT_INV_DSTIP, XT_INV_PROTO, 0, 0, 0, IPT_INV_VIA_IN, IPT_INV_VIA_OUT, 0, 0, IPT_INV_FRAG];

/** commands_v_options: x = illegal with that command. Columns: -n -s -d -p -j -v -x -i -o --line -c -f */
const CMD_OPTS: Record<number, string> = {
  [CMD_INSERT]: "x     x  x  ",
  [CMD_DELETE]: "x     x  xx ",
  [CMD_DELETE_NUM]: "xxxxx xxxxxx",
  [CMD_REPLACE]: "x     x  x  ",
  [CMD_APPEND]: "x     x  x  ",
  [CMD_LIST]: " xxxx  xx xx",
  [CMD_FLUSH]: "xxxxx xxxxxx",
  [CMD_ZERO]: "xxxxx xxxxxx",
  [CMD_NEW_CHAIN]: "xxxxx xxxxxx",
  [CMD_DELETE_CHAIN]: "xxxxx xxxxxx",
  [CMD_SET_POLICY]: "xxxxx xxxx x",
  [CMD_RENAME_CHAIN]: "xxxxx xxxxxx",
  [CMD_LIST_RULES]: "xxxxx xxxxxx",
  [CMD_ZERO_NUM]: "xxxxx xxxxxx",
  [CMD_CHECK]: "x     x  xx ",
};

/** A loaded extension instance: its data and the option flags seen. */
export interface ExtInst {
  ext: XtExtension;
  data: object;
  flags: number;
  completed: boolean;
}

export interface ParsedArgs {
  command: number;
  chain?: string;
  rulenum: number;
  newname?: string;
  policy?: string;
  table: string;
  verbose: number;
  options: number;
  ip: IptIp;
  protocol?: string;
  matches: ExtInst[];
  target?: ExtInst;
  /** -j/-g argument ("" when none). */
  jumpto: string;
  goto: boolean;
  src: HostMask[];
  dst: HostMask[];
  pcnt: bigint;
  bcnt: bigint;
  /** Options after which the rest of the argv is ignored (restore: -4/-6 lines). */
  ignored: boolean;
  /** Warnings printed to stderr while parsing. */
  warnings: string[];
}

interface LongOpt {
  name: string;
  hasArg: 0 | 1 | 2;
  /** Built-in option char, or an extension option. */
  val: string;
  owner?: XtExtension;
  opt?: ExtOption;
}

const ORIGINAL_OPTS: LongOpt[] = [
  ["append", 1, "A"], ["delete", 1, "D"], ["check", 1, "C"], ["insert", 1, "I"], ["replace", 1, "R"],
  ["list", 2, "L"], ["list-rules", 2, "S"], ["flush", 2, "F"], ["zero", 2, "Z"], ["new-chain", 1, "N"],
  ["delete-chain", 2, "X"], ["rename-chain", 1, "E"], ["policy", 1, "P"], ["source", 1, "s"],
  ["destination", 1, "d"], ["src", 1, "s"], ["dst", 1, "d"], ["protocol", 1, "p"], ["in-interface", 1, "i"],
  ["jump", 1, "j"], ["table", 1, "t"], ["match", 1, "m"], ["numeric", 0, "n"], ["out-interface", 1, "o"],
  ["verbose", 0, "v"], ["wait", 2, "w"], ["wait-interval", 2, "W"], ["exact", 0, "x"], ["fragments", 0, "f"],
  ["version", 0, "V"], ["help", 2, "h"], ["line-numbers", 0, "0"], ["modprobe", 1, "M"], ["set-counters", 1, "c"],
  ["goto", 1, "g"], ["ipv4", 0, "4"], ["ipv6", 0, "6"],
].map(([name, hasArg, val]) => ({ name: name as string, hasArg: hasArg as 0 | 1 | 2, val: val as string }));

/** Short options: char -> 0 none, 1 required, 2 optional. */
const SHORT: Record<string, 0 | 1 | 2> = {
  A: 1, C: 1, D: 1, E: 1, F: 2, I: 1, L: 2, M: 1, N: 1, P: 1, V: 0, X: 2, Z: 2,
  c: 1, d: 1, i: 1, j: 1, o: 1, p: 1, s: 1, t: 1, R: 1, S: 2, W: 2, "4": 0, "6": 0, b: 0, f: 0, g: 1, h: 2, m: 1,
  n: 0, v: 0, w: 2, x: 0,
};

/** A parsed -s/-d item: IPv4 in addr/mask, IPv6 (ip6tables) in a6/m6. */
export interface HostMask {
  addr: number;
  mask: number;
  a6?: bigint;
  m6?: bigint;
}

export interface ParseEnv {
  task: Task;
  prog: string;
  /** 6 for ip6tables (AF_INET6 in xtables_args.family); 4 when absent. */
  family?: 4 | 6;
  /** Restore mode (-t twice, -w refused). */
  restore: boolean;
  table: string;
  /** Where warnings go (printed on stderr before any error). */
  warnings: string[];
  /** Restore line number (exit_tryhelp prints it). */
  line?: number;
  /** -h output. */
  help(matches: ExtInst[], target?: ExtInst, jumpto?: string): never;
}

/** The result of one getopt step. */
type Step =
  | { kind: "opt"; val: string; arg: string | undefined; owner?: XtExtension; opt?: ExtOption }
  | { kind: "nonopt"; arg: string }
  | { kind: "unknown"; text: string }
  | { kind: "missing"; text: string }
  | { kind: "end" };

class Getopt {
  optind = 1;
  private nextchar = "";
  constructor(readonly argv: string[]) {}

  step(longopts: LongOpt[]): Step {
    if (this.nextchar) return this.short(longopts);
    if (this.optind >= this.argv.length) return { kind: "end" };
    const arg = this.argv[this.optind]!;
    if (arg === "--") {
      this.optind++;
      return { kind: "end" };
    }
    if (arg.startsWith("--")) return this.long(arg, longopts);
    if (arg.startsWith("-") && arg.length > 1) {
      this.nextchar = arg.slice(1);
      this.optind++;
      return this.short(longopts);
    }
    this.optind++;
    return { kind: "nonopt", arg };
  }

  private long(arg: string, longopts: LongOpt[]): Step {
    this.optind++;
    const body = arg.slice(2);
    const eq = body.indexOf("=");
    const name = eq >= 0 ? body.slice(0, eq) : body;
    let found = longopts.find((o) => o.name === name);
    if (!found) {
      const cands = longopts.filter((o) => o.name.startsWith(name));
      if (!cands.length) return { kind: "unknown", text: arg };
      const first = cands[0]!;
      const ambiguous = cands.some((c) => c.hasArg !== first.hasArg || c.val !== first.val || c.owner !== first.owner || c.opt?.id !== first.opt?.id);
      if (ambiguous) return { kind: "unknown", text: arg };
      found = first;
    }
    let value: string | undefined;
    if (eq >= 0) {
      if (found.hasArg === 0) return { kind: "unknown", text: arg };
      value = body.slice(eq + 1);
    } else if (found.hasArg === 1) {
      if (this.optind >= this.argv.length) return { kind: "missing", text: arg };
      value = this.argv[this.optind++];
    }
    return { kind: "opt", val: found.val, arg: value, owner: found.owner, opt: found.opt };
  }

  private short(_longopts: LongOpt[]): Step {
    const c = this.nextchar[0]!;
    const rest = this.nextchar.slice(1);
    this.nextchar = rest;
    const spec = SHORT[c];
    const whole = this.argv[this.optind - 1]!;
    if (spec === undefined) return { kind: "unknown", text: whole };
    if (spec === 0) return { kind: "opt", val: c, arg: undefined };
    if (rest) {
      this.nextchar = "";
      return { kind: "opt", val: c, arg: rest };
    }
    if (spec === 2) return { kind: "opt", val: c, arg: undefined };
    if (this.optind >= this.argv.length) return { kind: "missing", text: whole };
    return { kind: "opt", val: c, arg: this.argv[this.optind++] };
  }

  /** xs_has_arg(): the next word exists and starts with neither '-' nor '!'. */
  hasArg(): boolean {
    const a = this.argv[this.optind];
    return a !== undefined && a[0] !== "-" && a[0] !== "!";
  }

  take(): string {
    return this.argv[this.optind++]!;
  }
}

function cmdChar(cmd: number): string {
  let i = 0;
  for (let o = cmd; o > 1; o >>= 1) i++;
  return CMD_CHARS[i]!;
}

function optChar(opt: number): string {
  let i = 0;
  for (let o = opt; o > 1; o >>= 1) i++;
  return OPT_CHARS[i]!;
}

function addCommand(p: ParsedArgs, newcmd: number, othercmds: number, invert: boolean): void {
  if (invert) paramError("unexpected '!' flag");
  if (p.command & ~othercmds) paramError(`Cannot use -${cmdChar(newcmd)} with -${cmdChar(p.command & ~othercmds)}`);
  p.command |= newcmd;
}

function parseRulenumber(s: string): number {
  const v = strtoul(s, 1, 0x7fffffff);
  if (v === undefined) paramError(`Invalid rule number \`${s}'`);
  return v;
}

function setOption(p: ParsedArgs, option: number, invert: boolean): void {
  if (p.options & option) paramError(`multiple -${optChar(option)} flags not allowed`);
  p.options |= option;
  if (invert) {
    let i = 0;
    while (1 << i !== option) i++;
    const inv = INVERSE_FOR[i]!;
    if (!inv) paramError(`cannot have ! before -${optChar(option)}`);
    p.ip.invflags |= inv;
  }
}

export function xtParseTarget(name: string): string {
  if (name.length < 1) paramError("Invalid target name (too short)");
  if (name.length >= XT_EXTENSION_MAXNAMELEN) paramError(`Invalid target name \`${name}' (${XT_EXTENSION_MAXNAMELEN - 1} chars max)`);
  if (/\s/.test(name)) paramError(`Invalid target name \`${name}'`);
  return name;
}

/** assert_valid_chain_name() */
export function assertValidChainName(name: string): void {
  if (name.length >= XT_EXTENSION_MAXNAMELEN) paramError(`chain name \`${name}' too long (must be under ${XT_EXTENSION_MAXNAMELEN} chars)`);
  if (name[0] === "-" || name[0] === "!") paramError(`chain name not allowed to start with \`${name[0]}'`);
  // xtables_find_target() takes "" for the standard target
  if (findTarget(name) || ["", "ACCEPT", "DROP", "RETURN", "QUEUE", "NFQUEUE", "standard"].includes(name))
    paramError("chain name may not clash with target name");
  if (/\s/.test(name)) paramError(`Invalid chain name \`${name}'`);
}

/** xtables_parse_protocol() */
export function parseProtocol(s: string): number {
  const v = strtoul(s, 0, 255);
  if (v !== undefined) return v;
  const cp = CHAIN_PROTOS.find(([n]) => n === s);
  if (cp) return cp[1];
  const p = getprotobyname(s);
  if (p !== undefined) return p;
  paramError(`unknown protocol "${s}" specified`);
}

/** proto_to_name(): iptables' own names first, then /etc/protocols. */
export function protoToName(proto: number, nolookup: boolean): string | undefined {
  const cp = CHAIN_PROTOS.find(([, n]) => n === proto);
  if (cp) return cp[0];
  if (proto && !nolookup) return getprotobynumber(proto);
  return undefined;
}

function parseInterface(arg: string, warnings: string[]): string {
  if (arg.length + 1 > IFNAMSIZ) paramError(`interface name \`${arg}' must be shorter than IFNAMSIZ (${IFNAMSIZ - 1})`);
  if (/[/ ]/.test(arg)) warnings.push(`Warning: weird character in interface \`${arg}' ('/' and ' ' are not allowed by the kernel).\n`);
  // A lone "+" matches every name: its mask is empty, as if no interface were given.
  return arg === "+" ? "" : arg;
}

/** xtables_ipparse_multiple() */
export function ipparseMultiple(task: Task, name: string): { addr: number; mask: number }[] {
  const out: { addr: number; mask: number }[] = [];
  for (const item0 of name.split(",")) {
    const item = item0.replace(/^\s+/, "");
    if (item.length > 255) paramError("Hostname too long");
    const slash = item.lastIndexOf("/");
    let host = slash >= 0 ? item.slice(0, slash) : item;
    let mask = 0xffffffff;
    if (slash >= 0) {
      const m = item.slice(slash + 1);
      const dotted = parseDotted(m, true);
      if (dotted !== undefined) mask = dotted;
      else {
        const bits = strtoul(m, 0, 32);
        if (bits === undefined) paramError(`invalid mask \`${m}' specified`);
        mask = cidrToMask(bits);
      }
    }
    if (mask === 0) host = "0.0.0.0";
    const num = parseDotted(host, false);
    const addrs = num !== undefined ? [num] : hostsByName(task, host);
    if (!addrs.length) paramError(`host/network \`${host}' not found`);
    for (const a of addrs) out.push({ addr: (a & mask) >>> 0, mask });
  }
  return out;
}

const ALL6 = (1n << 128n) - 1n;

/** xtables_ip6parse_multiple(): address[/prefixlen or /mask], numeric only (no DNS in the model). */
export function ip6parseMultiple(_task: Task, name: string): HostMask[] {
  const out: HostMask[] = [];
  for (const item0 of name.split(",")) {
    const item = item0.replace(/^\s+/, "");
    if (item.length > 255) paramError("Hostname too long");
    const slash = item.lastIndexOf("/");
    let host = slash >= 0 ? item.slice(0, slash) : item;
    let m6 = ALL6;
    if (slash >= 0) {
      const m = item.slice(slash + 1);
      const asAddr = m.includes(":") ? parseIp6(m) : undefined;
      if (asAddr !== undefined) m6 = asAddr;
      else {
        const bits = strtoul(m, 0, 128);
        if (bits === undefined) paramError(`invalid mask \`${m}' specified`);
        m6 = bits === 0 ? 0n : (ALL6 << BigInt(128 - bits)) & ALL6;
      }
    }
    if (m6 === 0n) host = "::";
    const a6 = parseIp6(host);
    if (a6 === undefined) paramError(`host/network \`${host}' not found`);
    out.push({ addr: 0, mask: 0, a6: a6 & m6, m6 });
  }
  return out;
}

function newInst(ext: XtExtension, ip: IptIp): ExtInst {
  return { ext, data: ext.init(ip), flags: 0, completed: false };
}

/** Options of the loaded extensions in getopt order: newest extension first. */
function mergedOpts(extOrder: XtExtension[]): LongOpt[] {
  const out = [...ORIGINAL_OPTS];
  for (let i = extOrder.length - 1; i >= 0; i--) {
    const e = extOrder[i]!;
    for (const o of e.options) out.push({ name: o.name, hasArg: o.hasArg ? 1 : 0, val: "ext", owner: e, opt: o });
  }
  return out;
}

function x6Checks(inst: ExtInst, opt: ExtOption, invert: boolean, extName: string): void {
  if (!inst.ext.x6) return;
  if (inst.flags & (1 << opt.id) && !opt.multi) paramError(`${extName}: option "--${opt.name}" can only be used once.\n`);
  if (invert && !opt.invert) paramError(`${extName}: option "--${opt.name}" cannot be inverted.\n`);
}

/** xtables_options_fcheck(): mandatory, also-requires and exclusive options. */
function fcheck(inst: ExtInst, extName: string): void {
  const opts = inst.ext.options;
  const byId = new Map<number, ExtOption>();
  for (const o of opts) if (!byId.has(o.id)) byId.set(o.id, o);
  for (const entry of opts) {
    if (byId.get(entry.id) !== entry) continue;
    if (entry.mand && !(inst.flags & (1 << entry.id))) paramError(`${extName}: option "--${entry.name}" must be specified\n`);
    if (!(inst.flags & (1 << entry.id))) continue;
    for (const [id, other] of byId) {
      if (id === entry.id) continue;
      const of = 1 << id;
      if (entry.also && entry.also & of && !(inst.flags & of)) paramError(`${extName}: option "--${entry.name}" also requires "--${other.name}".\n`);
      if (entry.excl && entry.excl & of && inst.flags & of)
        paramError(`${extName}: option "--${entry.name}" cannot be used together with "--${other.name}".\n`);
    }
  }
}

export function emptyIp(): IptIp {
  return { src: 0, smsk: 0, dst: 0, dmsk: 0, iniface: "", outiface: "", proto: 0, flags: 0, invflags: 0 };
}

/** do_parse() */
export function doParse(argv: string[], env: ParseEnv): ParsedArgs {
  const p: ParsedArgs = {
    command: CMD_NONE,
    rulenum: 0,
    table: env.table,
    verbose: 0,
    options: 0,
    ip: emptyIp(),
    matches: [],
    jumpto: "",
    goto: false,
    src: [],
    dst: [],
    pcnt: 0n,
    bcnt: 0n,
    ignored: false,
    warnings: env.warnings,
  };
  const g = new Getopt(argv);
  const extOrder: XtExtension[] = [];
  let invert = false;
  let tableSet = false;
  let shost: string | undefined;
  let dhost: string | undefined;
  let protoUsed = false;
  let wait = 0;
  let waitIntervalSet = false;

  const loadMatch = (ext: XtExtension): ExtInst => {
    for (const m of p.matches) if (m.ext === ext) m.completed = true;
    const inst = newInst(ext, p.ip);
    p.matches.push(inst);
    if (!extOrder.includes(ext)) extOrder.push(ext);
    return inst;
  };

  /** load_proto(): the -p protocol's match, if it exists and is not loaded yet. */
  const loadProto = (): boolean => {
    if (!p.protocol) return false;
    const v = strtoul(p.protocol, 0, 255);
    const name = v !== undefined ? protoToName(v, (p.options & OPT_NUMERIC) !== 0) : p.protocol;
    if (!name) return false;
    const ext = findMatch(name, env.family ?? 4);
    if (!ext) return false;
    if (p.matches.some((m) => m.ext === ext) && protoUsed) return false;
    protoUsed = true;
    loadMatch(ext);
    return true;
  };

  for (let guard = 0; guard < 100_000; guard++) {
    const st = g.step(mergedOpts(extOrder));
    if (st.kind === "end") break;
    if (st.kind === "unknown" || st.kind === "missing") {
      // command_default(): maybe an option of the protocol's match, not loaded yet.
      if (loadProto()) {
        g.optind--;
        continue;
      }
      if (st.kind === "missing") paramError(`option "${st.text}" requires an argument`);
      paramError(`unknown option "${st.text}"`);
    }
    if (st.kind === "nonopt") {
      if (st.arg === "!") {
        if (invert) paramError("multiple consecutive ! not allowed");
        invert = true;
        continue;
      }
      plainError(PARAMETER_PROBLEM, `Bad argument \`${st.arg}'\n` + lineText(env) + tryHelpText(env.prog));
    }
    const arg = st.arg;
    switch (st.val) {
      case "A":
        addCommand(p, CMD_APPEND, CMD_NONE, invert);
        p.chain = arg;
        break;
      case "C":
        addCommand(p, CMD_CHECK, CMD_NONE, invert);
        p.chain = arg;
        break;
      case "D":
        addCommand(p, CMD_DELETE, CMD_NONE, invert);
        p.chain = arg;
        if (g.hasArg()) {
          p.rulenum = parseRulenumber(g.take());
          p.command = CMD_DELETE_NUM;
        }
        break;
      case "R":
        addCommand(p, CMD_REPLACE, CMD_NONE, invert);
        p.chain = arg;
        if (g.hasArg()) p.rulenum = parseRulenumber(g.take());
        else paramError("-R requires a rule number");
        break;
      case "I":
        addCommand(p, CMD_INSERT, CMD_NONE, invert);
        p.chain = arg;
        p.rulenum = g.hasArg() ? parseRulenumber(g.take()) : 1;
        break;
      case "L":
      case "S":
        addCommand(p, st.val === "L" ? CMD_LIST : CMD_LIST_RULES, CMD_ZERO | CMD_ZERO_NUM, invert);
        if (arg !== undefined) p.chain = arg;
        else if (g.hasArg()) p.chain = g.take();
        if (g.hasArg()) p.rulenum = parseRulenumber(g.take());
        break;
      case "F":
        addCommand(p, CMD_FLUSH, CMD_NONE, invert);
        if (arg !== undefined) p.chain = arg;
        else if (g.hasArg()) p.chain = g.take();
        break;
      case "Z":
        addCommand(p, CMD_ZERO, CMD_LIST | CMD_LIST_RULES, invert);
        if (arg !== undefined) p.chain = arg;
        else if (g.hasArg()) p.chain = g.take();
        if (g.hasArg()) {
          p.rulenum = parseRulenumber(g.take());
          p.command = (p.command & ~CMD_ZERO) | CMD_ZERO_NUM;
        }
        break;
      case "N":
        assertValidChainName(arg!);
        addCommand(p, CMD_NEW_CHAIN, CMD_NONE, invert);
        p.chain = arg;
        break;
      case "X":
        addCommand(p, CMD_DELETE_CHAIN, CMD_NONE, invert);
        if (arg !== undefined) p.chain = arg;
        else if (g.hasArg()) p.chain = g.take();
        break;
      case "E":
        addCommand(p, CMD_RENAME_CHAIN, CMD_NONE, invert);
        p.chain = arg;
        if (g.hasArg()) p.newname = g.take();
        else paramError("-E requires old-chain-name and new-chain-name");
        break;
      case "P":
        addCommand(p, CMD_SET_POLICY, CMD_NONE, invert);
        p.chain = arg;
        if (g.hasArg()) p.policy = g.take();
        else paramError("-P requires a chain and a policy");
        break;
      case "h": {
        if (!p.matches.length && p.protocol) {
          const e = findMatch(p.protocol, env.family ?? 4);
          if (e) loadMatch(e);
        }
        env.help(p.matches, p.target, p.jumpto);
        break;
      }
      case "p": {
        setOption(p, OPT_PROTOCOL, invert);
        // xtables uses argv[optind-1], the whole word: "--protocol=udp" and "-ptcp" are taken as names.
        const proto = argv[g.optind - 1]!.toLowerCase();
        p.protocol = proto;
        p.ip.proto = parseProtocol(proto);
        if (p.ip.proto === 0 && p.ip.invflags & XT_INV_PROTO) paramError("rule would never match protocol");
        break;
      }
      case "s":
        setOption(p, OPT_SOURCE, invert);
        shost = argv[g.optind - 1];
        break;
      case "d":
        setOption(p, OPT_DESTINATION, invert);
        dhost = argv[g.optind - 1];
        break;
      case "g":
        setOption(p, OPT_JUMP, invert);
        p.goto = true;
        p.jumpto = xtParseTarget(arg!);
        break;
      case "j": {
        setOption(p, OPT_JUMP, invert);
        p.jumpto = xtParseTarget(argv[g.optind - 1]!);
        const t = findTarget(p.jumpto, env.family ?? 4);
        // libxtables asks the kernel for the revision when it loads the extension (LED here has no module).
        if (t && !kernelHasRevision(env.task, env.family ?? 4, t.realName ?? t.name, t.revision, true))
          p.warnings.push(`Warning: Extension ${t.name} revision ${t.revision} not supported, missing kernel module?\n`);
        if (t) {
          p.target = newInst(t, p.ip);
          if (!extOrder.includes(t)) extOrder.push(t);
        }
        break;
      }
      case "i":
        if (arg === "") paramError("Empty interface is likely to be undesired");
        setOption(p, OPT_VIANAMEIN, invert);
        p.ip.iniface = parseInterface(argv[g.optind - 1]!, p.warnings);
        break;
      case "o":
        if (arg === "") paramError("Empty interface is likely to be undesired");
        setOption(p, OPT_VIANAMEOUT, invert);
        p.ip.outiface = parseInterface(argv[g.optind - 1]!, p.warnings);
        break;
      case "f":
        setOption(p, OPT_FRAGMENT, invert);
        p.ip.flags |= IPT_F_FRAG;
        break;
      case "v":
        if (!p.verbose) setOption(p, OPT_VERBOSE, invert);
        p.verbose++;
        break;
      case "m": {
        if (invert) paramError("unexpected ! flag before --match");
        const ext = findMatch(arg!, env.family ?? 4);
        if (!ext) paramError(`Couldn't load match \`${canonicalMatchName(arg!)}':No such file or directory\n`);
        loadMatch(ext);
        break;
      }
      case "n":
        setOption(p, OPT_NUMERIC, invert);
        break;
      case "t":
        if (invert) paramError("unexpected ! flag before --table");
        if (env.restore && tableSet) paramError(`The -t option cannot be used in ${env.prog}.\n`);
        p.table = arg!;
        tableSet = true;
        break;
      case "x":
        setOption(p, OPT_EXPANDED, invert);
        break;
      case "V":
        throw new VersionRequest(invert);
      case "w": {
        if (env.restore) paramError("You cannot use `-w' from iptables-restore");
        let w: string | undefined = arg;
        if (w === undefined && g.hasArg()) w = g.take();
        if (w !== undefined) {
          const m = /^\s*[+-]?(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)/.exec(w);
          if (!m) paramError("wait seconds not numeric");
          wait = Number(m[1]);
        } else wait = -1;
        break;
      }
      case "W": {
        if (env.restore) paramError("You cannot use `-W' from iptables-restore");
        let w: string | undefined = arg;
        if (w === undefined) {
          if (g.hasArg()) w = g.take();
          else paramError("wait interval value required");
        }
        const m = /^\s*\+?(\d+)/.exec(w!);
        if (!m) paramError("wait interval not numeric");
        if (Number(m[1]) > 999999) paramError(`too long usec wait ${m[1]} > 999999 usec`);
        p.warnings.push("Ignoring deprecated --wait-interval option.\n");
        waitIntervalSet = true;
        break;
      }
      case "0":
        setOption(p, OPT_LINENUMBERS, invert);
        break;
      case "M":
        break;
      case "c": {
        setOption(p, OPT_COUNTERS, invert);
        const pc = arg!;
        let bc: string | undefined;
        const comma = pc.indexOf(",", 1);
        if (comma >= 0) bc = pc.slice(comma + 1);
        if (bc === undefined && g.hasArg()) bc = g.take();
        if (bc === undefined) paramError("-c requires packet and byte counter");
        const pm = /^\s*\+?(\d+)/.exec(pc);
        if (!pm) paramError("-c packet counter not numeric");
        const bm = /^\s*\+?(\d+)/.exec(bc);
        if (!bm) paramError("-c byte counter not numeric");
        p.pcnt = u64(pm[1]!);
        p.bcnt = u64(bm[1]!);
        break;
      }
      case "4":
      case "6": {
        // A rule for the other family: restore skips the line, the command fails.
        if (st.val === String(env.family ?? 4)) break;
        if (env.restore) {
          p.ignored = true;
          return p;
        }
        plainError(PARAMETER_PROBLEM, lineText(env) + tryHelpText(env.prog));
        break;
      }
      case "b":
        paramError(`unknown option "${argv[g.optind - 1]}"`);
        break;
      case "ext": {
        const owner = st.owner!;
        const opt = st.opt!;
        let inst: ExtInst | undefined;
        if (p.target && p.target.ext === owner) inst = p.target;
        else inst = p.matches.find((m) => m.ext === owner && !m.completed);
        if (!inst) {
          // The option belongs to an extension no longer accepting options: as getopt would not know it.
          if (loadProto()) {
            g.optind--;
            continue;
          }
          paramError(`unknown option "${argv[g.optind - 1]}"`);
        }
        const extName = inst.ext.name;
        // xtoptions finds the option entry by id: messages name the first alias ("--destination-port").
        const entry = inst.ext.x6 ? (inst.ext.options.find((o) => o.id === opt.id) ?? opt) : opt;
        x6Checks(inst, entry, invert, extName);
        let extraFlags = 0;
        if (entry.hasArg && arg === undefined) paramError(`${extName}: option "--${entry.name}" requires an argument.\n`);
        inst.ext.parse({
          opt: entry,
          arg: arg ?? "",
          invert,
          data: inst.data,
          flags: inst.flags,
          ip: p.ip,
          table: p.table,
          task: env.task,
          family: env.family ?? 4,
          numericOutput: false,
          warn: (s: string) => p.warnings.push(s),
          addFlags: (bits: number) => {
            extraFlags |= bits;
          },
          takeNext: () => {
            const a = argv[g.optind];
            if (a === undefined || a[0] === "-" || a[0] === "!") return undefined;
            g.optind++;
            return a;
          },
        } as never);
        inst.flags |= (1 << opt.id) | extraFlags;
        if (inst.ext.name === "tcp" && (opt.id === 2 || opt.id === 3)) inst.flags |= (1 << 2) | (1 << 3);
        break;
      }
      default:
        paramError(`unknown option "${argv[g.optind - 1]}"`);
    }
    invert = false;
  }

  if (p.table === "nat" && (p.policy === "DROP" || p.jumpto === "DROP"))
    paramError(`\nThe "nat" table is not intended for filtering, the use of DROP is therefore inhibited.\n\n`);
  if (!wait && waitIntervalSet) paramError("--wait-interval only makes sense with --wait\n");

  for (const m of p.matches) {
    m.ext.final?.({ data: m.data, flags: m.flags, ip: p.ip });
    if (m.ext.x6) fcheck(m, m.ext.name);
  }
  if (p.target) {
    p.target.ext.final?.({ data: p.target.data, flags: p.target.flags, ip: p.ip });
    if (p.target.ext.x6) fcheck(p.target, p.target.ext.name);
  }

  if (g.optind < argv.length) paramError("unknown arguments found on commandline");
  if (!p.command) paramError("no command specified");
  if (invert) paramError("nothing appropriate following !");

  // ipv4_post_parse()
  if (p.goto) p.ip.flags |= IPT_F_GOTO;
  const ruleCmd = CMD_REPLACE | CMD_INSERT | CMD_DELETE | CMD_APPEND | CMD_CHECK;
  if (p.command & ruleCmd) {
    const any = env.family === 6 ? "::/0" : "0.0.0.0/0";
    if (!(p.options & OPT_DESTINATION)) dhost = any;
    if (!(p.options & OPT_SOURCE)) shost = any;
  }
  const parseHosts = env.family === 6 ? ip6parseMultiple : ipparseMultiple;
  if (shost !== undefined) p.src = parseHosts(env.task, shost);
  if (dhost !== undefined) p.dst = parseHosts(env.task, dhost);
  if ((p.src.length > 1 || p.dst.length > 1) && p.ip.invflags & (IPT_INV_SRCIP | IPT_INV_DSTIP))
    paramError("! not allowed with multiple source or destination IP addresses");

  if (p.command === CMD_REPLACE && (p.src.length !== 1 || p.dst.length !== 1)) paramError("Replacement rule does not specify a unique address");

  // generic_opt_check()
  for (let i = 0; i < OPT_CHARS.length; i++) {
    let legal = 0;
    for (let j = 0; j < 15; j++) {
      if (!(p.command & (1 << j))) continue;
      if (!(p.options & (1 << i))) continue;
      if (CMD_OPTS[1 << j]![i] !== "x") legal = 1;
      else if (legal === 0) legal = -1;
    }
    if (legal === -1) paramError(`Illegal option \`-${OPT_CHARS[i]}' with this command`);
  }

  if (p.chain !== undefined && p.chain.length >= XT_EXTENSION_MAXNAMELEN)
    paramError(`chain name \`${p.chain}' too long (must be under ${XT_EXTENSION_MAXNAMELEN} chars)`);

  if (p.command & ruleCmd || p.command === CMD_DELETE_NUM) {
    if (p.chain === "PREROUTING" || p.chain === "INPUT") {
      if (p.options & OPT_VIANAMEOUT) paramError(`Can't use -o with ${p.chain}\n`);
    }
    if (p.chain === "POSTROUTING" || p.chain === "OUTPUT") {
      if (p.options & OPT_VIANAMEIN) paramError(`Can't use -i with ${p.chain}\n`);
    }
  }
  return p;
}

export class VersionRequest extends Error {
  constructor(readonly invert: boolean) {
    super("version");
  }
}

/** sscanf("%llu"): decimal digits, wrapping past 2^64 as strtoull would saturate. */
function u64(s: string): bigint {
  const v = BigInt(s);
  return v > 0xffffffffffffffffn ? 0xffffffffffffffffn : v;
}

function lineText(env: ParseEnv): string {
  return env.line !== undefined ? `Error occurred at line: ${env.line}\n` : "";
}

export function tryHelpText(prog: string): string {
  return `Try \`${prog} -h' or '${prog} --help' for more information.\n`;
}

export { xtError, OTHER_PROBLEM };
