// Variable builtins: declare/typeset/local, export, readonly, unset, let,
// shift, set, shopt. Assignment-looking arguments of the declaration builtins
// arrive already expanded as assignments (no splitting); array literals are
// handed over through Shell.declArrays.

import type { Shell, Builtin } from "../interpreter.js";
import { ArithError, evalArith } from "../arith.js";
import { FatalError } from "../errors.js";
import { declareKey, declareQuote, singleQuote } from "../quote.js";
import {
  ATTR_ARRAY,
  ATTR_ASSOC,
  ATTR_EXPORT,
  ATTR_INTEGER,
  ATTR_LOWER,
  ATTR_NAMEREF,
  ATTR_READONLY,
  ATTR_UPPER,
  IndexedArray,
  isValidName,
  scalarOf,
  type Var,
} from "../vars.js";
import { getopts, intArg, USAGE } from "./util.js";
import { functionText } from "./functext.js";

const FLAG_ATTRS: Record<string, number> = {
  a: ATTR_ARRAY,
  A: ATTR_ASSOC,
  i: ATTR_INTEGER,
  l: ATTR_LOWER,
  u: ATTR_UPPER,
  x: ATTR_EXPORT,
  r: ATTR_READONLY,
  n: ATTR_NAMEREF,
};

export function attrFlags(v: Var): string {
  let s = "";
  if (v.value instanceof IndexedArray || (v.attrs & ATTR_ARRAY && !(v.value instanceof Map))) s += "a";
  if (v.value instanceof Map || v.attrs & ATTR_ASSOC) s += "A";
  if (v.attrs & ATTR_INTEGER) s += "i";
  if (v.attrs & ATTR_LOWER) s += "l";
  if (v.attrs & ATTR_NAMEREF) s += "n";
  if (v.attrs & ATTR_READONLY) s += "r";
  if (v.attrs & ATTR_UPPER) s += "u";
  if (v.attrs & ATTR_EXPORT) s += "x";
  return s;
}

/** One `declare -p` line. */
export function declareLine(sh: Shell, name: string, v: Var): string {
  const flags = attrFlags(v);
  const head = `declare -${flags || "-"} ${name}`;
  const val = sh.valueOf(v, name);
  if (val instanceof IndexedArray) {
    const items = val.keys().map((k) => `[${k}]=${declareQuote(val.get(k)!)}`);
    return `${head}=(${items.join(" ")})`;
  }
  if (val instanceof Map) {
    if (!val.size) return `${head}=()`;
    const items = [...val].map(([k, x]) => `[${declareKey(k)}]=${declareQuote(x)} `);
    return `${head}=(${items.join("")})`;
  }
  if (val === undefined) return head;
  return `${head}=${declareQuote(val)}`;
}

function invalidId(sh: Shell, cmd: string, arg: string): void {
  sh.errorLine(`${cmd}: \`${arg}': not a valid identifier`);
}

/** declare / typeset / local (and the -x/-r forms export and readonly build on). */
async function declareImpl(sh: Shell, argv: string[], mode: "declare" | "local"): Promise<number> {
  const cmd = argv[0]!;
  if (mode === "local" && !sh.vars.inFunction()) {
    if (sh.dialect === "dash") {
      sh.errorLine("local: not in a function");
      throw new FatalError(2);
    }
    sh.errorLine(`${cmd}: can only be used in a function`);
    return 1;
  }
  const o = getopts(sh, cmd, argv, "aAfFgiIlnprtux", USAGE[cmd], true);
  if (!o) return 2;
  const f = o.flags;
  const offset = argv.length - o.args.length;
  if (f.has("f") || f.has("F")) {
    const names = o.args.length ? o.args : [...sh.funcs.keys()].sort();
    let st = 0;
    let out = "";
    for (const n of names) {
      const fn = sh.funcs.get(n);
      if (!fn) {
        st = 1;
        continue;
      }
      out += f.has("F") ? `declare -f ${n}\n` : `${functionText(fn)}\n`;
    }
    await sh.write(1, out);
    return st;
  }
  let setAttrs = 0;
  let clearAttrs = 0;
  for (const [k] of f) if (FLAG_ATTRS[k]) setAttrs |= FLAG_ATTRS[k]!;
  for (const k of o.plus) if (FLAG_ATTRS[k]) clearAttrs |= FLAG_ATTRS[k]!;
  const isLocal = mode === "local" || (sh.vars.inFunction() && !f.has("g"));
  if (f.has("p") || (o.args.length === 0 && setAttrs === 0 && clearAttrs === 0)) {
    return printVars(sh, o.args, setAttrs, !f.has("p") && o.args.length === 0);
  }
  if (o.args.length === 0) {
    // declare -x: list variables with those attributes.
    return printVars(sh, [], setAttrs, false);
  }
  let st = 0;
  for (let i = 0; i < o.args.length; i++) {
    const arg = o.args[i]!;
    const arr = sh.declArrays?.get(offset + i);
    const m = /^([A-Za-z_][A-Za-z0-9_]*)(\[.*\])?(\+?=)?/s.exec(arg);
    if (!m || (!m[3] && m[0] !== arg && !m[2])) {
      invalidId(sh, cmd, arg);
      st = 1;
      continue;
    }
    const name = m[1]!;
    if (setAttrs & ATTR_NAMEREF && m[3] && !isValidName(arg.slice(m[0].length))) {
      sh.errorLine(`${cmd}: \`${arg.slice(m[0].length)}': invalid variable name for name reference`);
      st = 1;
      continue;
    }
    // declare -n/+n works on the reference itself; other attributes go to the variable it names.
    let v = isLocal ? sh.vars.functionLocalMut(name) : sh.vars.lookupMut(name, ((setAttrs | clearAttrs) & ATTR_NAMEREF) !== 0);
    if (v && v.attrs & ATTR_READONLY && (m[3] || setAttrs & ~ATTR_READONLY || clearAttrs)) {
      if (m[3] || clearAttrs & ATTR_READONLY) {
        sh.errorLine(`${name}: readonly variable`);
        st = 1;
        continue;
      }
    }
    if (!v) {
      if (isLocal) {
        v = sh.vars.create(name, "local");
        // `local x` keeps the value of a global with the same name only with localvar_inherit.
      } else v = sh.vars.create(name, "global");
      if (setAttrs & ATTR_ASSOC) v.value = m[3] ? undefined : new Map();
      else if (setAttrs & ATTR_ARRAY) v.value = m[3] ? undefined : new IndexedArray();
    } else if (isLocal) {
      const fs = sh.vars.functionScope()!;
      if (v !== fs.get(name)) v = sh.vars.create(name, "local");
    }
    if (setAttrs & ATTR_ASSOC && !(v.value instanceof Map)) {
      if (v.value instanceof IndexedArray) {
        sh.errorLine(`${cmd}: ${name}: cannot convert indexed to associative array`);
        st = 1;
        continue;
      }
      v.value = new Map();
    }
    if (setAttrs & ATTR_ARRAY && !(v.value instanceof IndexedArray) && !(v.value instanceof Map)) {
      const old = v.value;
      v.value = new IndexedArray();
      if (typeof old === "string") v.value.set(0, old);
    }
    v.attrs = (v.attrs | (setAttrs & ~ATTR_READONLY)) & ~clearAttrs;
    if (m[3]) {
      if (arr) {
        if (!(await sh.assignArray(name, arr.value as never, m[3] === "+=", isLocal))) st = 1;
      } else if (v.attrs & ATTR_NAMEREF && !m[2] && m[3] === "=") {
        v.value = arg.slice(m[0].length);
      } else {
        const value = arg.slice(m[0].length);
        const index = m[2] ? m[2].slice(1, -1) : undefined;
        if (!sh.setVar(name, value, { append: m[3] === "+=", index, local: isLocal })) st = 1;
      }
    }
    if (setAttrs & ATTR_READONLY) v.attrs |= ATTR_READONLY;
    if (v.attrs & ATTR_INTEGER && typeof v.value === "string" && !m[3] && setAttrs & ATTR_INTEGER) {
      // declare -i on an existing value does not re-evaluate it.
    }
  }
  return st;
}

async function printVars(sh: Shell, names: string[], attrs: number, plainSet: boolean): Promise<number> {
  let out = "";
  let st = 0;
  if (names.length) {
    for (const n of names) {
      const v = sh.vars.lookupRaw(n);
      if (!v) {
        sh.errorLine(`declare: ${n}: not found`);
        st = 1;
        continue;
      }
      out += `${declareLine(sh, n, v)}\n`;
    }
  } else {
    for (const n of sh.vars.names()) {
      const v = sh.vars.lookupRaw(n)!;
      if (attrs && (v.attrs & attrs) !== attrs && !(attrs & ATTR_ARRAY && v.value instanceof IndexedArray) && !(attrs & ATTR_ASSOC && v.value instanceof Map)) continue;
      if (plainSet) {
        const val = sh.valueOf(v, n);
        if (val === undefined) continue;
        if (typeof val === "string") out += `${n}=${setQuote(val)}\n`;
        else out += `${declareLine(sh, n, v).replace(/^declare -\S+ /, "")}\n`;
      } else out += `${declareLine(sh, n, v)}\n`;
    }
  }
  await sh.write(1, out);
  return st;
}

/** How `set` (no arguments) quotes values: bare when safe, else single quotes or $'…'. */
export function setQuote(s: string): string {
  if (s === "") return "''";
  if (/[\x00-\x1f\x7f]/.test(s)) {
    return `$'${s.replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/\n/g, "\\n").replace(/\t/g, "\\t").replace(/[\x00-\x1f\x7f]/g, (c) => `\\${c.charCodeAt(0).toString(8).padStart(3, "0")}`)}'`;
  }
  if (/[^A-Za-z0-9_./,:=+@%^-]/.test(s)) return `'${s.replace(/'/g, "'\\''")}'`;
  return s;
}

export const declare: Builtin = (sh, argv) => declareImpl(sh, argv, "declare");
export const local: Builtin = (sh, argv) => declareImpl(sh, argv, "local");

export const exportB: Builtin = async (sh, argv) => exportOrReadonly(sh, argv, ATTR_EXPORT);
export const readonly: Builtin = async (sh, argv) => exportOrReadonly(sh, argv, ATTR_READONLY);

async function exportOrReadonly(sh: Shell, argv: string[], attr: number): Promise<number> {
  const cmd = argv[0]!;
  const o = getopts(sh, cmd, argv, attr === ATTR_EXPORT ? "fnp" : "aAfp", USAGE[cmd]);
  if (!o) return 2;
  const offset = argv.length - o.args.length;
  if (o.flags.has("f")) {
    let st = 0;
    for (const n of o.args) {
      if (!sh.funcs.has(n)) {
        sh.errorLine(`${cmd}: ${n}: not a function`);
        st = 1;
      } else if (attr === ATTR_READONLY) sh.readonlyFuncs.add(n);
    }
    return st;
  }
  if (o.args.length === 0 && sh.dialect === "dash") {
    // dash: `export NAME='value'` (always single quotes), sorted by name.
    let out = "";
    for (const n of [...sh.vars.names()].sort()) {
      const v = sh.vars.lookup(n)!;
      if (!(v.attrs & attr)) continue;
      const val = sh.valueOf(v, n);
      out += typeof val === "string" ? `${cmd} ${n}=${singleQuote(val)}\n` : `${cmd} ${n}\n`;
    }
    await sh.write(1, out);
    return 0;
  }
  if (o.args.length === 0) {
    let out = "";
    for (const n of sh.vars.names()) {
      const v = sh.vars.lookupRaw(n)!;
      if (!(v.attrs & attr)) continue;
      out += `${declareLine(sh, n, v)}\n`;
    }
    await sh.write(1, out);
    return 0;
  }
  let st = 0;
  for (let i = 0; i < o.args.length; i++) {
    const arg = o.args[i]!;
    const m = /^([A-Za-z_][A-Za-z0-9_]*)(\+?=)?/s.exec(arg);
    if (!m || (!m[2] && m[0] !== arg)) {
      invalidId(sh, cmd, arg);
      st = 1;
      continue;
    }
    const name = m[1]!;
    if (attr === ATTR_EXPORT && o.flags.has("n")) {
      const v = sh.vars.lookupMut(name);
      if (v) v.attrs &= ~ATTR_EXPORT;
      continue;
    }
    const arr = sh.declArrays?.get(offset + i);
    if (m[2]) {
      if (arr) {
        if (!(await sh.assignArray(name, arr.value as never, m[2] === "+=", false))) {
          st = 1;
          continue;
        }
      } else if (!sh.setVar(name, arg.slice(m[0].length), { append: m[2] === "+=" })) {
        st = 1;
        continue;
      }
    }
    const v = sh.vars.lookupMut(name) ?? sh.vars.create(name, "global");
    if (attr === ATTR_READONLY && o.flags.has("a") && !(v.value instanceof IndexedArray)) v.value = new IndexedArray();
    if (attr === ATTR_READONLY && o.flags.has("A") && !(v.value instanceof Map)) v.value = new Map();
    v.attrs |= attr;
  }
  return st;
}

export const unset: Builtin = (sh, argv) => {
  const o = getopts(sh, "unset", argv, "fvn", USAGE.unset);
  if (!o) return 2;
  let st = 0;
  for (const arg of o.args) {
    if (o.flags.has("f")) {
      sh.funcs.delete(arg);
      continue;
    }
    const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:\[(.*)\])?$/s.exec(arg);
    if (!m && /^\d+$/.test(arg)) {
      // Positional parameters cannot be unset; bash says nothing.
      st = 1;
      continue;
    }
    if (!m) {
      sh.errorLine(`unset: \`${arg}': not a valid identifier`);
      st = 1;
      continue;
    }
    // `unset REF` unsets the variable a name reference names; `unset -n REF` the reference.
    const name = o.flags.has("n") ? m[1]! : sh.vars.resolve(m[1]!);
    if (o.flags.has("n") && sh.vars.lookupRaw(name)) {
      sh.vars.remove(name);
      continue;
    }
    const v = sh.vars.lookup(name);
    if (!v) {
      if (!o.flags.has("v") && m[2] === undefined) sh.funcs.delete(name);
      continue;
    }
    if (v.attrs & ATTR_READONLY) {
      sh.errorLine(`unset: ${name}: cannot unset: readonly variable`);
      st = 1;
      continue;
    }
    if (m[2] !== undefined) {
      const mv = sh.vars.lookupMut(name)!;
      if (m[2] === "@" || m[2] === "*") {
        sh.vars.remove(name);
        continue;
      }
      if (mv.value instanceof Map) mv.value.delete(m[2]);
      else if (mv.value instanceof IndexedArray) {
        let i = Number(sh.arith(m[2]));
        if (i < 0) i += mv.value.nextIndex();
        mv.value.delete(i);
      } else if (Number(sh.arith(m[2])) === 0) mv.value = undefined;
      continue;
    }
    // A local of the current function stays local but unset; one of a calling
    // function is removed, revealing the outer one (bash without localvar_unset).
    const fscope = sh.vars.functionScope();
    if (fscope?.has(name) && sh.vars.scopeOf(name) === sh.vars.scopes.lastIndexOf(fscope)) {
      const mv = sh.vars.lookupMut(name)!;
      mv.value = undefined;
      mv.dyn = undefined;
      continue;
    }
    sh.vars.remove(name);
  }
  return st;
};

export const letB: Builtin = (sh, argv) => {
  if (argv.length < 2) {
    sh.errorLine("let: expression expected");
    return 1;
  }
  let v = 0n;
  for (const e of argv.slice(1)) {
    try {
      v = evalArith(e, sh.arithEnv());
    } catch (err) {
      if (err instanceof ArithError) {
        sh.errorLine(`let: ${err.message}`);
        return 1;
      }
      throw sh.arithFailure(err);
    }
  }
  return v !== 0n ? 0 : 1;
};

export const shift: Builtin = (sh, argv) => {
  if (sh.dialect === "dash") return dashShift(sh, argv);
  let n = 1;
  if (argv.length > 1) {
    const x = intArg(argv[1]!);
    if (x === undefined) {
      sh.errorLine(`shift: ${argv[1]}: numeric argument required`);
      return 1;
    }
    if (x < 0) {
      sh.errorLine(`shift: ${argv[1]}: shift count out of range`);
      return 1;
    }
    n = x;
  }
  if (n > sh.positional.length) {
    if (sh.shopts.get("shift_verbose")) sh.errorLine(`shift: ${n}: shift count out of range`);
    return 1;
  }
  sh.positional = sh.positional.slice(n);
  return 0;
};

const SET_LETTERS: Record<string, keyof Shell["opts"]> = {
  a: "allexport",
  b: "notify",
  e: "errexit",
  f: "noglob",
  h: "hashall",
  m: "monitor",
  n: "noexec",
  u: "nounset",
  v: "verbose",
  x: "xtrace",
  B: "braceexpand",
  C: "noclobber",
  E: "errtrace",
  H: "histexpand",
  P: "physical",
  T: "functrace",
  k: "keyword",
  t: "onecmd",
  p: "privileged",
};

/** `set -o` names in bash's listing order, mapped to our option fields. */
export const SET_O_NAMES: Array<[string, keyof Shell["opts"]]> = [
  ["allexport", "allexport"], ["braceexpand", "braceexpand"], ["emacs", "emacs"], ["errexit", "errexit"],
  ["errtrace", "errtrace"], ["functrace", "functrace"], ["hashall", "hashall"], ["histexpand", "histexpand"],
  ["history", "history"], ["ignoreeof", "ignoreeof"], ["interactive-comments", "interactiveComments"],
  ["keyword", "keyword"], ["monitor", "monitor"], ["noclobber", "noclobber"], ["noexec", "noexec"],
  ["noglob", "noglob"], ["nolog", "nolog"], ["notify", "notify"], ["nounset", "nounset"], ["onecmd", "onecmd"],
  ["physical", "physical"], ["pipefail", "pipefail"], ["posix", "posix"], ["privileged", "privileged"],
  ["verbose", "verbose"], ["vi", "vi"], ["xtrace", "xtrace"],
];

/** Applies one set flag letter; false when unknown. */
export function applySetLetter(sh: Shell, c: string, on: boolean): boolean {
  const k = SET_LETTERS[c];
  if (!k) return false;
  (sh.opts as unknown as Record<string, boolean>)[k] = on;
  return true;
}

export const set: Builtin = async (sh, argv) => {
  if (argv.length === 1 && sh.dialect === "dash") {
    // dash: every variable as NAME='value', sorted, no functions.
    let out = "";
    for (const n of [...sh.vars.names()].sort()) {
      const val = sh.valueOf(sh.vars.lookup(n)!, n);
      if (typeof val === "string") out += `${n}=${singleQuote(val)}\n`;
    }
    await sh.write(1, out);
    return 0;
  }
  if (argv.length === 1) {
    let out = "";
    for (const n of sh.vars.names()) {
      const v = sh.vars.lookupRaw(n)!;
      const val = sh.valueOf(v, n);
      if (val === undefined) continue;
      if (typeof val === "string") out += `${n}=${setQuote(val)}\n`;
      else out += `${declareLine(sh, n, v).replace(/^declare -\S+ /, "")}\n`;
    }
    for (const [n, fn] of [...sh.funcs].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) out += `${functionText(fn)}\n`;
    await sh.write(1, out);
    return 0;
  }
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") {
      i++;
      sh.positional = argv.slice(i);
      return 0;
    }
    if (a === "-") {
      sh.opts.xtrace = false;
      sh.opts.verbose = false;
      i++;
      sh.positional = argv.slice(i);
      return 0;
    }
    if ((a[0] !== "-" && a[0] !== "+") || a.length < 2) break;
    const on = a[0] === "-";
    for (let j = 1; j < a.length; j++) {
      const c = a[j]!;
      if (c === "o") {
        const name = argv[i + 1];
        if (name === undefined) {
          await listSetO(sh, on);
          continue;
        }
        i++;
        const e = SET_O_NAMES.find(([n]) => n === name && !(sh.dialect === "dash" && !DASH_SET_O.has(n)));
        if (!e && sh.dialect === "dash") {
          // A special builtin's error: fatal in dash.
          sh.errorLine(`set: Illegal option -o ${name}`);
          throw new FatalError(2);
        }
        if (!e) {
          sh.errorLine(`set: ${name}: invalid option name`);
          return 2;
        }
        (sh.opts as unknown as Record<string, boolean>)[e[1]] = on;
        if (name === "emacs" && on) sh.opts.vi = false;
        if (name === "vi" && on) sh.opts.emacs = false;
        continue;
      }
      if (!applySetLetter(sh, c, on)) {
        sh.errorLine(`set: ${on ? "-" : "+"}${c}: invalid option`);
        sh.writeSync(2, `set: usage: ${USAGE.set}\n`);
        return 2;
      }
    }
  }
  if (i < argv.length) sh.positional = argv.slice(i);
  return 0;
};

async function listSetO(sh: Shell, human: boolean): Promise<void> {
  let out = "";
  const o = sh.opts as unknown as Record<string, boolean>;
  for (const [n, k] of SET_O_NAMES) {
    if (human) out += `${n.padEnd(15)}\t${o[k] ? "on" : "off"}\n`;
    else out += `set ${o[k] ? "-o" : "+o"} ${n}\n`;
  }
  await sh.write(1, out);
}

export const shopt: Builtin = async (sh, argv) => {
  const o = getopts(sh, "shopt", argv, "pqsuo", USAGE.shopt);
  if (!o) return 2;
  const f = o.flags;
  if (f.has("o")) {
    const opts = sh.opts as unknown as Record<string, boolean>;
    if (!o.args.length) {
      let out = "";
      for (const [n, k] of SET_O_NAMES) {
        if (f.has("s") && !opts[k]) continue;
        if (f.has("u") && opts[k]) continue;
        out += f.has("p") ? `set ${opts[k] ? "-o" : "+o"} ${n}\n` : `${n.padEnd(15)}\t${opts[k] ? "on" : "off"}\n`;
      }
      if (!f.has("q")) await sh.write(1, out);
      return 0;
    }
    let st = 0;
    for (const n of o.args) {
      const e = SET_O_NAMES.find(([x]) => x === n);
      if (!e) {
        sh.errorLine(`shopt: ${n}: invalid option name`);
        st = 1;
        continue;
      }
      if (f.has("s")) opts[e[1]] = true;
      else if (f.has("u")) opts[e[1]] = false;
      else if (!opts[e[1]]) st = 1;
    }
    return st;
  }
  if (f.has("s") || f.has("u")) {
    const on = f.has("s");
    if (!o.args.length) {
      let out = "";
      for (const [n, v] of sh.shopts) if (v === on) out += f.has("p") ? `shopt ${on ? "-s" : "-u"} ${n}\n` : `${n.padEnd(15)}\t${v ? "on" : "off"}\n`;
      await sh.write(1, out);
      return 0;
    }
    let st = 0;
    for (const n of o.args) {
      if (!sh.shopts.has(n)) {
        sh.errorLine(`shopt: ${n}: invalid shell option name`);
        st = 1;
        continue;
      }
      sh.shopts.set(n, on);
    }
    return st;
  }
  const names = o.args.length ? o.args : [...sh.shopts.keys()];
  let out = "";
  let st = 0;
  for (const n of names) {
    const v = sh.shopts.get(n);
    if (v === undefined) {
      sh.errorLine(`shopt: ${n}: invalid shell option name`);
      st = 1;
      continue;
    }
    if (!v) st = o.args.length ? 1 : st;
    out += f.has("p") ? `shopt ${v ? "-s" : "-u"} ${n}\n` : `${n.padEnd(15)}\t${v ? "on" : "off"}\n`;
  }
  if (!f.has("q")) await sh.write(1, out);
  return st;
};

export { scalarOf, isValidName };

/** The `set -o` names dash 0.5.12 knows (no pipefail, no bash-only ones). */
const DASH_SET_O = new Set([
  "errexit", "noglob", "ignoreeof", "interactive", "monitor", "noexec", "stdin", "xtrace", "verbose", "vi", "emacs",
  "noclobber", "allexport", "notify", "nounset", "nolog", "debug",
]);

/** dash's shift: a bad count is a fatal special-builtin error (exit status 2). */
function dashShift(sh: Shell, argv: string[]): number {
  let n = 1;
  if (argv.length > 1) {
    const a = argv[1]!;
    if (!/^[0-9]+$/.test(a)) {
      sh.errorLine(`shift: Illegal number: ${a}`);
      throw new FatalError(2);
    }
    n = Number(a);
  }
  if (n > sh.positional.length) {
    sh.errorLine("shift: can't shift that many");
    throw new FatalError(2);
  }
  sh.positional = sh.positional.slice(n);
  return 0;
}
