// Rule statements of nft's language (nftables 1.0.6 src/parser_bison.y,
// src/proto.c, src/meta.c, src/ct.c) parsed into the statements nft sends:
//
//   ip saddr|daddr [!=] ADDR[/LEN] | A-B | { ... }     ip6 saddr|daddr ...
//   ip protocol P | meta l4proto P | tcp|udp sport|dport [!=] PORT | A-B | { ... }
//   iifname|oifname [!=] "NAME" | { ... }   iif|oif NAME   ether saddr MAC   meta mark N
//   ct state S[,S...] | { ... }   icmp type T   icmpv6 type T
//   counter [packets N bytes M]   log [prefix "P"] [level L]   limit rate [N/UNIT] [burst N packets]
//   accept | drop | return | continue | jump C | goto C   reject [with icmp|icmpv6|icmpx [type] C | with tcp reset]
//   snat|dnat [ip|ip6] to ADDR[-ADDR][:PORT[-PORT]]   masquerade [to :PORT]   redirect [to :PORT]

import type { NftData, NftField, NftKeyPart, NftStmt, NftVal } from "../../uapi/nft_native.js";
import { parseIp6, parseIpv4Pton, parseMac } from "../../wire/addr.js";
import { SyntaxError, type Tok } from "./script.js";
import { concatValue, fieldType, parseRawElems, parseTime, verdictData, type RawElem } from "./native-set.js";

export const PROTOS: Record<string, number> = { icmp: 1, igmp: 2, tcp: 6, udp: 17, gre: 47, esp: 50, ah: 51, icmpv6: 58, sctp: 132, dccp: 33, udplite: 136, comp: 108 };
export const SERVICES: Record<string, number> = { ssh: 22, http: 80, https: 443, domain: 53, ftp: 21, telnet: 23, smtp: 25, ntp: 123, bootps: 67, bootpc: 68, snmp: 161, imap: 143, pop3: 110, "http-alt": 8080 };
export const ICMP_TYPES: Record<string, number> = {
  "echo-reply": 0, "destination-unreachable": 3, "source-quench": 4, redirect: 5, "echo-request": 8, "router-advertisement": 9, "router-solicitation": 10,
  "time-exceeded": 11, "parameter-problem": 12, "timestamp-request": 13, "timestamp-reply": 14, "info-request": 15, "info-reply": 16, "address-mask-request": 17, "address-mask-reply": 18,
};
export const ICMP6_TYPES: Record<string, number> = {
  "destination-unreachable": 1, "packet-too-big": 2, "time-exceeded": 3, "parameter-problem": 4, "echo-request": 128, "echo-reply": 129,
  "mld-listener-query": 130, "mld-listener-report": 131, "mld-listener-done": 132, "nd-router-solicit": 133, "nd-router-advert": 134,
  "nd-neighbor-solicit": 135, "nd-neighbor-advert": 136, "nd-redirect": 137, "mld2-listener-report": 143,
};
/** NF_CT_STATE_*_BIT as nft names them. */
export const CT_STATES: Record<string, number> = { invalid: 1, established: 2, related: 4, new: 8, untracked: 64 };

/** A cursor over a command's tokens, shared with the command parser. */
export interface Cursor {
  toks: Tok[];
  i: number;
}

const END = new Set(["nl", ";", "}"]);
const BYTE_UNITS: Record<string, number> = { bytes: 1, kbytes: 1024, mbytes: 1024 * 1024 };

/** Words nft's scanner reads as keywords: bison names them in its messages (src/scanner.l, a common subset). */
const KEYWORDS = new Set(
  ("table chain rule set map element ruleset tables chains sets maps elements flowtable counter counters quota limit log " +
    "add create insert replace delete flush list reset rename describe monitor export import get type typeof hook priority policy " +
    "accept drop return continue jump goto queue reject masquerade redirect snat dnat fwd dup notrack to with " +
    "ip ip6 inet arp bridge netdev tcp udp icmp icmpv6 ether meta ct saddr daddr sport dport protocol l4proto mark state " +
    "iifname oifname iif oif handle position index flags timeout size comment vmap prefix level rate burst over packets bytes " +
    "filter nat route input output forward prerouting postrouting ingress egress interval constant dynamic").split(" "),
);

/** How bison names a token in "unexpected X". */
export function tokenName(t: Tok | undefined): string {
  if (t === undefined) return "end of file";
  if (t.kind === "nl") return "newline";
  if (t.kind === ";") return "semicolon";
  if (t.kind === "word" && KEYWORDS.has(t.text)) return t.text;
  return t.kind === "word" || t.kind === "str" ? "string" : `'${t.text}'`;
}

export function unexpected(t: Tok | undefined, expecting?: string): never {
  const what = tokenName(t);
  throw new SyntaxError(t, `syntax error, unexpected ${what}${expecting ? `, expecting ${expecting}` : ""}`);
}

const peek = (c: Cursor) => c.toks[c.i];
/** The next token, consumed. */
const word0 = (c: Cursor) => c.toks[c.i++];

/** nft's standard priority names (src/rule.c std_prios). */
export const PRIO_NAMES: Record<string, number> = { raw: -300, mangle: -150, dstnat: -100, filter: 0, security: 50, srcnat: 100 };

/** `priority P`'s value: a number, a standard name, or a name +/- an offset (extended_prio_spec). */
export function parsePriority(c: Cursor, invalid: (t: Tok) => never = unexpected): number {
  const t = word(c);
  let v = PRIO_NAMES[t.text] ?? (/^-?\d+$/.test(t.text) ? Number(t.text) : undefined);
  if (v === undefined) invalid(t);
  const op = peek(c);
  if (op && op.kind === "word" && (op.text === "+" || op.text === "-") && PRIO_NAMES[t.text] !== undefined) {
    c.i++;
    const n = word(c);
    if (!/^\d+$/.test(n.text)) unexpected(n);
    v += op.text === "+" ? Number(n.text) : -Number(n.text);
  }
  return v;
}

/** The tokens naming a device after iif/oif in a rule's tokens. */
export const ifaceToks = (toks: Tok[]): Tok[] => toks.filter((t, k) => k > 0 && (toks[k - 1]!.text === "iif" || toks[k - 1]!.text === "oif"));
const atEnd = (c: Cursor) => {
  const t = peek(c);
  return !t || END.has(t.kind);
};
export function word(c: Cursor, expecting?: string): Tok {
  const t = c.toks[c.i++];
  if (!t || (t.kind !== "word" && t.kind !== "str")) unexpected(t, expecting);
  return t;
}
function isWord(c: Cursor, ...ws: string[]): boolean {
  const t = peek(c);
  return !!t && t.kind === "word" && ws.includes(t.text);
}

/** One value of a field's type, or a syntax error at its token. */
export function value(field: NftField, t: Tok, text: string): NftVal {
  const bad = (): never => {
    if ((field === "ip saddr" || field === "ip daddr") && parseIp6(text.split("/")[0]!) !== undefined) throw new SyntaxError(t, "Could not resolve hostname: Address family for hostname not supported");
    if (field.startsWith("ip") && field !== "ip protocol") throw new SyntaxError(t, "Could not resolve hostname: Name or service not known");
    if (/^(tcp|udp) /.test(field)) throw new SyntaxError(t, "Could not resolve service: Servname not supported for ai_socktype");
    throw new SyntaxError(t, `Could not resolve value: ${text}`);
  };
  const num = (s: string, names?: Record<string, number>) => (/^\d+$|^0x[0-9a-f]+$/i.test(s) ? BigInt(s) : names && s in names ? BigInt(names[s]!) : undefined);
  switch (field) {
    case "ip saddr":
    case "ip daddr":
    case "ip6 saddr":
    case "ip6 daddr": {
      const v6 = field.startsWith("ip6");
      const addr = (s: string) => (v6 ? parseIp6(s) : (() => { const a = parseIpv4Pton(s); return a === undefined ? undefined : BigInt(a >>> 0); })());
      const bits = v6 ? 128 : 32;
      const slash = text.indexOf("/");
      if (slash >= 0) {
        const a = addr(text.slice(0, slash));
        const len = Number(text.slice(slash + 1));
        if (a === undefined || !/^\d+$/.test(text.slice(slash + 1)) || len > bits) bad();
        const shift = BigInt(bits - len);
        return { kind: "prefix", v: (a! >> shift) << shift, len };
      }
      const dash = v6 ? -1 : text.indexOf("-");
      if (dash > 0) {
        const lo = addr(text.slice(0, dash));
        const hi = addr(text.slice(dash + 1));
        if (lo === undefined || hi === undefined) bad();
        return { kind: "range", lo: lo!, hi: hi! };
      }
      const a = addr(text);
      if (a === undefined) bad();
      return { kind: "single", v: a! };
    }
    case "iifname":
    case "oifname":
    case "iif":
    case "oif":
      return { kind: "str", s: text };
    case "ether saddr": {
      const m = parseMac(text);
      if (m === undefined) bad();
      return { kind: "single", v: BigInt(m!) };
    }
    default: {
      const names = field === "ip protocol" || field === "meta l4proto" ? PROTOS : field === "icmp type" ? ICMP_TYPES : field === "icmpv6 type" ? ICMP6_TYPES : field === "ct state" ? CT_STATES : SERVICES;
      const dash = text.indexOf("-");
      if (dash > 0 && !(text in names)) {
        const lo = num(text.slice(0, dash), names);
        const hi = num(text.slice(dash + 1), names);
        if (lo === undefined || hi === undefined) bad();
        return { kind: "range", lo: lo!, hi: hi! };
      }
      const v = num(text, names);
      if (v === undefined) bad();
      if (names === SERVICES && v! > 65535n) throw new SyntaxError(t, "Service out of range");
      return { kind: "single", v: v! };
    }
  }
}

const FIELDS: Record<string, string[]> = {
  ip: ["saddr", "daddr", "protocol"],
  ip6: ["saddr", "daddr"],
  tcp: ["sport", "dport"],
  udp: ["sport", "dport"],
  meta: ["l4proto", "mark"],
  ct: ["state"],
  icmp: ["type"],
  icmpv6: ["type"],
  ether: ["saddr"],
};

/** After a field: `. FIELD` parts of a concatenation. */
function concatFields(c: Cursor, field: NftField): NftField[] | undefined {
  if (!isWord(c, ".")) return undefined;
  const fields = [field];
  while (isWord(c, ".")) {
    c.i++;
    const w = word(c);
    if (FIELDS[w.text] && isWord(c, ...FIELDS[w.text]!)) fields.push(`${w.text} ${c.toks[c.i++]!.text}` as NftField);
    else if (["iifname", "oifname", "iif", "oif"].includes(w.text)) fields.push(w.text as NftField);
    else unexpected(w);
  }
  return fields;
}

function match(c: Cursor, field: NftField): NftStmt {
  const fields = concatFields(c, field);
  if (fields) {
    let neg = false;
    if (isWord(c, "!=")) {
      c.i++;
      neg = true;
    }
    const t = word0(c);
    if (t?.kind === "word" && t.text.startsWith("@")) return { k: "match", field, fields, neg, vals: [], set: false, ref: t.text.slice(1) };
    if (t?.kind !== "{") unexpected(t);
    const types = fields.map((f) => fieldType(f)!);
    const vals = parseRawElems(c).map((r) => concatValue(types, r.keys));
    return { k: "match", field, fields, neg, vals, set: true };
  }
  if (isWord(c, "vmap")) {
    c.i++;
    const t = peek(c);
    if (t?.kind === "word" && t.text.startsWith("@")) {
      c.i++;
      return { k: "vmap", field, elems: [], ref: t.text.slice(1) };
    }
    if (t?.kind !== "{") unexpected(t);
    c.i++;
    return { k: "vmap", field, elems: mapElems(c, field, (r) => verdictData(r.data, r.key)) };
  }
  let neg = false;
  if (isWord(c, "!=")) {
    c.i++;
    neg = true;
  } else if (isWord(c, "==")) c.i++;
  const t = peek(c);
  if (t?.kind === "{") {
    c.i++;
    const vals: NftVal[] = [];
    while (peek(c)?.kind !== "}") {
      const w = word(c);
      for (const part of w.text.split(",")) if (part) vals.push(value(field, w, part));
      if (!peek(c)) unexpected(undefined);
    }
    c.i++;
    return { k: "match", field, neg, vals, set: true };
  }
  const w = word(c);
  if (w.text.startsWith("@") && w.kind === "word") return { k: "match", field, neg, vals: [], set: false, ref: w.text.slice(1) };
  // `ct state a,b` is one bitmask; elsewhere a comma list is an error in nft.
  const parts = w.text.split(",");
  return { k: "match", field, neg, vals: parts.map((p) => value(field, w, p)), set: false };
}

/** `{ K : DATA, ... }` of an anonymous map: each key read as the field's, its data by `data`. */
function mapElems<D extends NftData>(c: Cursor, field: NftField, data: (r: RawElem) => D): { key: NftVal; data: D }[] {
  return parseRawElems(c).map((r) => {
    if (!r.data.length) unexpected(r.key);
    return { key: value(field, r.key, r.key.text), data: data(r) };
  });
}

function natStmt(c: Cursor, type: "snat" | "dnat" | "masquerade" | "redirect"): NftStmt {
  const s: NftStmt & { k: "nat" } = { k: "nat", type };
  if (isWord(c, "ip", "ip6")) {
    if (peek(c)!.text === "ip6") s.v6 = true;
    c.i++;
  }
  if (!isWord(c, "to")) {
    if (type === "snat" || type === "dnat") unexpected(peek(c));
    return s;
  }
  c.i++;
  // `to FIELD map { K : ADDR, ... }` or `to FIELD map @NAME`.
  const f = peek(c);
  if (f?.kind === "word" && FIELDS[f.text] && c.toks[c.i + 1]?.kind === "word" && FIELDS[f.text]!.includes(c.toks[c.i + 1]!.text) && c.toks[c.i + 2]?.text === "map") {
    const field = `${f.text} ${c.toks[c.i + 1]!.text}` as NftField;
    c.i += 3;
    const t = peek(c);
    c.i++;
    if (t?.kind === "word" && t.text.startsWith("@")) s.map = { field, elems: [], ref: t.text.slice(1) };
    else if (t?.kind === "{") {
      s.map = { field, elems: mapElems(c, field, (r) => ({ kind: "value" as const, v: value(s.v6 ? "ip6 daddr" : "ip daddr", r.data[0]!, r.data[0]!.text) })) };
    } else unexpected(t);
    return s;
  }
  const w = word(c);
  let text = w.text;
  let portText: string | undefined;
  const m = /^(.*?):(\d+(?:-\d+)?)$/.exec(text);
  if (m && (type !== "snat" && type !== "dnat" ? true : !m[1]!.includes(":") || m[1]!.startsWith("["))) {
    text = m[1]!.replace(/^\[|\]$/g, "");
    portText = m[2];
  }
  if (text) {
    const v = value(text.includes(":") ? "ip6 daddr" : "ip daddr", w, text);
    if (v.kind === "single") s.addr = v.v;
    else if (v.kind === "range") {
      s.addr = v.lo;
      s.addrHi = v.hi;
    }
  }
  if (portText) {
    const [lo, hi] = portText.split("-");
    s.port = Number(lo);
    if (hi) s.portHi = Number(hi);
  }
  return s;
}

/** Statements up to the end of the rule (newline, `;` or `}`). */
/** The TCP flag names (tcp_flag_type), lowest bit first. */
export const TCP_FLAGS = ["fin", "syn", "rst", "psh", "ack", "urg", "ecn", "cwr"];

/** `syn`, `syn,ack`, `(syn|ack)`: a flag set as a bitmask. */
function flagBits(t: Tok): bigint {
  let v = 0n;
  for (const name of t.text.replace(/[()]/g, "").split(/[|,]/)) {
    if (!name) continue;
    const i = TCP_FLAGS.indexOf(name);
    if (i < 0) throw new SyntaxError(t, `Could not parse tcp_flag`);
    v |= 1n << BigInt(i);
  }
  return v;
}

/** After `tcp flags`: `[==|!=] FLAGS`, `& (MASK) ==|!= FLAGS`, or `{ FLAGS, ... }`. */
function tcpFlags(c: Cursor): NftStmt {
  const base = { k: "match" as const, field: "tcp flags" as const, set: false };
  let t = word0(c);
  if (t?.kind === "{") {
    const vals: NftVal[] = [];
    for (;;) {
      const x = word0(c);
      if (!x) unexpected(x);
      if (x.kind === "}") break;
      if (x.text === ",") continue;
      vals.push({ kind: "single", v: flagBits({ ...x, text: x.text.replace(/,$/, "") }) });
    }
    return { ...base, neg: false, vals, set: true };
  }
  let mask: bigint | undefined;
  if (t?.text === "&") {
    mask = flagBits(word(c));
    t = word0(c);
  }
  let op = "";
  if (t?.text === "==" || t?.text === "!=") {
    op = t.text;
    t = word0(c);
  }
  if (!t || t.kind !== "word") unexpected(t);
  const v = flagBits(t);
  // `FLAGS / MASK`: the form nft lists a masked compare in.
  if (mask === undefined && isWord(c, "/")) {
    c.i++;
    mask = flagBits(word(c));
  }
  return { ...base, neg: op === "!=", vals: [{ kind: "single", v }], flags: mask !== undefined ? { mask } : op ? {} : { implicit: true } };
}

/** evaluate.c resolve_protocol_conflict(): a transport field after a match on another protocol. */
function conflictingProtocol(out: readonly NftStmt[], t: Tok, field: Tok): void {
  const want = PROTOS[t.text];
  if (want === undefined || !["tcp", "udp", "icmp", "icmpv6"].includes(t.text)) return;
  for (const s of out) {
    if (s.k !== "match" || (s.field !== "ip protocol" && s.field !== "meta l4proto") || s.neg || s.set || s.vals.length !== 1 || s.vals[0]!.kind !== "single") continue;
    const have = Number(s.vals[0]!.v);
    if (have === want) continue;
    const name = Object.keys(PROTOS).find((k) => PROTOS[k] === have) ?? String(have);
    throw new SyntaxError(t, `conflicting protocols specified: ${name} vs. ${t.text}`, field);
  }
}

export function parseRule(c: Cursor, family = "ip"): NftStmt[] {
  const out: NftStmt[] = [];
  const start = peek(c);
  let terminal: Tok | undefined;
  while (!atEnd(c)) {
    const t = word(c);
    const w = t.text;
    // evaluate.c rule_evaluate(): nothing may follow a verdict.
    if (terminal) throw new SyntaxError(t, "Statement after terminal statement has no effect", undefined, [terminal, c.toks[c.i - 2]!]);
    if (["accept", "drop", "return", "jump", "goto", "reject", "queue"].includes(w)) terminal = t;
    if (w === "tcp" && isWord(c, "flags")) {
      conflictingProtocol(out, t, c.toks[c.i]!);
      c.i++;
      out.push(tcpFlags(c));
      continue;
    }
    if (FIELDS[w] && isWord(c, ...FIELDS[w]!)) {
      conflictingProtocol(out, t, c.toks[c.i]!);
      out.push(match(c, `${w} ${c.toks[c.i++]!.text}` as NftField));
      continue;
    }
    switch (w) {
      case "iifname":
      case "oifname":
      case "iif":
      case "oif":
        out.push(match(c, w));
        continue;
      case "mark":
        out.push(match(c, "meta mark"));
        continue;
      case "l4proto":
        out.push(match(c, "meta l4proto"));
        continue;
      case "add":
      case "update": {
        // `add|update @SET { KEY [. KEY] [timeout T] }`: constants keep their text until the set's types are known.
        const ref = word(c);
        if (!ref.text.startsWith("@")) unexpected(ref);
        const open = word0(c);
        if (open?.kind !== "{") unexpected(open);
        const key: NftKeyPart[] = [];
        let timeout: number | undefined;
        for (;;) {
          const x = word0(c);
          if (!x) unexpected(x);
          if (x.kind === "}") break;
          if (x.text === ".") continue;
          if (x.text === "timeout") {
            timeout = parseTime(word(c));
            continue;
          }
          if (FIELDS[x.text] && isWord(c, ...FIELDS[x.text]!)) key.push({ field: `${x.text} ${c.toks[c.i++]!.text}` as NftField });
          else if (["iifname", "oifname"].includes(x.text)) key.push({ field: x.text as NftField });
          else key.push({ val: { kind: "str", s: x.text } });
        }
        out.push({ k: "dynset", op: w, set: ref.text.slice(1), key, ...(timeout !== undefined ? { timeout } : {}) });
        continue;
      }
      case "meter": {
        const name = word(c);
        let size = 65535;
        if (isWord(c, "size")) {
          c.i++;
          size = Number(word(c).text);
        }
        const open = word0(c);
        if (open?.kind !== "{") unexpected(open);
        const k = word(c);
        if (!(FIELDS[k.text] && isWord(c, ...FIELDS[k.text]!)) && k.text !== "iifname" && k.text !== "oifname") unexpected(k);
        const key = (FIELDS[k.text] ? `${k.text} ${c.toks[c.i++]!.text}` : k.text) as NftField;
        let timeout: number | undefined;
        if (isWord(c, "timeout")) {
          c.i++;
          timeout = parseTime(word(c));
        }
        const inner = word(c);
        if (inner.text !== "limit") unexpected(inner);
        c.i--;
        const stmts = parseRule({ toks: c.toks.slice(0, c.toks.findIndex((x, i) => i >= c.i && x.kind === "}")), i: c.i }, family);
        const limit = stmts[0];
        if (stmts.length !== 1 || limit?.k !== "limit") unexpected(inner);
        while (c.toks[c.i]?.kind !== "}") c.i++;
        c.i++;
        out.push({ k: "meter", name: name.text, size, key, ...(timeout !== undefined ? { timeout } : {}), limit });
        continue;
      }
      case "meta":
        // `meta nftrace set 0|1` (the other meta keys above are matches).
        if (isWord(c, "nftrace") && c.toks[c.i + 1]?.text === "set") {
          c.i += 2;
          const v = word(c);
          if (/^\d+$/.test(v.text) && Number(v.text) > 1) throw new SyntaxError(v, `Value ${v.text} exceeds valid range 0-1`);
          if (v.text !== "0" && v.text !== "1") unexpected(v);
          out.push({ k: "nftrace", on: v.text === "1" });
          continue;
        }
        {
          const after = peek(c);
          if (after && tokenName(after) === "string") throw new SyntaxError(t, "No symbol type information");
          unexpected(after);
        }
        continue;
      case "counter": {
        const s = { k: "counter" as const, packets: 0n, bytes: 0n };
        if (isWord(c, "packets")) {
          c.i++;
          s.packets = BigInt(word(c).text.replace(/\D/g, "") || "0");
          if (isWord(c, "bytes")) {
            c.i++;
            s.bytes = BigInt(word(c).text.replace(/\D/g, "") || "0");
          }
        }
        out.push(s);
        continue;
      }
      case "log": {
        const s: NftStmt & { k: "log" } = { k: "log" };
        for (;;) {
          if (isWord(c, "prefix")) {
            c.i++;
            s.prefix = word(c).text;
          } else if (isWord(c, "level")) {
            c.i++;
            s.level = word(c).text;
          } else if (isWord(c, "group") && /^\d+$/.test(c.toks[c.i + 1]?.text ?? "")) {
            c.i++;
            s.group = Number(word(c).text) & 0xffff;
          } else break;
        }
        out.push(s);
        continue;
      }
      case "limit": {
        if (!isWord(c, "rate")) unexpected(peek(c));
        c.i++;
        let over = false;
        if (isWord(c, "over")) {
          c.i++;
          over = true;
        } else if (isWord(c, "until")) c.i++;
        let r = word(c);
        let mult = 0;
        // `N/UNIT` (packets) or `N BYTES/UNIT` (bytes, kbytes, mbytes): the scanner splits at the slash.
        if (/^\d+$/.test(r.text)) {
          const n = r.text;
          r = word(c);
          const b = /^(bytes|kbytes|mbytes)\//.exec(r.text);
          if (!b) unexpected(r);
          mult = BYTE_UNITS[b[1]!]!;
          r = { ...r, text: `${n}${r.text.slice(b[1]!.length)}` , col: r.col + b[1]!.length - n.length };
        }
        const m = /^(\d+)\/(second|minute|hour|day|week)$/.exec(r.text);
        if (!m) {
          const slash = r.text.indexOf("/");
          unexpected(slash >= 0 ? { ...r, text: r.text.slice(slash + 1), col: r.col + slash + 1 } : r);
        }
        const s: NftStmt & { k: "limit" } = { k: "limit", rate: Number(m[1]) * (mult || 1), unit: m[2]! };
        if (over) s.over = true;
        if (mult) s.bytes = true;
        if (isWord(c, "burst")) {
          c.i++;
          const n = Number(word(c).text);
          const u = peek(c);
          if (u?.kind === "word" && (u.text === "packets" || BYTE_UNITS[u.text])) {
            c.i++;
            if ((u.text === "packets") === !!mult) unexpected(u);
            s.burst = n * (BYTE_UNITS[u.text] ?? 1);
          } else if (mult) unexpected(u);
          else s.burst = n;
        }
        out.push(s);
        continue;
      }
      case "accept":
      case "drop":
      case "return":
      case "continue":
        out.push({ k: "verdict", v: w });
        continue;
      case "jump":
      case "goto":
        out.push({ k: "verdict", v: w, chain: word(c).text });
        continue;
      case "reject": {
        const s: NftStmt & { k: "reject" } = { k: "reject" };
        if (isWord(c, "with")) {
          c.i++;
          const kind = word(c).text;
          if (kind === "tcp") {
            if (!isWord(c, "reset")) unexpected(peek(c));
            c.i++;
            s.with = { type: "tcp reset" };
          } else if (kind === "icmp" || kind === "icmpv6" || kind === "icmpx") {
            if (isWord(c, "type")) c.i++;
            s.with = { type: kind, code: word(c).text };
          } else unexpected(c.toks[c.i - 1]);
        }
        out.push(s);
        continue;
      }
      case "snat":
      case "dnat":
      case "masquerade":
      case "redirect":
        out.push(natStmt(c, w));
        continue;
      default: {
        // nft reads an unknown word as the start of a longer expression: the error is at what follows.
        const after = peek(c);
        if (after && tokenName(after) === "string") throw new SyntaxError(t, "No symbol type information");
        unexpected(after);
      }
    }
  }
  if (!out.length) unexpected(start);
  return rejectContext(out, family);
}

/**
 * nft's evaluation of reject (src/evaluate.c stmt_evaluate_reject): a TCP reset
 * needs TCP, so nft adds that match unless the rule already has one; in the
 * inet family a plain reject after an IPv4 or IPv6 match becomes that
 * family's ICMP port-unreachable.
 */
function rejectContext(out: NftStmt[], family: string): NftStmt[] {
  const i = out.findIndex((s) => s.k === "reject");
  if (i < 0) return out;
  const r = out[i] as NftStmt & { k: "reject" };
  const before = out.slice(0, i).filter((s) => s.k === "match");
  const isTcp = (s: NftStmt) => s.k === "match" && (s.field.startsWith("tcp ") || ((s.field === "ip protocol" || s.field === "meta l4proto") && !s.neg && s.vals.length === 1 && s.vals[0]!.kind === "single" && s.vals[0]!.v === 6n));
  if (r.with?.type === "tcp reset" && !before.some(isTcp)) {
    const dep: NftStmt = { k: "match", field: family === "ip" ? "ip protocol" : "meta l4proto", neg: false, vals: [{ kind: "single", v: 6n }], set: false };
    return [...out.slice(0, i), dep, ...out.slice(i)];
  }
  if (!r.with && family === "inet") {
    const v4 = before.some((s) => s.k === "match" && (s.field.startsWith("ip ") || s.field === "icmp type"));
    const v6 = before.some((s) => s.k === "match" && (s.field.startsWith("ip6 ") || s.field === "icmpv6 type"));
    if (v4) r.with = { type: "icmp", code: "port-unreachable" };
    else if (v6) r.with = { type: "icmpv6", code: "port-unreachable" };
  }
  return out;
}
