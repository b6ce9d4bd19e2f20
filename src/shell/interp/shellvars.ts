// The shell's variable interface: special parameters ($? $# $$ $! $- $_ $0…),
// dynamic variables (RANDOM from the world's seeded RNG, SECONDS and
// EPOCHSECONDS from the virtual clock, LINENO, BASHPID, PIPESTATUS, FUNCNAME),
// assignment with attributes (readonly, integer, case, arrays, allexport) and
// the environment exported to programs.

import { getHostname } from "../../kernel/task/uts.js";
import { Rng } from "../../sim/rng.js";
import { DEFAULT_EPOCH_SEC } from "../../sim/epoch.js";
import { DEFAULT_IFS } from "./expand/fields.js";
import { FatalError } from "./errors.js";
import { commandText } from "./text.js";
import { BASH_VERSION, type Shell } from "./interpreter.js";
import {
  ATTR_ARRAY,
  ATTR_ASSOC,
  ATTR_EXPORT,
  ATTR_INTEGER,
  ATTR_LOWER,
  ATTR_READONLY,
  ATTR_UPPER,
  IndexedArray,
  envEpoch,
  scalarOf,
  type Var,
} from "./vars.js";

const EPOCH_NS = DEFAULT_EPOCH_SEC * 1e9;

export function initVars(sh: Shell): void {
  const set = (k: string, v: string, attrs = 0) => {
    const x = sh.vars.create(k, "global");
    if (x.value === undefined) x.value = v;
    x.attrs |= attrs;
  };
  const host = sh.task.host;
  set("IFS", DEFAULT_IFS);
  // dash's prompt is "# " for root (every nslab process runs as root).
  set("PS1", sh.dialect === "dash" ? "# " : sh.interactive ? "\\u@\\h:\\w\\$ " : "\\s-\\v\\$ ");
  set("PS2", "> ");
  set("PS4", "+ ");
  set("OPTIND", "1");
  if (sh.dialect !== "dash") {
    // bash's own variables; dash sets none of them.
    set("BASH", "/usr/bin/bash");
    set("BASH_VERSION", BASH_VERSION);
    set("HOSTNAME", getHostname(sh.task));
    set("HOSTTYPE", "x86_64");
    set("MACHTYPE", "x86_64-pc-linux-gnu");
    set("OSTYPE", "linux-gnu");
  }
  set("UID", "0", ATTR_READONLY | ATTR_INTEGER);
  set("EUID", "0", ATTR_READONLY | ATTR_INTEGER);
  set("PPID", String(sh.task.parent?.pid ?? 0), ATTR_READONLY | ATTR_INTEGER);
  set("OPTERR", "1");
  set("HISTFILESIZE", "500");
  set("HISTSIZE", "500");
  const vinfo = sh.vars.create("BASH_VERSINFO", "global");
  vinfo.value = IndexedArray.of(["5", "2", "15", "1", "release", "x86_64-pc-linux-gnu"]);
  vinfo.attrs |= ATTR_READONLY | ATTR_ARRAY;
  const pwd = sh.vars.lookup("PWD");
  if (!pwd || pwd.value !== sh.task.cwd) set("PWD", sh.task.cwd);
  if (pwd) pwd.value = sh.task.cwd;
  const shlvl = sh.vars.lookup("SHLVL");
  const lvl = shlvl && typeof shlvl.value === "string" && /^\d+$/.test(shlvl.value) ? Number(shlvl.value) + 1 : 1;
  const s = sh.vars.create("SHLVL", "global");
  s.value = String(lvl);
  s.attrs |= ATTR_EXPORT;
  if (sh.interactive) set("HISTFILE", "/root/.bash_history");
}

export function installDynamics(sh: Shell): void {
  const dyn = (name: string, get: () => string, setf?: (v: string) => void, attrs = 0) => {
    const v = sh.vars.create(name, "global");
    v.dyn = { get, set: setf };
    v.value = "";
    v.attrs |= attrs;
  };
  dyn("LINENO", () => String(sh.lineno), () => {});
  // dash's only dynamic variable is LINENO: RANDOM, SECONDS… are ordinary (unset) variables there.
  if (sh.dialect === "dash") return;
  dyn("RANDOM", () => String(sh.random()), (v) => {
    sh.randomRng = new Rng(Number(v) | 0);
  });
  dyn("SRANDOM", () => String(sh.task.host.rng.u32()));
  dyn("SECONDS", () => String(Math.floor((sh.task.host.clock.now - sh.startNs) / 1e9) + sh.secondsBase), (v) => {
    sh.startNs = sh.task.host.clock.now;
    sh.secondsBase = Number(v) || 0;
  });
  dyn("BASHPID", () => String(sh.task.pid), undefined, ATTR_INTEGER);
  dyn("BASH_SUBSHELL", () => String(sh.subshellLevel));
  dyn("EPOCHSECONDS", () => String(Math.floor(sh.epochNs() / 1e9)));
  dyn("EPOCHREALTIME", () => {
    const ns = sh.epochNs();
    return `${Math.floor(ns / 1e9)}.${String(Math.floor((ns % 1e9) / 1e3)).padStart(6, "0")}`;
  });
  dyn("PIPESTATUS", () => String(sh.pipestatus[0] ?? 0));
  dyn("FUNCNAME", () => sh.funcNames[sh.funcNames.length - 1] ?? "");
  dyn("GROUPS", () => "0");
  // The source text of the simple command being run (the trap's trigger while a trap runs).
  dyn("BASH_COMMAND", () => (sh.curSimple ? commandText(sh.curSimple) : ""));
}

export function epochNs(sh: Shell): number {
  return sh.task.host.clock.now + EPOCH_NS;
}

export function random(sh: Shell): number {
  if (sh.randomRng) return sh.randomRng.int(0, 32767);
  return sh.task.host.rng.int(0, 32767);
}

/** The array value behind a dynamic array variable (PIPESTATUS, FUNCNAME). */
export function dynArray(sh: Shell, name: string): IndexedArray | undefined {
  if (name === "PIPESTATUS") return IndexedArray.of(sh.pipestatus.map(String));
  if (name === "FUNCNAME") return IndexedArray.of([...sh.funcNames].reverse());
  if (name === "GROUPS") return IndexedArray.of(["0"]);
  return undefined;
}

/** The value of a variable for expansion (arrays materialised for dynamic ones). */
export function valueOf(sh: Shell, v: Var, name: string): string | IndexedArray | Map<string, string> | undefined {
  if (v.dyn) return sh.dynArray(name) ?? v.dyn.get();
  return v.value;
}

/** $name for any parameter name (specials, positionals, variables). */
export function getScalar(sh: Shell, name: string): string | undefined {
  const c = name.charCodeAt(0);
  if (c >= 48 && c <= 57) {
    const n = Number(name);
    if (n === 0) return sh.scriptName;
    return sh.positional[n - 1];
  }
  switch (name) {
    case "?":
      return String(sh.status);
    case "#":
      return String(sh.positional.length);
    case "$":
      return String(sh.rootPid);
    case "!":
      return sh.lastBgPid === undefined ? undefined : String(sh.lastBgPid);
    case "-":
      return sh.flagString();
    case "_":
      return sh.lastArg;
    case "@":
    case "*":
      return sh.positional.join(name === "*" ? sh.ifsFirst() : " ");
  }
  const v = sh.vars.lookup(name);
  if (!v) return undefined;
  return scalarOf(v);
}

/** ${name[idx]} (idx already expanded text). */
export function getElement(sh: Shell, name: string, idx: string): string | undefined {
  const v = sh.vars.lookup(name);
  if (!v) {
    if (!(/^[A-Za-z_]/.test(name))) return undefined;
    return undefined;
  }
  const val = sh.valueOf(v, name);
  if (val instanceof Map) return val.get(idx);
  const i = Number(sh.arith(idx));
  if (val instanceof IndexedArray) {
    if (i < 0) {
      const k = val.keys();
      const j = (k.length ? k[k.length - 1]! + 1 : 0) + i;
      if (j < 0) {
        sh.errorLine(`${name}: bad array subscript`);
        return undefined;
      }
      return val.get(j);
    }
    return val.get(i);
  }
  if (i === 0 || i === -1) return val;
  return undefined;
}

export function ifs(sh: Shell): string {
  const v = sh.vars.lookup("IFS");
  if (!v) return DEFAULT_IFS;
  return scalarOf(v) ?? DEFAULT_IFS;
}

export function ifsFirst(sh: Shell): string {
  const v = sh.vars.lookup("IFS");
  if (!v) return " ";
  const s = scalarOf(v);
  if (s === undefined) return " ";
  return s.slice(0, 1);
}

export function flagString(sh: Shell): string {
  const o = sh.opts;
  let s = "";
  if (o.allexport) s += "a";
  if (o.notify) s += "b";
  if (o.errexit) s += "e";
  if (o.noglob) s += "f";
  if (o.hashall) s += "h";
  if (sh.interactive) s += "i";
  if (o.keyword) s += "k";
  if (o.monitor) s += "m";
  if (o.noexec) s += "n";
  if (o.onecmd) s += "t";
  if (o.nounset) s += "u";
  if (o.verbose) s += "v";
  if (o.xtrace) s += "x";
  if (o.braceexpand) s += "B";
  if (o.noclobber) s += "C";
  if (o.errtrace) s += "E";
  if (o.histexpand) s += "H";
  if (o.physical) s += "P";
  if (o.functrace) s += "T";
  if (sh.mode === "-c") s += "c";
  if (sh.mode === "stdin" || sh.mode === "interactive") s += "s";
  return s;
}

/**
 * Assigns a scalar (name or name[index]), honouring readonly, integer and
 * case attributes and allexport. Returns false (after bash's message) on a
 * readonly variable.
 */
export function setVar(sh: Shell, name: string, value: string, opts: { append?: boolean; local?: boolean; index?: string } = {}): boolean {
  let v = opts.local ? sh.vars.create(name, "local") : sh.vars.lookupMut(name);
  if (v && v.attrs & ATTR_READONLY && sh.dialect === "dash") {
    sh.errorLine(`${name}: is read only`);
    throw new FatalError(2);
  }
  if (v && v.attrs & ATTR_READONLY) {
    sh.errorLine(`${name}: readonly variable`);
    return false;
  }
  if (!v) v = sh.vars.create(name, "global");
  if (v.dyn && opts.index === undefined) {
    if (v.dyn.set) {
      v.dyn.set(value);
      return true;
    }
    v.dyn = undefined;
  }
  if (v.attrs & ATTR_INTEGER) {
    const base = opts.append ? (opts.index !== undefined ? sh.elementOf(v, opts.index) : scalarOf(v)) ?? "0" : undefined;
    value = String(sh.arith(base !== undefined ? `${base || 0}+(${value})` : value, sh.builtinName));
  } else if (opts.append) {
    value = ((opts.index !== undefined ? sh.elementOf(v, opts.index) : scalarOf(v)) ?? "") + value;
  }
  if (v.attrs & ATTR_UPPER) value = value.toUpperCase();
  else if (v.attrs & ATTR_LOWER) value = value.toLowerCase();
  if (sh.opts.allexport) v.attrs |= ATTR_EXPORT;
  if (opts.index !== undefined) {
    return sh.setElement(v, name, opts.index, value);
  }
  if (v.value instanceof IndexedArray) v.value.set(0, value);
  else if (v.value instanceof Map) v.value.set("0", value);
  else v.value = value;
  return true;
}

export function elementOf(sh: Shell, v: Var, idx: string): string | undefined {
  if (v.value instanceof Map) return v.value.get(idx);
  if (v.value instanceof IndexedArray) return v.value.get(Number(sh.arith(idx)));
  return Number(sh.arith(idx)) === 0 ? (v.value as string | undefined) : undefined;
}

export function setElement(sh: Shell, v: Var, name: string, idx: string, value: string): boolean {
  if (v.value instanceof Map || v.attrs & ATTR_ASSOC) {
    if (!(v.value instanceof Map)) v.value = new Map();
    (v.value as Map<string, string>).set(idx, value);
    return true;
  }
  let i = Number(sh.arith(idx));
  if (!(v.value instanceof IndexedArray)) {
    const old = v.value;
    v.value = new IndexedArray();
    if (typeof old === "string") v.value.set(0, old);
    v.attrs |= ATTR_ARRAY;
  }
  const arr = v.value as IndexedArray;
  if (i < 0) {
    i += arr.nextIndex();
    if (i < 0) {
      sh.errorLine(`${name}[${idx}]: bad array subscript`);
      return false;
    }
  }
  arr.set(i, value);
  return true;
}

/**
 * The environment exported to a child program (read only: programs share it).
 * Without prefix assignments, the last one built is handed out again while
 * envEpoch (vars.ts) shows no change and no exported variable is dynamic.
 */
export function exportEnv(sh: Shell, extra?: Array<[string, string]>): ReadonlyMap<string, string> {
  const vars = sh.vars;
  if (!extra && vars.envCache && vars.envCacheEpoch === envEpoch.n) return vars.envCache;
  const epoch = envEpoch.n;
  const env = new Map<string, string>();
  let dynamic = false;
  const scopes = vars.scopes;
  // forEach, not for…of: no [key, value] array per variable.
  if (scopes.length === 1) {
    // One scope: nothing to shadow, so unexported names need no delete.
    scopes[0]!.forEach((v, k) => {
      if (!(v.attrs & ATTR_EXPORT)) return;
      if (v.dyn) dynamic = true;
      const s = v.dyn ? v.dyn.get() : scalarOf(v);
      if (s !== undefined && !(v.value instanceof IndexedArray) && !(v.value instanceof Map)) env.set(k, s);
    });
  } else {
    for (const scope of scopes) {
      scope.forEach((v, k) => {
        if (v.attrs & ATTR_EXPORT) {
          if (v.dyn) dynamic = true;
          const s = v.dyn ? v.dyn.get() : scalarOf(v);
          if (s !== undefined && !(v.value instanceof IndexedArray) && !(v.value instanceof Map)) env.set(k, s);
          else env.delete(k);
        } else env.delete(k);
      });
    }
  }
  if (extra) {
    for (const [k, v] of extra) env.set(k, v);
    return env;
  }
  // A dynamic getter (an exported RANDOM) may answer differently next time; reading
  // one may also have bumped the epoch (SECONDS' getter does not, but no matter).
  if (dynamic || epoch !== envEpoch.n) vars.envCache = undefined;
  else {
    vars.envCache = env;
    vars.envCacheEpoch = epoch;
  }
  return env;
}
