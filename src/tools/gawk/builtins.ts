// gawk's built-in functions: string (length substr index split sub gsub
// gensub match sprintf tolower toupper strtonum), numeric (int sqrt exp log
// sin cos atan2 rand srand, bit operations), arrays (asort asorti isarray
// typeof), I/O (close fflush system) and time (systime strftime mktime).

import { DEFAULT_EPOCH_SEC } from "../../sim/epoch.js";
import type { Expr } from "./ast.js";
import { AwkArray, type V, mkInput, numToStr, toNum, toStr } from "./value.js";
import { type C, type Compiler, Untyped, asAsync } from "./interp.js";
import type { Runtime } from "./runtime.js";
import type { Match, PosixRegex } from "../lib/regex/index.js";

type Scope = Parameters<Compiler["expr"]>[1];
type SF<T> = () => T;
const S = <T>(f: SF<T>): C<T> => ({ a: false, f });
const A = <T>(f: () => Promise<T>): C<T> => ({ a: true, f });

function all(cs: C<V>[], fn: (vs: V[]) => V): C<V> {
  if (cs.every((c) => !c.a)) {
    const fs = cs.map((c) => c.f as SF<V>);
    return S(() => fn(fs.map((f) => f())));
  }
  const fs = cs.map(asAsync);
  return A(async () => {
    const vs: V[] = [];
    for (const f of fs) vs.push(await f());
    return fn(vs);
  });
}

/** glibc random() (additive feedback, degree 31) seeded like srandom(); see README for gawk's. */
export function makeRandom(seed: number): () => number {
  const st = new Int32Array(31);
  st[0] = seed | 0 || 1;
  for (let i = 1; i < 31; i++) {
    const x = st[i - 1]!;
    const hi = Math.trunc(x / 127773);
    const lo = x % 127773;
    let w = 16807 * lo - 2836 * hi;
    if (w < 0) w += 2147483647;
    st[i] = w;
  }
  let f = 3;
  let r = 0;
  const next = () => {
    st[f] = (st[f]! + st[r]!) | 0;
    const v = (st[f]! >>> 1) & 0x7fffffff;
    if (++f >= 31) {
      f = 0;
      ++r;
    } else if (++r >= 31) r = 0;
    return v;
  };
  for (let i = 0; i < 310; i++) next();
  return next;
}

const codeLength = (s: string): number => {
  // Characters, not UTF-16 units.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return [...s].length;
  }
  return s.length;
};

export class Builtins {
  constructor(private readonly rt: Runtime) {
    rt.randState = { next: makeRandom(1), seed: 1 };
  }

  private rand(): number {
    const n = this.rt.randState.next;
    let t: number;
    do {
      const d1 = n();
      const d2 = n();
      t = 0.5 + (d1 / 2147483648 + d2) / 2147483648;
      t -= 0.5;
    } while (t === 1);
    return t;
  }

  /** The raw slot behind a bare name (array or scalar), for length(arr), isarray, typeof. */
  private rawSlot(cmp: Compiler, e: Expr, scope: Scope): (() => unknown) | undefined {
    if (e.k !== "var") return undefined;
    const rt = this.rt;
    const li = scope?.locals.get(e.name);
    if (li !== undefined) return () => rt.frame[li];
    if (["NF", "NR", "FNR"].includes(e.name) || /^[A-Z]+$/.test(e.name) && rt.getVar(e.name) !== undefined) return undefined;
    const slot = rt.globalSlot(e.name);
    return () => rt.globals[slot];
  }

  compile(cmp: Compiler, e: Extract<Expr, { k: "builtin" }>, scope: Scope): C<V> {
    const rt = this.rt;
    const args = e.args;
    const ex = (a: Expr) => cmp.expr(a, scope);
    const str = (v: V) => toStr(v, rt.convfmt);
    const arity = (min: number, max: number) => {
      if (args.length < min || args.length > max) {
        throw rt.parseError(`${e.name}: called with ${args.length < min ? "too few" : "too many"} arguments`);
      }
    };
    switch (e.name) {
      case "length": {
        if (!args.length) return S(() => codeLength(rt.record));
        arity(1, 1);
        const raw = this.rawSlot(cmp, args[0]!, scope);
        if (raw) {
          return S(() => {
            const v = raw();
            if (v instanceof AwkArray) return v.m.size;
            if (v instanceof Untyped) return 0;
            return codeLength(str(v as V));
          });
        }
        return all([ex(args[0]!)], ([v]) => codeLength(str(v)));
      }
      case "substr":
        arity(2, 3);
        return all(args.map(ex), ([s, m, n]) => {
          const t = str(s);
          const chars = codeLength(t) === t.length ? undefined : [...t];
          const len = chars ? chars.length : t.length;
          // gawk truncates both numbers, and a start before 1 counts from 1 without shortening the length.
          let start = Math.trunc(toNum(m));
          const count = n === undefined && args.length < 3 ? Infinity : Math.trunc(toNum(n));
          if (Number.isNaN(start) || start < 1) start = 1;
          if (!(count > 0)) return "";
          const end = Math.min(len, start - 1 + count);
          if (start > len) return "";
          return chars ? chars.slice(start - 1, end).join("") : t.slice(start - 1, end);
        });
      case "index":
        arity(2, 2);
        return all(args.map(ex), ([s, t]) => {
          const a = str(s);
          const i = a.indexOf(str(t));
          return i < 0 ? 0 : codeLength(a.slice(0, i)) + 1;
        });
      case "tolower":
        arity(1, 1);
        return all([ex(args[0]!)], ([v]) => str(v).toLowerCase());
      case "toupper":
        arity(1, 1);
        return all([ex(args[0]!)], ([v]) => str(v).toUpperCase());
      case "sprintf":
        if (!args.length) throw rt.parseError("sprintf: called with too few arguments");
        return all(args.map(ex), (vs) => rt.sprintf(vs));
      case "int":
        arity(1, 1);
        return all([ex(args[0]!)], ([v]) => Math.trunc(toNum(v)));
      case "sqrt":
      case "exp":
      case "log":
      case "sin":
      case "cos": {
        arity(1, 1);
        const fn = Math[e.name];
        const name = e.name;
        return all([ex(args[0]!)], ([v]) => {
          const x = toNum(v);
          if (x < 0 && name === "log") rt.warn(`log: received negative argument ${numToStr(x, rt.convfmt)}`);
          if (x < 0 && name === "sqrt") rt.warn(`sqrt: received negative argument ${numToStr(x, rt.convfmt)}`);
          return fn(x);
        });
      }
      case "atan2":
        arity(2, 2);
        return all(args.map(ex), ([y, x]) => Math.atan2(toNum(y), toNum(x)));
      case "rand":
        arity(0, 0);
        return S(() => this.rand());
      case "srand":
        arity(0, 1);
        return all(args.map(ex), ([v]) => {
          const prev = rt.randState.seed;
          const seed = args.length ? Math.trunc(toNum(v)) : DEFAULT_EPOCH_SEC + Math.floor(rt.ctx.task.sched.clock.now / 1e9);
          rt.randState = { next: makeRandom(seed), seed };
          return prev;
        });
      case "systime":
        return S(() => DEFAULT_EPOCH_SEC + Math.floor(rt.ctx.task.sched.clock.now / 1e9));
      case "strftime":
        return all(args.map(ex), (vs) => strftime(vs.length ? str(vs[0]) : "%a %b %e %H:%M:%S %Z %Y", vs.length > 1 ? toNum(vs[1]) : DEFAULT_EPOCH_SEC + Math.floor(rt.ctx.task.sched.clock.now / 1e9), vs.length > 2 && toNum(vs[2]) !== 0));
      case "mktime":
        arity(1, 2);
        return all(args.map(ex), ([v]) => {
          const m = /^\s*(-?\d+)\s+(-?\d+)\s+(-?\d+)\s+(-?\d+)\s+(-?\d+)\s+(-?\d+)/.exec(str(v));
          if (!m) return -1;
          const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
          return Math.floor(Date.UTC(y, mo - 1, d, h, mi, s) / 1000);
        });
      case "and":
      case "or":
      case "xor": {
        if (args.length < 2) throw rt.parseError(`${e.name}: called with less than two arguments`);
        const op = e.name;
        return all(args.map(ex), (vs) => {
          let r = BigInt(Math.trunc(toNum(vs[0])));
          for (const v of vs.slice(1)) {
            const b = BigInt(Math.trunc(toNum(v)));
            r = op === "and" ? r & b : op === "or" ? r | b : r ^ b;
          }
          return Number(r);
        });
      }
      case "compl":
        return all(args.map(ex), ([v]) => Number(BigInt.asUintN(53, ~BigInt(Math.trunc(toNum(v))))));
      case "lshift":
        return all(args.map(ex), ([v, n]) => Number(BigInt.asUintN(64, BigInt(Math.trunc(toNum(v))) << BigInt(Math.trunc(toNum(n))))));
      case "rshift":
        return all(args.map(ex), ([v, n]) => Number(BigInt(Math.trunc(toNum(v))) >> BigInt(Math.trunc(toNum(n)))));
      case "strtonum":
        return all(args.map(ex), ([v]) => {
          if (typeof v === "number") return v;
          const s = str(v).trim();
          if (/^[-+]?0[xX][0-9a-fA-F]+/.test(s)) return parseInt(s, 16);
          if (/^0[0-7]+$/.test(s)) return parseInt(s, 8);
          return toNum(mkInput(s) ?? s);
        });
      case "system":
        arity(1, 1);
        return this.asyncOp(ex(args[0]!), (v) => rt.system(str(v)));
      case "close":
        arity(1, 2);
        return this.asyncOp(ex(args[0]!), (v) => rt.close(str(v)));
      case "fflush":
        if (!args.length) return A(async () => (await rt.flushAll(), 0));
        return this.asyncOp(ex(args[0]!), (v) => rt.flushOne(str(v)));
      case "split":
        return this.split(cmp, e, scope);
      case "sub":
      case "gsub":
        return this.sub(cmp, e, scope, e.name === "gsub");
      case "gensub":
        return this.gensub(cmp, e, scope);
      case "match":
        return this.match(cmp, e, scope);
      case "asort":
      case "asorti":
        return this.asort(cmp, e, scope);
      case "isarray": {
        const raw = this.rawSlot(cmp, args[0]!, scope);
        return S(() => (raw && raw() instanceof AwkArray ? 1 : 0));
      }
      case "typeof": {
        const raw = this.rawSlot(cmp, args[0]!, scope);
        const val = raw ? undefined : ex(args[0]!);
        return all(val ? [val] : [], (vs) => {
          const v = raw ? raw() : vs[0];
          if (v instanceof AwkArray) return "array";
          if (v === undefined || v instanceof Untyped) return raw ? "untyped" : "unassigned";
          if (typeof v === "number") return "number";
          if (typeof v === "string") return "string";
          return "strnum";
        });
      }
    }
    throw rt.parseError(`function \`${e.name}' not defined`);
  }

  private asyncOp(arg: C<V>, fn: (v: V) => Promise<number>): C<V> {
    const f = asAsync(arg);
    return A(async () => fn(await f()));
  }

  private regexArg(cmp: Compiler, e: Expr, scope: Scope): C<PosixRegex> {
    return cmp.regexOperand(e, scope);
  }

  private split(cmp: Compiler, e: Extract<Expr, { k: "builtin" }>, scope: Scope): C<V> {
    const rt = this.rt;
    const a = e.args;
    if (a.length < 2 || a.length > 4) throw rt.parseError(`split: called with ${a.length < 2 ? "too few" : "too many"} arguments`);
    if (a[1]!.k !== "var") throw rt.parseError("split: second argument is not an array");
    const arr = cmp.arrayRef(a[1]!.name, scope);
    const src = cmp.expr(a[0]!, scope);
    const sepArr = a[3] && a[3].k === "var" ? cmp.arrayRef(a[3].name, scope) : undefined;
    type Sep = { kind: "fs" } | { kind: "str"; s: string } | { kind: "re"; re: PosixRegex };
    let sep: C<Sep>;
    if (!a[2]) sep = S(() => ({ kind: "fs" }));
    else if (a[2].k === "re") {
      const r = cmp.regexOperand(a[2], scope);
      sep = { a: false, f: () => ({ kind: "re", re: (r.f as SF<PosixRegex>)() }) } as C<Sep>;
    } else {
      const v = cmp.expr(a[2], scope);
      sep = v.a ? A(async () => ({ kind: "str", s: toStr(await v.f(), rt.convfmt) })) : S(() => ({ kind: "str", s: toStr((v.f as SF<V>)(), rt.convfmt) }));
    }
    const run = (sv: V, sp: Sep): V => {
      const s = toStr(sv, rt.convfmt);
      const target = arr();
      const seps = sepArr?.();
      target.m.clear();
      seps?.m.clear();
      let fs = sp.kind === "fs" ? toStr(rt.getVar("FS"), rt.convfmt) : sp.kind === "str" ? sp.s : undefined;
      let parts: string[];
      const sepTexts: string[] = [];
      if (fs === " ") {
        const lead = /^[ \t\n]+/.exec(s);
        const body = s.slice(lead ? lead[0].length : 0);
        parts = [];
        const re = /([^ \t\n]+)([ \t\n]*)/g;
        let m: RegExpExecArray | null;
        while ((m = re.exec(body))) {
          parts.push(m[1]!);
          if (m[2]) sepTexts.push(m[2]);
        }
        if (seps && lead) seps.m.set("0", lead[0]);
      } else if (fs !== undefined && fs.length === 1 && fs !== "\\") {
        parts = s === "" ? [] : s.split(fs);
        for (let i = 1; i < parts.length; i++) sepTexts.push(fs);
      } else {
        const re = sp.kind === "re" ? sp.re : rt.dynRegex(fs ?? "");
        parts = [];
        if (s !== "") {
          if (fs === "") parts = [...s];
          else {
            let pos = 0;
            let from = 0;
            for (;;) {
              const m: Match | null = re.exec(s, from);
              if (!m) break;
              if (m.end === m.index) {
                from = m.index + 1;
                if (from > s.length) break;
                continue;
              }
              parts.push(s.slice(pos, m.index));
              sepTexts.push(m.groups[0]!);
              pos = m.end;
              from = m.end;
            }
            parts.push(s.slice(pos));
          }
        }
      }
      parts.forEach((p, i) => target.m.set(String(i + 1), mkInput(p)));
      if (seps) sepTexts.forEach((t, i) => seps.m.set(String(i + 1), t));
      fs = undefined;
      return parts.length;
    };
    if (!src.a && !sep.a) {
      const [sf, pf] = [src.f, sep.f];
      return S(() => run(sf(), pf()));
    }
    const [sf, pf] = [asAsync(src), asAsync(sep)];
    return A(async () => run(await sf(), await pf()));
  }

  /** sub/gsub replacement text: & is the match, \& a literal &, \\ a backslash. */
  private expandSub(repl: string, matched: string): string {
    if (!repl.includes("&") && !repl.includes("\\")) return repl;
    let out = "";
    for (let i = 0; i < repl.length; i++) {
      const c = repl[i]!;
      if (c === "\\" && (repl[i + 1] === "&" || repl[i + 1] === "\\")) {
        out += repl[++i];
        continue;
      }
      out += c === "&" ? matched : c;
    }
    return out;
  }

  private sub(cmp: Compiler, e: Extract<Expr, { k: "builtin" }>, scope: Scope, global: boolean): C<V> {
    const rt = this.rt;
    const a = e.args;
    if (a.length < 2 || a.length > 3) throw rt.parseError(`${e.name}: called with ${a.length < 2 ? "too few" : "too many"} arguments`);
    const re = this.regexArg(cmp, a[0]!, scope);
    const repl = cmp.expr(a[1]!, scope);
    const targetExpr: Expr = a[2] ?? { k: "field", e: { k: "num", v: 0 } };
    const lvalue = targetExpr.k === "var" || targetExpr.k === "index" || targetExpr.k === "field";
    const target = lvalue ? cmp.lref(targetExpr, scope) : undefined;
    const value = target ? target.get : cmp.expr(targetExpr, scope);
    const run = (r: PosixRegex, rv: V, tv: V): { text: string; n: number } => {
      const s = toStr(tv, rt.convfmt);
      const rs = toStr(rv, rt.convfmt);
      let out = "";
      let pos = 0;
      let n = 0;
      let prevEnd = -1;
      while (pos <= s.length) {
        const m = r.exec(s, pos);
        if (!m) break;
        if (m.end === m.index && m.index === prevEnd) {
          if (m.index >= s.length) break;
          out += s.slice(pos, m.index + 1);
          pos = m.index + 1;
          continue;
        }
        out += s.slice(pos, m.index) + this.expandSub(rs, m.groups[0]!);
        n++;
        pos = m.end;
        prevEnd = m.end;
        if (!global) break;
        if (m.end === m.index) {
          if (pos < s.length) out += s[pos];
          pos++;
        }
      }
      if (pos < s.length) out += s.slice(pos);
      return { text: out, n };
    };
    const parts = [re as C<unknown>, repl as C<unknown>, value as C<unknown>];
    const finish = (r: { text: string; n: number }): C<V> => {
      if (r.n && target) return { ...target.set(S(() => r.text)), f: target.set(S(() => r.text)).f } as C<V>;
      return S(() => 0);
    };
    if (parts.every((p) => !p.a)) {
      const [rf, pf, vf] = [re.f as SF<PosixRegex>, repl.f as SF<V>, value.f as SF<V>];
      return S(() => {
        const r = run(rf(), pf(), vf());
        if (r.n && target) {
          const st = finish(r);
          if (!st.a) st.f();
        }
        return r.n;
      });
    }
    const [rf, pf, vf] = [asAsync(re), asAsync(repl), asAsync(value)];
    return A(async () => {
      const r = run(await rf(), await pf(), await vf());
      if (r.n && target) await asAsync(finish(r))();
      return r.n;
    });
  }

  private gensub(cmp: Compiler, e: Extract<Expr, { k: "builtin" }>, scope: Scope): C<V> {
    const rt = this.rt;
    const a = e.args;
    if (a.length < 3 || a.length > 4) throw rt.parseError(`gensub: called with ${a.length < 3 ? "too few" : "too many"} arguments`);
    const re = this.regexArg(cmp, a[0]!, scope);
    const rest = [a[1]!, a[2]!, a[3] ?? { k: "field", e: { k: "num", v: 0 } }].map((x) => cmp.expr(x as Expr, scope));
    const run = (r: PosixRegex, [rv, hv, tv]: V[]): V => {
      const s = toStr(tv, rt.convfmt);
      const repl = toStr(rv, rt.convfmt);
      const hs = toStr(hv, rt.convfmt);
      const global = /^[gG]/.test(hs);
      let which = global ? 0 : Math.trunc(toNum(hv));
      if (!global && which < 1) {
        rt.warn(`gensub: third argument \`${hs}' treated as 1`);
        which = 1;
      }
      let out = "";
      let pos = 0;
      let count = 0;
      let prevEnd = -1;
      while (pos <= s.length) {
        const m = r.exec(s, pos);
        if (!m) break;
        if (m.end === m.index && m.index === prevEnd) {
          if (m.index >= s.length) break;
          out += s.slice(pos, m.index + 1);
          pos = m.index + 1;
          continue;
        }
        count++;
        if (global || count === which) {
          let rep = "";
          for (let i = 0; i < repl.length; i++) {
            const c = repl[i]!;
            if (c === "\\" && i + 1 < repl.length) {
              const d = repl[++i]!;
              if (d >= "0" && d <= "9") rep += m.groups[d.charCodeAt(0) - 48] ?? "";
              else if (d === "&") rep += "&";
              else rep += d === "\\" ? "\\" : `\\${d}`;
            } else rep += c === "&" ? m.groups[0]! : c;
          }
          out += s.slice(pos, m.index) + rep;
        } else out += s.slice(pos, m.end);
        pos = m.end;
        prevEnd = m.end;
        if (!global && count >= which) break;
        if (m.end === m.index) {
          if (pos < s.length) out += s[pos];
          pos++;
        }
      }
      if (pos < s.length) out += s.slice(pos);
      return out;
    };
    if (!re.a && rest.every((c) => !c.a)) {
      const rf = re.f;
      const fs = rest.map((c) => c.f as SF<V>);
      return S(() => run(rf(), fs.map((f) => f())));
    }
    const rf = asAsync(re);
    const fs = rest.map(asAsync);
    return A(async () => {
      const r = await rf();
      const vs: V[] = [];
      for (const f of fs) vs.push(await f());
      return run(r, vs);
    });
  }

  private match(cmp: Compiler, e: Extract<Expr, { k: "builtin" }>, scope: Scope): C<V> {
    const rt = this.rt;
    const a = e.args;
    if (a.length < 2 || a.length > 3) throw rt.parseError(`match: called with ${a.length < 2 ? "too few" : "too many"} arguments`);
    const re = this.regexArg(cmp, a[1]!, scope);
    const src = cmp.expr(a[0]!, scope);
    const arr = a[2] && a[2].k === "var" ? cmp.arrayRef(a[2].name, scope) : undefined;
    const run = (v: V, r: PosixRegex): V => {
      const s = toStr(v, rt.convfmt);
      const m = r.exec(s, 0);
      const target = arr?.();
      target?.m.clear();
      if (!m) {
        rt.setVar("RSTART", 0);
        rt.setVar("RLENGTH", -1);
        return 0;
      }
      const start = codeLength(s.slice(0, m.index)) + 1;
      rt.setVar("RSTART", start);
      rt.setVar("RLENGTH", codeLength(m.groups[0]!));
      if (target) {
        const subsep = toStr(rt.getVar("SUBSEP"), rt.convfmt);
        m.groups.forEach((g, i) => {
          if (g === undefined) return;
          target.m.set(String(i), mkInput(g));
          if (i === 0) {
            target.m.set(`0${subsep}start`, start);
            target.m.set(`0${subsep}length`, codeLength(g));
          }
        });
        // Group positions: found by searching within the match (JS gives no offsets without the d flag).
        m.groups.forEach((g, i) => {
          if (i === 0 || g === undefined) return;
          const off = s.indexOf(g, m.index);
          target.m.set(`${i}${subsep}start`, codeLength(s.slice(0, off)) + 1);
          target.m.set(`${i}${subsep}length`, codeLength(g));
        });
      }
      return start;
    };
    if (!src.a && !re.a) {
      const [sf, rf] = [src.f, re.f];
      return S(() => run(sf(), rf()));
    }
    const [sf, rf] = [asAsync(src), asAsync(re)];
    return A(async () => run(await sf(), await rf()));
  }

  private asort(cmp: Compiler, e: Extract<Expr, { k: "builtin" }>, scope: Scope): C<V> {
    const rt = this.rt;
    const a = e.args;
    if (!a[0] || a[0].k !== "var") throw rt.parseError(`${e.name}: first argument is not an array`);
    const src = cmp.arrayRef(a[0].name, scope);
    const dst = a[1] && a[1].k === "var" ? cmp.arrayRef(a[1].name, scope) : undefined;
    const byIndex = e.name === "asorti";
    return S(() => {
      const s = src();
      let items: V[] = byIndex ? [...s.m.keys()] : [...s.m.values()];
      const rank = (v: V) => (v === undefined ? 0 : typeof v === "string" ? 2 : 1);
      items = items.sort((x, y) => {
        const rx = rank(x);
        const ry = rank(y);
        if (rx !== ry) return rx - ry;
        if (rx === 1) return toNum(x) - toNum(y);
        const sx = toStr(x, rt.convfmt);
        const sy = toStr(y, rt.convfmt);
        return sx < sy ? -1 : sx > sy ? 1 : 0;
      });
      const d = dst ? dst() : s;
      d.m.clear();
      items.forEach((v, i) => d.m.set(String(i + 1), v));
      return items.length;
    });
  }
}

const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** strftime in UTC (the emulated hosts run with TZ unset, i.e. UTC). */
function strftime(fmt: string, t: number, _utc: boolean): string {
  const d = new Date(Math.trunc(t) * 1000);
  const p2 = (n: number) => String(n).padStart(2, "0");
  return fmt.replace(/%([a-zA-Z%])/g, (all, c: string) => {
    switch (c) {
      case "Y":
        return String(d.getUTCFullYear());
      case "y":
        return p2(d.getUTCFullYear() % 100);
      case "m":
        return p2(d.getUTCMonth() + 1);
      case "d":
        return p2(d.getUTCDate());
      case "e":
        return String(d.getUTCDate()).padStart(2, " ");
      case "H":
        return p2(d.getUTCHours());
      case "M":
        return p2(d.getUTCMinutes());
      case "S":
        return p2(d.getUTCSeconds());
      case "a":
        return DAYS[d.getUTCDay()]!.slice(0, 3);
      case "A":
        return DAYS[d.getUTCDay()]!;
      case "b":
      case "h":
        return MONTHS[d.getUTCMonth()]!.slice(0, 3);
      case "B":
        return MONTHS[d.getUTCMonth()]!;
      case "Z":
        return "UTC";
      case "z":
        return "+0000";
      case "s":
        return String(Math.trunc(t));
      case "j":
        return String(Math.floor((d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86400000) + 1).padStart(3, "0");
      case "F":
        return `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}`;
      case "T":
        return `${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`;
      case "D":
        return `${p2(d.getUTCMonth() + 1)}/${p2(d.getUTCDate())}/${p2(d.getUTCFullYear() % 100)}`;
      case "n":
        return "\n";
      case "t":
        return "\t";
      case "%":
        return "%";
      default:
        return all;
    }
  });
}
