// Shell variables (bash's variables.c, arrayfunc.c, assoc.c in spirit): a
// stack of scopes (global + one per function call that used `local`, plus
// temporary scopes for `VAR=x cmd` before builtins and functions), attributes,
// indexed and associative arrays, and "dynamic" variables whose value is
// computed (RANDOM, SECONDS, LINENO…).
//
// A subshell gets a copy of the store. Copies share Var objects until one side
// writes (copy-on-write keyed on the store's generation), so forking a shell
// for each part of a pipeline stays cheap even with large arrays.

export const ATTR_EXPORT = 1;
export const ATTR_READONLY = 2;
export const ATTR_INTEGER = 4;
export const ATTR_ARRAY = 8;
export const ATTR_ASSOC = 16;
export const ATTR_LOWER = 32;
export const ATTR_UPPER = 64;
export const ATTR_NAMEREF = 128;
export const ATTR_CAPITALIZE = 256;

/** Sparse indexed array (bash arrays may have holes; keys are kept sorted on demand). */
export class IndexedArray {
  readonly map = new Map<number, string>();
  private sorted: number[] | null = [];

  get size(): number {
    return this.map.size;
  }
  get(i: number): string | undefined {
    return this.map.get(i);
  }
  set(i: number, v: string): void {
    if (this.sorted && !this.map.has(i)) {
      const s = this.sorted;
      if (!s.length || s[s.length - 1]! < i) s.push(i);
      else this.sorted = null;
    }
    this.map.set(i, v);
  }
  delete(i: number): void {
    if (this.map.delete(i)) this.sorted = null;
  }
  keys(): number[] {
    if (!this.sorted) this.sorted = [...this.map.keys()].sort((a, b) => a - b);
    return this.sorted;
  }
  values(): string[] {
    const out: string[] = [];
    for (const k of this.keys()) out.push(this.map.get(k)!);
    return out;
  }
  /** Highest index + 1 (where `a+=(x)` appends). */
  nextIndex(): number {
    const k = this.keys();
    return k.length ? k[k.length - 1]! + 1 : 0;
  }
  clone(): IndexedArray {
    const a = new IndexedArray();
    for (const k of this.keys()) a.set(k, this.map.get(k)!);
    return a;
  }
  static of(values: string[]): IndexedArray {
    const a = new IndexedArray();
    values.forEach((v, i) => a.set(i, v));
    return a;
  }
}

export type VarValue = string | IndexedArray | Map<string, string> | undefined;

export interface Dynamic {
  get(): string;
  /** Assigning to a dynamic variable (RANDOM=seed, SECONDS=n). */
  set?(v: string): void;
}

/**
 * The environment's change counter: bumped by every change that can alter
 * what a shell exports (a value, attribute or dynamic getter of an exported
 * variable, a variable's export attribute, a variable created, removed or
 * shadowed, a scope pushed or popped), in any shell. exportEnv (shellvars.ts)
 * reuses its last environment while the counter stands still.
 */
export const envEpoch = { n: 0 };

/** One variable. Writes go through accessors so that envEpoch sees them. */
export class Var {
  private v: VarValue;
  private a: number;
  private d: Dynamic | undefined;

  constructor(
    value: VarValue,
    attrs: number,
    /** Generation of the store that may mutate this object in place. */
    public gen: number,
    dyn?: Dynamic,
  ) {
    this.v = value;
    this.a = attrs;
    this.d = dyn;
  }

  /** undefined: declared (`local x`, `declare -a a`) but no value. */
  get value(): VarValue {
    return this.v;
  }
  set value(x: VarValue) {
    this.v = x;
    if (this.a & ATTR_EXPORT) envEpoch.n++;
  }

  get attrs(): number {
    return this.a;
  }
  set attrs(x: number) {
    if ((x | this.a) & ATTR_EXPORT) envEpoch.n++;
    this.a = x;
  }

  get dyn(): Dynamic | undefined {
    return this.d;
  }
  set dyn(x: Dynamic | undefined) {
    this.d = x;
    if (this.a & ATTR_EXPORT) envEpoch.n++;
  }
}

let nextGen = 1;

export class Vars {
  /** scopes[0] is the global scope. */
  scopes: Map<string, Var>[];
  /** Marks which scopes are function-local (for `local`), as opposed to temporary-assignment scopes. */
  scopeKinds: Array<"global" | "function" | "temp">;
  gen = nextGen++;
  /** exportEnv's last environment without prefix assignments, valid while envEpoch.n is envCacheEpoch. */
  envCache: Map<string, string> | undefined = undefined;
  envCacheEpoch = -1;

  constructor() {
    this.scopes = [new Map()];
    this.scopeKinds = ["global"];
  }

  /** A copy for a subshell; both sides copy a Var before changing it. */
  fork(): Vars {
    const v = new Vars();
    v.scopes = this.scopes.map((s) => new Map(s));
    v.scopeKinds = [...this.scopeKinds];
    this.gen = nextGen++;
    return v;
  }

  /** The variable NAME denotes: a name reference (declare -n) stands for the variable it names. */
  lookup(name: string): Var | undefined {
    const v = this.lookupRaw(name);
    return v !== undefined && v.attrs & ATTR_NAMEREF ? this.lookupRaw(this.resolve(name)) : v;
  }

  /** The variable called NAME itself, a name reference or not. */
  lookupRaw(name: string): Var | undefined {
    const sc = this.scopes;
    for (let i = sc.length - 1; i >= 0; i--) {
      const v = sc[i]!.get(name);
      if (v !== undefined) return v;
    }
    return undefined;
  }

  /**
   * The name a chain of name references ends at (NAME itself when it is not one, or when a
   * reference is unset, empty or not a plain name). bash stops at 8 links ("circular name reference").
   */
  resolve(name: string): string {
    for (let hops = 0; hops < 8; hops++) {
      const v = this.lookupRaw(name);
      if (v === undefined || !(v.attrs & ATTR_NAMEREF) || typeof v.value !== "string" || !isValidName(v.value)) return name;
      name = v.value;
    }
    return name;
  }

  /**
   * Finds a variable (through name references, unless RAW: then the one called NAME itself, as
   * declare -n/+n needs) and makes it safe to modify in place (copy-on-write).
   */
  lookupMut(name: string, raw = false): Var | undefined {
    const sc = this.scopes;
    for (let i = sc.length - 1; i >= 0; i--) {
      const m = sc[i]!;
      const v = m.get(name);
      if (v !== undefined) {
        if (!raw && v.attrs & ATTR_NAMEREF) {
          const target = this.resolve(name);
          if (target !== name) return this.lookupMut(target);
        }
        if (v.gen === this.gen) return v;
        const c = cloneVar(v, this.gen);
        m.set(name, c);
        return c;
      }
    }
    return undefined;
  }

  /** Creates (or returns) the variable in the global scope, or the innermost scope when `local`. */
  create(name: string, where: "global" | "local" | "nearest"): Var {
    if (where === "nearest") {
      const v = this.lookupMut(name);
      if (v) return v;
      where = "global";
    }
    // Assigning through a name reference to a variable that does not exist creates the target.
    if (where === "global") name = this.resolve(name);
    const m = where === "global" ? this.scopes[0]! : this.scopes[this.scopes.length - 1]!;
    let v = m.get(name);
    if (v && v.gen !== this.gen) {
      v = cloneVar(v, this.gen);
      m.set(name, v);
    }
    if (!v) {
      v = new Var(undefined, 0, this.gen);
      envEpoch.n++; // may shadow an exported variable of an outer scope
      m.set(name, v);
    }
    return v;
  }

  /** Removes the nearest definition (unset). Returns false when it did not exist. */
  remove(name: string): boolean {
    envEpoch.n++;
    const sc = this.scopes;
    for (let i = sc.length - 1; i >= 0; i--) {
      if (sc[i]!.delete(name)) return true;
    }
    return false;
  }

  /** Scope index the variable lives in, or -1. */
  scopeOf(name: string): number {
    const sc = this.scopes;
    for (let i = sc.length - 1; i >= 0; i--) if (sc[i]!.has(name)) return i;
    return -1;
  }

  push(kind: "function" | "temp"): Map<string, Var> {
    const m = new Map<string, Var>();
    envEpoch.n++;
    this.scopes.push(m);
    this.scopeKinds.push(kind);
    return m;
  }

  pop(): void {
    if (this.scopes.length > 1) {
      envEpoch.n++;
      this.scopes.pop();
      this.scopeKinds.pop();
    }
  }

  /** Whether the innermost function scope exists (for `local` outside a function). */
  inFunction(): boolean {
    return this.scopeKinds.includes("function");
  }

  /** The innermost function scope (local variables go there, above any temp scopes of the call). */
  functionScope(): Map<string, Var> | undefined {
    for (let i = this.scopes.length - 1; i >= 0; i--) if (this.scopeKinds[i] === "function") return this.scopes[i];
    return undefined;
  }

  /** The variable NAME in the innermost function scope itself, made safe to modify in place (copy-on-write). */
  functionLocalMut(name: string): Var | undefined {
    const m = this.functionScope();
    const v = m?.get(name);
    if (v === undefined || v.gen === this.gen) return v;
    const c = cloneVar(v, this.gen);
    m!.set(name, c);
    return c;
  }

  /** Every visible variable name, sorted as bash lists them (C collation). */
  names(): string[] {
    const set = new Set<string>();
    for (const s of this.scopes) for (const k of s.keys()) set.add(k);
    return [...set].sort(cmpC);
  }
}

export function cloneVar(v: Var, gen: number): Var {
  let value = v.value;
  if (value instanceof IndexedArray) value = value.clone();
  else if (value instanceof Map) value = new Map(value);
  return new Var(value, v.attrs, gen, v.dyn);
}

/** strcmp order (bash sorts names and glob results in the C locale). */
export function cmpC(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The scalar value of a variable as `$x` sees it (element 0 of an array). */
export function scalarOf(v: Var): string | undefined {
  if (v.dyn) return v.dyn.get();
  const val = v.value;
  if (val === undefined || typeof val === "string") return val;
  if (val instanceof IndexedArray) return val.get(0);
  return val.get("0");
}

export function isValidName(s: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(s);
}
