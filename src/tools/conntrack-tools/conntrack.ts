// conntrack(8) from conntrack-tools 1.4.7: list (-L), delete (-D), flush
// (-F), count (-C), statistics (-S) and events (-E) of the connection tracking
// table, through ctnetlink (kernel/netfilter/conntrack/nf_conntrack_netlink.ts).
// Output lines follow libnetfilter_conntrack's default format; the summary
// ("N flow entries have been shown.") goes to stderr. Entries go to stdout
// which, as with stdio's full buffering on a pipe, is written when the program
// ends — so a merged pipe shows the summary first, as on the real system.

import type { Program, ProgramContext } from "../../kernel/task/program.js";
import { ctnlTalk } from "../../kernel/netfilter/conntrack/nf_conntrack_netlink.js";
import { nfCtSubscribe } from "../../kernel/netfilter/conntrack/nf_conntrack_events.js";
import { Interrupted } from "../../sim/scheduler.js";
import { IPS_ASSURED, IPS_DST_NAT, IPS_SEEN_REPLY, IPS_SRC_NAT, type CtEntryView, type CtTupleView } from "../../uapi/nf_conntrack.js";
import { formatIp6, formatIpv4, parseIp6, parseIpv4Aton } from "../../wire/addr.js";
import { CONNTRACK_HELP } from "./help.js";
import { getprotobyname } from "../iptables/netdb.js";

const PFX = "conntrack v1.4.7 (conntrack-tools): ";
const TRY = "Try `conntrack -h' or 'conntrack --help' for more information.\n";

class UsageError {
  constructor(readonly msg: string) {}
}

type Cmd = "L" | "D" | "F" | "C" | "S" | "E" | "G" | "I" | "U" | "h" | "V";

const CMD_LONG: Record<string, Cmd> = {
  dump: "L",
  delete: "D",
  flush: "F",
  count: "C",
  stats: "S",
  event: "E",
  get: "G",
  create: "I",
  update: "U",
  help: "h",
  version: "V",
};

const PROTOS: Record<string, number> = { tcp: 6, udp: 17, icmp: 1, udplite: 136, sctp: 132, dccp: 33, gre: 47, icmpv6: 58 };
const PROTO_NAMES: Record<number, string> = { 6: "tcp", 17: "udp", 1: "icmp", 136: "udplite", 132: "sctp", 33: "dccp", 47: "gre", 58: "icmpv6" };

/**
 * findproto(): a protocol conntrack has a module for (any case), else a name
 * from /etc/protocols, else a number (strtol base 0, the whole argument, below
 * IPPROTO_MAX) with its module if there is one. Protocols without a module
 * get ct_proto_unknown: no protocol options.
 */
function findproto(name: string): { num: number; module: boolean } | undefined {
  const mod = PROTOS[name.toLowerCase()];
  if (mod !== undefined) return { num: mod, module: true };
  const byName = getprotobyname(name);
  if (byName !== undefined) return { num: byName, module: false };
  const m = /^[ \t\n\v\f\r]*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)$/.exec(name);
  if (!m) return undefined;
  const v = (m[1] === "-" ? -1 : 1) * Number(/^0[0-7]+$/.test(m[2]!) ? Number.parseInt(m[2]!, 8) : m[2]);
  if (v < 0 || v >= 256) return undefined;
  return { num: v, module: PROTO_NAMES[v] !== undefined };
}

/** Options taking an argument, by the name they are spelled with. */
const ARG_OPTS = new Map<string, string>([
  ["-s", "src"], ["--src", "src"], ["--orig-src", "src"],
  ["-d", "dst"], ["--dst", "dst"], ["--orig-dst", "dst"],
  ["-r", "rsrc"], ["--reply-src", "rsrc"],
  ["-q", "rdst"], ["--reply-dst", "rdst"],
  ["-p", "proto"], ["--protonum", "proto"],
  ["-f", "family"], ["--family", "family"],
  ["-t", "timeout"], ["--timeout", "timeout"],
  ["-u", "status"], ["--status", "status"],
  ["-m", "mark"], ["--mark", "mark"],
  ["-o", "output"], ["--output", "output"],
  ["-e", "events"], ["--event-mask", "events"],
  ["-w", "zone"], ["--zone", "zone"],
  ["-b", "buffer"], ["--buffer-size", "buffer"],
  ["-c", "secmark"], ["--secmark", "secmark"],
  ["--mask-src", "masksrc"], ["--mask-dst", "maskdst"],
  ["--orig-zone", "ozone"], ["--reply-zone", "rzone"],
]);
/** NAT filters: an optional address (-n, -g, -j). */
const NAT_OPTS = new Map<string, string>([
  ["-n", "snat"], ["--src-nat", "snat"],
  ["-g", "dnat"], ["--dst-nat", "dnat"],
  ["-j", "anynat"], ["--any-nat", "anynat"],
]);
/** Options that only exist once -p names a protocol that has them. */
const L4_OPTS: Record<number, Map<string, string>> = {
  6: new Map([
    ["--sport", "sport"], ["--orig-port-src", "sport"], ["--dport", "dport"], ["--orig-port-dst", "dport"],
    ["--reply-port-src", "rsport"], ["--reply-port-dst", "rdport"], ["--state", "state"],
  ]),
  17: new Map([
    ["--sport", "sport"], ["--orig-port-src", "sport"], ["--dport", "dport"], ["--orig-port-dst", "dport"],
    ["--reply-port-src", "rsport"], ["--reply-port-dst", "rdport"],
  ]),
  1: new Map([["--icmp-type", "itype"], ["--icmp-code", "icode"], ["--icmp-id", "iid"]]),
  58: new Map([["--icmpv6-type", "itype"], ["--icmpv6-code", "icode"], ["--icmpv6-id", "iid"]]),
};

interface Parsed {
  cmd?: Cmd;
  table: string;
  opts: Map<string, string>;
  proto?: number;
  /** -p named a protocol conntrack has a module for (its options apply). */
  protoModule?: boolean;
  extended: boolean;
  /** -o id */
  withId: boolean;
  /** AF_INET/AF_INET6 from -f or the first address given; undefined: both (AF_UNSPEC). */
  family?: number;
  /** -o xml */
  xml: boolean;
}

const TCP_STATE_NAMES = ["NONE", "SYN_SENT", "SYN_RECV", "ESTABLISHED", "FIN_WAIT", "CLOSE_WAIT", "LAST_ACK", "TIME_WAIT", "CLOSE", "LISTEN"];

/** parse_addr(): an IPv4 address (inet_aton) or an IPv6 one (inet_pton), with its family. */
function parseAddr(s: string): { l3: number; a: number | bigint } {
  if (s.includes(":")) {
    const a6 = parseIp6(s);
    if (a6 === undefined) throw new UsageError(`Invalid IP address \`${s}'`);
    return { l3: 10, a: a6 };
  }
  const a = /^\d+(\.\d+){0,3}$/.test(s) ? parseIpv4Aton(s, true) : undefined;
  if (a === undefined) throw new UsageError(`Invalid IP address \`${s}'`);
  return { l3: 2, a };
}

function parseIp(s: string): number | bigint {
  return parseAddr(s).a;
}

function parseArgs(argv: string[]): Parsed {
  const p: Parsed = { table: "conntrack", opts: new Map(), extended: false, withId: false, xml: false };
  const setCmd = (c: Cmd) => {
    if (p.cmd && p.cmd !== c) throw new UsageError("Invalid commands combination");
    if (p.cmd === c && c !== "h" && c !== "V") throw new UsageError("Invalid commands combination");
    p.cmd = c;
  };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    let name = a;
    let inline: string | undefined;
    if (a.startsWith("--") && a.includes("=")) {
      name = a.slice(0, a.indexOf("="));
      inline = a.slice(a.indexOf("=") + 1);
    } else if (/^-[A-Za-z]./.test(a)) {
      name = a.slice(0, 2);
      inline = a.slice(2);
    }
    const short = /^-[LDFCSEGIUhV]$/.test(name) ? (name[1] as Cmd) : undefined;
    const long = name.startsWith("--") ? CMD_LONG[name.slice(2)] : undefined;
    const cmd = short ?? long;
    if (cmd) {
      setCmd(cmd);
      // An optional table name: attached, or the next word when it is not an option.
      let tbl = inline;
      if (tbl === undefined && argv[i + 1] !== undefined && !argv[i + 1]!.startsWith("-") && "LDFCEGIU".includes(cmd)) tbl = argv[++i];
      if (tbl !== undefined && tbl !== "") {
        if (!["conntrack", "expect", "dying", "unconfirmed"].includes(tbl)) throw new UsageError(`unknown type \`${tbl}'`);
        p.table = tbl;
      }
      continue;
    }
    if (name === "-z" || name === "--zero") {
      p.opts.set("zero", "1");
      continue;
    }
    const key = ARG_OPTS.get(name) ?? NAT_OPTS.get(name) ?? (p.proto !== undefined && p.protoModule ? L4_OPTS[p.proto]?.get(name) : undefined);
    if (!key) throw new UsageError(`unknown option \`${a.startsWith("--") ? name : a.slice(0, 2)}'`);
    let val = inline;
    if (NAT_OPTS.has(name)) {
      if (val === undefined && argv[i + 1] !== undefined && !argv[i + 1]!.startsWith("-")) val = argv[++i];
      p.opts.set(key, val ?? "");
      continue;
    }
    if (val === undefined || val === "") {
      if (i + 1 >= argv.length) throw new UsageError(`option \`${name}' requires an argument`);
      val = argv[++i]!;
    }
    switch (key) {
      case "proto": {
        const n = findproto(val);
        if (n === undefined) throw new UsageError(`\`${val}' unsupported protocol`);
        p.proto = n.num;
        p.protoModule = n.module;
        break;
      }
      case "family":
        if (val !== "ipv4" && val !== "ipv6") throw new UsageError(`\`${val}' unsupported protocol`);
        p.family = val === "ipv4" ? 2 : 10;
        break;
      case "output":
        for (const o of val.split(",")) {
          if (o === "extended") p.extended = true;
          else if (o === "id") p.withId = true;
          else if (o === "xml") p.xml = true;
          else if (!["timestamp", "ktimestamp", "labels", "userspace"].includes(o)) throw new UsageError(`Bad parameter \`${o}'`);
        }
        break;
      case "state":
        // tcp.c: an exact (case-sensitive) name from tcp_states[]; LISTEN is the kernel's SYN_SENT2.
        if (!TCP_STATE_NAMES.includes(val)) throw new UsageError(`unknown TCP state \`${val}'`);
        break;
      case "events":
        // parse_parameter() over the event names conntrack knows
        // (strncasecmp over the word's own length: `UPDATE`, `new`, `D` name an event too)
        for (const w of val.split(",")) if (!eventName(w)) throw new UsageError(`Bad parameter \`${w}'`);
        break;
      case "status":
        for (const w of val.split(",")) if (!(w in STATUS_BITS) || w === "CONFIRMED" || w === "SRC_NAT" || w === "DST_NAT") throw new UsageError(`Bad parameter \`${w}'`);
        break;
      case "src":
      case "dst":
      case "rsrc":
      case "rdst": {
        // The first address sets the family; a later one of the other family is refused.
        const { l3 } = parseAddr(val);
        if (p.family !== undefined && p.family !== l3) throw new UsageError("mismatched address family");
        p.family = l3;
        break;
      }
    }
    p.opts.set(key, val);
  }
  if (p.cmd) checkOptions(p);
  return p;
}

const addrText = (a: number | bigint) => (typeof a === "number" ? formatIpv4(a) : formatIp6(a));

/**
 * Option flags in the order of conntrack's option table (`-s -d -r -q -p -t -u -z -e [ ] { } -a -m
 * -i -f -n -g -o -c -b -j -w -l < > ( )`), with the long names its messages use.
 */
const OPT_FLAGS: readonly [string, string][] = [
  ["src", "src"], ["dst", "dst"], ["rsrc", "reply-src"], ["rdst", "reply-dst"], ["proto", "protonum"],
  ["timeout", "timeout"], ["status", "status"], ["zero", "zero"], ["events", "event-mask"], ["", "tuple-src"],
  ["", "tuple-dst"], ["masksrc", "mask-src"], ["maskdst", "mask-dst"], ["", "nat-range"], ["mark", "mark"],
  ["", "id"], ["family", "family"], ["snat", "src-nat"], ["dnat", "dst-nat"], ["output", "output"],
  ["secmark", "secmark"], ["buffer", "buffer-size"], ["anynat", "any-nat"], ["zone", "zone"], ["", "label"],
  ["", "label-add"], ["", "label-del"], ["ozone", "orig-zone"], ["rzone", "reply-zone"],
];

/**
 * Which options each command takes (conntrack 1.4.7's legality table): 0 illegal, 1 compulsory,
 * 2 optional, 3 checked by the command itself (the tuple options of -I and -G).
 */
const CMD_OPTS: Record<string, string> = {
  L: "22222022000220202222202220022",
  I: "33331120000002200220000202022",
  U: "22222220000220222222000022200",
  D: "22222220000220222222000220022",
  G: "33331000000000020002000020000",
  F: "00000000000000002000000000000",
  E: "22222000200220202222222220022",
  V: "00000000000000000000000000000",
  h: "00002000000000000000000000000",
  C: "00000000000000000000000000000",
  S: "00000000000000000000000000000",
  "expect:L": "00000000000000002002000000000",
  "expect:D": "11221000000000000000000000000",
  "expect:G": "11221000000000000000000000000",
  "expect:F": "00000000000000000000000000000",
  "expect:E": "00000000000000000002000000000",
  "expect:C": "00000000000000000000000000000",
};

/** generic_opt_check(): the first option (in table order) given but illegal, or compulsory but missing. */
function checkOptions(p: Parsed): void {
  const row = (p.table === "expect" ? CMD_OPTS[`expect:${p.cmd}`] : undefined) ?? CMD_OPTS[p.cmd!];
  if (!row) return;
  for (let i = 0; i < OPT_FLAGS.length; i++) {
    const [key, name] = OPT_FLAGS[i]!;
    const given = key !== "" && p.opts.has(key);
    if (given && row[i] === "0") throw new UsageError(`Illegal option \`--${name}' with this command`);
    if (!given && row[i] === "1") throw new UsageError(`You need to supply the \`--${name}' option for this command`);
  }
}

function tupleText(t: CtTupleView): string {
  let s = `src=${addrText(t.src)} dst=${addrText(t.dst)} `;
  if (t.proto === 6 || t.proto === 17 || t.proto === 136 || t.proto === 132 || t.proto === 33) s += `sport=${t.sport} dport=${t.dport} `;
  else if (t.proto === 1 || t.proto === 58) s += `type=${t.type} code=${t.code} id=${t.sport} `;
  return s;
}

/**
 * The default output line of one entry (snprintf_default in libnetfilter_conntrack), which prints only the
 * attributes the message carries: a dump has CTA_MARK and CTA_USE, an event (`event`) has no CTA_USE and
 * CTA_MARK only when the mark is set.
 */
export function ctEntryLine(e: CtEntryView, extended: boolean, event = false, withId = false): string {
  let s = extended ? (e.orig.l3 === 10 ? "ipv6     10 " : "ipv4     2 ") : "";
  const name = PROTO_NAMES[e.orig.proto] ?? "unknown";
  s += `${name.padEnd(8)} ${e.orig.proto} ${e.timeout} `;
  if (e.tcpState) s += `${e.tcpState} `;
  s += tupleText(e.orig);
  if (e.counters) s += `packets=${e.counters[0]![0]} bytes=${e.counters[0]![1]} `;
  if (!(e.status & IPS_SEEN_REPLY)) s += "[UNREPLIED] ";
  s += tupleText(e.reply);
  if (e.counters) s += `packets=${e.counters[1]![0]} bytes=${e.counters[1]![1]} `;
  if (e.status & IPS_ASSURED) s += "[ASSURED] ";
  // __snprintf_conntrack_default(): mark, then zone= when the kernel sent one, then use.
  if (!event) s += `mark=${e.mark} ${e.zone ? `zone=${e.zone} ` : ""}use=${e.use} `;
  else {
    if (e.mark) s += `mark=${e.mark} `;
    if (e.zone) s += `zone=${e.zone} `;
  }
  if (withId) s += `id=${e.ctaId}`;
  return s.trimEnd();
}

/** One entry in libnetfilter_conntrack's XML form (`-o xml`; ICMP's layer4 element stays empty). */
function ctEntryXml(e: CtEntryView): string {
  const dir = (name: string, t: CtTupleView, c?: [number, number]): string => {
    const l4name = PROTO_NAMES[t.proto] ?? "unknown";
    let l4 = "";
    if (PORT_PROTOS.has(t.proto)) l4 = `<sport>${t.sport}</sport><dport>${t.dport}</dport>`;
    const l3 = t.l3 === 10 ? `protonum="10" protoname="ipv6"` : `protonum="2" protoname="ipv4"`;
    let s = `<meta direction="${name}"><layer3 ${l3}><src>${addrText(t.src)}</src><dst>${addrText(t.dst)}</dst></layer3>`;
    s += `<layer4 protonum="${t.proto}" protoname="${l4name}">${l4}</layer4>`;
    if (c) s += `<counters><packets>${c[0]}</packets><bytes>${c[1]}</bytes></counters>`;
    return `${s}</meta>`;
  };
  let s = `<flow>${dir("original", e.orig, e.counters?.[0])}${dir("reply", e.reply, e.counters?.[1])}<meta direction="independent">`;
  if (e.tcpState) s += `<state>${e.tcpState}</state>`;
  s += `<timeout>${e.timeout}</timeout><mark>${e.mark}</mark><use>${e.use}</use><id>${e.ctaId}</id>`;
  if (e.status & IPS_ASSURED) s += "<assured/>";
  if (!(e.status & IPS_SEEN_REPLY)) s += "<unreplied/>";
  return `${s}</meta></flow>`;
}

const STATUS_BITS: Record<string, number> = { EXPECTED: 1, SEEN_REPLY: 2, ASSURED: 4, CONFIRMED: 8, SRC_NAT: 16, DST_NAT: 32, FIXED_TIMEOUT: 1 << 10, UNSET: 0 };

/** The l4 word a tuple carries (nf_conntrack_man_proto.all): ICMP's id at the source, type/code at the destination. */
function l4All(t: CtTupleView, side: "src" | "dst"): number {
  if (t.proto === 1 || t.proto === 58) return side === "src" ? t.sport : (t.type << 8) | t.code;
  return side === "src" ? t.sport : t.dport;
}

/** filter_nat(): has this entry source (or destination) NAT matching `arg` ("", "IP", "IP:PORT")? */
function natHas(e: CtEntryView, which: "src" | "dst", arg: string): boolean {
  const src = which === "src";
  // NFCT_GOPT_IS_SNAT/IS_DNAT: the address changed; IS_SPAT/IS_DPAT: the l4 word changed.
  const mapped = src ? e.reply.dst : e.reply.src;
  const isNat = (src ? e.orig.src : e.orig.dst) !== mapped;
  const mappedPort = l4All(e.reply, src ? "dst" : "src");
  const isPat = l4All(e.orig, src ? "src" : "dst") !== mappedPort;
  if (arg === "") return isNat || isPat;
  let addr = arg;
  let port: number | undefined;
  const colon = arg.indexOf(":");
  if (colon >= 0 && arg.indexOf(":", colon + 1) < 0) {
    addr = arg.slice(0, colon);
    port = Number(arg.slice(colon + 1));
  }
  let has = addr !== "" && isNat && parseIp(addr) === mapped;
  if (port !== undefined) {
    const ok = isPat && port === mappedPort;
    if (addr !== "" && has && !ok) has = false;
    if (addr === "" && ok) has = true;
  }
  return has;
}

function matches(e: CtEntryView, p: Parsed): boolean {
  const o = p.opts;
  // The dump asks for one family (nfgenmsg) when -f or an address named one.
  if (p.family !== undefined && e.orig.l3 !== p.family) return false;
  const ip = (k: string, v: number | bigint) => !o.has(k) || parseIp(o.get(k)!) === v;
  if (!ip("src", e.orig.src) || !ip("dst", e.orig.dst) || !ip("rsrc", e.reply.src) || !ip("rdst", e.reply.dst)) return false;
  if (p.proto !== undefined && e.orig.proto !== p.proto) return false;
  const num = (k: string, v: number) => !o.has(k) || Number(o.get(k)) === v;
  if (!num("sport", e.orig.sport) || !num("dport", e.orig.dport) || !num("rsport", e.reply.sport) || !num("rdport", e.reply.dport)) return false;
  if (!num("itype", e.orig.type) || !num("icode", e.orig.code) || !num("iid", e.orig.sport)) return false;
  if (o.has("state") && e.tcpState !== o.get("state")!) return false;
  if (o.has("zone") && Number(o.get("zone")) !== (e.zone ?? 0)) return false;
  if (o.has("mark")) {
    const [v, m] = o.get("mark")!.split("/");
    const mask = m === undefined ? 0xffffffff : Number(m);
    if (((e.mark & mask) >>> 0) !== ((Number(v) & mask) >>> 0)) return false;
  }
  if (o.has("status")) {
    for (const s of o.get("status")!.split(",")) {
      const bit = STATUS_BITS[s];
      if (bit !== undefined && !(e.status & bit)) return false;
      if (s === "UNSET" && e.status & (IPS_SEEN_REPLY | IPS_ASSURED)) return false;
    }
  }
  // filter_nat() (conntrack.c) with libnetfilter_conntrack's NFCT_GOPT_IS_SNAT/SPAT/DNAT/DPAT: the
  // tuples are compared, not the status bits; an address (and port) must also equal the reply's.
  const sn = o.get("snat");
  const dn = o.get("dnat");
  const an = o.get("anynat");
  if (sn !== undefined && !natHas(e, "src", sn)) return false;
  if (dn !== undefined && !natHas(e, "dst", dn)) return false;
  if (an !== undefined && !(natHas(e, "src", an) || natHas(e, "dst", an))) return false;
  return true;
}

async function run(ctx: ProgramContext, p: Parsed): Promise<number> {
  const out: string[] = [];
  const task = ctx.task;
  switch (p.cmd) {
    case "h":
      await ctx.stdout.write(CONNTRACK_HELP);
      return 0;
    case "V":
      await ctx.stdout.write("conntrack v1.4.7 (conntrack-tools)\n");
      return 0;
    case "C": {
      const r = ctnlTalk(task, { kind: "count" });
      await ctx.stdout.write(`${p.table === "conntrack" && r.kind === "count" ? r.count : 0}\n`);
      return 0;
    }
    case "S": {
      const r = ctnlTalk(task, { kind: "stats" });
      if (r.kind !== "stats") return 1;
      const zero = { ...r.stats };
      for (const k of Object.keys(zero) as (keyof typeof zero)[]) zero[k] = 0;
      for (const [cpu, s] of [r.stats, zero].entries()) {
        const f = Object.entries(s).map(([k, v]) => `${k}=${v}`).join(" ");
        await ctx.stdout.write(`cpu=${cpu}   \t${f} \n`);
      }
      return 0;
    }
    case "F":
      if (p.table === "conntrack") ctnlTalk(task, { kind: "flush" });
      await ctx.stderr.write(`${PFX}${p.table === "expect" ? "expectation table has been emptied." : "connection tracking table has been emptied."}\n`);
      return 0;
    case "L":
    case "D": {
      if (p.table === "expect") {
        await ctx.stderr.write(`${PFX}0 expectations have been ${p.cmd === "L" ? "shown" : "deleted"}.\n`);
        return p.cmd === "L" ? 0 : 1;
      }
      const r = ctnlTalk(task, { kind: "dump" });
      const all = p.table === "conntrack" && r.kind === "entries" ? r.entries : [];
      const hit = all.filter((e) => matches(e, p));
      let n = hit.length;
      if (p.cmd === "D") {
        const d = ctnlTalk(task, { kind: "delete", ids: hit.map((e) => e.id) });
        n = d.kind === "deleted" ? d.ids.length : 0;
      }
      const summary = `${PFX}${n} flow entries have been ${p.cmd === "L" ? "shown" : "deleted"}.\n`;
      if (p.xml) {
        // The document opens with the first entry and is flushed as it closes, before the summary.
        if (hit.length) out.push('<?xml version="1.0" encoding="utf-8"?>\n<conntrack>\n');
        for (const e of hit) out.push(`${ctEntryXml(e)}\n`);
        if (hit.length) out.push("</conntrack>\n");
        await ctx.stdout.write(out.join(""));
        await ctx.stderr.write(summary);
        return p.cmd === "D" && n === 0 ? 1 : 0;
      }
      for (const e of hit) out.push(`${ctEntryLine(e, p.extended, false, p.withId)}\n`);
      await writeListing(ctx, out.join(""), summary);
      return p.cmd === "D" && n === 0 ? 1 : 0;
    }
    case "U":
      return update(ctx, p);
    case "E":
      return events(ctx, p);
    case "G":
      return get(ctx, p);
    case "I":
      return create(ctx, p);
    default:
      await ctx.stderr.write(`${PFX}Operation not supported\n`);
      return 1;
  }
}

/** Options -U filters the dump by (the mark given is the new one, not a filter). */
const UPDATE_FILTERS = ["src", "dst", "rsrc", "rdst", "sport", "dport", "rsport", "rdport", "itype", "icode", "iid", "state", "zone", "status", "snat", "dnat", "any-nat", "family"];

/**
 * -U (mnl_nfct_update_cb, as recorded on conntrack-tools 1.4.7 and Linux 6.18): each
 * matching entry whose mark would change is sent back with the new mark. The
 * kernel refuses the update message the tool builds from a template that names
 * a protocol (`-p`) or from the whole table (no filter at all): "Operation
 * failed: Operation not supported", printed twice, status 1. Otherwise the
 * count goes to stderr (status 1 when 0) and the entries read back after their
 * update are printed; the tool shares one socket between the dump and those
 * reads, so only every other updated entry's read reaches the printer
 * (recorded: 1 of 2, 2 of 4).
 */
async function update(ctx: ProgramContext, p: Parsed): Promise<number> {
  const task = ctx.task;
  const o = p.opts;
  const r = ctnlTalk(task, { kind: "dump" });
  const all = p.table === "conntrack" && r.kind === "entries" ? r.entries : [];
  const filter: Parsed = { ...p, opts: new Map([...o].filter(([k]) => k !== "mark")) };
  const hit = all.filter((e) => matches(e, filter));
  const [v, m] = (o.get("mark") ?? "").split("/");
  const value = o.has("mark") ? Number(v) >>> 0 : 0;
  const mask = m === undefined ? 0xffffffff : Number(m) >>> 0;
  const change = o.has("mark") ? hit.filter((e) => ((e.mark & ~mask) | (value & mask)) >>> 0 !== e.mark) : [];
  if (change.length && (p.proto !== undefined || !UPDATE_FILTERS.some((k) => o.has(k)))) {
    await ctx.stderr.write(`Operation failed: Operation not supported\n${PFX}Operation failed: Operation not supported\n`);
    return 1;
  }
  const done = change.length ? ctnlTalk(task, { kind: "setmark", ids: change.map((e) => e.id), value, mask }) : undefined;
  const n = done?.kind === "updated" ? done.ids.length : 0;
  const after = n ? ctnlTalk(task, { kind: "dump" }) : undefined;
  const lines: string[] = [];
  if (after?.kind === "entries")
    change.forEach((e, i) => {
      const now = after.entries.find((x) => x.id === e.id);
      if (now && i % 2 === 0) lines.push(`${ctEntryLine({ ...now, use: now.use + 1 }, false, false, p.withId)}\n`);
    });
  await writeListing(ctx, lines.join(""), `${PFX}${n} flow entries have been updated.\n`);
  return n ? 0 : 1;
}

/** Protocols whose tuple has ports (conntrack's per-protocol "parse" checks). */
const PORT_PROTOS = new Set([6, 17, 136, 132, 33]);

/** -G: the one entry holding the original tuple given (-s -d -p and the protocol's keys). */
async function get(ctx: ProgramContext, p: Parsed): Promise<number> {
  const o = p.opts;
  if (p.proto === undefined) throw new UsageError("You need to supply the `--protonum' option for this command");
  if (!o.has("src") && !o.has("dst") && (o.has("rsrc") || o.has("rdst"))) {
    await ctx.stderr.write(`${PFX}Operation failed: invalid parameters\n`);
    return 1;
  }
  if (!o.has("src") || !o.has("dst")) throw new UsageError("you have to specify `--src' and `--dst'");
  const num = (k: string) => (o.has(k) ? Number(o.get(k)) : 0);
  const tuple = { l3: p.family ?? 2, src: parseIp(o.get("src")!), dst: parseIp(o.get("dst")!), proto: p.proto, sport: 0, dport: 0, type: 0, code: 0 };
  if (PORT_PROTOS.has(p.proto)) {
    if (!o.has("sport") || !o.has("dport")) throw new UsageError("you have to specify `--sport' and `--dport'");
    tuple.sport = num("sport");
    tuple.dport = num("dport");
  } else if (p.proto === 1 || p.proto === 58) {
    if (!o.has("itype")) throw new UsageError(`You need to supply the \`--${p.proto === 1 ? "icmp" : "icmpv6"}-type' option for this command`);
    tuple.type = num("itype");
    tuple.code = num("icode");
    tuple.sport = tuple.dport = num("iid");
  } else if (p.proto === 47) {
    throw new UsageError("you have to specify `--srckey' and `--dstkey'");
  }
  const r = ctnlTalk(ctx.task, { kind: "get", tuple });
  if (r.kind !== "got" || !r.entry) {
    await ctx.stderr.write(`${PFX}Operation failed: such conntrack doesn't exist\n`);
    return 1;
  }
  // The kernel answers for a reply tuple too; the tool's own filter (the original tuple) drops it.
  const shown = r.reply ? "" : `${ctEntryLine(r.entry, p.extended, false, p.withId)}\n`;
  await writeListing(ctx, shown, `${PFX}${shown ? 1 : 0} flow entries have been shown.\n`);
  return shown ? 0 : 1;
}

/** -I: a new entry from the original tuple (or the reply one), its timeout, status, mark and TCP state. */
async function create(ctx: ProgramContext, p: Parsed): Promise<number> {
  const o = p.opts;
  const proto = p.proto!;
  const hasOrig = o.has("src") && o.has("dst");
  const hasReply = o.has("rsrc") && o.has("rdst");
  if (!hasOrig && !hasReply) throw new UsageError("you have to specify `--src' and `--dst'");
  // htons(atoi(...)): a port keeps its low 16 bits
  const num = (k: string) => (o.has(k) ? Number.parseInt(o.get(k)!, 10) & 0xffff : 0);
  const tuple = (src: string, dst: string, sport: string, dport: string): CtTupleView => ({
    l3: p.family ?? 2,
    src: parseIp(o.get(src)!),
    dst: parseIp(o.get(dst)!),
    proto,
    sport: num(sport),
    dport: num(dport),
    type: 0,
    code: 0,
  });
  let orig: CtTupleView | undefined;
  let reply: CtTupleView | undefined;
  if (PORT_PROTOS.has(proto)) {
    const origPorts = o.has("sport") && o.has("dport");
    const replyPorts = o.has("rsport") && o.has("rdport");
    if (!(hasOrig && origPorts) && !(hasReply && replyPorts)) throw new UsageError("you have to specify `--sport' and `--dport'");
    if (proto === 6 && !o.has("state")) throw new UsageError("You need to supply the `--state' option for this command");
    if (hasOrig) orig = tuple("src", "dst", "sport", "dport");
    if (hasReply) reply = tuple("rsrc", "rdst", "rsport", "rdport");
  } else {
    if (proto === 1) {
      if (!o.has("itype")) throw new UsageError("You need to supply the `--icmp-type' option for this command");
      if (!o.has("icode")) throw new UsageError("You need to supply the `--icmp-code' option for this command");
    }
    if (hasOrig) orig = tuple("src", "dst", "iid", "iid");
    if (hasReply) reply = tuple("rsrc", "rdst", "iid", "iid");
    if (proto === 1 && orig) {
      orig.type = num("itype");
      orig.code = num("icode");
    }
  }
  if (!orig) {
    // Only the reply tuple given: the original one is its inverse (NFCT_SOPT_SETUP_ORIGINAL).
    const r = reply!;
    orig = { ...r, src: r.dst, dst: r.src, sport: r.dport, dport: r.sport };
    reply = undefined;
  }
  let status = 0;
  for (const w of (o.get("status") ?? "").split(",")) status |= STATUS_BITS[w] ?? 0;
  const mark = o.has("mark") ? Number(o.get("mark")!.split("/")[0]) >>> 0 : 0;
  const timeout = Number.parseInt(o.get("timeout")!, 10);
  const r = ctnlTalk(ctx.task, {
    kind: "create",
    orig,
    reply,
    timeout: Number.isNaN(timeout) ? 0 : timeout >>> 0,
    status,
    mark,
    tcpState: proto === 6 ? TCP_STATE_NAMES.indexOf(o.get("state")!) : undefined,
  });
  if (r.kind === "error") {
    await ctx.stderr.write(`${PFX}Operation failed: Such conntrack exists, try -U to update\n`);
    return 1;
  }
  await ctx.stderr.write(`${PFX}1 flow entries have been created.\n`);
  return 0;
}

/**
 * Entries on stdout and the summary on stderr. stdout is line-buffered on a
 * terminal, so the entries come first there; into a pipe or file it is
 * flushed at exit, after the summary.
 */
async function writeListing(ctx: ProgramContext, entries: string, summary: string): Promise<void> {
  if (ctx.stdout.isTTY) {
    await ctx.stdout.write(entries);
    await ctx.stderr.write(summary);
  } else {
    await ctx.stderr.write(summary);
    await ctx.stdout.write(entries);
  }
}

/** do_parse_parameter(): the first event name the word is a case-insensitive prefix of (ALL, NEW, UPDATES, DESTROY). */
function eventName(w: string): string | undefined {
  const u = w.toUpperCase();
  return ["ALL", "NEW", "UPDATES", "DESTROY"].find((n) => n.startsWith(u));
}

const EV_MASK: Record<string, string> = { NEW: "NEW", UPDATES: "UPDATE", DESTROY: "DESTROY", ALL: "*" };

/** -E: one line per event ("    [NEW] ...", " [UPDATE] ...", "[DESTROY] ...") until a signal ends it. */
async function events(ctx: ProgramContext, p: Parsed): Promise<number> {
  const allowed = new Set((p.opts.get("events") ?? "ALL").split(",").map((s) => EV_MASK[eventName(s) ?? s] ?? s));
  const queue: string[] = [];
  let count = 0;
  let wake: (() => void) | undefined;
  const unsub = nfCtSubscribe(ctx.task.netns, (type, e) => {
    if (!allowed.has("*") && !allowed.has(type)) return;
    if (!matches(e, p)) return;
    queue.push(`${`[${type}]`.padStart(9)} ${ctEntryLine(e, p.extended, true, p.withId)}\n`);
    wake?.();
  });
  try {
    for (;;) {
      while (queue.length) {
        await ctx.stdout.write(queue.shift()!);
        count++;
      }
      await ctx.task.block<void>((w) => {
        wake = () => w.wake();
        return () => {
          wake = undefined;
        };
      });
    }
  } catch (e) {
    if (!(e instanceof Interrupted)) throw e;
    unsub();
    await ctx.stderr.write(`${PFX}${count} flow events have been shown.\n`);
    return 0;
  }
}

export const conntrackMain: Program = async (ctx) => {
  let p: Parsed;
  try {
    p = parseArgs(ctx.argv);
    if (!p.cmd) {
      await ctx.stdout.write(CONNTRACK_HELP);
      return 0;
    }
    return await run(ctx, p);
  } catch (e) {
    if (e instanceof UsageError) {
      await ctx.stderr.write(`${PFX}${e.msg}\n${TRY}`);
      return 2;
    }
    throw e;
  }
};
