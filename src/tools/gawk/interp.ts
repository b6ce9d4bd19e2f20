// The awk evaluator. The syntax tree is compiled once into JavaScript
// closures. A closure is synchronous unless its subtree can block (getline,
// system(), close(), fflush(), or a user function that does): only those are
// compiled as async functions, so ordinary programs run at closure speed and
// the ones that read input mid-action still wait on the scheduler properly.

import type { Expr, FuncDef, Program, Stmt } from "./ast.js";
import { type PosixRegex, RegexSyntaxError } from "../lib/regex/index.js";
import { FormatError, formatAwk } from "./format.js";
import { AwkArray, StrNum, type V, compare, mkInput, numToStr, toBool, toNum, toStr } from "./value.js";
import type { Runtime } from "./runtime.js";

export class AwkFatal extends Error {}
export class NextSignal {
  constructor(readonly file: boolean) {}
}
export class ExitSignal {}

type SF<T> = () => T;
type AF<T> = () => Promise<T>;
export type C<T> = { a: false; f: SF<T> } | { a: true; f: AF<T> };

const S = <T>(f: SF<T>): C<T> => ({ a: false, f });
const A = <T>(f: AF<T>): C<T> => ({ a: true, f });
export function asAsync<T>(c: C<T>): AF<T> {
  if (c.a) return c.f;
  const f = c.f;
  return async () => f();
}
function map1<T, R>(c: C<T>, fn: (x: T) => R): C<R> {
  if (!c.a) {
    const f = c.f;
    return S(() => fn(f()));
  }
  const f = c.f;
  return A(async () => fn(await f()));
}
function map2<T, U, R>(c1: C<T>, c2: C<U>, fn: (x: T, y: U) => R): C<R> {
  if (!c1.a && !c2.a) {
    const f1 = c1.f;
    const f2 = c2.f;
    return S(() => fn(f1(), f2()));
  }
  const f1 = asAsync(c1);
  const f2 = asAsync(c2);
  return A(async () => {
    const x = await f1();
    return fn(x, await f2());
  });
}
function mapN<T, R>(cs: C<T>[], fn: (xs: T[]) => R): C<R> {
  if (cs.every((c) => !c.a)) {
    const fs = cs.map((c) => c.f as SF<T>);
    return S(() => fn(fs.map((f) => f())));
  }
  const fs = cs.map(asAsync);
  return A(async () => {
    const xs: T[] = [];
    for (const f of fs) xs.push(await f());
    return fn(xs);
  });
}

/** Statement completion: 0 normal, 1 break, 2 continue, 3 return. */
type Code = 0 | 1 | 2 | 3;

/** A reference to an array variable that is not yet known to be one (an untyped function argument). */
export class Untyped {
  constructor(readonly become: (a: AwkArray) => void) {}
}

type Slot = V | AwkArray | Untyped;

const SPECIAL_SCALARS = new Set([
  "NF",
  "NR",
  "FNR",
  "FS",
  "OFS",
  "ORS",
  "RS",
  "SUBSEP",
  "CONVFMT",
  "OFMT",
  "RSTART",
  "RLENGTH",
  "FILENAME",
  "RT",
  "IGNORECASE",
  "FIELDWIDTHS",
  "FPAT",
  "BINMODE",
  "LINT",
  "TEXTDOMAIN",
  "ERRNO",
]);

interface Scope {
  locals: Map<string, number>;
}

interface LRef {
  get: C<V>;
  set: (v: C<V>) => C<V>;
  /** Applies f to the current value and stores the result; returns [old, new]. */
  update: (f: (old: V) => V) => C<[V, V]>;
}

export class Compiler {
  /** Functions whose bodies (transitively) may block. */
  private readonly blocking = new Set<string>();
  readonly compiledFuncs = new Map<string, { f: FuncDef; body: C<Code>; nlocals: number }>();

  constructor(
    private readonly rt: Runtime,
    private readonly prog: Program,
  ) {
    this.findBlocking();
  }

  private findBlocking(): void {
    const direct = (e: Expr | Stmt | undefined, seen: (n: string) => boolean): boolean => {
      if (!e || typeof e !== "object") return false;
      const k = (e as { k: string }).k;
      if (k === "getline") {
        if ("src" in e) return true;
      }
      if (k === "builtin") {
        const b = e as { name: string };
        if (b.name === "system" || b.name === "close" || b.name === "fflush") return true;
      }
      if (k === "call" && seen((e as { name: string }).name)) return true;
      if ((k === "print" || k === "printf") && (e as { redir?: { kind: string } }).redir?.kind === "|") return false;
      for (const v of Object.values(e)) {
        if (Array.isArray(v)) {
          for (const x of v) if (x && typeof x === "object" && direct(x, seen)) return true;
        } else if (v && typeof v === "object" && direct(v as Expr, seen)) return true;
      }
      return false;
    };
    let changed = true;
    while (changed) {
      changed = false;
      for (const f of this.prog.funcs.values()) {
        if (this.blocking.has(f.name)) continue;
        if (f.body.some((s) => direct(s, (n) => this.blocking.has(n)))) {
          this.blocking.add(f.name);
          changed = true;
        }
      }
    }
  }

  compileFuncs(): void {
    for (const f of this.prog.funcs.values()) {
      const scope: Scope = { locals: new Map(f.params.map((p, i) => [p, i])) };
      const entry = { f, body: S<Code>(() => 0), nlocals: f.params.length };
      this.compiledFuncs.set(f.name, entry);
      entry.body = this.block(f.body, scope);
    }
  }

  // ---- statements ----

  block(stmts: Stmt[], scope: Scope | undefined): C<Code> {
    const cs = stmts.map((s) => this.stmt(s, scope));
    if (cs.length === 1) return cs[0]!;
    if (cs.every((c) => !c.a)) {
      const fs = cs.map((c) => c.f as SF<Code>);
      return S(() => {
        for (let i = 0; i < fs.length; i++) {
          const r = fs[i]!();
          if (r) return r;
        }
        return 0;
      });
    }
    const fs = cs.map(asAsync);
    return A(async () => {
      for (let i = 0; i < fs.length; i++) {
        const r = await fs[i]!();
        if (r) return r;
      }
      return 0;
    });
  }

  stmt(s: Stmt, scope: Scope | undefined): C<Code> {
    const rt = this.rt;
    switch (s.k) {
      case "expr":
        return map1(this.expr(s.e, scope), () => 0 as Code);
      case "block":
        return this.block(s.body, scope);
      case "print": {
        const args = s.args.length ? s.args.map((a) => this.expr(a, scope)) : [S<V>(() => rt.getField(0))];
        const dest = s.redir ? this.expr(s.redir.dest, scope) : undefined;
        const kind = s.redir?.kind;
        const all = dest ? [...args, dest] : args;
        return mapN(all, (vs) => {
          const n = args.length;
          let line = "";
          const ofs = rt.ofs;
          for (let i = 0; i < n; i++) {
            if (i) line += ofs;
            const v = vs[i];
            line += typeof v === "number" ? numToStr(v, rt.ofmt) : toStr(v, rt.convfmt);
          }
          line += rt.ors;
          if (dest) rt.output(kind!, toStr(vs[n], rt.convfmt), line);
          else rt.out.write(line);
          return 0 as Code;
        });
      }
      case "printf": {
        const args = s.args.map((a) => this.expr(a, scope));
        const dest = s.redir ? this.expr(s.redir.dest, scope) : undefined;
        const kind = s.redir?.kind;
        const all = dest ? [...args, dest] : args;
        return mapN(all, (vs) => {
          const n = args.length;
          const text = rt.sprintf(vs.slice(0, n));
          if (dest) rt.output(kind!, toStr(vs[n], rt.convfmt), text);
          else rt.out.write(text);
          return 0 as Code;
        });
      }
      case "if": {
        const c = this.cond(s.c, scope);
        const t = this.stmt(s.then, scope);
        const e = s.else ? this.stmt(s.else, scope) : S<Code>(() => 0);
        if (!c.a && !t.a && !e.a) {
          const cf = c.f;
          const tf = t.f;
          const ef = e.f;
          return S(() => (cf() ? tf() : ef()));
        }
        const cf = asAsync(c);
        const tf = asAsync(t);
        const ef = asAsync(e);
        return A(async () => ((await cf()) ? tf() : ef()));
      }
      case "while":
      case "do": {
        const c = this.cond(s.c, scope);
        const b = this.stmt(s.body, scope);
        const isDo = s.k === "do";
        if (!c.a && !b.a) {
          const cf = c.f;
          const bf = b.f;
          return S(() => {
            if (isDo) {
              const r = bf();
              if (r === 1) return 0;
              if (r === 3) return 3;
            }
            while (cf()) {
              tick(rt);
              const r = bf();
              if (r === 1) break;
              if (r === 3) return 3;
            }
            return 0;
          });
        }
        const cf = asAsync(c);
        const bf = asAsync(b);
        return A(async () => {
          if (isDo) {
            const r = await bf();
            if (r === 1) return 0;
            if (r === 3) return 3;
          }
          while (await cf()) {
            const r = await bf();
            if (r === 1) break;
            if (r === 3) return 3;
          }
          return 0;
        });
      }
      case "for": {
        const init = s.init ? this.stmt(s.init, scope) : S<Code>(() => 0);
        const c = s.c ? this.cond(s.c, scope) : S(() => true);
        const step = s.step ? this.stmt(s.step, scope) : S<Code>(() => 0);
        const b = this.stmt(s.body, scope);
        if (!init.a && !c.a && !step.a && !b.a) {
          const [i, cf, st, bf] = [init.f, c.f, step.f, b.f];
          return S(() => {
            for (i(); cf(); st()) {
              tick(rt);
              const r = bf();
              if (r === 1) break;
              if (r === 3) return 3;
            }
            return 0;
          });
        }
        const [i, cf, st, bf] = [asAsync(init), asAsync(c), asAsync(step), asAsync(b)];
        return A(async () => {
          for (await i(); await cf(); await st()) {
            const r = await bf();
            if (r === 1) break;
            if (r === 3) return 3;
          }
          return 0;
        });
      }
      case "forin": {
        const arr = this.arrayRef(s.arr, scope);
        const target = this.lref(s.v, scope);
        const b = this.stmt(s.body, scope);
        const keysOf = (a: AwkArray) => rt.forInKeys(a);
        if (!b.a && !target.get.a) {
          const bf = b.f;
          return S(() => {
            const a = arr();
            for (const k of keysOf(a)) {
              if (!a.m.has(k)) continue;
              runSync(target.set(S(() => mkInput(k))));
              const r = bf();
              if (r === 1) break;
              if (r === 3) return 3;
            }
            return 0;
          });
        }
        const bf = asAsync(b);
        return A(async () => {
          const a = arr();
          for (const k of keysOf(a)) {
            if (!a.m.has(k)) continue;
            await asAsync(target.set(S(() => mkInput(k))))();
            const r = await bf();
            if (r === 1) break;
            if (r === 3) return 3;
          }
          return 0;
        });
      }
      case "break":
        return S(() => 1);
      case "continue":
        return S(() => 2);
      case "next":
        return S(() => {
          throw new NextSignal(false);
        });
      case "nextfile":
        return S(() => {
          throw new NextSignal(true);
        });
      case "exit": {
        const e = s.e ? this.expr(s.e, scope) : undefined;
        if (!e) {
          return S(() => {
            throw new ExitSignal();
          });
        }
        return map1(e, (v) => {
          rt.exitCode = Math.trunc(toNum(v)) & 0xff;
          throw new ExitSignal();
        });
      }
      case "return": {
        const e = s.e ? this.expr(s.e, scope) : S<V>(() => undefined);
        return map1(e, (v) => {
          rt.retVal = v;
          return 3 as Code;
        });
      }
      case "delete": {
        const arr = this.arrayRef(s.name, scope);
        if (!s.subs) {
          return S(() => {
            arr().m.clear();
            return 0;
          });
        }
        const key = this.subscript(s.subs, scope);
        return map1(key, (k) => {
          arr().m.delete(k);
          return 0 as Code;
        });
      }
      case "getline":
        return map1(this.expr(s.e, scope), () => 0 as Code);
    }
  }

  // ---- expressions ----

  cond(e: Expr, scope: Scope | undefined): C<boolean> {
    if (e.k === "re") {
      const re = this.literalRe(e.src);
      return S(() => re().test(this.rt.record));
    }
    return map1(this.expr(e, scope), toBool);
  }

  private literalRe(src: string): () => PosixRegex {
    const rt = this.rt;
    const plain = rt.regex(src, false, true);
    let icase: PosixRegex | undefined;
    return () => {
      if (!rt.ignoreCase) return plain;
      icase ??= rt.regex(src, true, false);
      return icase;
    };
  }

  /** A regex operand: a literal, or any expression's string value used as a dynamic regex. */
  regexOperand(e: Expr, scope: Scope | undefined): C<PosixRegex> {
    if (e.k === "re") {
      const re = this.literalRe(e.src);
      return S(re);
    }
    const rt = this.rt;
    return map1(this.expr(e, scope), (v) => rt.dynRegex(toStr(v, rt.convfmt)));
  }

  subscript(subs: Expr[], scope: Scope | undefined): C<string> {
    const rt = this.rt;
    if (subs.length === 1) return map1(this.expr(subs[0]!, scope), (v) => rt.keyOf(v));
    return mapN(
      subs.map((s) => this.expr(s, scope)),
      (vs) => vs.map((v) => rt.keyOf(v)).join(toStr(rt.getVar("SUBSEP"), rt.convfmt)),
    );
  }

  /** Resolves a name used as an array (creating it when untyped). */
  arrayRef(name: string, scope: Scope | undefined): () => AwkArray {
    const rt = this.rt;
    const li = scope?.locals.get(name);
    if (li !== undefined) {
      return () => {
        const fr = rt.frame;
        const v = fr[li];
        if (v instanceof AwkArray) return v;
        if (v === undefined || v instanceof Untyped) {
          const a = new AwkArray();
          if (v instanceof Untyped) v.become(a);
          fr[li] = a;
          return a;
        }
        throw rt.fatal(`attempt to use scalar parameter \`${name}' as an array`);
      };
    }
    if (SPECIAL_SCALARS.has(name)) {
      return () => {
        throw rt.fatal(`attempt to use scalar \`${name}' as an array`);
      };
    }
    const slot = rt.globalSlot(name);
    return () => {
      const v = rt.globals[slot];
      if (v instanceof AwkArray) return v;
      if (v === undefined) {
        const a = new AwkArray();
        rt.globals[slot] = a;
        return a;
      }
      throw rt.fatal(`attempt to use scalar \`${name}' as an array`);
    };
  }

  private scalarVar(name: string, scope: Scope | undefined): { get: SF<V>; set: (v: V) => void } {
    const rt = this.rt;
    const li = scope?.locals.get(name);
    if (li !== undefined) {
      return {
        get: () => {
          const v = rt.frame[li];
          if (v instanceof AwkArray) throw rt.fatal(`attempt to use array \`${name}' in a scalar context`);
          if (v instanceof Untyped) return undefined;
          return v;
        },
        set: (v) => {
          if (rt.frame[li] instanceof AwkArray) throw rt.fatal(`attempt to use array \`${name}' in a scalar context`);
          rt.frame[li] = v;
        },
      };
    }
    if (name === "NF") return { get: () => rt.getNF(), set: (v) => rt.setNF(toNum(v)) };
    if (name === "NR") return { get: () => rt.nr, set: (v) => (rt.nr = Math.trunc(toNum(v))) };
    if (name === "FNR") return { get: () => rt.fnr, set: (v) => (rt.fnr = Math.trunc(toNum(v))) };
    if (SPECIAL_SCALARS.has(name)) return { get: () => rt.getVar(name), set: (v) => rt.setVar(name, v) };
    if (this.prog.funcs.has(name)) {
      throw rt.syntaxFatal(`function \`${name}' called with space between name and \`(',\nor used as a variable or an array`);
    }
    const slot = rt.globalSlot(name);
    return {
      get: () => {
        const v = rt.globals[slot];
        if (v instanceof AwkArray) throw rt.fatal(`attempt to use array \`${name}' in a scalar context`);
        return v as V;
      },
      set: (v) => {
        if (rt.globals[slot] instanceof AwkArray) throw rt.fatal(`attempt to use array \`${name}' in a scalar context`);
        rt.globals[slot] = v;
      },
    };
  }

  lref(e: Expr, scope: Scope | undefined): LRef {
    const rt = this.rt;
    if (e.k === "var") {
      const { get, set } = this.scalarVar(e.name, scope);
      return {
        get: S(get),
        set: (v) => map1(v, (x) => (set(x), x)),
        update: (f) =>
          S(() => {
            const old = get();
            const nv = f(old);
            set(nv);
            return [old, nv];
          }),
      };
    }
    if (e.k === "index") {
      const arr = this.arrayRef(e.name, scope);
      const key = this.subscript(e.subs, scope);
      return {
        get: map1(key, (k) => {
          const a = arr();
          const v = a.m.get(k);
          if (v === undefined && !a.m.has(k)) a.m.set(k, undefined);
          return v;
        }),
        set: (v) =>
          map2(key, v, (k, x) => {
            arr().m.set(k, x);
            return x;
          }),
        update: (f) =>
          map1(key, (k) => {
            const a = arr();
            const old = a.m.get(k);
            const nv = f(old);
            a.m.set(k, nv);
            return [old, nv] as [V, V];
          }),
      };
    }
    if (e.k === "field") {
      const idx = this.expr(e.e, scope);
      const toIdx = (v: V) => {
        const n = Math.trunc(toNum(v));
        if (n < 0) throw rt.fatal(`attempt to access field ${n}`);
        return n;
      };
      return {
        get: map1(idx, (v) => rt.getField(toIdx(v))),
        set: (v) =>
          map2(idx, v, (i, x) => {
            rt.setField(toIdx(i), x);
            return x;
          }),
        update: (f) =>
          map1(idx, (i) => {
            const n = toIdx(i);
            const old = rt.getField(n);
            const nv = f(old);
            rt.setField(n, nv);
            return [old, nv] as [V, V];
          }),
      };
    }
    throw rt.fatal("invalid assignment target");
  }

  expr(e: Expr, scope: Scope | undefined): C<V> {
    const rt = this.rt;
    switch (e.k) {
      case "num": {
        const v = e.v;
        return S(() => v);
      }
      case "str": {
        const v = e.v;
        return S(() => v);
      }
      case "re": {
        const re = this.literalRe(e.src);
        return S(() => (re().test(rt.record) ? 1 : 0));
      }
      case "group":
        return this.expr(e.e, scope);
      case "var": {
        if (scope?.locals.has(e.name) || !SPECIAL_SCALARS.has(e.name)) {
          if (!scope?.locals.has(e.name) && this.prog.funcs.has(e.name)) return this.lref(e, scope).get;
        }
        return S(this.scalarVar(e.name, scope).get);
      }
      case "index":
      case "field":
        return this.lref(e, scope).get;
      case "assign": {
        const target = this.lref(e.target, scope);
        const val = this.expr(e.e, scope);
        if (e.op === "=") {
          // Copy a strnum's value: assignment keeps its type.
          return target.set(val);
        }
        const op = e.op.slice(0, -1);
        if (!val.a && !target.get.a) {
          const vf = val.f;
          return map1(
            S(() => vf()),
            (rhs) => runSync(target.update((old) => arith(rt, op, toNum(old), toNum(rhs))))[1],
          );
        }
        const vf = asAsync(val);
        return A(async () => {
          const rhs = await vf();
          const [, nv] = await asAsync(target.update((old) => arith(rt, op, toNum(old), toNum(rhs))))();
          return nv;
        });
      }
      case "incdec": {
        const target = this.lref(e.target, scope);
        const d = e.op === "++" ? 1 : -1;
        const prefix = e.prefix;
        return map1(target.update((old) => toNum(old) + d), ([old, nv]) => (prefix ? nv : toNum(old)));
      }
      case "cond": {
        const c = this.cond(e.c, scope);
        const a = this.expr(e.a, scope);
        const b = this.expr(e.b, scope);
        if (!c.a && !a.a && !b.a) {
          const [cf, af, bf] = [c.f, a.f, b.f];
          return S(() => (cf() ? af() : bf()));
        }
        const [cf, af, bf] = [asAsync(c), asAsync(a), asAsync(b)];
        return A(async () => ((await cf()) ? af() : bf()));
      }
      case "and":
      case "or": {
        const a = this.cond(e.a, scope);
        const b = this.cond(e.b, scope);
        const isAnd = e.k === "and";
        if (!a.a && !b.a) {
          const [af, bf] = [a.f, b.f];
          return isAnd ? S(() => (af() && bf() ? 1 : 0)) : S(() => (af() || bf() ? 1 : 0));
        }
        const [af, bf] = [asAsync(a), asAsync(b)];
        return isAnd
          ? A(async () => ((await af()) && (await bf()) ? 1 : 0))
          : A(async () => ((await af()) || (await bf()) ? 1 : 0));
      }
      case "not":
        return map1(this.cond(e.e, scope), (b) => (b ? 0 : 1));
      case "neg":
        return map1(this.expr(e.e, scope), (v) => -toNum(v));
      case "plus":
        return map1(this.expr(e.e, scope), (v) => toNum(v));
      case "in": {
        const arr = this.arrayRef(e.name, scope);
        return map1(this.subscript(e.subs, scope), (k) => (arr().m.has(k) ? 1 : 0));
      }
      case "match": {
        const re = this.regexOperand(e.re, scope);
        const neg = e.neg;
        return map2(this.expr(e.a, scope), re, (v, r) => (r.test(toStr(v, rt.convfmt)) !== neg ? 1 : 0));
      }
      case "cmp": {
        const op = e.op;
        return map2(this.expr(e.a, scope), this.expr(e.b, scope), (x, y) => {
          const c = compare(x, y, rt.convfmt);
          switch (op) {
            case "<":
              return c < 0 ? 1 : 0;
            case "<=":
              return c <= 0 ? 1 : 0;
            case ">":
              return c > 0 ? 1 : 0;
            case ">=":
              return c >= 0 ? 1 : 0;
            case "==":
              return c === 0 ? 1 : 0;
            default:
              return c !== 0 ? 1 : 0;
          }
        });
      }
      case "concat": {
        const parts = e.parts.map((p) => this.expr(p, scope));
        if (parts.length === 2 && !parts[0]!.a && !parts[1]!.a) {
          const [f1, f2] = [parts[0]!.f as SF<V>, parts[1]!.f as SF<V>];
          return S(() => {
            const a = f1();
            return toStr(a, rt.convfmt) + toStr(f2(), rt.convfmt);
          });
        }
        return mapN(parts, (vs) => {
          let s = "";
          for (const v of vs) s += toStr(v, rt.convfmt);
          return s;
        });
      }
      case "bin": {
        const op = e.op;
        if ((op === "/" || op === "%") && e.b.k === "num" && e.b.v === 0) {
          throw rt.parseError(op === "/" ? "division by zero attempted" : "division by zero attempted in `%'");
        }
        return map2(this.expr(e.a, scope), this.expr(e.b, scope), (x, y) => arith(rt, op, toNum(x), toNum(y)));
      }
      case "call":
        return this.call(e, scope);
      case "builtin":
        return this.rt.builtins.compile(this, e, scope);
      case "getline":
        return this.getline(e, scope);
    }
  }

  private call(e: Extract<Expr, { k: "call" }>, scope: Scope | undefined): C<V> {
    const rt = this.rt;
    const def = this.prog.funcs.get(e.name)!;
    if (e.args.length > def.params.length) {
      rt.warn(`function \`${e.name}' called with more arguments than declared`, e.line);
    }
    // Each argument: a bare name may be an array (by reference) or untyped.
    const argFns: Array<C<Slot>> = e.args.slice(0, def.params.length).map((a) => {
      if (a.k === "var" && !SPECIAL_SCALARS.has(a.name)) {
        const li = scope?.locals.get(a.name);
        if (li !== undefined) {
          return S<Slot>(() => {
            const fr = rt.frame;
            const v = fr[li];
            if (v instanceof AwkArray) return v;
            if (v === undefined) return new Untyped((arr) => (fr[li] = arr));
            return v;
          });
        }
        if (!this.prog.funcs.has(a.name)) {
          const slot = rt.globalSlot(a.name);
          return S<Slot>(() => {
            const v = rt.globals[slot];
            if (v instanceof AwkArray) return v;
            if (v === undefined) return new Untyped((arr) => (rt.globals[slot] = arr));
            return v;
          });
        }
      }
      return this.expr(a, scope) as C<Slot>;
    });
    const extra = e.args.slice(def.params.length).map((a) => this.expr(a, scope));
    const nparams = def.params.length;
    const blocking = this.blocking.has(e.name);
    const invoke = (args: Slot[]): C<V> => {
      const entry = this.compiledFuncs.get(e.name)!;
      const frame: Slot[] = new Array(nparams);
      for (let i = 0; i < nparams; i++) frame[i] = args[i];
      const saved = rt.frame;
      if (++rt.depth > 10000) throw rt.fatal("function call nesting too deep");
      rt.frame = frame;
      rt.retVal = undefined;
      if (!entry.body.a) {
        try {
          entry.body.f();
        } finally {
          rt.frame = saved;
          rt.depth--;
        }
        const r = rt.retVal;
        rt.retVal = undefined;
        return S(() => r);
      }
      const bf = entry.body.f;
      return A(async () => {
        try {
          await bf();
        } finally {
          rt.frame = saved;
          rt.depth--;
        }
        const r = rt.retVal;
        rt.retVal = undefined;
        return r;
      });
    };
    const all = [...argFns, ...(extra as C<Slot>[])];
    if (!blocking && all.every((c) => !c.a)) {
      const fs = all.map((c) => c.f as SF<Slot>);
      return S(() => (invoke(fs.map((f) => f())) as { f: SF<V> }).f());
    }
    const fs = all.map(asAsync);
    return A(async () => {
      const args: Slot[] = [];
      for (const f of fs) args.push(await f());
      return asAsync(invoke(args))();
    });
  }

  private getline(e: Extract<Expr, { k: "getline" }>, scope: Scope | undefined): C<V> {
    const rt = this.rt;
    const target = e.target ? this.lref(e.target, scope) : undefined;
    const from = e.from ? asAsync(this.expr(e.from, scope)) : undefined;
    const store = async (text: string): Promise<void> => {
      if (target) await asAsync(target.set(S(() => mkInput(text))))();
      else rt.setRecord(text);
    };
    return A(async () => {
      await rt.flushAll();
      if (e.src === "main") {
        const r = await rt.readMainRecord();
        if (r === null) return 0;
        rt.nr++;
        rt.fnr++;
        await store(r);
        return 1;
      }
      const name = toStr(await from!(), rt.convfmt);
      const r = e.src === "file" ? await rt.readFromFile(name) : await rt.readFromCommand(name);
      if (r === undefined) return -1;
      if (r === null) return 0;
      if (e.src === "cmd") rt.nr++;
      if (e.src === "cmd" && !target) rt.fnr++;
      await store(r);
      return 1;
    });
  }
}

/**
 * Loop iterations allowed between two reads of input. A synchronous awk loop cannot be
 * interrupted (no signal is delivered until the program waits), so an endless one would
 * freeze the whole simulation; past this budget the program stops with a fatal error.
 * Real gawk would spin forever: we knowingly differ.
 */
export const LOOP_BUDGET = 20_000_000;

function tick(rt: Runtime): void {
  if (++rt.loopIterations > LOOP_BUDGET) {
    rt.loopIterations = 0;
    throw rt.fatal(`nslab: loop ran ${LOOP_BUDGET} iterations without reading input; stopped`);
  }
}

export function runSync<T>(c: C<T>): T {
  if (c.a) throw new Error("internal: async closure in sync context");
  return c.f();
}

function arith(rt: Runtime, op: string, x: number, y: number): number {
  switch (op) {
    case "+":
      return x + y;
    case "-":
      return x - y;
    case "*":
      return x * y;
    case "/":
      if (y === 0) throw rt.fatal("division by zero attempted");
      return x / y;
    case "%":
      if (y === 0) throw rt.fatal("division by zero attempted in `%'");
      return x % y;
    default:
      return pow(x, y);
  }
}

function pow(x: number, y: number): number {
  return x ** y;
}

export { formatAwk, FormatError, StrNum, RegexSyntaxError };
