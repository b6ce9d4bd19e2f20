// ss's filter expression (misc/ssfilter.y of iproute2 6.1), for IPv4 TCP/UDP:
// `src|dst ADDR[/LEN][:PORT]`, `sport|dport [OP] [ADDR]:PORT` with
// = == eq != ne >= ge <= le > gt < lt, `dev NAME`, `autobound`, joined by
// and/&/&& (or juxtaposition), or/|/||, not/!, and parentheses. As in ss, the
// words are joined with spaces and cut again, so a quoted
// '( sport = :22 or dport = :22 )' reads as separate tokens. The grammar is
// left-associative with and/or of equal rank, as the yacc rules are.
// Messages: a bad address or port ends ss with status 1 after "Cannot parse
// dst/src address."; a syntax error prints bison's complaint and the usage.

import type { Task } from "../../../kernel/task/task.js";
import type { InetDiagMsg } from "../../../kernel/ipv4/inet_diag.js";
import { devGetByName } from "../../../kernel/core/dev.js";
import { servicePort } from "../../lib/nss/services.js";
import { parseIpv4 } from "../../lib/nss/inet.js";

/** A parse failure: `usage` asks for bison's message and the usage text, else `text` is printed. */
export class SsFilterError {
  constructor(
    readonly text: string,
    readonly status: number,
    readonly usage: boolean,
  ) {}
}

interface HostCond {
  addr?: number;
  plen: number;
  /** -1: any port. */
  port: number;
}

export type SsFilter =
  | { op: "and" | "or"; a: SsFilter; b: SsFilter }
  | { op: "not"; a: SsFilter }
  | { op: "src" | "dst"; h: HostCond }
  | { op: "sport" | "dport"; cmp: "eq" | "ge" | "le"; h: HostCond }
  | { op: "dev"; ifindex: number }
  | { op: "autobound" };

function tokenize(words: string[]): string[] {
  const out: string[] = [];
  for (const w of words.join(" ").split(/\s+/)) {
    if (!w) continue;
    // The lexer takes a parenthesis or "!" at a word's edge as a token of its own.
    let s = w;
    while (s.length > 1 && (s[0] === "(" || s[0] === "!") && s !== "!=") {
      out.push(s[0]!);
      s = s.slice(1);
    }
    const tail: string[] = [];
    while (s.length > 1 && s.endsWith(")")) {
      tail.unshift(")");
      s = s.slice(0, -1);
    }
    out.push(s, ...tail);
  }
  return out;
}

const KEYWORDS = new Set(["dst", "src", "dport", "sport", "dev", "autobound", "or", "|", "||", "and", "&", "&&", "not", "!", "(", ")"]);
const OPS: Record<string, string> = {
  "=": "eq", "==": "eq", eq: "eq",
  "!=": "ne", ne: "ne", neq: "ne",
  ">=": "ge", ge: "ge", geq: "ge",
  "<=": "le", le: "le", leq: "le",
  ">": "gt", gt: "gt",
  "<": "lt", lt: "lt",
};

/** parse_hostcond() for AF_INET: [ADDR[/LEN]][:PORT], "*" for any address. */
function hostcond(task: Task, s: string, proto: "tcp" | "udp"): HostCond {
  let addrPart = s;
  let port = -1;
  const colon = s.lastIndexOf(":");
  if (colon >= 0) {
    addrPart = s.slice(0, colon);
    const p = s.slice(colon + 1);
    if (p !== "*" && p !== "") {
      const n = /^\d+$/.test(p) ? Number(p) : servicePort(task, p, proto);
      if (n === undefined || n > 65535) throw new SsFilterError(`Error: "${p}" does not look like a port.\nCannot parse dst/src address.\n`, 1, false);
      port = n;
    }
  }
  if (addrPart === "" || addrPart === "*") return { plen: 0, port };
  const [a, l] = addrPart.split("/", 2) as [string, string | undefined];
  const addr = parseIpv4(a);
  const plen = l === undefined ? 32 : /^\d+$/.test(l) ? Number(l) : NaN;
  if (addr === undefined || !(plen >= 0 && plen <= 32)) {
    throw new SsFilterError(`Error: an inet prefix is expected rather than "${addrPart}".\nCannot parse dst/src address.\n`, 1, false);
  }
  return { addr, plen, port };
}

/** ssfilter_parse(): undefined when there are no words. */
export function parseSsFilter(task: Task, words: string[]): SsFilter | undefined {
  const toks = tokenize(words);
  if (!toks.length) return undefined;
  let i = 0;
  const syntax = (): never => {
    throw new SsFilterError('ss: bison bellows (while parsing filter): "syntax error!" Sorry.\n', 255, true);
  };
  const peek = () => toks[i];
  const cond = (): HostCond => {
    const t = toks[i];
    if (t === undefined || KEYWORDS.has(t) || t in OPS) syntax();
    i++;
    return hostcond(task, t!, "tcp");
  };
  const expr = (): SsFilter => {
    const t = toks[i++];
    if (t === undefined) return syntax();
    if (t === "!" || t === "not") return { op: "not", a: expr() };
    if (t === "(") {
      const e = list();
      if (toks[i++] !== ")") syntax();
      return e;
    }
    if (t === "src" || t === "dst") return { op: t, h: cond() };
    if (t === "sport" || t === "dport") {
      const o = OPS[peek() ?? ""];
      if (o) i++;
      const h = cond();
      switch (o ?? "eq") {
        case "eq":
          return { op: t, cmp: "eq", h };
        case "ne":
          return { op: "not", a: { op: t, cmp: "eq", h } };
        case "ge":
          return { op: t, cmp: "ge", h };
        case "le":
          return { op: t, cmp: "le", h };
        case "gt":
          return { op: "not", a: { op: t, cmp: "le", h } };
        default:
          return { op: "not", a: { op: t, cmp: "ge", h } };
      }
    }
    if (t === "dev") {
      if (OPS[peek() ?? ""] === "eq") i++;
      const name = toks[i++];
      if (name === undefined) return syntax();
      const dev = devGetByName(task.netns, name);
      const ifindex = dev ? dev.ifindex : /^\d+$/.test(name) ? Number(name) : -1;
      if (ifindex < 0) throw new SsFilterError(`Error: "${name}" is not a valid device.\n`, 1, false);
      return { op: "dev", ifindex };
    }
    if (t === "autobound") return { op: "autobound" };
    if (KEYWORDS.has(t) || t in OPS) return syntax();
    // A bare word the lexer has to read as an address: it must parse, then it is out of place.
    hostcond(task, t, "tcp");
    return syntax();
  };
  const list = (): SsFilter => {
    let e = expr();
    for (;;) {
      const t = peek();
      if (t === undefined || t === ")") return e;
      if (t === "or" || t === "|" || t === "||") {
        i++;
        e = { op: "or", a: e, b: expr() };
      } else if (t === "and" || t === "&" || t === "&&") {
        i++;
        e = { op: "and", a: e, b: expr() };
      } else e = { op: "and", a: e, b: expr() };
    }
  };
  const f = list();
  if (i < toks.length) syntax();
  return f;
}

function prefixMatch(addr: number, h: HostCond): boolean {
  if (h.addr === undefined || h.plen === 0) return true;
  const mask = h.plen === 32 ? 0xffffffff : ~(0xffffffff >>> h.plen);
  return ((addr ^ h.addr) & mask) >>> 0 === 0;
}

/** run_ssfilter() */
export function runSsFilter(f: SsFilter, m: InetDiagMsg): boolean {
  switch (f.op) {
    case "and":
      return runSsFilter(f.a, m) && runSsFilter(f.b, m);
    case "or":
      return runSsFilter(f.a, m) || runSsFilter(f.b, m);
    case "not":
      return !runSsFilter(f.a, m);
    case "src":
      return (f.h.port < 0 || f.h.port === m.sport) && prefixMatch(m.saddr, f.h);
    case "dst":
      return (f.h.port < 0 || f.h.port === m.dport) && prefixMatch(m.daddr, f.h);
    case "sport":
    case "dport": {
      const p = f.op === "sport" ? m.sport : m.dport;
      if (f.cmp === "eq") return (f.h.port < 0 || f.h.port === p) && prefixMatch(f.op === "sport" ? m.saddr : m.daddr, f.h);
      return f.cmp === "ge" ? p >= f.h.port : p <= f.h.port;
    }
    case "dev":
      return m.boundDev === f.ifindex;
    case "autobound":
      // Ports the kernel picked (ephemeral range) count as auto-bound.
      return m.sport >= 32768 && m.sport <= 60999;
  }
}
