// ipset 7.17 (src/ipset.c, lib/session.c as observed): create, add, del,
// test, list, save, restore, flush, destroy, rename, swap, version, help
// for the hash:ip, hash:net, hash:ip,port and hash:net,port types, family
// inet. Errors are "ipset v7.17: MSG" (exit 1), usage errors add the "Try"
// line (exit 2); restore prefixes "Error in line N: ".

import type { NetNamespace } from "../../kernel/core/netns.js";
import {
  type AddExt,
  type IpSetErr,
  ipSetAdd,
  ipSetAll,
  ipSetByName,
  ipSetCreate,
  ipSetDel,
  ipSetByIndex,
  ipSetDestroy,
  ipSetFlush,
  ipSetListCmd,
  ipSetMemsize,
  ipSetNow,
  ipSetRefs,
  ipSetRename,
  ipSetSwap,
  ipSetTest,
} from "../../kernel/netfilter/ipset/ip_set_core.js";
import { HASH_TYPES, type HashEntry, type HashSet, MISSING_TYPES, type SetOptions } from "../../kernel/netfilter/ipset/ip_set_hash.js";
import { getservbyname } from "../iptables/netdb.js";
import type { ProgramContext } from "../../kernel/task/program.js";
import { ERRNO, KernelError, strerror } from "../../uapi/errno.js";
import { IpsetError, type SetNames, fmtElem, fmtEntry, fmtIp, parseBitmapElems, parseBitmapIpRange, parseBitmapPort, parseElems, parseElems6, xmlEntry } from "./elem.js";
import { IPSET_HELP } from "./help.js";

const PFX = "ipset v7.17: ";
const TRY = "Try `ipset help' for more information.\n";

const ERRS: Record<IpSetErr, string> = {
  ENOENT: "The set with the given name does not exist",
  EEXIST_SET: "Set cannot be created: set with the same name already exists",
  EEXIST: "Element cannot be added to the set: it's already added",
  ENOENT_ELEM: "Element cannot be deleted from the set: it's not added",
  EBUSY: "Set cannot be destroyed: it is in use by a kernel component",
  EXIST_SETNAME2: "Set cannot be renamed: a set with the new name already exists",
  REFERENCED: "Set cannot be renamed: it is in use by another system",
  EXIST_SETNAME2_SWAP: "Sets cannot be swapped: the second set does not exist",
  TYPE_MISMATCH: "The sets cannot be swapped: their type does not match",
  HASH_FULL: "Hash is full, cannot add more elements",
  TIMEOUT: "Timeout cannot be used: set was created without timeout support",
  COMMENT: "Comment cannot be used: set was created without comment support",
  COUNTER: "Packet/byte counters cannot be used: set was created without counter support",
  MAX_SETS: "Kernel error received: ipset protocol error",
  BITMAP_RANGE: "Element is out of the range of the set",
  BITMAP_RANGE_SIZE: "The range you specified exceeds the size limit of the set type",
  NAME: "Set to be added/deleted/tested as element does not exist.",
  LOOP: "Sets with list:set type cannot be added to the set.",
  NAMEREF: "The set to which you referred with 'before' or 'after' does not exist.",
  REF_EXIST: "The set to which you referred with 'before' or 'after' is not added to the set.",
};

function check(e: IpSetErr | undefined): void {
  if (e) throw new IpsetError(ERRS[e]);
}

const CMDS: Record<string, string> = {
  create: "create", n: "create", "-N": "create", add: "add", "-A": "add", del: "del", "-D": "del", test: "test", "-T": "test",
  destroy: "destroy", x: "destroy", "-X": "destroy", list: "list", "-L": "list", save: "save", "-S": "save", restore: "restore", "-R": "restore",
  flush: "flush", "-F": "flush", rename: "rename", e: "rename", "-E": "rename", swap: "swap", w: "swap", "-W": "swap",
  version: "version", "-V": "version", "-v": "version", help: "help", "-H": "help", "-h": "help",
};

interface Opts {
  exist: boolean;
  terse: boolean;
  names: boolean;
  save: boolean;
  /** -o xml */
  xml: boolean;
  /** -f FILE: restore reads it, list/save write to it. */
  file?: string;
}

const usage = (m: string): never => {
  throw new IpsetError(m, 2);
};

function needSet(net: NetNamespace, name: string): HashSet {
  const f = ipSetByName(net, name);
  if (!f) throw new IpsetError(ERRS.ENOENT);
  return f.set;
}

/** The create options of a bitmap or list set, in order: a name with its value, or `true` for a flag. */
function otherFields(set: HashSet): [string, string | true][] {
  const o = set.opts;
  const f: [string, string | true][] = [
    set.type.kind === "list" ? ["size", `${o.size}`] : ["range", set.type.noIp ? `${o.first}-${o.last}` : `${fmtIp(o.first!)}-${fmtIp(o.last!)}`],
  ];
  if (o.netmask !== undefined && o.netmask !== 32) f.push(["netmask", `${o.netmask}`]);
  if (o.timeout !== undefined) f.push(["timeout", `${o.timeout}`]);
  if (o.counters) f.push(["counters", true]);
  if (o.comment) f.push(["comment", true]);
  return f;
}

/** The create options of a bitmap or list set, as list/save print them. */
function otherHeader(set: HashSet): string {
  return otherFields(set)
    .map(([k, v]) => (v === true ? k : `${k} ${v}`))
    .join(" ");
}

function header(set: HashSet): string {
  if (set.type.kind) return otherHeader(set);
  const o = set.opts;
  let h = `family ${o.inet6 ? "inet6" : "inet"} hashsize ${o.hashsize} maxelem ${o.maxelem}`;
  if (o.timeout !== undefined) h += ` timeout ${o.timeout}`;
  if (o.counters) h += " counters";
  if (o.comment) h += " comment";
  return `${h} bucketsize ${o.bucketsize ?? 12} initval 0x${set.initval.toString(16).padStart(8, "0")}`;
}

/** The header's fields as `-o xml` prints them. */
function xmlHeader(set: HashSet): string {
  const o = set.opts;
  if (set.type.kind) return otherFields(set).map(([k, v]) => (v === true ? `<${k}/>` : `<${k}>${v}</${k}>`)).join("");
  let h = `<family>${o.inet6 ? "inet6" : "inet"}</family><hashsize>${o.hashsize}</hashsize><maxelem>${o.maxelem}</maxelem>`;
  if (o.timeout !== undefined) h += `<timeout>${o.timeout}</timeout>`;
  if (o.counters) h += "<counters/>";
  if (o.comment) h += "<comment/>";
  return `${h}<bucketsize>${o.bucketsize ?? 12}</bucketsize><initval>0x${set.initval.toString(16).padStart(8, "0")}</initval>`;
}

/** One set in the XML form (inside `<ipsets>`): -n gives only its name, -t no members; save is the same. */
function xmlSet(net: NetNamespace, set: HashSet, index: number, o: Opts): string {
  if (o.names) return `<ipset name="${set.name}"/>\n`;
  const now = ipSetNow(net);
  let s = `<ipset name="${set.name}">\n<type>${set.type.name}</type>\n<revision>${set.type.revision}</revision>\n`;
  s += `<header>${xmlHeader(set)}\n<memsize>${ipSetMemsize(set)}</memsize>\n<references>${ipSetRefs(net, index)}</references>\n`;
  s += `<numentries>${set.entries.size}</numentries>\n</header>\n`;
  if (!o.terse) {
    s += "<members>\n";
    const names = namesOf(net);
    for (const e of members(set)) s += `${xmlEntry(set, e, now, names)}\n`;
    s += "</members>\n";
  }
  return `${s}</ipset>\n`;
}

/** Entries in listing order: a bitmap walks its slots upwards, a list keeps its order, a hash ours. */
function members(set: HashSet): HashEntry[] {
  const all = [...set.entries.values()];
  if (set.type.kind === "bitmap") all.sort((a, b) => (set.type.noIp ? a.elem.port - b.elem.port : a.elem.ip - b.elem.ip));
  return all;
}

const namesOf =
  (net: NetNamespace): SetNames =>
  (i) =>
    ipSetByIndex(net, i)?.name ?? "";

function listSet(net: NetNamespace, set: HashSet, index: number, o: Opts): string {
  const now = ipSetNow(net);
  const names = namesOf(net);
  if (o.names && !o.xml) return `${set.name}\n`;
  ipSetTest(net, set, { ip: 0, cidr: 32, proto: 0, port: 0 }); // expire what timed out
  if (o.xml) return xmlSet(net, set, index, o);
  if (o.save) {
    let s = `create ${set.name} ${set.type.name} ${header(set)}\n`;
    if (!o.terse) for (const e of members(set)) s += `add ${set.name} ${fmtEntry(set, e, now, names)}\n`;
    return s;
  }
  let s = `Name: ${set.name}\nType: ${set.type.name}\nRevision: ${set.type.revision}\nHeader: ${header(set)}\n`;
  s += `Size in memory: ${ipSetMemsize(set)}\nReferences: ${ipSetRefs(net, index)}\nNumber of entries: ${set.entries.size}\n`;
  if (o.terse) return s;
  s += "Members:\n";
  for (const e of members(set)) s += `${fmtEntry(set, e, now, names)}\n`;
  return s;
}

function num(s: string | undefined, what: string, max = 0xffffffff): number {
  if (s === undefined || !/^\d+$/.test(s) || Number(s) > max) throw new IpsetError(`Syntax error: '${s ?? ""}' is invalid as number`);
  void what;
  return Number(s);
}

/** An option's argument, or ipset's complaint when the line ends first. */
function optArg(args: string[], i: number, name: string): string {
  const v = args[i];
  if (v === undefined) usage(`Missing mandatory argument of option \`${name}'`);
  return v!;
}

/** A timeout in seconds: 0..2147483 (UINT_MAX / 1000 / 2). */
function timeoutArg(v: string): number {
  if (/^-?\d+$/.test(v) && (Number(v) < 0 || Number(v) > 2147483)) throw new IpsetError(`Syntax error: '${v}' is out of range 0-2147483`);
  return num(v, "timeout");
}

/** Create options of the bitmap and list types (range, netmask, size and the extensions). */
function parseCreateOther(type: string, args: string[], service: (n: string) => number | undefined): SetOptions {
  const o: SetOptions = { hashsize: 0, maxelem: 0, counters: false, comment: false };
  const list = type === "list:set";
  const allowed = list ? ["size", "timeout", "counters", "comment", "skbinfo"] : type === "bitmap:ip" ? ["range", "netmask", "timeout", "counters", "comment", "skbinfo"] : ["range", "timeout", "counters", "comment", "skbinfo"];
  let range: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!allowed.includes(a)) usage(`Unknown argument: \`${a}'`);
    if (["range", "netmask", "timeout", "size"].includes(a)) optArg(args, i + 1, a);
    if (a === "range") range = args[++i]!;
    else if (a === "netmask") {
      const v = args[++i]!;
      if (/^\d+$/.test(v) && (Number(v) < 1 || Number(v) > 32))
        throw new IpsetError(`Syntax error: '${v}' is out of range 1-32\nSyntax error: netmask is out of the inclusive range of 1-32`);
      o.netmask = num(v, a);
    } else if (a === "timeout") o.timeout = timeoutArg(args[++i]!);
    else if (a === "size") o.size = Math.max(4, num(args[++i], a));
    else if (a === "counters") o.counters = true;
    else if (a === "comment") o.comment = true;
  }
  if (list) {
    o.size ??= 8;
    return o;
  }
  if (range === undefined) usage("Mandatory option `range' is missing");
  if (type === "bitmap:port") {
    const r = parseBitmapPort(range!, service);
    o.first = r.lo;
    o.last = r.hi;
  } else Object.assign(o, parseBitmapIpRange(range!));
  return o;
}

function parseCreate(args: string[]): SetOptions {
  const o: SetOptions = { hashsize: 1024, maxelem: 65536, counters: false, comment: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (["timeout", "maxelem", "hashsize", "family", "bucketsize", "initval"].includes(a)) optArg(args, i + 1, a);
    if (a === "bucketsize") {
      // rounded up to even, at most 12 (AHASH_MAX_TUNED)
      const b = num(args[++i], a, 255);
      o.bucketsize = Math.min(12, Math.max(2, b + (b & 1)));
      continue;
    }
    if (a === "initval") {
      const v = args[++i]!;
      const n = /^0x[0-9a-f]+$/i.test(v) ? Number.parseInt(v.slice(2), 16) : /^\d+$/.test(v) ? Number(v) : Number.NaN;
      if (Number.isNaN(n) || n > 0xffffffff) throw new IpsetError(`Syntax error: '${v}' is invalid as number`);
      o.initval = n >>> 0;
      continue;
    }
    if (a === "timeout") o.timeout = timeoutArg(args[++i]!);
    else if (a === "counters") o.counters = true;
    else if (a === "comment") o.comment = true;
    else if (a === "maxelem") o.maxelem = num(args[++i], a);
    else if (a === "hashsize") {
      const n = Math.max(64, num(args[++i], a));
      o.hashsize = 2 ** Math.ceil(Math.log2(n));
    } else if (a === "family") {
      const f = args[++i]!;
      if (f === "inet6" || f === "ipv6") o.inet6 = true;
      else if (f === "inet" || f === "ipv4") o.inet6 = undefined;
      else throw new IpsetError(`Syntax error: unknown inet family ${f}`);
    } else usage(`Unknown argument: \`${a}'`);
  }
  return o;
}

function parseAddExt(args: string[], net = false): AddExt {
  const x: AddExt = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "nomatch" && net) x.nomatch = true;
    else if (a === "timeout") x.timeout = timeoutArg(optArg(args, ++i, a));
    else if (a === "packets") x.packets = num(args[++i], a, Number.MAX_SAFE_INTEGER);
    else if (a === "bytes") x.bytes = num(args[++i], a, Number.MAX_SAFE_INTEGER);
    else if (a === "comment") {
      const c = args[++i];
      if (c === undefined) usage("Missing mandatory argument to option comment");
      x.comment = c;
    } else usage(`Unknown argument: \`${a}'`);
  }
  return x;
}

/** add/del/test on a list:set: `NAME [before|after NAME]` (or `NAME,before,NAME`) and the extensions. */
function listCommand(net: NetNamespace, set: HashSet, cmd: "add" | "del" | "test", arg: string, more: string[], o: Opts, err: string[]): number {
  let words = more;
  let member = arg;
  if (arg.includes(",")) {
    const p = arg.split(",");
    if (p.length !== 3 || (p[1] !== "before" && p[1] !== "after")) throw new IpsetError("you must specify elements as setname,[before|after],setname");
    member = p[0]!;
    words = [p[1]!, p[2]!, ...more];
  }
  let before = 0;
  let ref: string | undefined;
  const extWords: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === "before" || w === "after") {
      ref = optArg(words, i + 1, w);
      before = w === "before" ? 1 : -1;
      i++;
    } else extWords.push(w);
  }
  const ext = cmd === "add" ? parseAddExt(extWords) : (extWords.length && usage(`Unknown argument: \`${extWords[0]}'`), {});
  const r = ipSetListCmd(net, set, cmd, member, { before, ref }, ext, o.exist);
  if (cmd !== "test") {
    check(r.err);
    return 0;
  }
  // the tool names the reference as "after" whichever was asked (its print of the flag)
  const shown = ref !== undefined ? `${member} after ${ref}` : member;
  if (r.hit) {
    err.push(`Warning: ${shown} is in set ${set.name}.\n`);
    return 0;
  }
  err.push(`${shown} is NOT in set ${set.name}.\n`);
  return 1;
}

/** Runs one command; returns its exit status; what it prints goes to out/err. */
function runCommand(net: NetNamespace, argv: string[], o: Opts, out: string[], err: string[], service: (n: string) => number | undefined): number {
  const [cmdWord, ...rest] = argv;
  if (cmdWord === undefined) usage("No command specified.");
  const cmd = CMDS[cmdWord];
  if (!cmd) usage(`No command specified: unknown argument ${cmdWord}`);
  const need = (n: number): string => {
    if (rest[n] === undefined) usage(`Missing ${n === 0 ? "" : "second "}mandatory argument to command ${cmd}`);
    return rest[n]!;
  };
  switch (cmd) {
    case "version":
      out.push("ipset v7.17, protocol version: 7\n");
      return 0;
    case "help":
      out.push(IPSET_HELP);
      return 0;
    case "create": {
      const name = need(0);
      const type = need(1);
      const known = HASH_TYPES.find((t) => t.name === type);
      if (!known && MISSING_TYPES.includes(type)) throw new IpsetError("Kernel error received: set type not supported");
      if (!known) throw new IpsetError(`Syntax error: typename '${type}' is unknown`);
      const opts = known.kind ? parseCreateOther(type, rest.slice(2), service) : parseCreate(rest.slice(2));
      check(ipSetCreate(net, name, type, opts, o.exist));
      return 0;
    }
    case "add":
    case "del":
    case "test": {
      const set = needSet(net, need(0));
      if (set.type.kind === "list") return listCommand(net, set, cmd, need(1), rest.slice(2), o, err);
      const elems = set.type.kind === "bitmap" ? parseBitmapElems(set, need(1), cmd === "test", service) : set.opts.inet6 ? parseElems6(set.type, need(1), cmd === "test") : parseElems(set.type, need(1), cmd === "test");
      if (cmd === "add") check(ipSetAdd(net, set, elems, parseAddExt(rest.slice(2), set.type.nomatch === true), o.exist));
      else if (cmd === "del") check(ipSetDel(net, set, elems, o.exist));
      else {
        const e = elems[0]!;
        const shown = fmtElem(set.type, e);
        // test NET nomatch asks for the nomatch entry; a plain test is answered "no" by one
        const wantNomatch = set.type.nomatch === true && rest.slice(2).includes("nomatch");
        const hit = ipSetTest(net, set, e);
        if (hit && !!hit.nomatch === wantNomatch) {
          err.push(`Warning: ${shown} is in set ${set.name}.\n`);
          return 0;
        }
        err.push(`${shown} is NOT in set ${set.name}.\n`);
        return 1;
      }
      return 0;
    }
    case "destroy":
      check(ipSetDestroy(net, rest[0]));
      return 0;
    case "flush":
      check(ipSetFlush(net, rest[0]));
      return 0;
    case "rename":
      check(ipSetRename(net, need(0), need(1)));
      return 0;
    case "swap":
      check(ipSetSwap(net, need(0), need(1)));
      return 0;
    case "list":
    case "save": {
      const lo: Opts = cmd === "save" ? { ...o, save: true } : o;
      if (rest[0] !== undefined) {
        const f = ipSetByName(net, rest[0]);
        if (!f) throw new IpsetError(ERRS.ENOENT);
        out.push(lo.xml ? `<ipsets>\n${listSet(net, f.set, f.index, lo)}</ipsets>\n` : listSet(net, f.set, f.index, lo));
        return 0;
      }
      // ip_set_dump_do: list:set sets (IPSET_DUMP_LAST) come after every other set, so a restore creates members first
      const sets = ipSetAll(net);
      const all = [...sets.filter((x) => x.type.kind !== "list"), ...sets.filter((x) => x.type.kind === "list")];
      if (lo.xml) out.push("<ipsets>\n");
      all.forEach((s, k) => {
        const idx = ipSetByName(net, s.name)!.index;
        if (k > 0 && !lo.names && !lo.save && !lo.xml) out.push("\n");
        out.push(listSet(net, s, idx, lo));
      });
      if (lo.xml) out.push("</ipsets>\n");
      return 0;
    }
  }
  return 0;
}

/** Pulls the global options out of argv (they may come before or after the command). */
function splitOptions(argv: string[]): { o: Opts; words: string[] } {
  const o: Opts = { exist: false, terse: false, names: false, save: false, xml: false };
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "-exist" || a === "-!") o.exist = true;
    else if (a === "-t" || a === "-terse") o.terse = true;
    else if (a === "-n" || a === "-name") o.names = true;
    // -q (no messages, the exit status only) is read by ipsetMain, which needs it before these options parse.
    else if (a === "-q" || a === "-quiet") continue;
    else if (a === "-f" || a === "-file") {
      const f = argv[++i];
      if (f === undefined) usage(`Missing mandatory argument to option ${a}`);
      o.file = f;
    }
    else if (a === "-s" || a === "-sorted" || a === "-r" || a === "-resolve") continue;
    else if (a === "-o" || a === "-output") {
      const f = argv[++i];
      if (f === undefined) usage(`Missing mandatory argument to option ${a}`);
      if (f === "save") o.save = true;
      else if (f === "xml") o.xml = true;
      else if (f !== "plain") throw new IpsetError(`Syntax error: unknown output mode '${f}'`);
    } else words.push(a);
  }
  return { o, words };
}

/** Splits one restore line into words (double quotes group). */
function lineWords(line: string): string[] {
  const w: string[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  for (let m = re.exec(line); m; m = re.exec(line)) w.push(m[1] ?? m[2]!);
  return w;
}

export async function ipsetMain(ctx: ProgramContext): Promise<number> {
  const net = ctx.task.netns;
  const args = ctx.argv.slice(1);
  const service = (name: string): number | undefined => getservbyname(ctx.task, name, "tcp");
  const out: string[] = [];
  const err: string[] = [];
  // -q silences every message, wherever it stands on the line
  const quiet = args.includes("-q") || args.includes("-quiet");
  // -f FILE for list/save: what they print goes to the file (opened, and truncated, first)
  let toFile: ((text: string) => void) | undefined;
  const flush = async (): Promise<void> => {
    if (out.length && toFile) toFile(out.splice(0).join(""));
    else if (out.length) await ctx.stdout.write(out.splice(0).join(""));
    const e = err.splice(0).join("");
    if (e && !quiet) await ctx.stderr.write(e);
  };
  const fail = async (e: unknown, line?: number): Promise<number> => {
    if (!(e instanceof IpsetError)) throw e;
    await flush();
    const where = line !== undefined && e.status === 1 ? `Error in line ${line}: ` : "";
    if (!quiet) await ctx.stderr.write(`${PFX}${where}${e.msg}\n${e.status === 2 ? TRY : ""}`);
    return e.status;
  };
  let o: Opts;
  let words: string[];
  try {
    ({ o, words } = splitOptions(args));
  } catch (e) {
    return fail(e);
  }
  const fs = ctx.task.host.fs;
  const cmd0 = words[0] !== undefined ? CMDS[words[0]] : undefined;
  if (o.file !== undefined && (cmd0 === "list" || cmd0 === "save")) {
    try {
      const inode = fs.createFile(ctx.task, ctx.task.cwd, o.file);
      fs.setData(inode, new Uint8Array(0));
      let data = "";
      toFile = (text) => {
        data += text;
        fs.setData(inode, new TextEncoder().encode(data));
      };
    } catch (e) {
      if (!(e instanceof KernelError)) throw e;
      return fail(new IpsetError(`Cannot open ${o.file} for writing: ${strerror(e.errno)}`));
    }
  }
  if (cmd0 === "restore") {
    let text: string;
    if (o.file !== undefined) {
      try {
        text = new TextDecoder().decode(fs.readFile(ctx.task, ctx.task.cwd, o.file));
      } catch (e) {
        if (!(e instanceof KernelError)) throw e;
        // As recorded: a file that cannot be opened ends ipset with 255 and no message; a directory
        // opens but reads nothing.
        if (e.errno !== ERRNO.EISDIR) return 255;
        text = "";
      }
    } else text = await ctx.stdin.readAll();
    const lines = text.split("\n");
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i]!.trim();
      if (l === "" || l.startsWith("#") || l === "COMMIT") continue;
      const lw = splitOptions(lineWords(l));
      try {
        const st = runCommand(net, lw.words, { ...lw.o, exist: o.exist || lw.o.exist }, out, err, service);
        if (st !== 0) {
          await flush();
          return st;
        }
      } catch (e) {
        return fail(e, i + 1);
      }
    }
    await flush();
    return 0;
  }
  try {
    const st = runCommand(net, words, o, out, err, service);
    await flush();
    return st;
  } catch (e) {
    return fail(e);
  }
}
