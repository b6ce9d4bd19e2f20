// The ebtables extensions the model has (extensions/libebt_ip.c, libebt_mark.c,
// libebt_mark_m.c): their options, parsing with the messages they give, and
// how a rule prints them. Options are found by name the way ebtables loads
// extensions for unknown options (ebt_command_default).

import type { Task } from "../../../kernel/task/task.js";
import { parseRate, printRate } from "../ext/limit.js";
import { XT_LIMIT_SCALE } from "../../../uapi/xt_ext.js";
import type { EbtLimitMatch, EbtAmongList, EbtAmongMatch, Ebt8023Match, EbtArpMatch, EbtVlanMatch, EbtEntry, EbtIpMatch, EbtMac, EbtMarkMatch, EbtVerdict } from "../../../uapi/ebtables.js";
import { paramError } from "../errors.js";
import { getprotobyname, getprotobynumber, getservbyname } from "../netdb.js";
import { ICMP_CODES } from "../ext/icmp.js";
import { ethertypeByName } from "./ethertypes.js";
import { parseMacAndMask } from "./eb-command.js";

export const EXT_LONGOPTS: { name: string; arg: 0 | 1; val: string }[] = [
  ["pkttype-type", "pkttype-type"],
  ["limit", "limit"],
  ["limit-burst", "limit-burst"],
  ["among-dst", "among-dst"],
  ["among-src", "among-src"],
  ["among-dst-file", "among-dst-file"],
  ["among-src-file", "among-src-file"],
  ["802_3-sap", "802_3-sap"],
  ["802_3-type", "802_3-type"],
  ["vlan-id", "vlan-id"],
  ["vlan-prio", "vlan-prio"],
  ["vlan-encap", "vlan-encap"],
  ["arp-opcode", "arp-op"],
  ["arp-op", "arp-op"],
  ["arp-htype", "arp-htype"],
  ["arp-ptype", "arp-ptype"],
  ["arp-ip-src", "arp-ip-src"],
  ["arp-ip-dst", "arp-ip-dst"],
  ["arp-mac-src", "arp-mac-src"],
  ["arp-mac-dst", "arp-mac-dst"],
  ["ip-source", "ip-src"],
  ["ip-src", "ip-src"],
  ["ip-destination", "ip-dst"],
  ["ip-dst", "ip-dst"],
  ["ip-tos", "ip-tos"],
  ["ip-protocol", "ip-proto"],
  ["ip-proto", "ip-proto"],
  ["ip-source-port", "ip-sport"],
  ["ip-sport", "ip-sport"],
  ["ip-destination-port", "ip-dport"],
  ["ip-dport", "ip-dport"],
  ["ip-icmp-type", "ip-icmp"],
  ["to-destination", "to-dst"],
  ["to-dst", "to-dst"],
  ["dnat-target", "dnat-target"],
  ["to-source", "to-src"],
  ["to-src", "to-src"],
  ["snat-target", "snat-target"],
  ["redirect-target", "redirect-target"],
  ["mark-target", "mark-target"],
  ["mark-set", "mark-set"],
  ["mark-or", "mark-or"],
  ["mark-and", "mark-and"],
  ["mark-xor", "mark-xor"],
  ["mark", "mark"],
].map(([name, val]) => ({ name: name!, arg: 1 as 0 | 1, val: `ext:${val}` }));
EXT_LONGOPTS.push({ name: "arp-gratuitous", arg: 0, val: "ext:arp-gratuitous" });
EXT_LONGOPTS.push({ name: "snat-arp", arg: 0, val: "ext:snat-arp" });

const VERDICTS = ["ACCEPT", "DROP", "RETURN", "CONTINUE"];

/** A fresh target of that name (-j NAME, or its first option). */
export function newTarget(name: "mark" | "dnat" | "snat" | "redirect", jump: boolean): EbtEntry["target"] {
  if (name === "mark") return { kind: "mark", op: "set", value: 0, verdict: "ACCEPT", jump };
  return { kind: "nat", type: name, mac: [0, 0, 0, 0, 0, 0], verdict: "ACCEPT", jump };
}

const PKTTYPES = ["host", "broadcast", "multicast", "otherhost", "outgoing", "loopback", "fastroute"];
const ARP_OPCODES = ["Request", "Reply", "Request_Reverse", "Reply_Reverse", "DRARP_Request", "DRARP_Reply", "DRARP_Error", "InARP_Request", "ARP_NAK"];

/** strtoul(s, &end, 0) over the whole word. */
function strtoul0(s: string): number | undefined {
  const t = s.trim();
  let v: number;
  if (/^0[xX][0-9a-fA-F]+$/.test(t)) v = parseInt(t.slice(2), 16);
  else if (/^0[0-7]*$/.test(t)) v = parseInt(t, 8);
  else if (/^[1-9]\d*$/.test(t)) v = parseInt(t, 10);
  else return undefined;
  return v >>> 0;
}

/** xtables_ipparse_any() for one address: dotted (missing parts 0), /N or /dotted mask. */
function parseIpMask(s: string): { addr: number; mask: number } {
  const slash = s.indexOf("/");
  const host = slash >= 0 ? s.slice(0, slash) : s;
  const dotted = (x: string): number | undefined => {
    const parts = x.split(".");
    if (parts.length > 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return undefined;
    while (parts.length < 4) parts.push("0");
    return parts.reduce((a, p) => ((a << 8) | Number(p)) >>> 0, 0);
  };
  let mask = 0xffffffff;
  if (slash >= 0) {
    const m = s.slice(slash + 1);
    if (/^\d+$/.test(m) && Number(m) <= 32) mask = Number(m) === 0 ? 0 : (0xffffffff << (32 - Number(m))) >>> 0;
    else {
      const d = m.includes(".") ? dotted(m) : undefined;
      if (d === undefined) paramError(`invalid mask \`${m}' specified`);
      mask = d;
    }
  }
  const addr = dotted(host);
  if (addr === undefined) paramError(`host/network \`${host}' not found`);
  return { addr: (addr & mask) >>> 0, mask };
}

function parsePort(task: Task, s: string): number {
  const n = /^\d+$/.test(s) ? Number(s) : (getservbyname(task, s, "tcp") ?? getservbyname(task, s, "udp"));
  if (n === undefined || n > 65535) paramError(`invalid port/service \`${s}' specified`);
  return n;
}

function parsePortRange(task: Task, s: string): { lo: number; hi: number } {
  const c = s.indexOf(":");
  if (c < 0) {
    const p = parsePort(task, s);
    return { lo: p, hi: p };
  }
  const lo = c === 0 ? 0 : parsePort(task, s.slice(0, c));
  const hi = c === s.length - 1 ? 65535 : parsePort(task, s.slice(c + 1));
  if (lo > hi) paramError(`invalid portrange (min > max)`);
  return { lo, hi };
}

/** xtables_parse_protocol() */
function parseProto(s: string): number {
  const n = /^\d+$/.test(s) ? Number(s) : s === "all" ? 0 : getprotobyname(s);
  if (n === undefined || n > 255) paramError(`unknown protocol "${s}" specified`);
  return n;
}

/** "N" or "N:M", each 0-255 in strtoui base 0; the rest of the string after it. */
function parseRange(s: string): { r: [number, number]; rest: string } | undefined {
  const num = (x: string) => {
    const m = /^(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)/.exec(x);
    if (!m) return undefined;
    const v = strtoul0(m[1]!);
    return v === undefined || v > 255 ? undefined : { v, rest: x.slice(m[1]!.length) };
  };
  const a = num(s);
  if (!a) return undefined;
  if (!a.rest.startsWith(":")) return { r: [a.v, a.v], rest: a.rest };
  const b = num(a.rest.slice(1));
  if (!b) return undefined;
  return { r: [a.v, b.v], rest: b.rest };
}

/** ebt_parse_icmp() (libxt_icmp.h __parse_icmp): a name (any unique prefix) or TYPE[:TYPE][/CODE[:CODE]]. */
function parseIcmp(s: string): { type: [number, number]; code: [number, number] } {
  let match: (typeof ICMP_CODES)[number] | undefined;
  for (const c of ICMP_CODES) {
    if (!c[0].toLowerCase().startsWith(s.toLowerCase())) continue;
    if (match) paramError(`Ambiguous ICMP type \`${s}': \`${match[0]}' or \`${c[0]}'?`);
    match = c;
  }
  if (match) return { type: [match[1], match[1]], code: [match[2], match[3]] };
  const t = parseRange(s);
  if (!t) paramError(`Unknown ICMP type \`${s}'`);
  if (t.rest === "") return { type: t.r, code: [0, 255] };
  if (t.rest[0] !== "/") paramError(`unknown character ${t.rest[0]}`);
  const c = parseRange(t.rest.slice(1));
  if (!c) paramError(`Unknown ICMP code \`${s}'`);
  if (c.rest !== "") paramError(`unknown character ${c.rest[0]}`);
  return { type: t.r, code: c.r };
}

/** ebt_print_icmp_type(): a range as numbers, else the name whose codes agree, else TYPE/CODE. */
function icmpText(type: [number, number], code: [number, number]): string {
  const codeText = code[0] === code[1] ? `/${code[0]} ` : `/${code[0]}:${code[1]} `;
  if (type[0] !== type[1]) return `${type[0]}:${type[1]}${codeText}`;
  const named = ICMP_CODES.find((c) => c[1] === type[0] && c[2] === code[0] && c[3] === code[1]);
  return named ? `${named[0]} ` : `${type[0]}${codeText}`;
}

export interface ExtState {
  ip?: EbtIpMatch;
  arp?: EbtArpMatch;
  vlan?: EbtVlanMatch;
  llc?: Ebt8023Match;
  among?: EbtAmongMatch;
  limit?: EbtLimitMatch;
  limitSeen?: Set<string>;
  arpSeen?: Set<string>;
  /** The mark target's options seen since the target was (re)loaded. */
  markFlags: Set<string>;
}

/** Thrown when an extension's parser declines the option (ebt_command_default then fails). */
export class ExtDeclined extends Error {}

/** bramong_parse(): "MAC[=IP],..." (or a file holding one such line). */
function parseAmong(task: Task, st: ExtState, e: EbtEntry, opt: string, argIn: string, inv: boolean): void {
  let arg = argIn;
  if (opt.endsWith("-file")) {
    let text: string;
    try {
      text = new TextDecoder().decode(task.host.fs.readFile(task, task.cwd, arg));
    } catch {
      paramError(`Couldn't open file '${arg}'`);
    }
    if (!text.endsWith("\n")) paramError("File should end with a newline");
    if (text.indexOf("\n") !== text.length - 1) paramError("File should only contain one line");
    arg = text.slice(0, -1);
  }
  if (arg === "") throw new ExtDeclined();
  const count = arg.split(",").length;
  const ip = arg.includes("=");
  const pairs: { mac: number[]; ip: number }[] = [];
  for (const item of arg.split(",").filter(Boolean)) {
    const eq = item.indexOf("=");
    let addr = 0;
    if (eq >= 0) {
      const a = item.slice(eq + 1);
      const parts = a.split(".");
      if (parts.length !== 4 || parts.some((x) => !/^\d{1,3}$/.test(x) || Number(x) > 255)) paramError(`Invalid IP address '${a}'`);
      addr = parts.reduce((acc, x) => ((acc << 8) | Number(x)) >>> 0, 0);
    }
    const macText = eq >= 0 ? item.slice(0, eq) : item;
    const mac = etherAtonStrict(macText);
    if (!mac) paramError(`Invalid MAC address '${macText}'`);
    // nft_among_insert_pair(): sorted by the bytes of (MAC, address).
    const key = (x: { mac: number[]; ip: number }) => [...x.mac, x.ip >>> 24, (x.ip >>> 16) & 255, (x.ip >>> 8) & 255, x.ip & 255];
    const k = key({ mac, ip: addr });
    let i = 0;
    for (; i < pairs.length; i++) {
      const o = key(pairs[i]!);
      const j = k.findIndex((b, n) => b !== o[n]);
      if (j >= 0 && k[j]! < o[j]!) break;
    }
    pairs.splice(i, 0, { mac, ip: addr });
  }
  // The kernel's set keeps each element once.
  const uniq = pairs.filter((p, i) => i === 0 || p.mac.join() !== pairs[i - 1]!.mac.join() || p.ip !== pairs[i - 1]!.ip);
  if (!st.among) {
    st.among = { kind: "among" };
    (e.matches ??= []).push(st.among);
  }
  st.among[opt.startsWith("among-dst") ? "dst" : "src"] = { inv, ip, pairs: uniq, count };
}

/** ebt_command_default(): the option belongs to an extension; false if none has it. */
export function extParse(task: Task, e: EbtEntry, st: ExtState, opt: string, arg: string, inv: boolean): void {
  if (opt.startsWith("among-")) {
    parseAmong(task, st, e, opt, arg, inv);
    return;
  }
  if (opt === "limit" || opt === "limit-burst") {
    // brlimit_parse(); limit_init() gives 3/hour, burst 5.
    if (!st.limit) {
      st.limit = { kind: "limit", avg: Math.floor((XT_LIMIT_SCALE * 3600) / 3), burst: 5 };
      st.limitSeen = new Set();
      (e.matches ??= []).push(st.limit);
    }
    if (st.limitSeen!.has(opt)) paramError("Multiple use of same option not allowed");
    st.limitSeen!.add(opt);
    if (inv) paramError(`Unexpected \`!' after --${opt}`);
    if (opt === "limit") {
      const avg = parseRate(arg);
      if (avg === undefined) paramError(`bad rate \`${arg}'`);
      st.limit.avg = avg;
    } else {
      const n = strtoul0(arg);
      if (n === undefined || n > 10000) paramError(`bad --limit-burst \`${arg}'`);
      st.limit.burst = n;
    }
    return;
  }
  if (opt.startsWith("ip-")) {
    if (!st.ip) {
      st.ip = { kind: "ip" };
      (e.matches ??= []).push(st.ip);
    }
    const m = st.ip;
    if (opt === "ip-src") m.src = { inv, ...parseIpMask(arg) };
    else if (opt === "ip-dst") m.dst = { inv, ...parseIpMask(arg) };
    else if (opt === "ip-tos") {
      const v = strtoul0(arg);
      if (v === undefined || v > 255) paramError("Problem with specified IP tos");
      m.tos = { inv, value: v };
    } else if (opt === "ip-proto") m.proto = { inv, value: parseProto(arg) };
    else if (opt === "ip-sport") m.sport = { inv, ...parsePortRange(task, arg) };
    else if (opt === "ip-dport") m.dport = { inv, ...parsePortRange(task, arg) };
    else if (opt === "ip-icmp") m.icmp = { inv, ...parseIcmp(arg) };
    return;
  }
  if (opt === "pkttype-type") {
    let t: number;
    if (/^\s*[+-]?(0[xX])?[0-9a-fA-F]+$/.test(arg)) t = parseInt(arg, 16);
    else {
      t = PKTTYPES.indexOf(arg.toLowerCase());
      if (t < 0) paramError(`Could not parse class '${arg}'`);
    }
    if (t < 0 || t > 255) paramError("Problem with specified pkttype class");
    (e.matches ??= []).push({ kind: "pkttype", inv, type: t });
    return;
  }
  if (opt.startsWith("802_3-")) {
    if (!st.llc) {
      st.llc = { kind: "802_3" };
      (e.matches ??= []).push(st.llc);
    }
    // strtoul(.., 16) over the whole word; the message shows the value read so far, in hex.
    const m = /^\s*\+?(?:0[xX])?([0-9a-fA-F]*)/.exec(arg)!;
    const whole = m[0].length === arg.length && m[1] !== "";
    const v = m[1] ? parseInt(m[1], 16) >>> 0 : 0;
    if (opt === "802_3-sap") {
      if (v > 255 || !whole) paramError(`Problem with specified sap hex value, ${v.toString(16)}`);
      st.llc.sap = { inv, value: v };
    } else {
      if (v > 65535 || !whole) paramError(`Problem with the specified type hex value, ${v.toString(16)}`);
      st.llc.type = { inv, value: v };
    }
    return;
  }
  if (opt.startsWith("vlan-")) {
    if (!st.vlan) {
      st.vlan = { kind: "vlan" };
      (e.matches ??= []).push(st.vlan);
    }
    const v = st.vlan;
    const key = opt.slice(5) as "id" | "prio" | "encap";
    if (v[key]) paramError("Multiple use of same option not allowed");
    if (key === "id" || key === "prio") {
      const n = /^\s*\+?\d+$/.test(arg) ? parseInt(arg, 10) : NaN;
      if (!(n <= (key === "id" ? 4094 : 7))) paramError(`Invalid --vlan-${key} range ('${arg}')`);
      v[key] = { inv, value: n };
    } else {
      let n = /^\s*\+?(0[xX])?[0-9a-fA-F]+$/.test(arg) ? parseInt(arg, 16) : NaN;
      if (Number.isNaN(n)) {
        const t = ethertypeByName(task, arg);
        if (t === undefined) paramError(`Unknown --vlan-encap value ('${arg}')`);
        n = t;
      }
      if (n < 60) paramError(`Invalid --vlan-encap range ('${arg}')`);
      v.encap = { inv, value: n };
    }
    return;
  }
  if (opt.startsWith("arp-")) {
    if (!st.arp) {
      st.arp = { kind: "arp" };
      st.arpSeen = new Set();
      (e.matches ??= []).push(st.arp);
    }
    const a = st.arp;
    if (st.arpSeen!.has(opt)) paramError("Multiple use of same option not allowed");
    st.arpSeen!.add(opt);
    if (opt === "arp-op") {
      let v = /^[+-]?\d+$/.test(arg) ? parseInt(arg, 10) : -1;
      if (v < 0 || v >= 0x10000) {
        const i = ARP_OPCODES.findIndex((o) => o.toLowerCase() === arg.toLowerCase());
        if (i < 0) paramError("Problem with specified ARP opcode");
        v = i + 1;
      }
      a.op = { inv, value: v };
    } else if (opt === "arp-htype") {
      let v = /^[+-]?\d+$/.test(arg) ? parseInt(arg, 10) : -1;
      if (v < 0 || v >= 0x10000) {
        if (arg.toLowerCase() !== "ethernet") paramError("Problem with specified ARP hardware type");
        v = 1;
      }
      a.htype = { inv, value: v };
    } else if (opt === "arp-ptype") {
      let v = /^[+-]?(0[xX])?[0-9a-fA-F]+$/.test(arg) ? parseInt(arg, 16) : -1;
      if (v < 0 || v >= 0x10000) {
        const t = ethertypeByName(task, arg);
        if (t === undefined) paramError("Problem with specified ARP protocol type");
        v = t;
      }
      a.ptype = { inv, value: v };
    } else if (opt === "arp-ip-src") a.ipSrc = { inv, ...parseIpMask(arg) };
    else if (opt === "arp-ip-dst") a.ipDst = { inv, ...parseIpMask(arg) };
    else if (opt === "arp-mac-src" || opt === "arp-mac-dst") {
      const m = parseMacAndMask(arg);
      if (!m) paramError("Problem with ARP MAC address argument");
      m.inv = inv;
      if (opt === "arp-mac-src") a.macSrc = m;
      else a.macDst = m;
    } else a.gratuitous = { inv };
    return;
  }
  if (opt === "mark") {
    const slash = arg.indexOf("/");
    const head = slash >= 0 ? arg.slice(0, slash) : arg;
    const tail = slash >= 0 ? arg.slice(slash + 1) : undefined;
    const mm: EbtMarkMatch = { kind: "mark", inv, mark: 0, mask: 0xffffffff, or: false };
    if (head === "" && tail !== undefined) mm.or = true;
    else {
      const v = strtoul0(head);
      if (v === undefined) paramError(`Bad mark value '${arg}'`);
      mm.mark = v;
    }
    if (tail !== undefined) {
      const v = strtoul0(tail);
      if (v === undefined) paramError(`Bad mark value '${arg}'`);
      mm.mask = v;
    }
    (e.matches ??= []).push(mm);
    return;
  }
  if (["to-dst", "dnat-target", "to-src", "snat-target", "snat-arp", "redirect-target"].includes(opt)) {
    const type = opt === "to-dst" || opt === "dnat-target" ? "dnat" : opt === "redirect-target" ? "redirect" : "snat";
    if (e.target.kind !== "nat" || e.target.type !== type) {
      e.target = newTarget(type, false);
      st.markFlags.clear();
    }
    const t = e.target as Extract<EbtEntry["target"], { kind: "nat" }>;
    if (st.markFlags.has(opt)) paramError("Multiple use of same option not allowed");
    st.markFlags.add(opt);
    if (opt === "to-dst" || opt === "to-src") {
      const mac = etherAtonStrict(arg);
      if (!mac) paramError(`Problem with specified --to-${opt === "to-dst" ? "destination" : "source"} mac`);
      t.mac = mac;
    } else if (opt === "snat-arp") t.arp = true;
    else {
      if (!VERDICTS.includes(arg)) paramError(`Illegal --${opt} target`);
      t.verdict = arg as EbtVerdict;
    }
    return;
  }
  // The mark target, loaded by its first option when -j did not name it.
  if (e.target.kind !== "mark") {
    e.target = newTarget("mark", false);
    st.markFlags.clear();
  }
  const t = e.target as Extract<EbtEntry["target"], { kind: "mark" }>;
  if (st.markFlags.has(opt)) paramError("Multiple use of same option not allowed");
  if (opt === "mark-target") {
    if (!["ACCEPT", "DROP", "RETURN", "CONTINUE"].includes(arg)) paramError("Illegal --mark-target target");
    t.verdict = arg as EbtVerdict;
    st.markFlags.add(opt);
    return;
  }
  const others = ["mark-set", "mark-or", "mark-and", "mark-xor"].filter((o) => o !== opt);
  if (others.some((o) => st.markFlags.has(o))) paramError(`--${opt} cannot be used together with specific --mark option`);
  st.markFlags.add(opt);
  t.op = opt.slice(5) as "set" | "or" | "and" | "xor";
  const v = strtoul0(arg);
  if (v === undefined) paramError(`Bad MARK value '${arg}'`);
  t.value = v;
}

/** ether_aton() */
function etherAtonStrict(s: string): number[] | undefined {
  const parts = s.split(":");
  if (parts.length !== 6 || parts.some((p) => !/^[0-9a-fA-F]{1,2}$/.test(p))) return undefined;
  return parts.map((p) => parseInt(p, 16));
}

/** The final checks: a loaded mark target needs an option, dnat and snat too. */
export function extFinalCheck(e: EbtEntry, st: ExtState): void {
  // ebtables-nft 1.8.9 turns --vlan-id and --vlan-prio together into the id alone (recorded).
  if (st.vlan?.id && st.vlan.prio) delete st.vlan.prio;
  if (e.target.kind === "mark" && !st.markFlags.size) paramError("You must specify some option");
  if (e.target.kind === "nat" && e.target.type !== "redirect" && !st.markFlags.size) paramError("You must specify proper arguments");
}

const ipText = (a: number) => [a >>> 24, (a >>> 16) & 255, (a >>> 8) & 255, a & 255].join(".");

function maskText(mask: number): string {
  if (mask === 0xffffffff) return "";
  let bits = 0;
  while (bits < 32 && ((mask << bits) & 0x80000000) !== 0) bits++;
  return ((bits === 32 ? 0xffffffff : bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0) === mask) ? `/${bits}` : `/${ipText(mask)}`;
}

const macHex = (m: number[]) => m.map((b) => b.toString(16).padStart(2, "0")).join(":");
/** xtables_print_mac_and_mask(): no well-known names here. */
const macMask = (m: EbtMac) => macHex(m.mac) + (m.mask.every((b) => b === 255) ? "" : `/${macHex(m.mask)}`);

const range = (r: { lo: number; hi: number }) => (r.lo === r.hi ? `${r.lo}` : `${r.lo}:${r.hi}`);
const neg = (inv: boolean) => (inv ? "! " : "");

/** "NAME OPTIONS" after "-j " for an extension target (its print function after a space). */
export function extTargetText(t: EbtEntry["target"]): string | undefined {
  if (t.kind === "mark") return `mark --mark-${t.op} 0x${t.value.toString(16)} --mark-target ${t.verdict}`;
  if (t.kind !== "nat") return undefined;
  if (t.type === "redirect") return `redirect ${t.verdict === "ACCEPT" ? "" : `--redirect-target ${t.verdict}`}`;
  if (t.type === "dnat") return `dnat --to-dst ${macHex(t.mac)} --dnat-target ${t.verdict}`;
  return `snat --to-src ${macHex(t.mac)}${t.arp ? " --snat-arp" : ""} --snat-target ${t.verdict}`;
}

/** The matches' words as their print functions give them. */
export function extMatchesText(e: EbtEntry): string {
  let s = "";
  for (const m of e.matches ?? []) {
    if (m.kind === "ip") {
      if (m.src) s += `--ip-src ${neg(m.src.inv)}${ipText(m.src.addr)}${maskText(m.src.mask)} `;
      if (m.dst) s += `--ip-dst ${neg(m.dst.inv)}${ipText(m.dst.addr)}${maskText(m.dst.mask)} `;
      if (m.tos) s += `--ip-tos ${neg(m.tos.inv)}0x${m.tos.value.toString(16).toUpperCase().padStart(2, "0")} `;
      if (m.proto) s += `--ip-proto ${neg(m.proto.inv)}${getprotobynumber(m.proto.value) ?? m.proto.value} `;
      if (m.sport) s += `--ip-sport ${neg(m.sport.inv)}${range(m.sport)} `;
      if (m.dport) s += `--ip-dport ${neg(m.dport.inv)}${range(m.dport)} `;
      if (m.icmp) s += `--ip-icmp-type ${neg(m.icmp.inv)}${icmpText(m.icmp.type, m.icmp.code)}`;
    } else if (m.kind === "limit") {
      s += `--limit${printRate(m.avg)} --limit-burst ${m.burst} `;
    } else if (m.kind === "among") {
      // ether_ntoa() (unpadded bytes); duplicates read back as zero pairs.
      const list = (l: EbtAmongList) => {
        const items = l.pairs.map((p) => p.mac.map((b) => b.toString(16)).join(":") + (p.ip ? `=${ipText(p.ip)}` : ""));
        while (items.length < l.count) items.push("0:0:0:0:0:0");
        return `${l.inv ? "! " : ""}${items.join(",")} `;
      };
      if (m.src) s += `--among-src ${list(m.src)}`;
      if (m.dst) s += `--among-dst ${list(m.dst)}`;
    } else if (m.kind === "802_3") {
      if (m.sap) s += `--802_3-sap ${neg(m.sap.inv)}0x${m.sap.value.toString(16).padStart(2, "0")} `;
      if (m.type) s += `--802_3-type ${neg(m.type.inv)}0x${m.type.value.toString(16).padStart(4, "0")} `;
    } else if (m.kind === "vlan") {
      if (m.id) s += `--vlan-id ${neg(m.id.inv)}${m.id.value} `;
      if (m.prio) s += `--vlan-prio ${neg(m.prio.inv)}${m.prio.value} `;
      if (m.encap) s += `--vlan-encap ${neg(m.encap.inv)}${m.encap.value.toString(16).toUpperCase().padStart(4, "0")} `;
    } else if (m.kind === "pkttype") {
      s += `--pkttype-type ${neg(m.inv)}${m.type < PKTTYPES.length ? PKTTYPES[m.type] : m.type} `;
    } else if (m.kind === "arp") {
      if (m.op) s += `--arp-op ${neg(m.op.inv)}${m.op.value > 0 && m.op.value <= ARP_OPCODES.length ? ARP_OPCODES[m.op.value - 1] : m.op.value} `;
      if (m.htype) s += `--arp-htype ${neg(m.htype.inv)}${m.htype.value} `;
      if (m.ptype) s += `--arp-ptype ${neg(m.ptype.inv)}0x${m.ptype.value.toString(16)} `;
      if (m.ipSrc) s += `--arp-ip-src ${neg(m.ipSrc.inv)}${ipText(m.ipSrc.addr)}${maskText(m.ipSrc.mask)} `;
      if (m.ipDst) s += `--arp-ip-dst ${neg(m.ipDst.inv)}${ipText(m.ipDst.addr)}${maskText(m.ipDst.mask)} `;
      if (m.macSrc) s += `--arp-mac-src ${neg(m.macSrc.inv)}${macMask(m.macSrc)} `;
      if (m.macDst) s += `--arp-mac-dst ${neg(m.macDst.inv)}${macMask(m.macDst)} `;
      if (m.gratuitous) s += `${neg(m.gratuitous.inv)}--arp-gratuitous `;
    } else {
      s += `--mark ${neg(m.inv)}`;
      if (m.or) s += `/0x${m.mask.toString(16)} `;
      else if (m.mask !== 0xffffffff) s += `0x${m.mark.toString(16)}/0x${m.mask.toString(16)} `;
      else s += `0x${m.mark.toString(16)} `;
    }
  }
  return s;
}
