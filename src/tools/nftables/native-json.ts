// `nft -j` (src/json.c): the rule set as one JSON object on one line,
// {"nftables": [metainfo, table, its chains, their rules, next table, ...]}, in
// jansson's layout (", " and ": " separators). Expressions as json.c names
// them: match {op, left, right} with payload/meta/ct on the left, prefixes,
// ranges and anonymous sets on the right; statements counter, verdicts, limit,
// log, reject, nat, `mangle` for meta nftrace. Recorded against nftables 1.0.6.

import type { NftChainDump, NftField, NftMatch, NftSetDump, NftStmt, NftTableDump, NftVal } from "../../uapi/nft_native.js";
import { typeParts } from "./native-set.js";
import { formatIp6, formatIpv4, formatMac } from "../../wire/addr.js";
import { CT_STATES, ICMP6_TYPES, ICMP_TYPES, PROTOS, TCP_FLAGS } from "./native-rule.js";
import { listedStmts, sortElems, typeFields } from "./native-render.js";

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** jansson's dump with JSON_COMPACT off for separators as nft prints them. */
export function jsonText(v: Json): string {
  if (v === null) return "null";
  if (typeof v === "string") return JSON.stringify(v);
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return `[${v.map(jsonText).join(", ")}]`;
  return `{${Object.entries(v)
    .map(([k, x]) => `${JSON.stringify(k)}: ${jsonText(x)}`)
    .join(", ")}}`;
}

export const METAINFO: Json = { metainfo: { version: "1.0.6", release_name: "Lester Gooch #5", json_schema_version: 1 } };

const nameOf = (names: Record<string, number>, v: bigint): Json => Object.keys(names).find((k) => BigInt(names[k]!) === v) ?? Number(v);

function left(f: NftField): Json {
  const sp = f.indexOf(" ");
  const [a, b] = sp < 0 ? ["meta", f] : [f.slice(0, sp), f.slice(sp + 1)];
  if (a === "meta") return { meta: { key: b } };
  if (a === "ct") return { ct: { key: b } };
  return { payload: { protocol: a, field: b } };
}

function scalar(f: NftField, v: bigint): Json {
  if (f === "ip saddr" || f === "ip daddr") return formatIpv4(Number(v));
  if (f === "ip6 saddr" || f === "ip6 daddr") return formatIp6(v);
  if (f === "ether saddr") return formatMac(Number(v));
  if (f === "ip protocol" || f === "meta l4proto") return nameOf(PROTOS, v);
  if (f === "icmp type") return nameOf(ICMP_TYPES, v);
  if (f === "icmpv6 type") return nameOf(ICMP6_TYPES, v);
  return Number(v);
}

function right(f: NftField, x: NftVal): Json {
  switch (x.kind) {
    case "single":
      return scalar(f, x.v);
    case "prefix":
      return { prefix: { addr: scalar(f, x.v) as string, len: x.len } };
    case "range":
      return { range: [scalar(f, x.lo), scalar(f, x.hi)] };
    case "str":
      return x.s;
    case "concat":
      return { concat: x.parts.map((p) => right(f, p)) };
  }
}

function match(m: NftMatch): Json {
  if (m.field === "ct state") {
    const names = m.vals.map((x) => (x.kind === "single" ? nameOf(CT_STATES, x.v) : right(m.field, x)));
    return { match: { op: m.neg ? "!=" : "in", left: left(m.field), right: names.length === 1 ? names[0]! : names } };
  }
  if (m.field === "tcp flags") {
    const names = (v: bigint): Json => {
      const n = TCP_FLAGS.filter((_, i) => v & (1n << BigInt(i)));
      return n.length === 1 ? n[0]! : n;
    };
    const v = m.vals[0]?.kind === "single" ? m.vals[0].v : 0n;
    if (m.set) return { match: { op: "==", left: left(m.field), right: { set: m.vals.map((x) => names(x.kind === "single" ? x.v : 0n)) } } };
    if (m.flags?.mask !== undefined) {
      const mk = TCP_FLAGS.filter((_, i) => m.flags!.mask! & (1n << BigInt(i)));
      return { match: { op: m.neg ? "!=" : "==", left: { "&": [left(m.field), mk] }, right: names(v) } };
    }
    return { match: { op: m.flags?.implicit ? "in" : m.neg ? "!=" : "==", left: left(m.field), right: names(v) } };
  }
  const r: Json = m.ref !== undefined ? `@${m.ref}` : m.set ? { set: m.vals.map((x) => right(m.field, x)) } : right(m.field, m.vals[0]!);
  return { match: { op: m.neg ? "!=" : "==", left: left(m.field), right: r } };
}

function stmt(s: NftStmt, family: string): Json {
  switch (s.k) {
    case "match":
      return match(s);
    case "counter":
      return { counter: { packets: Number(s.packets), bytes: Number(s.bytes) } };
    case "verdict":
      return s.chain !== undefined ? { [s.v]: { target: s.chain } } : { [s.v]: null };
    case "limit": {
      const o: { [k: string]: Json } = { rate: s.rate, burst: s.burst ?? (s.bytes ? 0 : 5), per: s.unit };
      if (s.over) o.inv = true;
      if (s.bytes) {
        const units: [string, number][] = [["mbytes", 1024 * 1024], ["kbytes", 1024]];
        const u = units.find(([, n]) => s.rate % n === 0);
        if (u) o.rate = s.rate / u[1];
        o.rate_unit = u?.[0] ?? "bytes";
        o.burst_unit = "bytes";
      }
      return { limit: o };
    }
    case "log": {
      const o: { [k: string]: Json } = {};
      if (s.prefix !== undefined) o.prefix = s.prefix;
      if (s.group !== undefined) o.group = s.group;
      if (s.level !== undefined && s.level !== "warn") o.level = s.level;
      return { log: Object.keys(o).length ? o : null };
    }
    case "reject": {
      if (s.with?.type === "tcp reset") return { reject: { type: "tcp reset" } };
      if (s.with) return { reject: { type: s.with.type, expr: s.with.code } };
      return { reject: { type: family === "inet" ? "icmpx" : family === "ip6" ? "icmpv6" : "icmp", expr: "port-unreachable" } };
    }
    case "nat": {
      const o: { [k: string]: Json } = {};
      if (s.addr !== undefined) o.addr = s.v6 ? formatIp6(s.addr) : formatIpv4(Number(s.addr));
      if (s.port !== undefined) o.port = s.port;
      return { [s.type]: Object.keys(o).length ? o : null };
    }
    case "nftrace":
      return { mangle: { key: { meta: { key: "nftrace" } }, value: s.on ? 1 : 0 } };
    case "xt":
      return { xt: { type: s.type, name: s.name } };
    case "vmap":
      return { vmap: { key: left(s.field), data: s.ref !== undefined ? `@${s.ref}` : { set: s.elems.map((e) => [right(s.field, e.key), e.data?.kind === "verdict" ? stmt({ k: "verdict", v: e.data.v, chain: e.data.chain }, family) : null]) } } };
    case "dynset":
      return { set: { op: s.op, elem: s.key.map((p) => ("field" in p ? left(p.field) : right("tcp dport", p.val))), set: `@${s.set}` } };
    case "meter":
      return { meter: { key: left(s.key), stmt: stmt(s.limit, family), name: s.name, size: s.size } };
  }
}

/** A named set or map (json.c set_print_json): type, handle, size, flags, timeout (s), elements in nft's order. */
export function setJson(t: { family: string; name: string }, s: NftSetDump): Json {
  const kf = typeFields(s.key);
  const key = (v: NftVal): Json => (kf.length > 1 && v.kind === "concat" ? { concat: v.parts.map((p, i) => right(kf[i]!, p)) } : right(kf[0]!, v));
  const o: { [k: string]: Json } = { family: t.family, name: s.name, table: t.name, type: kf.length > 1 ? typeParts(s.key) : s.key, handle: s.handle };
  if (s.data !== undefined) o.map = s.data;
  if (s.size !== undefined) o.size = s.size;
  if (s.flags.length) o.flags = [...s.flags];
  if (s.timeout !== undefined) o.timeout = Math.floor(s.timeout / 1000);
  if (s.elems.length)
    o.elem = sortElems(s.elems, kf).map((e) => {
      if (s.data === undefined) return key(e.key);
      const d = e.data;
      const v: Json = d?.kind === "verdict" ? stmt({ k: "verdict", v: d.v, chain: d.chain }, t.family) : d?.kind === "value" ? right(typeFields(s.data!)[0]!, d.v) : null;
      return [key(e.key), v];
    });
  return { [s.data !== undefined ? "map" : "set"]: o };
}

export function chainJson(t: { family: string; name: string }, c: NftChainDump): Json {
  const o: { [k: string]: Json } = { family: t.family, table: t.name, name: c.name, handle: c.handle };
  if (c.base) Object.assign(o, { type: c.base.type, hook: c.base.hook, prio: c.base.priority, policy: c.base.policy });
  return { chain: o };
}

export function rulesJson(t: { family: string; name: string }, c: NftChainDump): Json[] {
  return c.rules.map((r) => ({ rule: { family: t.family, table: t.name, chain: c.name, handle: r.handle, expr: listedStmts(r.stmts).filter((s, i, all) => !tcpResetDep(s, all[i + 1])).map((s) => stmt(s, t.family)) } }));
}

/** The TCP match a `reject with tcp reset` depends on: JSON leaves it out (the text listing prints it). */
function tcpResetDep(s: NftStmt, next: NftStmt | undefined): boolean {
  return next?.k === "reject" && next.with?.type === "tcp reset" && s.k === "match" && (s.field === "ip protocol" || s.field === "meta l4proto") && !s.neg && s.vals.length === 1 && s.vals[0]!.kind === "single" && s.vals[0]!.v === 6n;
}

export const tableJson = (t: { family: string; name: string; handle: number }): Json => ({ table: { family: t.family, name: t.name, handle: t.handle } });

/** A table with its chains, then every chain's rules (json.c table_print_json_full). */
export function tableFullJson(t: NftTableDump): Json[] {
  return [tableJson(t), ...t.sets.map((s) => setJson(t, s)), ...t.chains.map((c) => chainJson(t, c)), ...t.chains.flatMap((c) => rulesJson(t, c))];
}

export const wrap = (objs: Json[]): string => `${jsonText({ nftables: [METAINFO, ...objs] })}\n`;
