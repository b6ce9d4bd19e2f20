// Simple commands: expansion, assignments (prefix ones go to the command's
// environment only), lookup in bash's order (functions, builtins, PATH),
// redirections, function calls with dynamic scoping, external programs run
// as child tasks (or exec'd in place when a subshell's last command).

import type { ArrayLiteral, Assignment, FunctionDef, SimpleCommand, Word } from "../ast.js";
import { resolveCommand, runAlone, spawn } from "../../kernel/task/exec.js";
import type { Program } from "../../kernel/task/program.js";
import { InStream, OutStream } from "../../kernel/task/stdio.js";
import type { Task } from "../../kernel/task/task.js";
import { Interrupted } from "../../sim/scheduler.js";
import { ERRNO, KernelError, strerror } from "../../uapi/errno.js";
import { findBuiltin } from "./builtins/index.js";
import { runsAlone, expandStringSync, expandWordsSync } from "./expand/sync.js";
import { reportForegroundNow } from "./pipeline.js";
import { COST_BUILTIN, COST_FORK_EXEC, CTL_NONE, CTL_RETURN, PAY_THRESHOLD } from "./consts.js";
import { DiscardLine, ExitShell, FatalError, StopRun } from "./errors.js";
import { DEFAULT_FUNCNEST, type Builtin, type Shell } from "./interpreter.js";
import { execAlone, fail, fwd, ret, vfwd } from "./sync-exec.js";
import { ParseError } from "./parse.js";
import { xtraceQuote } from "./quote.js";
import { applyRedirects, dropSaved, restoreFds, type SavedFds } from "./redirect.js";
import { commandText, wordText } from "./text.js";
import { ATTR_ARRAY, ATTR_ASSOC, ATTR_EXPORT, ATTR_INTEGER, ATTR_NAMEREF, ATTR_READONLY, IndexedArray, Var, envEpoch } from "./vars.js";

export function execSimple(sh: Shell, cmd: SimpleCommand): number | Promise<number> {
  sh.lineno = cmd.line;
  if (!sh.trapDepth) sh.curSimple = cmd;
  let paid: Promise<void> | undefined;
  try {
    sh.tick(COST_BUILTIN);
    if (sh.debt >= PAY_THRESHOLD) paid = sh.payInPlace();
  } catch (e) {
    return fail(sh, e);
  }
  if (!paid && execAlone(sh)) {
    const r = execSimpleNow(sh, cmd);
    if (r !== undefined) return r;
  }
  return execSimpleAfterPay(sh, cmd, paid);
}

/**
 * execSimple without awaiting, for a command whose words expand without a
 * process, with no assignments, redirections or trace, that is a builtin
 * (not exec) or an external program, or for a lone plain `name=value`:
 * undefined, with nothing done, for the others (sync-exec.ts).
 */
function execSimpleNow(sh: Shell, cmd: SimpleCommand): number | Promise<number> | undefined {
  const words = cmd.words;
  if (cmd.redirects.length || sh.pendingTraps.length || sh.execInPlace || sh.opts.xtrace) return undefined;
  if (!words.length) return assignNow(sh, cmd);
  if (cmd.assignments.length) return undefined;
  for (let i = 0; i < words.length; i++) if (words[i]!.assignment) return undefined;
  const argv = expandWordsSync(sh, words);
  if (!argv?.length) return undefined;
  const name = argv[0]!;
  let bi: Builtin | undefined;
  if (!name.includes("/")) {
    if (sh.funcs.has(name)) return undefined;
    bi = findBuiltin(sh.dialect, name);
    if (bi && name === "exec") return undefined;
  }
  sh.lastSubstStatus = -1;
  sh.declArrays = undefined;
  sh.lineno = cmd.line;
  sh.lastArg = argv[argv.length - 1]!;
  if (!bi) return vfwd(sh.runExternal(argv, undefined, cmd, false));
  sh.currentTemp = undefined;
  const r = runBuiltinNow(sh, bi, argv);
  return typeof r === "number" ? r : fwd(fwd(r));
}

/** A lone `name=value` (assignmentsOnly + doAssignment) without awaiting, or undefined with nothing done. */
function assignNow(sh: Shell, cmd: SimpleCommand): number | undefined {
  if (cmd.assignments.length !== 1) return undefined;
  const a = cmd.assignments[0]!;
  if (a.value.type === "ArrayLiteral" || a.index) return undefined;
  // setVar would print (readonly), evaluate (integer), follow a reference or call a dynamic setter.
  const v = sh.vars.lookup(a.name);
  if (v && (v.attrs & (ATTR_READONLY | ATTR_INTEGER | ATTR_NAMEREF) || v.dyn)) return undefined;
  const value = expandStringSync(sh, a.value);
  if (value === undefined) return undefined;
  sh.lastSubstStatus = -1;
  sh.declArrays = undefined;
  sh.lineno = cmd.line;
  if (!sh.setVar(a.name, value, { append: a.append, local: false })) throw new DiscardLine(1);
  sh.lastArg = "";
  return 0;
}

/**
 * runBuiltin (no prefix assignments) without awaiting: the status when the
 * builtin returned one and the shell is still alone, else runBuiltin's
 * promise (execSimpleNow adds withRedirects' and execSimple's turns).
 */
function runBuiltinNow(sh: Shell, bi: Builtin, argv: string[]): number | Promise<number> {
  const savedName = sh.builtinName;
  sh.builtinName = argv[0];
  let r: number | Promise<number>;
  try {
    r = bi(sh, argv);
  } catch (e) {
    let st: number;
    try {
      st = sh.builtinFailure(e, argv[0]!);
    } catch (e2) {
      return fail(sh, e2);
    } finally {
      sh.builtinName = savedName;
    }
    return ret(sh, st);
  }
  if (typeof r === "number" && execAlone(sh)) {
    sh.builtinName = savedName;
    return r;
  }
  return awaitBuiltin(sh, r, argv[0]!, savedName);
}

/** The rest of runBuiltin: the builtin's result awaited. */
async function awaitBuiltin(sh: Shell, r: number | Promise<number>, name: string, savedName: string | undefined): Promise<number> {
  try {
    return await r;
  } catch (e) {
    return sh.builtinFailure(e, name);
  } finally {
    sh.builtinName = savedName;
  }
}

/** execSimple from its pay sleep on, the awaiting way. */
async function execSimpleAfterPay(sh: Shell, cmd: SimpleCommand, paid: Promise<void> | undefined): Promise<number> {
  if (paid) await paid;
  if (sh.pendingTraps.length) await sh.runPendingTraps();
  const inPlace = sh.execInPlace;
  sh.execInPlace = false;
  sh.lastSubstStatus = -1;
  let argv: string[];
  sh.declArrays = undefined;
  if (cmd.words.length && cmd.words.some((w) => w.assignment)) argv = await sh.expandDeclWords(cmd.words);
  else argv = cmd.words.length ? expandWordsSync(sh, cmd.words) ?? (await sh.expandWords(cmd.words)) : [];
  sh.lineno = cmd.line;
  if (argv.length === 0) return sh.assignmentsOnly(cmd);

  const name = argv[0]!;
  // Prefix assignments: evaluated now, applied to the command's environment only.
  let temp: Array<[string, string]> | undefined;
  if (cmd.assignments.length) {
    temp = [];
    for (const a of cmd.assignments) {
      const v = a.value.type === "ArrayLiteral" ? "" : expandStringSync(sh, a.value) ?? (await sh.expandAssignValue(a.value));
      if (sh.opts.xtrace) sh.trace(`${a.name}=${sh.dialect === "dash" ? v : xtraceQuote(v)}`);
      temp.push([a.name, v]);
    }
  }
  // dash traces words as they are, without quoting.
  if (sh.opts.xtrace) sh.trace((sh.dialect === "dash" ? argv : argv.map(xtraceQuote)).join(" "));
  sh.lastArg = argv[argv.length - 1]!;

  if (!name.includes("/")) {
    const fn = sh.funcs.get(name);
    if (fn) return sh.withRedirects(cmd, () => sh.callFunction(fn, argv, temp));
    const bi = findBuiltin(sh.dialect, name);
    if (bi) {
      if (name === "exec" && !argv.slice(1).some((a) => a !== "--")) {
        // exec without a command: the redirections stay.
        if (!(await applyRedirects(sh, cmd.redirects, null))) {
          if (!sh.interactive) throw new FatalError(1);
          return 1;
        }
        return 0;
      }
      sh.currentTemp = temp;
      return sh.withRedirects(cmd, () => sh.runBuiltin(bi, argv, temp));
    }
  }
  return sh.runExternal(argv, temp, cmd, inPlace);
}

/** Words of a declaration builtin: assignment-looking ones are expanded as assignments. */
export async function expandDeclWords(sh: Shell, words: Word[]): Promise<string[]> {
  const out: string[] = [];
  for (const w of words) {
    const a = w.assignment;
    if (!a) {
      for (const x of await sh.expandWords([w])) out.push(x);
      continue;
    }
    const idx = a.index ? `[${await sh.expandIndexText(a.index)}]` : "";
    const op = a.append ? "+=" : "=";
    if (a.value.type === "ArrayLiteral") {
      (sh.declArrays ??= new Map()).set(out.length, a);
      out.push(`${a.name}${idx}${op}(…)`);
    } else out.push(`${a.name}${idx}${op}${await sh.expandAssignValue(a.value)}`);
  }
  return out;
}

/** `command NAME …`: runs NAME as a builtin or external program, skipping functions. */
export async function runExternalArgv(sh: Shell, argv: string[]): Promise<number> {
  const cmd: SimpleCommand = { type: "SimpleCommand", line: sh.lineno, assignments: [], words: [], redirects: [] };
  return sh.runExternal(argv, sh.currentTemp, cmd, false);
}

export async function assignmentsOnly(sh: Shell, cmd: SimpleCommand): Promise<number> {
  for (const a of cmd.assignments) {
    if (!(await sh.doAssignment(a, false))) throw new DiscardLine(1);
  }
  if (cmd.redirects.length) {
    const saved: SavedFds = { entries: [] };
    const ok = await applyRedirects(sh, cmd.redirects, saved);
    restoreFds(sh, saved);
    if (!ok) return 1;
  }
  if (cmd.assignments.length) sh.lastArg = "";
  return sh.lastSubstStatus >= 0 ? sh.lastSubstStatus : 0;
}

/** The right side of an assignment: no splitting or globbing; tilde after = and :. */
export async function expandAssignValue(sh: Shell, w: Word): Promise<string> {
  return sh.expandString(w);
}

/** Performs `name=value`, `name[i]=value`, `name+=…`, `name=(…)` in the shell. */
export async function doAssignment(sh: Shell, a: Assignment, local: boolean, attrs = 0): Promise<boolean> {
  if (a.value.type === "ArrayLiteral") {
    if (sh.opts.xtrace) sh.trace(`${a.name}${a.append ? "+=" : "="}(${a.value.elements.map((e) => (e.index ? `[${wordText(e.index)}]=` : "") + wordText(e.value)).join(" ")})`);
    return sh.assignArray(a.name, a.value, a.append, local, attrs);
  }
  const v = expandStringSync(sh, a.value) ?? (await sh.expandAssignValue(a.value));
  let index: string | undefined;
  if (a.index) index = await sh.expandIndexText(a.index);
  if (sh.opts.xtrace) sh.trace(`${a.name}${index !== undefined ? `[${index}]` : ""}${a.append ? "+=" : "="}${sh.dialect === "dash" ? v : xtraceQuote(v)}`);
  if (local) {
    const existing = sh.vars.functionScope()?.get(a.name);
    if (!existing) {
      const nv = sh.vars.create(a.name, "local");
      nv.attrs |= attrs;
    }
  }
  return sh.setVar(a.name, v, { append: a.append, index, local });
}

export async function assignArray(sh: Shell, name: string, lit: ArrayLiteral, append: boolean, local: boolean, attrs = 0): Promise<boolean> {
  let v = local ? sh.vars.create(name, "local") : sh.vars.lookupMut(name);
  if (v && v.attrs & ATTR_READONLY) {
    sh.errorLine(`${name}: readonly variable`);
    return false;
  }
  if (!v) v = sh.vars.create(name, "global");
  v.attrs |= attrs;
  v.dyn = undefined;
  const assoc = !!(v.attrs & ATTR_ASSOC) || v.value instanceof Map;
  if (assoc) {
    const m = append && v.value instanceof Map ? v.value : new Map<string, string>();
    for (const el of lit.elements) {
      if (!el.index) {
        sh.errorLine(`${name}: ${wordText(el.value)}: must use subscript when assigning associative array`);
        continue;
      }
      const k = await sh.expandString(el.index);
      let val = await sh.expandString(el.value);
      if (v.attrs & ATTR_INTEGER) val = String(sh.arith(val));
      m.set(k, val);
    }
    v.value = m;
    v.attrs |= ATTR_ASSOC;
    return true;
  }
  const arr = append && v.value instanceof IndexedArray ? v.value : new IndexedArray();
  if (append && typeof v.value === "string") arr.set(0, v.value);
  let next = arr.nextIndex();
  for (const el of lit.elements) {
    if (el.index) {
      const k = Number(sh.arith(await sh.expandString(el.index)));
      let val = await sh.expandString(el.value);
      if (v.attrs & ATTR_INTEGER) val = String(sh.arith(val));
      arr.set(k, val);
      next = k + 1;
    } else {
      for (let val of await sh.expandWords([el.value])) {
        if (v.attrs & ATTR_INTEGER) val = String(sh.arith(val));
        arr.set(next++, val);
      }
    }
  }
  v.value = arr;
  v.attrs |= ATTR_ARRAY;
  if (sh.opts.allexport) v.attrs |= ATTR_EXPORT;
  return true;
}

export async function withRedirects(sh: Shell, cmd: SimpleCommand, fn: () => Promise<number>): Promise<number> {
  if (!cmd.redirects.length) return fn();
  const saved: SavedFds = { entries: [] };
  try {
    if (!(await applyRedirects(sh, cmd.redirects, saved))) return 1;
    sh.lineno = cmd.line;
    return await fn();
  } finally {
    restoreFds(sh, saved);
  }
}

/** Pushes a temporary scope holding `VAR=x` prefix assignments (exported for the command's duration). */
export function pushTemp(sh: Shell, temp: Array<[string, string]> | undefined): boolean {
  if (!temp) return false;
  const scope = sh.vars.push("temp");
  for (const [k, v] of temp) {
    const old = sh.vars.lookup(k);
    if (old && old.attrs & ATTR_READONLY) {
      sh.errorLine(`${k}: readonly variable`);
      continue;
    }
    scope.set(k, new Var(v, ATTR_EXPORT | ((old?.attrs ?? 0) & ~ATTR_READONLY & ~ATTR_ARRAY & ~ATTR_ASSOC), sh.vars.gen));
  }
  envEpoch.n++;
  return true;
}

export async function runBuiltin(sh: Shell, bi: Builtin, argv: string[], temp?: Array<[string, string]>): Promise<number> {
  const pushed = sh.pushTemp(temp);
  const savedName = sh.builtinName;
  sh.builtinName = argv[0];
  try {
    return await bi(sh, argv);
  } catch (e) {
    return sh.builtinFailure(e, argv[0]!);
  } finally {
    sh.builtinName = savedName;
    if (pushed) sh.vars.pop();
  }
}

/** An exception out of a builtin: shell control flow passes through; kernel errors become one line. */
export function builtinFailure(sh: Shell, e: unknown, name: string): number {
  if (e instanceof ExitShell || e instanceof FatalError || e instanceof DiscardLine || e instanceof StopRun || e instanceof Interrupted) throw e;
  if (e instanceof KernelError) {
    if (e.errno === ERRNO.EPIPE) throw e;
    // dash reports any failed write of a builtin's output as "NAME: I/O error" (outerr/flushall), after its own "NAME: " context
    if (sh.dialect === "dash") sh.errorLine(`${name}: ${name}: I/O error`);
    else sh.errorLine(`${name}: write error: ${strerror(e.errno)}`);
    return 1;
  }
  if (e instanceof ParseError) throw e;
  const msg = e instanceof Error ? e.message : String(e);
  sh.errorLine(`${name}: ${msg}`);
  return 1;
}

export async function callFunction(sh: Shell, fn: FunctionDef, argv: string[], temp?: Array<[string, string]>): Promise<number> {
  const limitVar = sh.getScalar("FUNCNEST");
  const limit = limitVar && /^\d+$/.test(limitVar) && Number(limitVar) > 0 ? Number(limitVar) : DEFAULT_FUNCNEST;
  if (sh.funcDepth >= limit) {
    sh.errorLine(`${fn.name}: maximum function nesting level exceeded (${limit})`);
    throw new DiscardLine(1);
  }
  // Let the JS stack unwind: deep shell recursion must not become deep JS recursion.
  await null;
  const savedPos = sh.positional;
  const outerReturn = sh.traps.get("RETURN");
  const savedLoop = sh.loopDepth;
  const pushed = sh.pushTemp(temp);
  sh.positional = argv.slice(1);
  sh.vars.push("function");
  sh.funcNames.push(fn.name);
  sh.sourceStack.push(sh.funcSources.get(fn.name) ?? "");
  sh.funcDepth++;
  sh.loopDepth = 0;
  let st: number;
  try {
    st = await sh.execCompound(fn.body);
    if (sh.ctl === CTL_RETURN) {
      sh.ctl = CTL_NONE;
      st = sh.returnStatus;
    }
    // A RETURN trap set by this function (or inherited with set -T) runs as it returns.
    const rt = sh.traps.get("RETURN");
    if (rt && (rt !== outerReturn || sh.opts.functrace)) await sh.runTrapText(rt);
  } finally {
    sh.funcDepth--;
    sh.sourceStack.pop();
    sh.funcNames.pop();
    sh.vars.pop();
    if (pushed) sh.vars.pop();
    sh.positional = savedPos;
    sh.loopDepth = savedLoop;
  }
  return st;
}

/** Resolves a command name to a program (hash table, then PATH). */
export function resolve(sh: Shell, name: string): ReturnType<typeof resolveCommand> {
  if (!name.includes("/")) {
    const h = sh.hash.get(name);
    if (h) {
      // phash_search() counts the hit (hash_search: times_found++).
      sh.hashHits.set(name, (sh.hashHits.get(name) ?? 0) + 1);
      const r = resolveCommand(sh.task, h, undefined);
      if (r.kind === "found") return r;
      sh.hash.delete(name);
      sh.hashHits.delete(name);
    }
  }
  const r = resolveCommand(sh.task, name, sh.getScalar("PATH"));
  if (r.kind === "found" && !name.includes("/") && sh.opts.hashall) {
    // phash_insert(…, found = 1): found by searching PATH.
    sh.hash.set(name, r.path);
    sh.hashHits.set(name, 1);
  }
  return r;
}

/**
 * Value or promise (sync-exec.ts): alone, without redirections, a program
 * runAlone takes is run straight through with no await; everything else goes
 * the awaiting way (externalFrom), from where the straight path stopped.
 */
export function runExternal(sh: Shell, argv: string[], temp: Array<[string, string]> | undefined, cmd: SimpleCommand, inPlace: boolean): number | Promise<number> {
  const name = argv[0]!;
  try {
    const r = sh.resolve(name);
    if (r.kind === "error") return externalNotFound(sh, name, r.errno, cmd);
    if (inPlace || cmd.redirects.length || !execAlone(sh)) return externalFrom(sh, r.program, argv, temp, cmd, inPlace, EXT_START, undefined);
    sh.lineno = cmd.line;
    sh.charge(COST_FORK_EXEC);
    const paid = sh.payInPlace();
    if (paid) return externalFrom(sh, r.program, argv, temp, cmd, false, EXT_PAY, paid);
    const env = sh.exportEnv(temp);
    const ran = sh.runAloneProgram(r.program, argv, env);
    // Not taken (nothing done): spawned and waited for, as the awaiting path does from here.
    if (!ran) return externalFrom(sh, r.program, argv, temp, cmd, false, EXT_SPAWN, undefined, env);
    const st = ran.exitStatus!;
    if (!runsAlone(sh)) return reportAfter(sh, ran, cmd, st);
    reportForegroundNow(sh, [ran], () => commandText(cmd));
    // Its message woke a reader of our stderr: the step the awaiting call takes.
    if (!runsAlone(sh)) return afterStep(st);
    return ret(sh, st);
  } catch (e) {
    return fail(sh, e);
  }
}

/** runExternal's command not found (or not executable). */
async function externalNotFound(sh: Shell, name: string, errno: number, cmd: SimpleCommand): Promise<number> {
  // The redirections are still performed (and fail first), as in the forked child,
  // and the message goes where they say.
  const saved: SavedFds = { entries: [] };
  try {
    if (!(await applyRedirects(sh, cmd.redirects, saved))) return 1;
    return sh.notFound(name, errno);
  } finally {
    restoreFds(sh, saved);
  }
}

/** Where externalFrom starts: the redirections; (none, alone) the pay sleep `paid`; the spawn, runAlone having declined with `env`. */
const EXT_START = 0, EXT_PAY = 1, EXT_SPAWN = 2;

/** runExternal the awaiting way, from `at`. */
async function externalFrom(sh: Shell, program: Program, argv: string[], temp: Array<[string, string]> | undefined, cmd: SimpleCommand, inPlace: boolean, at: number, paid: Promise<void> | undefined, env?: ReadonlyMap<string, string>): Promise<number> {
  const saved: SavedFds = { entries: [] };
  try {
    if (at === EXT_START) {
      // No redirections and no other process running: nothing to await (expand/sync.ts).
      if ((cmd.redirects.length || !runsAlone(sh)) && !(await applyRedirects(sh, cmd.redirects, saved))) return 1;
      sh.lineno = cmd.line;
      sh.charge(COST_FORK_EXEC);
      paid = sh.payInPlace();
    }
    if (paid) await paid;
    env ??= sh.exportEnv(temp);
    if (inPlace && !sh.traps.has("EXIT")) {
      dropSaved(saved); // the process is replaced: nothing to restore
      return await sh.execProgram(program, argv, env);
    }
    // The only process there is, and the program can finish without blocking: straight through (exec.ts runAlone).
    // Its spawned()/exited() pair leaves the shell the only running process: the tail below takes the runsAlone branch.
    const ran = at !== EXT_SPAWN && runsAlone(sh) ? sh.runAloneProgram(program, argv, env) : undefined;
    const child = ran ?? sh.spawnProgram(program, argv, env);
    const st = ran ? ran.exitStatus! : await sh.waitTask(child);
    if (runsAlone(sh)) {
      reportForegroundNow(sh, [child], () => commandText(cmd));
      // Its message woke a reader of our stderr: take the step the awaiting call took.
      if (!runsAlone(sh)) await null;
    } else await sh.reportForeground([child], () => commandText(cmd));
    return st;
  } finally {
    restoreFds(sh, saved);
  }
}

async function reportAfter(sh: Shell, child: Task, cmd: SimpleCommand, st: number): Promise<number> {
  await sh.reportForeground([child], () => commandText(cmd));
  return st;
}

async function afterStep(st: number): Promise<number> {
  await null;
  return st;
}

/** bash's messages when a command cannot be executed (127 not found, 126 not executable). */
export function notFound(sh: Shell, name: string, errno: number): number {
  const r = { errno };
  if (!name.includes("/") && r.errno === ERRNO.ENOENT) {
    sh.errorLine(sh.dialect === "dash" ? `${name}: not found` : `${name}: command not found`);
    return 127;
  }
  const n = sh.task.host.fs.tryLookup(sh.task, sh.task.cwd, name);
  if (n?.kind === "dir") {
    sh.errorLine(`${name}: Is a directory`);
    return 126;
  }
  if (r.errno === ERRNO.ENOEXEC) {
    sh.errorLine(`${name}: cannot execute binary file: Exec format error`);
    return 126;
  }
  sh.errorLine(`${name}: ${strerror(r.errno)}`);
  return r.errno === ERRNO.ENOENT ? 127 : 126;
}

export function spawnProgram(sh: Shell, program: Program, argv: string[], env: ReadonlyMap<string, string>): Task {
  try {
    const child = spawn(sh.task, { argv, env, program });
    for (const [sig, h] of sh.task.handlers) if (h === "ignore") child.handlers.set(sig, "ignore");
    return child;
  } catch (e) {
    throw forkFailed(sh, e);
  }
}

/** spawnProgram's fork+exec+wait done straight through when it can be (exec.ts runAlone): the exited child, or undefined. */
export function runAloneProgram(sh: Shell, program: Program, argv: string[], env: ReadonlyMap<string, string>): Task | undefined {
  try {
    const child = runAlone(sh.task, { argv, env, program });
    if (child) for (const [sig, h] of sh.task.handlers) if (h === "ignore") child.handlers.set(sig, "ignore");
    return child;
  } catch (e) {
    throw forkFailed(sh, e);
  }
}

/** bash's message when fork() fails (no pid left). */
function forkFailed(sh: Shell, e: unknown): unknown {
  if (e instanceof RangeError) {
    sh.errorLine("fork: Resource temporarily unavailable");
    return new FatalError(254);
  }
  return e;
}

/** execve(): the program replaces this shell in the same task. */
export async function execProgram(sh: Shell, program: Program, argv: string[], env: ReadonlyMap<string, string>): Promise<never> {
  const t = sh.task;
  t.comm = argv.join(" ");
  for (const [sig, h] of [...t.handlers]) if (h !== "ignore") t.handlers.delete(sig);
  const st = await program({
    argv,
    env,
    task: t,
    stdin: new InStream(t, 0),
    stdout: new OutStream(t, 1),
    stderr: new OutStream(t, 2),
  });
  throw new ExitShell(st, true);
}
