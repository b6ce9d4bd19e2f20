// Named sets and maps in nft's language (nftables 1.0.6 src/parser_bison.y
// set_block/map_block, src/datatype.c, src/evaluate.c set_evaluate):
//
//   { type T [: D]; | typeof EXPR [: EXPR]; flags F[,F]; timeout 1h; size N;
//     policy memory|performance; counter; comment "C"; elements = { E, ... } }
//
// and element lists `{ KEY [: DATA], ... }` (newlines allowed), whose values are
// read by the set's key and data types once nft knows the set (its cache).

import type { NftData, NftElem, NftField, NftSetSpec, NftVal } from "../../uapi/nft_native.js";
import { unexpected, value, word, type Cursor } from "./native-rule.js";
import { SyntaxError, type Tok } from "./script.js";

/** A datatype: the field whose values it holds (for reading/printing), its description, elements per output line. */
export interface SetType {
  field: NftField;
  desc: string;
  perLine: number;
}

export const SET_TYPES: Record<string, SetType> = {
  ipv4_addr: { field: "ip saddr", desc: "IPv4 address", perLine: 2 },
  ipv6_addr: { field: "ip6 saddr", desc: "IPv6 address", perLine: 1 },
  inet_service: { field: "tcp dport", desc: "internet network service", perLine: 5 },
  inet_proto: { field: "meta l4proto", desc: "Internet protocol", perLine: 5 },
  ether_addr: { field: "ether saddr", desc: "Ethernet address", perLine: 1 },
  ifname: { field: "iifname", desc: "network interface name", perLine: 1 },
  mark: { field: "meta mark", desc: "packet mark", perLine: 5 },
  icmp_type: { field: "icmp type", desc: "ICMP type", perLine: 1 },
  icmpv6_type: { field: "icmpv6 type", desc: "ICMPv6 type", perLine: 1 },
  ct_state: { field: "ct state", desc: "conntrack state", perLine: 2 },
};

/** The datatype of a field (what `typeof` takes and a lookup is checked against). */
export function fieldType(field: string): string | undefined {
  if (field === "ip saddr" || field === "ip daddr") return "ipv4_addr";
  if (field === "ip6 saddr" || field === "ip6 daddr") return "ipv6_addr";
  if (/^(tcp|udp) (sport|dport)$/.test(field)) return "inet_service";
  if (field === "ip protocol" || field === "meta l4proto") return "inet_proto";
  if (field === "iifname" || field === "oifname") return "ifname";
  if (field === "ether saddr") return "ether_addr";
  if (field === "meta mark") return "mark";
  if (field === "icmp type") return "icmp_type";
  if (field === "icmpv6 type") return "icmpv6_type";
  if (field === "ct state") return "ct_state";
  return undefined;
}

/** An element as written: its key token (the first of a concatenation's parts) and the tokens after `:`. */
export interface RawElem {
  /** `timeout T` written after the key. */
  timeout?: number;
  key: Tok;
  /** The key's parts between ` . ` (one unless a concatenation). */
  keys: Tok[];
  data: Tok[];
}

/** A concatenation's parts: the tokens between `.` tokens. */
const parts = (toks: Tok[]): Tok[] => toks.filter((t, i) => i % 2 === 0);

/** One value per type of a (possibly concatenated) key: a concat value when there are several. */
export function concatValue(types: string[], toks: Tok[]): NftVal {
  if (types.length === 1) {
    if (toks.length > 1) throw new SyntaxError({ ...toks[1]!, col: toks[1]!.col - 2, text: `. ${toks[1]!.text}` }, "Can't parse symbolic invalid expressions");
    return value(SET_TYPES[types[0]!]!.field, toks[0]!, toks[0]!.text);
  }
  if (toks.length < types.length) throw new SyntaxError(toks[0], `invalid data type, expected concatenation of (${types.map((t) => SET_TYPES[t]!.desc).join(", ")})`);
  if (toks.length > types.length) {
    const extra = toks[types.length]!;
    throw new SyntaxError({ ...extra, col: extra.col - 2, text: `. ${extra.text}` }, "Can't parse symbolic invalid expressions");
  }
  return { kind: "concat", parts: types.map((ty, i) => value(SET_TYPES[ty]!.field, toks[i]!, toks[i]!.text)) };
}

/** A key type's parts: `ipv4_addr . inet_service` is two. */
export const typeParts = (type: string): string[] => type.split(" . ");

/** After `{`: the elements up to the matching `}`, split at commas (inside words too) and newlines ignored. */
export function parseRawElems(c: Cursor): RawElem[] {
  const out: RawElem[] = [];
  let cur: Tok[] = [];
  const end = () => {
    if (!cur.length) return;
    let timeout: number | undefined;
    const to = cur.findIndex((t) => t.text === "timeout");
    if (to > 0 && cur[to + 1]) {
      timeout = parseTime(cur[to + 1]!);
      cur.splice(to, 2);
    }
    const colon = cur.findIndex((t) => t.text === ":");
    const keyToks = colon < 0 ? cur : cur.slice(0, colon);
    keyToks.forEach((t, i) => {
      if ((i % 2 === 1) !== (t.text === ".")) unexpected(t);
    });
    const data = colon < 0 ? [] : cur.slice(colon + 1);
    out.push({ key: cur[0]!, keys: parts(keyToks), data, ...(timeout !== undefined ? { timeout } : {}) });
    cur = [];
  };
  for (;;) {
    const t = c.toks[c.i++];
    if (!t) unexpected(t);
    if (t.kind === "}") break;
    if (t.kind === "nl") continue;
    if (t.kind === "{" || t.kind === ";") unexpected(t);
    // "a,b" and "a," hold separators: split them, keeping each part's column.
    let col = t.col;
    const parts = t.text.split(",");
    parts.forEach((part, k) => {
      if (part) cur.push({ ...t, text: part, col });
      col += part.length + 1;
      if (k < parts.length - 1) end();
    });
  }
  end();
  return out;
}

const VERDICTS = ["accept", "drop", "return", "continue", "jump", "goto"];

/** A verdict written after `:` in a vmap element. */
export function verdictData(toks: Tok[], at: Tok): NftData {
  const v = toks[0];
  if (!v || !VERDICTS.includes(v.text)) unexpected(v ?? at);
  if (v.text === "jump" || v.text === "goto") {
    if (!toks[1]) unexpected(undefined);
    return { kind: "verdict", v: v.text, chain: toks[1].text };
  }
  if (toks[1]) unexpected(toks[1]);
  return { kind: "verdict", v: v.text as "accept" };
}

/** Elements read with a set's types; a map's element needs its data, a set's has none. */
export function resolveElems(raw: RawElem[], spec: NftSetSpec): { elem: NftElem; tok: Tok }[] {
  const kts = typeParts(spec.key);
  return raw.map((r) => {
    const key = concatValue(kts, r.keys);
    const timeout = r.timeout !== undefined ? { timeout: r.timeout } : {};
    if (key.kind === "prefix" && !spec.flags.includes("interval")) throw new SyntaxError(r.key, "You must add 'flags interval' to your set declaration if you want to add prefix elements");
    if (key.kind === "range" && !spec.flags.includes("interval")) throw new SyntaxError(r.key, "You must add 'flags interval' to your set declaration if you want to add range elements");
    if (spec.data === undefined) {
      if (r.data.length) unexpected(r.data[0]);
      return { elem: { key, ...timeout }, tok: r.key };
    }
    if (!r.data.length) unexpected(r.key);
    if (spec.data === "verdict") {
      return { elem: { key, data: verdictData(r.data, r.key) }, tok: r.key };
    }
    return { elem: { key, data: { kind: "value", v: concatValue(typeParts(spec.data), parts(r.data)) } }, tok: r.key };
  });
}

const TIME_UNITS: [string, number][] = [
  ["d", 86400000],
  ["h", 3600000],
  ["m", 60000],
  ["s", 1000],
  ["ms", 1],
];

/** time_parse(): `1h30m`, `500ms`, or seconds. */
export function parseTime(t: Tok): number {
  if (/^\d+$/.test(t.text)) return Number(t.text) * 1000;
  let ms = 0;
  const re = /(\d+)(ms|d|h|m|s)/gy;
  let m: RegExpExecArray | null;
  let at = 0;
  while ((m = re.exec(t.text))) {
    ms += Number(m[1]) * TIME_UNITS.find(([u]) => u === m![2])![1];
    at = re.lastIndex;
  }
  if (at !== t.text.length || !t.text) throw new SyntaxError(t, `Wrong time format, expecting d, h, m, s or ms`);
  return ms;
}

/** time_print(): days, hours, minutes, seconds, milliseconds, each when not zero. */
export function timeText(ms: number): string {
  let out = "";
  for (const [u, n] of TIME_UNITS) {
    const k = Math.floor(ms / n);
    ms -= k * n;
    if (k) out += `${k}${u}`;
  }
  return out || "0s";
}

/** Flags in the order nft prints them (NFT_SET_CONSTANT, EVAL, INTERVAL, TIMEOUT). */
const FLAGS = ["constant", "dynamic", "interval", "timeout"];

/** A set a rule fills from the packet path becomes dynamic, of 65535 elements unless sized (set_evaluate). */
export function makeDynamic(spec: NftSetSpec): NftSetSpec {
  const flags = spec.flags.includes("dynamic") ? spec.flags : ["dynamic", ...spec.flags].sort((a, b) => FLAGS.indexOf(a) - FLAGS.indexOf(b));
  return { ...spec, flags, size: spec.size ?? 65535 };
}

/** A type word (or `typeof` expression) and, for maps, `: DATA`. */
function typeSpec(c: Cursor, isTypeof: boolean): { type: string; expr?: string; tok: Tok } {
  const types: string[] = [];
  const exprs: string[] = [];
  let bad: Tok | undefined;
  let first: Tok | undefined;
  for (;;) {
    const w = word(c);
    first ??= w;
    if (!isTypeof) {
      if (!SET_TYPES[w.text] && w.text !== "verdict") bad ??= w;
      types.push(w.text);
    } else {
      const second = c.toks[c.i];
      const field = second?.kind === "word" && second.text !== ":" && second.text !== "." ? `${w.text} ${second.text}` : w.text;
      if (field !== w.text) c.i++;
      const type = fieldType(field);
      if (!type) unexpected(w);
      types.push(type);
      exprs.push(field);
    }
    if (c.toks[c.i]?.text !== ".") break;
    c.i++;
  }
  return { type: types.join(" . "), expr: isTypeof ? exprs.join(" . ") : undefined, tok: bad ?? first };
}

/** Every part of a key type is known. */
const knownType = (type: string): boolean => typeParts(type).every((t) => !!SET_TYPES[t]);

export interface SetDecl {
  spec: NftSetSpec;
  elems: RawElem[];
  /** The unknown datatype's token, if any (nft reports it, then the missing key). */
  badType?: Tok;
  span: [Tok, Tok];
}

/** After `{` of a set or map declaration: up to its `}`. */
export function parseSetBlock(c: Cursor, name: string, isMap: boolean): SetDecl {
  const open = c.toks[c.i - 1]!;
  let last = open;
  const spec: NftSetSpec = { name, key: "", flags: [] };
  let elems: RawElem[] = [];
  let badType: Tok | undefined;
  for (;;) {
    const t = c.toks[c.i++];
    if (!t) unexpected(t);
    if (t.kind === "nl" || t.kind === ";") {
      if (t.kind === ";") last = t;
      continue;
    }
    if (t.kind === "}") break;
    if (t.kind !== "word") unexpected(t);
    switch (t.text) {
      case "type":
      case "typeof": {
        const k = typeSpec(c, t.text === "typeof");
        if (!knownType(k.type)) badType = k.tok;
        else {
          spec.key = k.type;
          if (k.expr) spec.keyExpr = k.expr;
        }
        if (c.toks[c.i]?.text === ":") {
          if (!isMap) unexpected(c.toks[c.i]);
          c.i++;
          const d = typeSpec(c, t.text === "typeof");
          if (d.type !== "verdict" && !knownType(d.type)) badType ??= d.tok;
          spec.data = d.type;
          if (d.expr) spec.dataExpr = d.expr;
        } else if (isMap) unexpected(c.toks[c.i], "colon");
        break;
      }
      case "flags":
        for (const w of word(c).text.split(",")) {
          if (!FLAGS.includes(w)) unexpected(c.toks[c.i - 1]);
          if (!spec.flags.includes(w)) spec.flags.push(w);
        }
        spec.flags.sort((a, b) => FLAGS.indexOf(a) - FLAGS.indexOf(b));
        break;
      case "timeout":
        spec.timeout = parseTime(word(c));
        break;
      case "size":
        spec.size = Number(word(c).text);
        break;
      case "policy": {
        const p = word(c);
        if (p.text !== "memory" && p.text !== "performance") unexpected(p);
        spec.policy = p.text;
        break;
      }
      case "counter":
        spec.counter = true;
        break;
      case "comment":
        spec.comment = word(c).text;
        break;
      case "elements": {
        if (c.toks[c.i]?.text !== "=") unexpected(c.toks[c.i]);
        c.i++;
        if (c.toks[c.i]?.kind !== "{") unexpected(c.toks[c.i]);
        c.i++;
        elems = parseRawElems(c);
        break;
      }
      default:
        unexpected(t);
    }
  }
  return { spec, elems, badType, span: [open, last] };
}

/** What nft says about a declaration without a key: the unknown type, then the missing key over the block. */
export function declErrors(d: SetDecl): [Tok, string, Tok?][] {
  const out: [Tok, string, Tok?][] = [];
  if (d.badType) out.push([d.badType, `unknown datatype ${d.badType.text}`]);
  if (!d.spec.key) out.push([d.span[0], d.spec.data !== undefined ? "map definition does not specify key" : "set definition does not specify key", d.span[1]]);
  return out;
}
