// f_u32.c (iproute2 6.1): the u32 classifier's options — handles X:Y:Z,
// selectors (match ip/ip6/tcp/udp/icmp/u32/u16/u8/mark/ether), offset,
// hashkey, classid/flowid, divisor, link, ht, sample, order, indev, actions,
// police, skip_hw/skip_sw — and the printer of `tc filter show` (raw keys
// "match VAL/MASK at OFF", or per protocol with -p).

import { formatIpv4 } from "../../../wire/addr.js";
import {
  TC_U32_EAT,
  TC_U32_OFFSET,
  TC_U32_TERMINAL,
  TC_U32_VAROFFSET,
  TCA_CLS_FLAGS_IN_HW,
  TCA_CLS_FLAGS_NOT_IN_HW,
  TCA_CLS_FLAGS_SKIP_HW,
  TCA_CLS_FLAGS_SKIP_SW,
  tcU32Hash,
  tcU32Htid,
  tcU32Node,
  tcU32UserHtid,
  type TcaAction,
  type TcaU32Options,
  type TcU32Key,
  type TcU32Sel,
} from "../../../uapi/pkt_cls.js";
import { parsePrefix } from "../lib/inet.js";
import type { IpOut } from "../lib/json_print.js";
import { getInteger, getUnsigned, matches, type Ctx } from "../lib/utils.js";
import { parsePrefix6 } from "../ip/ipaddress6.js";
import { parseAction } from "./m_action.js";
import { parsePolice } from "./m_police.js";
import { ArgCursor } from "./q_opts.js";
import { getTcClassid, sprintTcClassid, type ClsNames } from "./tc_util.js";

const USAGE =
  "Usage: ... u32 [ match SELECTOR ... ] [ link HTID ] [ classid CLASSID ]\n" +
  "               [ action ACTION_SPEC ] [ offset OFFSET_SPEC ]\n" +
  "               [ ht HTID ] [ hashkey HASHKEY_SPEC ]\n" +
  "               [ sample SAMPLE ] [skip_hw | skip_sw]\n" +
  "or         u32 divisor DIVISOR\n" +
  "\n" +
  "Where: SELECTOR := SAMPLE SAMPLE ...\n" +
  "       SAMPLE := { ip | ip6 | udp | tcp | icmp | u{32|16|8} | mark }\n" +
  "                 SAMPLE_ARGS [ divisor DIVISOR ]\n" +
  "       FILTERID := X:Y:Z\n" +
  "\nNOTE: CLASSID is parsed at hexadecimal input.\n";

const ETH_P_IP = 0x0800;
const ETH_P_IPV6 = 0x86dd;

/** strtoul(s, &end, 16) on a prefix: the value and how many characters it took (0: none). */
function strtoulHex(s: string): { v: number; n: number } {
  const m = /^[ \t\n\v\f\r]*[+-]?(0[xX](?=[0-9a-fA-F]))?[0-9a-fA-F]+/.exec(s);
  if (m === null) return { v: 0, n: 0 };
  const t = m[0].trim();
  const neg = t.startsWith("-");
  const digits = t.replace(/^[+-]/, "").replace(/^0[xX]/, "");
  let v = Number.parseInt(digits, 16);
  if (v > 0xffffffff) v = 0xffffffff;
  return { v: neg ? (-v >>> 0) : v, n: m[0].length };
}

/** get_u32() with an explicit base (16 here: masks); the whole word, at most 32 bits. */
function getU32Base(word: string, base: 0 | 16): number | undefined {
  if (base === 0) return getUnsigned(word);
  const r = strtoulHex(word);
  if (r.n === 0 || r.n !== word.length || word.trim().startsWith("-")) return undefined;
  return r.v;
}

/** get_u32_handle(): "X:Y:Z" in hex (any part may be empty), or a bare 0x number. */
export function getU32Handle(str: string): number | undefined {
  const colon = str.indexOf(":");
  if (colon < 0) return str.startsWith("0x") ? getU32Base(str, 16) : undefined;
  let rest = str;
  let r = strtoulHex(rest);
  if (r.n === 0 && rest[0] !== ":" && rest !== "") return undefined;
  const htid = r.v;
  if (htid >= 0x1000) return undefined;
  rest = rest.slice(r.n);
  let hash = 0;
  let nodeid = 0;
  if (rest !== "") {
    rest = rest.slice(1);
    r = strtoulHex(rest);
    if (r.n === 0 && rest[0] !== ":" && rest !== "") return undefined;
    hash = r.v;
    if (hash >= 0x100) return undefined;
    rest = rest.slice(r.n);
    if (rest !== "") {
      rest = rest.slice(1);
      r = strtoulHex(rest);
      if (r.n === 0 && rest !== "") return undefined;
      nodeid = r.v;
      if (nodeid >= 0x1000) return undefined;
    }
  }
  return ((htid << 20) | (hash << 12) | nodeid) >>> 0;
}

/** sprint_u32_handle(): "800:", "800::800", "1:2:800", "none"; -raw appends "[hex]". */
export function sprintU32Handle(handle: number, showRaw = false): string {
  if (handle === 0) return "none";
  let b = "";
  const htid = tcU32Htid(handle);
  const hash = tcU32Hash(handle);
  const nodeid = tcU32Node(handle);
  if (htid) b += `${(htid >>> 20).toString(16)}:`;
  if (nodeid | hash) {
    if (hash) b += hash.toString(16);
    if (nodeid) b += `:${nodeid.toString(16)}`;
  }
  if (showRaw) b += `[${(handle >>> 0).toString(16).padStart(8, "0")}]`;
  return b;
}

function newSel(): TcU32Sel {
  return { flags: 0, offshift: 0, offmask: 0, off: 0, offoff: 0, hoff: 0, hmask: 0, keys: [] };
}

/** pack_key(): merges with a key at the same offset (refusing a contradiction) or appends one (128 at most, 4-aligned). */
function packKey(sel: TcU32Sel, key: number, mask: number, off: number, offmask: number): boolean {
  key = (key & mask) >>> 0;
  for (const k of sel.keys) {
    if (k.off === off && k.offmask === offmask) {
      const intersect = mask & k.mask;
      if ((key ^ k.val) & intersect) return false;
      k.val = (k.val | key) >>> 0;
      k.mask = (k.mask | mask) >>> 0;
      return true;
    }
  }
  if (sel.keys.length >= 128) return false;
  if (off % 4) return false;
  sel.keys.push({ val: key, mask: mask >>> 0, off, offmask });
  return true;
}

/** pack_key16(): a 16-bit key placed in its 32-bit word (big-endian: offset 0 is the high half). */
function packKey16(sel: TcU32Sel, key: number, mask: number, off: number, offmask: number): boolean {
  if (key > 0xffff || mask > 0xffff) return false;
  if ((off & 3) === 0) {
    key = (key << 16) >>> 0;
    mask = (mask << 16) >>> 0;
  }
  return packKey(sel, key, mask, off & ~3, offmask);
}

/** pack_key8(): an 8-bit key placed in its 32-bit word. */
function packKey8(sel: TcU32Sel, key: number, mask: number, off: number, offmask: number): boolean {
  if (key > 0xff || mask > 0xff) return false;
  const shift = [24, 16, 8, 0][off & 3]!;
  return packKey(sel, (key << shift) >>> 0, (mask << shift) >>> 0, off & ~3, offmask);
}

/** The words left from the cursor on (C's argc). */
function left(a: ArgCursor): number {
  return a.argv.length - a.i;
}

/** parse_at(): "at [nexthdr+]OFF" after its "at" — the offset and whether it follows the next header. */
function parseAt(a: ArgCursor, at: { off: number; offmask: number }): boolean {
  if (left(a) <= 0) return false;
  let p = a.cur;
  if (p.length > "nexthdr+".length && p.startsWith("nexthdr+")) {
    at.offmask = -1;
    p = p.slice("nexthdr+".length);
  } else if (matches(p, "nexthdr+")) {
    a.next();
    at.offmask = -1;
    p = a.cur;
  }
  const off = getInteger(p);
  if (off === undefined) return false;
  at.off = off;
  a.i++;
  return true;
}

/** The optional "at OFFSET" after a value. */
function optionalAt(a: ArgCursor, at: { off: number; offmask: number }): boolean {
  if (left(a) > 0 && a.cur === "at") {
    a.next();
    return parseAt(a, at);
  }
  return true;
}

type Packer = (sel: TcU32Sel, key: number, mask: number, off: number, offmask: number) => boolean;

/** parse_u32/u16/u8(): VALUE MASK [at OFF]. */
function parseUn(a: ArgCursor, sel: TcU32Sel, off: number, offmask: number, pack: Packer, max8 = false): boolean {
  if (left(a) < 2) return false;
  const key = getU32Base(a.cur, 0);
  if (key === undefined) return false;
  a.i++;
  const mask = getU32Base(a.cur, 16);
  if (mask === undefined) return false;
  a.i++;
  if (max8 && (key > 0xff || mask > 0xff)) return false;
  const at = { off, offmask };
  if (!optionalAt(a, at)) return false;
  return pack(sel, key, mask, at.off, at.offmask);
}

function packKey32(sel: TcU32Sel, key: number, mask: number, off: number, offmask: number): boolean {
  return packKey(sel, key, mask, off, offmask);
}

/** parse_ip_addr(): PREFIX [at OFF] into one key. */
function parseIpAddr(a: ArgCursor, sel: TcU32Sel, off: number): boolean {
  if (left(a) < 1) return false;
  const p = parsePrefix(a.cur);
  if (p === undefined) return false;
  a.i++;
  const at = { off, offmask: 0 };
  if (!optionalAt(a, at)) return false;
  const mask = p.bitlen ? (0xffffffff << (32 - p.bitlen)) >>> 0 : 0;
  return packKey(sel, p.addr >>> 0, mask, at.off, at.offmask);
}

/** parse_ip6_addr(): PREFIX6 [at OFF] into up to four keys. */
function parseIp6Addr(a: ArgCursor, sel: TcU32Sel, off: number): boolean {
  if (left(a) < 1) return false;
  const p = parsePrefix6(a.cur);
  if (p === undefined) return false;
  a.i++;
  const at = { off, offmask: 0 };
  if (!optionalAt(a, at)) return false;
  for (let i = 0; i < p.len; i += 32) {
    const word = Number((p.addr >> BigInt(96 - i)) & 0xffffffffn);
    const mask = i + 31 < p.len ? 0xffffffff : (0xffffffff << (32 - (p.len - i))) >>> 0;
    if (!packKey(sel, word, mask, at.off + 4 * (i / 32), at.offmask)) return false;
  }
  return true;
}

/** parse_ip6_class(): the traffic class, VALUE MASK (8 bits each), in the first word. */
function parseIp6Class(a: ArgCursor, sel: TcU32Sel): boolean {
  if (left(a) < 2) return false;
  const key = getU32Base(a.cur, 0);
  if (key === undefined) return false;
  a.i++;
  const mask = getU32Base(a.cur, 16);
  if (mask === undefined) return false;
  a.i++;
  if (key > 0xff || mask > 0xff) return false;
  return packKey(sel, (key << 20) >>> 0, (mask << 20) >>> 0, 0, 0);
}

/** parse_ether_addr(): a MAC (sscanf "%hhx:" ×6) [at OFF] into six 8-bit keys. */
function parseEtherAddr(ctx: Ctx, a: ArgCursor, sel: TcU32Sel, off: number): boolean {
  if (left(a) < 1) return false;
  const m = /^\s*([0-9a-fA-F]+):\s*([0-9a-fA-F]+):\s*([0-9a-fA-F]+):\s*([0-9a-fA-F]+):\s*([0-9a-fA-F]+):\s*([0-9a-fA-F]+)/.exec(a.cur);
  if (m === null) {
    ctx.err(`parse_ether_addr: improperly formed address '${a.cur}'\n`);
    return false;
  }
  // %hhx keeps the low 8 bits of what it read.
  const bytes = m.slice(1, 7).map((h) => Number.parseInt(h.slice(-8), 16) & 0xff);
  a.i++;
  const at = { off, offmask: 0 };
  if (!optionalAt(a, at)) return false;
  for (let i = 0; i < 6; i++) if (!packKey8(sel, bytes[i]!, 0xff, at.off + i, at.offmask)) return false;
  return true;
}

/** The fixed-field matches of parse_ip/parse_ip6 (word, offset, packer). */
const IP_FIELDS: Record<string, [number, Packer]> = { ihl: [0, packKey8], protocol: [9, packKey8], dport: [22, packKey16], sport: [20, packKey16], icmp_type: [20, packKey8], icmp_code: [21, packKey8] };

function parseIp(a: ArgCursor, sel: TcU32Sel): boolean {
  if (left(a) < 2) return false;
  const w = a.cur;
  if (w === "src" || w === "dst") {
    a.next();
    return parseIpAddr(a, sel, w === "src" ? 12 : 16);
  }
  if (w === "tos" || matches(w, "dsfield") || matches(w, "precedence")) {
    a.next();
    return parseUn(a, sel, 1, 0, packKey8, true);
  }
  const flags: Record<string, [number, number]> = { nofrag: [0, 0x3fff], firstfrag: [0x2000, 0x3fff], df: [0x4000, 0x4000], mf: [0x2000, 0x2000] };
  if (flags[w] !== undefined) {
    a.i++;
    return packKey16(sel, flags[w]![0], flags[w]![1], 6, 0);
  }
  const f = IP_FIELDS[w];
  if (f === undefined) return false;
  a.next();
  return parseUn(a, sel, f[0], 0, f[1], f[1] === packKey8);
}

function parseIp6(a: ArgCursor, sel: TcU32Sel): boolean {
  if (left(a) < 2) return false;
  const w = a.cur;
  if (w === "src" || w === "dst") {
    a.next();
    return parseIp6Addr(a, sel, w === "src" ? 8 : 24);
  }
  if (w === "priority") {
    a.next();
    return parseIp6Class(a, sel);
  }
  const fields: Record<string, [number, number, Packer]> = {
    protocol: [6, 0, packKey8],
    flowlabel: [0, 0, packKey32],
    dport: [42, 0, packKey16],
    sport: [40, 0, packKey16],
    icmp_type: [40, 0, packKey8],
    icmp_code: [41, 1, packKey8],
  };
  const f = fields[w];
  if (f === undefined) return false;
  a.next();
  return parseUn(a, sel, f[0], f[1], f[2], f[2] === packKey8);
}

/** parse_selector(): one SAMPLE after "match" (or "sample"); the mark goes to its own attribute. */
function parseSelector(ctx: Ctx, a: ArgCursor, sel: TcU32Sel, opts: TcaU32Options): boolean {
  if (left(a) <= 0) return false;
  const w = a.cur;
  if (matches(w, "u32") || matches(w, "u16") || matches(w, "u8")) {
    const pack = matches(w, "u32") ? packKey32 : matches(w, "u16") ? packKey16 : packKey8;
    a.next();
    return parseUn(a, sel, 0, 0, pack, pack === packKey8);
  }
  if (matches(w, "ip")) {
    a.next();
    return parseIp(a, sel);
  }
  if (matches(w, "ip6")) {
    a.next();
    return parseIp6(a, sel);
  }
  if (matches(w, "udp") || matches(w, "tcp")) {
    a.next();
    if (left(a) < 2) return false;
    const f = a.cur;
    if (f !== "src" && f !== "dst") return false;
    a.next();
    return parseUn(a, sel, f === "src" ? 0 : 2, -1, packKey16);
  }
  if (matches(w, "icmp")) {
    a.next();
    if (left(a) < 2) return false;
    const f = a.cur;
    if (f !== "type" && f !== "code") return false;
    a.next();
    return parseUn(a, sel, f === "type" ? 0 : 1, -1, packKey8, true);
  }
  if (matches(w, "mark")) {
    a.next();
    if (left(a) <= 1) return false;
    const val = getU32Base(a.cur, 0);
    if (val === undefined) {
      ctx.err('Illegal "mark" value\n');
      return false;
    }
    a.next();
    const mask = getU32Base(a.cur, 0);
    if (mask === undefined) {
      ctx.err('Illegal "mark" mask\n');
      return false;
    }
    a.next();
    if ((val & mask) >>> 0 !== val) {
      ctx.err('Illegal "mark" (impossible combination)\n');
      return false;
    }
    opts.TCA_U32_MARK = { val, mask, success: 0 };
    return true;
  }
  if (matches(w, "ether")) {
    a.next();
    if (left(a) < 2) return false;
    const f = a.cur;
    if (f !== "src" && f !== "dst") {
      ctx.err(`Unknown match: ether ${f}\n`);
      return false;
    }
    a.next();
    return parseEtherAddr(ctx, a, sel, f === "src" ? -8 : -14);
  }
  return false;
}

/** parse_offset(): plus N, at N (even), mask HEX, shift N, eat. */
function parseOffset(a: ArgCursor, sel: TcU32Sel, ctx: Ctx): boolean {
  for (; left(a) > 0; a.i++) {
    const w = a.cur;
    if (matches(w, "plus")) {
      const off = getInteger(a.next());
      if (off === undefined) return false;
      sel.off = off;
      sel.flags |= TC_U32_OFFSET;
    } else if (matches(w, "at")) {
      const off = getInteger(a.next());
      if (off === undefined) return false;
      sel.offoff = off;
      if (off % 2) {
        ctx.err('offset "at" must be even\n');
        return false;
      }
      sel.flags |= TC_U32_VAROFFSET;
    } else if (matches(w, "mask")) {
      const m = getU32Base(a.next(), 16);
      if (m === undefined || m > 0xffff) return false;
      sel.offmask = m;
      sel.flags |= TC_U32_VAROFFSET;
    } else if (matches(w, "shift")) {
      const s = getInteger(a.next());
      if (s === undefined) return false;
      sel.offshift = s & 0xff;
      sel.flags |= TC_U32_VAROFFSET;
    } else if (matches(w, "eat")) {
      sel.flags |= TC_U32_EAT;
    } else break;
  }
  return true;
}

/** parse_hashkey(): mask HEX, at N (a multiple of 4). */
function parseHashkey(a: ArgCursor, sel: TcU32Sel): boolean {
  for (; left(a) > 0; a.i++) {
    const w = a.cur;
    if (matches(w, "mask")) {
      const m = getU32Base(a.next(), 16);
      if (m === undefined) return false;
      sel.hmask = m;
    } else if (matches(w, "at")) {
      const n = getInteger(a.next());
      if (n === undefined || n % 4) return false;
      sel.hoff = n;
    } else break;
  }
  return true;
}

/** A divisor: a power of two up to 256. */
function divisorArg(word: string): number | undefined {
  const d = getUnsigned(word);
  return d === undefined || d === 0 || d > 0x100 || ((d - 1) & d) !== 0 ? undefined : d;
}

/** ffs(x) - 1 of u32_hash_fold: the lowest set bit. */
function lowBit(x: number): number {
  return x === 0 ? 0 : 31 - Math.clz32(x & -x);
}

export interface U32Parsed {
  /** tcm_handle as u32_parse_opt leaves it (the filter id, with "order"). */
  handle: number;
  /** undefined: no options given (no TCA_OPTIONS). */
  options?: TcaU32Options;
}

/** u32_parse_opt(): null after tc's message (exit 1). */
export function u32ParseOpt(ctx: Ctx, handleArg: string | undefined, argv: readonly string[], dev: string): U32Parsed | null {
  let handle = 0;
  if (handleArg !== undefined) {
    const h = getU32Handle(handleArg);
    if (h === undefined) {
      ctx.err("Illegal filter ID\n");
      return null;
    }
    handle = h;
  }
  if (argv.length === 0) return { handle };
  const opts: TcaU32Options = {};
  const sel = newSel();
  let selOk = 0;
  let terminalOk = 0;
  let sampleOk = false;
  let htid = 0;
  let order = 0;
  let flags = 0;
  const illegal = (what: string): null => {
    ctx.err(`Illegal "${what}"\n`);
    return null;
  };
  const a = new ArgCursor(ctx, argv);
  while (left(a) > 0) {
    const w = a.cur;
    if (matches(w, "match")) {
      a.next();
      if (!parseSelector(ctx, a, sel, opts)) return illegal("match");
      selOk++;
      continue;
    } else if (matches(w, "offset")) {
      a.next();
      if (!parseOffset(a, sel, ctx)) return illegal("offset");
      continue;
    } else if (matches(w, "hashkey")) {
      a.next();
      if (!parseHashkey(a, sel)) return illegal("hashkey");
      continue;
    } else if (matches(w, "classid") || w === "flowid") {
      const id = getTcClassid(a.next());
      if (id === undefined) return illegal("classid");
      opts.TCA_U32_CLASSID = id;
      sel.flags |= TC_U32_TERMINAL;
    } else if (matches(w, "divisor")) {
      const d = divisorArg(a.next());
      if (d === undefined) return illegal("divisor");
      opts.TCA_U32_DIVISOR = d;
    } else if (matches(w, "order")) {
      const o = getUnsigned(a.next());
      if (o === undefined) return illegal("order");
      order = o;
    } else if (w === "link") {
      const l = getU32Handle(a.next());
      if (l === undefined) return illegal("link");
      if (l && tcU32Node(l)) {
        ctx.err('"link" must be a hash table.\n');
        return null;
      }
      opts.TCA_U32_LINK = l;
    } else if (w === "ht") {
      const ht = getU32Handle(a.next());
      if (ht === undefined) return illegal("ht");
      if (handleArg !== undefined && tcU32Node(ht)) {
        ctx.err('"ht" must be a hash table.\n');
        return null;
      }
      htid = sampleOk ? ((htid & 0xff000) | (ht & 0xfff00000)) >>> 0 : (ht & 0xfffff000) >>> 0;
    } else if (w === "sample") {
      a.next();
      const sel2 = newSel();
      if (!parseSelector(ctx, a, sel2, opts)) return illegal("sample");
      if (sel2.keys.length !== 1) {
        ctx.err('"sample" must contain exactly ONE key.\n');
        return null;
      }
      let divisor = 0x100;
      if (left(a) > 0 && a.cur === "divisor") {
        const d = divisorArg(a.next());
        if (d === undefined) {
          ctx.err('Illegal sample "divisor"\n');
          return null;
        }
        divisor = d;
        a.next();
      }
      const k = sel2.keys[0]!;
      const hash = ((k.val & k.mask) >>> 0) >>> lowBit(k.mask);
      htid = (((hash % divisor) << 12) | (htid & 0xfff00000)) >>> 0;
      sampleOk = true;
      continue;
    } else if (w === "indev") {
      a.i++;
      if (left(a) < 1) {
        ctx.err("Illegal indev\n");
        return null;
      }
      opts.TCA_U32_INDEV = a.cur.slice(0, 16);
    } else if (matches(w, "action")) {
      a.next();
      const acts = parseAction(ctx, a, dev);
      if (acts === null) return illegal("action");
      opts.TCA_U32_ACT = acts;
      terminalOk++;
      continue;
    } else if (matches(w, "police")) {
      a.next();
      const p = parsePolice(ctx, a, dev);
      if (p === null) return illegal("police");
      opts.TCA_U32_POLICE = p;
      terminalOk++;
      continue;
    } else if (w === "skip_hw") {
      flags |= TCA_CLS_FLAGS_SKIP_HW;
    } else if (w === "skip_sw") {
      flags |= TCA_CLS_FLAGS_SKIP_SW;
    } else {
      if (w !== "help") ctx.err(`What is "${w}"?\n`);
      ctx.err(USAGE);
      return null;
    }
    a.i++;
  }
  if (terminalOk) sel.flags |= TC_U32_TERMINAL;
  if (order) {
    if (tcU32Node(handle) && order !== tcU32Node(handle)) {
      ctx.err('"order" contradicts "handle"\n');
      return null;
    }
    handle = (handle | order) >>> 0;
  }
  if (htid) opts.TCA_U32_HASH = htid;
  if (selOk) opts.TCA_U32_SEL = sel;
  if (flags) {
    if (!(flags ^ (TCA_CLS_FLAGS_SKIP_HW | TCA_CLS_FLAGS_SKIP_SW))) {
      ctx.err("skip_hw and skip_sw are mutually exclusive\n");
      return null;
    }
    opts.TCA_U32_FLAGS = flags;
  }
  return { handle, options: opts };
}

/** mask2bits(): the prefix length of a contiguous mask, else -1. */
function mask2bits(mask: number): number {
  const inv = ~mask >>> 0;
  if ((inv & (inv + 1)) !== 0) return -1;
  return 32 - Math.log2(inv + 1);
}

function printRaw(out: IpOut, key: TcU32Key): void {
  out.openObject("match");
  out.nl();
  out.hex("ANY", "value", "  match %08x", key.val >>> 0);
  out.hex("ANY", "mask", "/%08x ", key.mask >>> 0);
  out.string("ANY", "offmask", "at %s", key.offmask ? "nexthdr+" : "");
  out.int("ANY", "off", "%d", key.off);
  out.closeObject();
}

/** print_ipv4()/print_ipv6() of -p: the fields tc knows by offset and mask; the rest prints nothing, as upstream leaves them unprinted. */
function printIp(out: IpOut, key: TcU32Key, v6: boolean): void {
  out.openObject("match");
  const mask = key.mask >>> 0;
  const val = key.val >>> 0;
  switch (key.off) {
    case 0:
      if (mask === 0x0f000000) {
        out.nl();
        out.uint("ANY", "ip_ihl", "  match IP ihl %u", val >>> 24);
        return;
      }
      if (mask === 0x00ff0000) {
        out.nl();
        out.string("FP", null, "  match IP dsfield %s", `0x${(val >>> 16).toString(16)}`);
        out.string("JSON", "ip_dsfield", null, `0x${(val >>> 16).toString(16)}`);
        return;
      }
      break;
    case 8:
      if (mask === 0x00ff0000) {
        out.nl();
        out.int("ANY", "ip_protocol", "  match IP protocol %d", val >>> 16);
        return;
      }
      break;
    case 12:
    case 16: {
      const bits = mask2bits(mask);
      if (bits >= 0) {
        out.nl();
        out.string("FP", null, key.off === 12 ? "  match IP src " : "  match IP dst ", null);
        out.openObject(key.off === 12 ? "src" : "dst");
        out.string("ANY", "address", "%s", formatIpv4(val));
        out.int("ANY", "prefixlen", "/%d", bits);
        out.closeObject();
        return;
      }
      break;
    }
    case 20: {
      const [lo, hi] = v6 ? ["sport", "dport"] : ["dport", "sport"];
      if (mask === 0x0000ffff) {
        if (v6) out.nl();
        out.uint("ANY", lo, v6 ? `  match ${lo} %u` : `match ${lo} %u`, val & 0xffff);
        return;
      }
      if (mask === 0xffff0000) {
        if (!v6) out.nl();
        out.uint("ANY", hi, v6 ? `match ${hi} %u` : `  match ${hi} %u`, val >>> 16);
        return;
      }
      if (mask === 0xffffffff) {
        out.nl();
        out.uint("ANY", lo, `  match ${lo} %u, `, val & 0xffff);
        out.uint("ANY", hi, `match ${hi} %u`, val >>> 16);
        return;
      }
    }
  }
  out.closeObject();
}

export interface U32PrintCtx {
  out: IpOut;
  err: (s: string) => void;
  /** -s */
  showStats: boolean;
  /** -p: keys printed per protocol */
  pretty: boolean;
  /** -raw */
  showRaw: boolean;
  /** -nm */
  clsNames?: ClsNames;
  /** f_proto: the filter's protocol (ETH_P_*), for -p */
  proto: number;
  /** tc_print_action() */
  printActions: (acts: TcaAction[]) => void;
}

/** u32_print_opt() */
export function u32PrintOpt(p: U32PrintCtx, opts: TcaU32Options, handle: number): void {
  const { out } = p;
  if (handle) out.string("ANY", "fh", "fh %s ", sprintU32Handle(handle, p.showRaw));
  if (tcU32Node(handle)) out.int("ANY", "order", "order %d ", tcU32Node(handle));
  const sel = opts.TCA_U32_SEL;
  if (opts.TCA_U32_DIVISOR !== undefined) out.int("ANY", "ht_divisor", "ht divisor %d ", opts.TCA_U32_DIVISOR);
  else if (opts.TCA_U32_HASH !== undefined) {
    out.hex("ANY", "key_ht", "key ht %x ", tcU32UserHtid(opts.TCA_U32_HASH));
    out.hex("ANY", "bkt", "bkt %x ", tcU32Hash(opts.TCA_U32_HASH));
  } else p.err("divisor and hash missing ");
  if (opts.TCA_U32_CLASSID !== undefined) {
    if (sel && sel.flags & TC_U32_TERMINAL) out.string("FP", null, "*", null);
    out.string("ANY", "flowid", "flowid %s ", sprintTcClassid(opts.TCA_U32_CLASSID, p.clsNames));
  } else if (sel && sel.flags & TC_U32_TERMINAL) out.string("FP", null, "terminal flowid ", null);
  if (opts.TCA_U32_LINK !== undefined) out.string("ANY", "link", "link %s ", sprintU32Handle(opts.TCA_U32_LINK, p.showRaw));
  if (opts.TCA_U32_FLAGS !== undefined) {
    const f = opts.TCA_U32_FLAGS;
    if (f & TCA_CLS_FLAGS_SKIP_HW) out.bool("ANY", "skip_hw", "skip_hw ", true);
    if (f & TCA_CLS_FLAGS_SKIP_SW) out.bool("ANY", "skip_sw", "skip_sw ", true);
    if (f & TCA_CLS_FLAGS_IN_HW) out.bool("ANY", "in_hw", "in_hw ", true);
    else if (f & TCA_CLS_FLAGS_NOT_IN_HW) out.bool("ANY", "not_in_hw", "not_in_hw ", true);
  }
  const mark = opts.TCA_U32_MARK;
  if (mark) {
    out.nl();
    out.string("FP", null, "  mark %s ", `0x${mark.val.toString(16).padStart(4, "0")}`);
    out.string("JSON", "fwmark_value", null, `0x${mark.val.toString(16)}`);
    out.string("FP", null, "%s ", `0x${mark.mask.toString(16).padStart(4, "0")}`);
    out.string("JSON", "fwmark_mask", null, `0x${mark.mask.toString(16)}`);
    out.int("ANY", "fwmark_success", "(success %d)", mark.success);
  }
  if (sel) {
    for (const k of sel.keys) {
      if (p.pretty && (p.proto === ETH_P_IP || p.proto === ETH_P_IPV6)) printIp(out, k, p.proto === ETH_P_IPV6);
      else printRaw(out, k);
    }
    if (sel.flags & (TC_U32_VAROFFSET | TC_U32_OFFSET)) {
      out.nl();
      out.string("ANY", null, "%s", "    offset ");
      if (sel.flags & TC_U32_VAROFFSET) {
        out.hex("ANY", "offset_mask", "%04x", sel.offmask);
        out.int("ANY", "offset_shift", ">>%d ", sel.offshift);
        out.int("ANY", "offset_off", "at %d ", sel.offoff);
      }
      if (sel.off) out.int("ANY", "plus", "plus %d ", sel.off);
    }
    if (sel.flags & TC_U32_EAT) out.string("ANY", null, "%s", " eat ");
    if (sel.hmask) {
      out.nl();
      out.hex("ANY", "hash_mask", "    hash mask %08x ", sel.hmask >>> 0);
      out.int("ANY", "hash_off", "at %d ", sel.hoff);
    }
  }
  if (opts.TCA_U32_INDEV !== undefined) {
    out.nl();
    out.string("ANY", "input_dev", "  input dev %s", opts.TCA_U32_INDEV);
    out.nl();
  }
  if (opts.TCA_U32_ACT) p.printActions(opts.TCA_U32_ACT);
}
