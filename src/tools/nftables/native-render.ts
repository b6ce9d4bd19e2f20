// How nft 1.0.6 prints native tables, chains and rules (src/rule.c,
// src/statement.c, src/expression.c, src/datatype.c): one tab per level, a
// base chain's `type T hook H priority P; policy P;` line, statements in
// order with their protocol dependencies left out, anonymous sets as
// `{ a, b }` (elements in ascending order), ranges `a-b`, prefixes `a/len`.

import type { NftChainDump, NftElem, NftField, NftMatch, NftSetDump, NftStmt, NftTableDump, NftVal } from "../../uapi/nft_native.js";
import { fieldType, SET_TYPES, timeText, typeParts } from "./native-set.js";
import { formatIp6, formatIpv4, formatMac } from "../../wire/addr.js";
import { CT_STATES, ICMP6_TYPES, ICMP_TYPES, PROTOS, TCP_FLAGS } from "./native-rule.js";
import type { NftOutput } from "./render.js";

const PRIOS: [string, number, string[] | undefined][] = [
  ["raw", -300, undefined],
  ["mangle", -150, undefined],
  ["dstnat", -100, ["prerouting", "output"]],
  ["filter", 0, undefined],
  ["security", 50, undefined],
  ["srcnat", 100, ["postrouting", "input"]],
];

/** prio2str(): a standard name, or a name with an offset of at most 10, else the number. */
/** The bridge family's standard priorities (src/rule.c, std_prio_family_hook_compat: each on its hook but filter). */
const BRIDGE_PRIOS: [string, number, string[] | undefined][] = [
  ["dstnat", -300, ["prerouting"]],
  ["filter", -200, undefined],
  ["out", 100, ["output"]],
  ["srcnat", 300, ["postrouting"]],
];

export function nativePriority(prio: number, hook: string, family: string, o: NftOutput): string {
  if (o.numeric) return String(prio);
  if (family === "bridge") {
    for (const [name, v, hooks] of BRIDGE_PRIOS) {
      if (hooks && !hooks.includes(hook)) continue;
      const off = prio - v;
      if (off === 0) return name;
      if (Math.abs(off) <= 10) return `${name} ${off > 0 ? "+" : "-"} ${Math.abs(off)}`;
    }
    return String(prio);
  }
  // netdev and arp know one standard priority, filter (0), with offsets as the others.
  if (family === "netdev" || family === "arp") return prio === 0 ? "filter" : Math.abs(prio) <= 10 ? `filter ${prio > 0 ? "+" : "-"} ${Math.abs(prio)}` : String(prio);
  for (const [name, v, hooks] of PRIOS) {
    if (hooks && !hooks.includes(hook)) continue;
    const off = prio - v;
    if (off === 0) return name;
    if (Math.abs(off) <= 10) return `${name} ${off > 0 ? "+" : "-"} ${Math.abs(off)}`;
  }
  return String(prio);
}

const nameOf = (names: Record<string, number>, v: bigint) => Object.keys(names).find((k) => BigInt(names[k]!) === v) ?? String(v);

function scalar(m: NftMatch, v: bigint, o: NftOutput): string {
  switch (m.field) {
    case "ip saddr":
    case "ip daddr":
      return formatIpv4(Number(v));
    case "ip6 saddr":
    case "ip6 daddr":
      return formatIp6(v);
    case "ip protocol":
    case "meta l4proto":
      return o.numeric ? String(v) : nameOf(PROTOS, v);
    case "icmp type":
      return o.numeric ? String(v) : nameOf(ICMP_TYPES, v);
    case "icmpv6 type":
      return o.numeric ? String(v) : nameOf(ICMP6_TYPES, v);
    case "ct state":
      return o.numeric ? `0x${v.toString(16)}` : nameOf(CT_STATES, v);
    case "ether saddr":
      return formatMac(Number(v));
    case "meta mark":
      return `0x${v.toString(16).padStart(8, "0")}`;
    default:
      return String(v);
  }
}

function val(m: NftMatch, x: NftVal, o: NftOutput): string {
  switch (x.kind) {
    case "concat": {
      const fields = m.fields ?? [];
      return x.parts.map((part, i) => val({ ...m, field: fields[i] ?? m.field, fields: undefined }, part, o)).join(" . ");
    }
    case "str":
      return `"${x.s}"`;
    case "single":
      return scalar(m, x.v, o);
    case "prefix":
      return `${scalar(m, x.v, o)}/${x.len}`;
    case "range":
      return `${scalar(m, x.lo, o)}-${scalar(m, x.hi, o)}`;
  }
}

const low = (x: NftVal): bigint => (x.kind === "single" || x.kind === "prefix" ? x.v : x.kind === "range" ? x.lo : x.kind === "concat" ? low(x.parts[0]!) : 0n);

function matchText(m: NftMatch, o: NftOutput): string {
  const op = m.neg ? "!= " : "";
  if (m.field === "ct state" && !m.set) {
    let mask = 0n;
    for (const x of m.vals) if (x.kind === "single") mask |= x.v;
    const names = Object.keys(CT_STATES).filter((k) => mask & BigInt(CT_STATES[k]!)).map((k) => (o.numeric ? `0x${CT_STATES[k]!.toString(16)}` : k));
    return `ct state ${op}${names.join(",")}`;
  }
  if (m.field === "tcp flags") {
    const names = (v: bigint) => TCP_FLAGS.filter((_, i) => v & (1n << BigInt(i))).join(",");
    if (m.set) return `tcp flags ${op}{ ${m.vals.map((x) => names(x.kind === "single" ? x.v : 0n)).join(", ")} }`;
    const v = m.vals[0]!.kind === "single" ? m.vals[0]!.v : 0n;
    if (m.flags?.mask !== undefined) return `tcp flags ${op}${names(v)} / ${names(m.flags.mask)}`;
    return `tcp flags ${m.neg ? "!= " : m.flags?.implicit ? "" : "== "}${names(v)}`;
  }
  const lhs = m.fields ? m.fields.join(" . ") : m.field;
  if (m.ref !== undefined) return `${lhs} ${op}@${m.ref}`;
  if (m.fields) return `${lhs} ${op}{ ${sortElems(m.vals.map((key) => ({ key })), m.fields).map((e) => val(m, e.key, o)).join(", ")} }`;
  if (m.set) {
    const vals = [...m.vals].sort((a, b) => (low(a) < low(b) ? -1 : low(a) > low(b) ? 1 : 0));
    return `${m.field} ${op}{ ${vals.map((x) => val(m, x, o)).join(", ")} }`;
  }
  return `${m.field} ${op}${val(m, m.vals[0]!, o)}`;
}

function natText(s: NftStmt & { k: "nat" }, family: string, o: NftOutput): string {
  if (s.map) {
    const fam = family === "inet" ? (s.v6 ? " ip6" : " ip") : "";
    const data: NftField = s.v6 ? "ip6 daddr" : "ip daddr";
    const m = s.map.ref !== undefined ? `@${s.map.ref}` : `{ ${sortElems(s.map.elems).map((e) => elemText(e, s.map!.field, data, o)).join(", ")} }`;
    return `${s.type}${fam} to ${s.map.field} map ${m}`;
  }
  if (s.addr === undefined && s.port === undefined) return s.type;
  const v6 = s.addr !== undefined && s.addr > 0xffffffffn;
  const a = (v: bigint) => (v6 ? formatIp6(v) : formatIpv4(Number(v)));
  let to = s.addr !== undefined ? a(s.addr) + (s.addrHi !== undefined ? `-${a(s.addrHi)}` : "") : "";
  if (v6 && s.port !== undefined) to = `[${to}]`;
  if (s.port !== undefined) to += `:${s.port}${s.portHi !== undefined ? `-${s.portHi}` : ""}`;
  const fam = family === "inet" && s.addr !== undefined ? (v6 ? " ip6" : " ip") : "";
  return `${s.type}${fam} to ${to}`;
}

/** get_rate(): bytes in the largest of bytes, kbytes, mbytes that divides them. */
function byteText(n: number): string {
  if (n && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} mbytes`;
  if (n && n % 1024 === 0) return `${n / 1024} kbytes`;
  return `${n} bytes`;
}

/** Reject codes by number (-n): ICMP, ICMPv6 and nft's family-neutral icmpx codes. */
const REJECT_CODES: Record<string, Record<string, number>> = {
  icmp: { "net-unreachable": 0, "host-unreachable": 1, "prot-unreachable": 2, "port-unreachable": 3, "net-prohibited": 9, "host-prohibited": 10, "admin-prohibited": 13 },
  icmpv6: { "no-route": 0, "admin-prohibited": 1, "addr-unreachable": 3, "port-unreachable": 4, "policy-fail": 5, "reject-route": 6 },
  icmpx: { "no-route": 0, "port-unreachable": 1, "host-unreachable": 2, "admin-prohibited": 3 },
};

/**
 * The statements as nft lists them: a protocol match right before a match on
 * that protocol's ports is the payload dependency nft leaves out
 * (netlink_delinearize.c payload_dependency_kill), written or not.
 */
export function listedStmts(stmts: readonly NftStmt[]): NftStmt[] {
  return stmts.filter((s, i) => {
    const next = stmts[i + 1];
    if (s.k !== "match" || (s.field !== "ip protocol" && s.field !== "meta l4proto") || s.neg || s.set || s.vals.length !== 1 || s.vals[0]!.kind !== "single") return true;
    if (next?.k !== "match" || next.fields) return true;
    const proto = s.vals[0]!.v;
    return !((proto === 6n && next.field.startsWith("tcp ")) || (proto === 17n && next.field.startsWith("udp ")));
  });
}

export function stmtText(s: NftStmt, family: string, o: NftOutput, t?: NftTableDump): string {
  switch (s.k) {
    case "dynset": {
      const types = typeParts(t?.sets.find((x) => x.name === s.set)?.key ?? "");
      const key = s.key.map((part, i) => ("field" in part ? part.field : val({ field: SET_TYPES[types[i] ?? ""]?.field ?? "tcp dport" } as NftMatch, part.val, o))).join(" . ");
      return `${s.op} @${s.set} { ${key}${s.timeout !== undefined ? ` timeout ${timeText(s.timeout)}` : ""} }`;
    }
    case "match":
      return matchText(s, o);
    case "meter":
      return `meter ${s.name} size ${s.size} { ${s.key}${s.timeout !== undefined ? ` timeout ${timeText(s.timeout)}` : ""} ${stmtText(s.limit, family, o)} }`;
    case "nftrace":
      return `meta nftrace set ${s.on ? 1 : 0}`;
    case "xt":
      return `xt ${s.type} ${s.name}`;
    case "counter":
      return o.stateless ? "counter" : `counter packets ${s.packets} bytes ${s.bytes}`;
    case "log":
      return `log${s.prefix !== undefined ? ` prefix "${s.prefix}"` : ""}${s.group !== undefined ? ` group ${s.group}` : ""}${s.level && s.level !== "warn" ? ` level ${s.level}` : ""}`;
    case "limit":
      if (s.bytes) return `limit rate ${s.over ? "over " : ""}${byteText(s.rate)}/${s.unit}${s.burst ? ` burst ${byteText(s.burst)}` : ""}`;
      return `limit rate ${s.over ? "over " : ""}${s.rate}/${s.unit}${s.burst !== undefined && s.burst !== 5 ? ` burst ${s.burst} packets` : ""}`;
    case "verdict":
      return s.chain !== undefined ? `${s.v} ${s.chain}` : s.v;
    case "reject":
      if (!s.with) return "reject";
      if (s.with.type === "tcp reset") return "reject with tcp reset";
      return `reject with ${s.with.type} ${o.numeric ? (REJECT_CODES[s.with.type]![s.with.code] ?? s.with.code) : s.with.code}`;
    case "nat":
      return natText(s, family, o);
    case "vmap":
      if (s.ref !== undefined) return `${s.field} vmap @${s.ref}`;
      return `${s.field} vmap { ${sortElems(s.elems).map((e) => elemText(e, s.field, undefined, o)).join(", ")} }`;
  }
}

/** Register bytes of a field's value: network order, each field padded to 4 bytes (NFT_REG32). */
const WIDTH: Partial<Record<NftField, number>> = { "ip saddr": 4, "ip daddr": 4, "ip6 saddr": 16, "ip6 daddr": 16, "ether saddr": 6, "ip protocol": 1, "meta l4proto": 1, "icmp type": 1, "icmpv6 type": 1, "meta mark": 4, "ct state": 4 };

/** Elements in nft's order: ascending keys as host-order integers (strings and concatenations compare from their last byte). */
export function sortElems(elems: readonly NftElem[], fields: readonly NftField[] = []): NftElem[] {
  const k = (x: NftVal): bigint => {
    if (x.kind === "concat") {
      const bytes: number[] = [];
      x.parts.forEach((part, i) => {
        const f = fields[i] ?? "tcp dport";
        const w = part.kind === "str" ? 16 : (WIDTH[f] ?? (f.startsWith("iif") || f.startsWith("oif") ? 16 : 2));
        const v = part.kind === "str" ? 0n : low(part);
        const b: number[] = [];
        if (part.kind === "str") for (let j = 0; j < w; j++) b.push(part.s.charCodeAt(j) || 0);
        else for (let j = w - 1; j >= 0; j--) b.push(Number((v >> BigInt(8 * j)) & 0xffn));
        while (b.length % 4) b.push(0);
        bytes.push(...b);
      });
      let v = 0n;
      for (let i = bytes.length - 1; i >= 0; i--) v = (v << 8n) | BigInt(bytes[i]!);
      return v;
    }
    if (x.kind !== "str") return low(x);
    let v = 0n;
    const b = new TextEncoder().encode(x.s);
    for (let i = b.length - 1; i >= 0; i--) v = (v << 8n) | BigInt(b[i]!);
    return v;
  };
  return [...elems].sort((a, b) => (k(a.key) < k(b.key) ? -1 : k(a.key) > k(b.key) ? 1 : 0));
}

/** The fields whose values a (possibly concatenated) type holds. */
export const typeFields = (type: string): NftField[] => typeParts(type).map((t) => SET_TYPES[t]!.field);

function elemText(e: NftElem, keyField: NftField | NftField[], dataField: NftField | NftField[] | undefined, o: NftOutput): string {
  const m = (f: NftField | NftField[]) => (Array.isArray(f) ? ({ field: f[0], fields: f } as NftMatch) : ({ field: f } as NftMatch));
  let key = val(m(keyField), e.key, o);
  if (e.timeout !== undefined) key += ` timeout ${timeText(e.timeout)}`;
  if (e.expires !== undefined) key += ` expires ${timeText(e.expires)}`;
  if (!e.data) return key;
  if (e.data.kind === "verdict") return `${key} : ${e.data.chain !== undefined ? `${e.data.v} ${e.data.chain}` : e.data.v}`;
  return `${key} : ${val(m(dataField ?? keyField), e.data.v, o)}`;
}

/** set_print_declaration(): the declaration, then the elements, wrapped as calculate_delim() does per key type. */
function setLines(s: NftSetDump, o: NftOutput): string[] {
  const kind = s.data !== undefined ? "map" : "set";
  const lines = [`\t${kind} ${s.name} {${o.handle ? ` # handle ${s.handle}` : ""}`];
  const key = s.keyExpr !== undefined ? `typeof ${s.keyExpr}` : `type ${s.key}`;
  const data = s.data === undefined ? "" : ` : ${s.dataExpr ?? s.data}`;
  lines.push(`\t\t${key}${data}`);
  if (s.size !== undefined) lines.push(`\t\tsize ${s.size}`);
  const flags = s.flags.filter((f) => f !== "timeout" || s.timeout === undefined || s.flags.length > 1);
  if (flags.length) lines.push(`\t\tflags ${flags.join(",")}`);
  if (s.timeout !== undefined) lines.push(`\t\ttimeout ${timeText(s.timeout)}`);
  if (s.policy === "memory") lines.push("\t\tpolicy memory");
  if (s.counter) lines.push("\t\tcounter");
  if (s.comment !== undefined) lines.push(`\t\tcomment "${s.comment}"`);
  if (s.elems.length) {
    const kf = typeFields(s.key);
    const df = s.data && s.data !== "verdict" ? typeFields(s.data) : undefined;
    const per = SET_TYPES[s.key]?.perLine ?? 1;
    const items = sortElems(s.elems, kf).map((e) => elemText(e, kf, df, o));
    let text = "";
    items.forEach((x, i) => {
      if (i) text += i % per ? ", " : ",\n\t\t\t     ";
      text += x;
    });
    lines.push(`\t\telements = { ${text} }`);
  }
  lines.push("\t}");
  return lines;
}

/** One element of a set as a listing prints it (nft monitor's element events). */
export function elemLine(s: NftSetDump, e: NftElem): string {
  return elemText(e, typeFields(s.key), s.data && s.data !== "verdict" ? typeFields(s.data) : undefined, {});
}

export function nativeSetText(t: NftTableDump, s: NftSetDump, o: NftOutput): string {
  return `table ${t.family} ${t.name} {\n${setLines(s, o).join("\n")}\n}\n`;
}

/** `list sets` / `list maps`: each table with its sets (or maps), no blank lines between them. */
/** The meters of a table (the dynamic sets `meter` statements made), as `list meters` prints them. */
export function nativeMeters(t: NftTableDump): (NftStmt & { k: "meter" })[] {
  return t.chains.flatMap((c) => c.rules.flatMap((r) => r.stmts.filter((s): s is NftStmt & { k: "meter" } => s.k === "meter")));
}

export function nativeMetersText(t: NftTableDump, only?: string): string {
  const lines = nativeMeters(t)
    .filter((m) => only === undefined || m.name === only)
    .map((m) => {
      const elems = (m.keys ?? []).map((k) => `${val({ field: m.key } as NftMatch, { kind: "single", v: k }, {})} ${stmtText(m.limit, t.family, {})}`);
      return `\tmeter ${m.name} {\n\t\ttype ${fieldType(m.key)}\n\t\tsize ${m.size}\n\t\tflags dynamic${m.timeout !== undefined ? ",timeout" : ""}\n${elems.length ? `\t\telements = { ${elems.join(", ")} }\n` : ""}\t}\n`;
    });
  return `table ${t.family} ${t.name} {\n${lines.join("")}}\n`;
}

export function nativeSetsText(t: NftTableDump, maps: boolean, o: NftOutput): string {
  const sets = t.sets.filter((s) => (s.data !== undefined) === maps);
  return `table ${t.family} ${t.name} {\n${sets.map((s) => setLines(s, o).join("\n") + "\n").join("")}}\n`;
}

function chainLines(t: NftTableDump, c: NftChainDump, o: NftOutput, declOnly = false): string[] {
  const lines = [`\tchain ${c.name} {${o.handle ? ` # handle ${c.handle}` : ""}`];
  if (c.base) lines.push(`\t\ttype ${c.base.type} hook ${c.base.hook}${c.base.device !== undefined ? ` device "${c.base.device}"` : ""} priority ${nativePriority(c.base.priority, c.base.hook, t.family, o)}; policy ${c.base.policy};`);
  if (!declOnly) for (const r of c.rules) lines.push(`\t\t${listedStmts(r.stmts).map((s) => stmtText(s, t.family, o, t)).join(" ")}${o.handle ? ` # handle ${r.handle}` : ""}`);
  lines.push("\t}");
  return lines;
}

export function nativeTableText(t: NftTableDump, o: NftOutput): string {
  const blocks = [...t.sets.map((s) => setLines(s, o).join("\n") + "\n"), ...t.chains.map((c) => chainLines(t, c, o).join("\n") + "\n")];
  return `table ${t.family} ${t.name} {${o.handle ? ` # handle ${t.handle}` : ""}\n${blocks.join("\n")}}\n`;
}

export function nativeChainText(t: NftTableDump, c: NftChainDump, o: NftOutput): string {
  return `table ${t.family} ${t.name} {\n${chainLines(t, c, o).join("\n")}\n}\n`;
}

export function nativeChainsText(t: NftTableDump, o: NftOutput): string {
  return `table ${t.family} ${t.name} {\n${t.chains.map((c) => chainLines(t, c, o, true).join("\n") + "\n").join("")}}\n`;
}
