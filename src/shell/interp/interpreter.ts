// The bash interpreter: executes the AST of src/shell/ast.ts as bash 5.2 does
// (execute_cmd.c in behaviour). One Shell object is one bash process: its
// task (pid, fds, cwd, netns), variables, functions, options, traps and jobs.
// Subshells, pipeline parts, background jobs and command substitutions run a
// forked copy of the Shell in a child task, so nothing they change leaks back.
//
// Time: every wait goes through task.block/task.sleep (the scheduler), never
// anything else. Commands also cost virtual CPU time (1 ms per fork+exec, a
// few µs per builtin), paid in batches, so a busy loop lets the clock move.

import type {
  ArrayLiteral,
  AndOr,
  Assignment,
  Command,
  CommandSubstitution,
  CompoundCommand,
  FunctionDef,
  Pipeline,
  ProcessSubstitution,
  SimpleCommand,
  Statement,
  Word,
  WordPart,
} from "../ast.js";
import { Pipe } from "../../kernel/task/pipe.js";
import { NullFile, type OpenFile } from "../../kernel/task/file.js";
import { resolveCommand, spawn } from "../../kernel/task/exec.js";
import type { Program } from "../../kernel/task/program.js";
import { InStream, OutStream } from "../../kernel/task/stdio.js";
import type { Task } from "../../kernel/task/task.js";
import { Interrupted } from "../../sim/scheduler.js";
import { Rng } from "../../sim/rng.js";
import { ERRNO, KernelError, strerror } from "../../uapi/errno.js";
import { SIGINT, SIGQUIT_NUM, signalNameOf } from "./signals.js";
import { ArithError, ArithUnbound, evalArith, type ArithEnv } from "./arith.js";
import { fail, ret, vfwd } from "./sync-exec.js";
import { evalCond } from "./cond.js";
import { DiscardLine, ExitShell, FatalError, StopRun } from "./errors.js";
import { expandPartsInto, expandPattern, expandString, expandWords, type ExpandMode } from "./expand/word.js";
import { DEFAULT_IFS, FieldBuilder } from "./expand/fields.js";
import { globMatch } from "./pattern.js";
import { expandPrompt } from "./prompt.js";
import { xtraceQuote } from "./quote.js";
import { applyRedirects, restoreFds, type SavedFds } from "./redirect.js";
import { andOrText, commandText, partText, pipelineText, wordText } from "./text.js";
import { JobTable, jobDone, signalDesc, type Job } from "./jobs.js";
import {
  ATTR_ASSOC,
  ATTR_ARRAY,
  ATTR_EXPORT,
  ATTR_INTEGER,
  ATTR_LOWER,
  ATTR_READONLY,
  ATTR_UPPER,
  IndexedArray,
  Vars,
  isValidName,
  scalarOf,
  type Var,
} from "./vars.js";
import { parseScript, ParseError, ScriptReader } from "./parse.js";
import { dashSyntaxText } from "../parse/errors.js";
import { BUILTINS, SPECIAL_BUILTINS } from "./builtins/index.js";
import { CTL_NONE, CTL_BREAK, CTL_CONTINUE, CTL_RETURN } from "./consts.js";
import { initVars as initVars_, installDynamics as installDynamics_, epochNs as epochNs_, random as random_, dynArray as dynArray_, valueOf as valueOf_, getScalar as getScalar_, getElement as getElement_, ifs as ifs_, ifsFirst as ifsFirst_, flagString as flagString_, setVar as setVar_, elementOf as elementOf_, setElement as setElement_, exportEnv as exportEnv_ } from "./shellvars.js";
import { commandSubst as commandSubst_, catFileSubst as catFileSubst_, processSubst as processSubst_, arithSubst as arithSubst_, expandArithText as expandArithText_ } from "./substitution.js";
import { execBody as execBody_, loopControl as loopControl_, execFor as execFor_, execArithFor as execArithFor_, execWhile as execWhile_, execCase as execCase_ } from "./compound.js";
import { runSubshell as runSubshell_, runPipelineParts as runPipelineParts_, startPipelineParts as startPipelineParts_, prepareAsync as prepareAsync_, startBackground as startBackground_, waitTask as waitTask_, reportForeground as reportForeground_, notifyJobs as notifyJobs_ } from "./pipeline.js";
import { execSimple as execSimple_, expandDeclWords as expandDeclWords_, runExternalArgv as runExternalArgv_, assignmentsOnly as assignmentsOnly_, expandAssignValue as expandAssignValue_, doAssignment as doAssignment_, assignArray as assignArray_, withRedirects as withRedirects_, pushTemp as pushTemp_, runBuiltin as runBuiltin_, builtinFailure as builtinFailure_, callFunction as callFunction_, resolve as resolve_, runExternal as runExternal_, notFound as notFound_, spawnProgram as spawnProgram_, runAloneProgram as runAloneProgram_, execProgram as execProgram_ } from "./simple.js";
import { setTrap as setTrap_, runPendingTraps as runPendingTraps_, runTrapText as runTrapText_ } from "./traps.js";

export const BASH_VERSION = "5.2.15(1)-release";

export interface ShellOptions {
  errexit: boolean;
  nounset: boolean;
  xtrace: boolean;
  pipefail: boolean;
  noglob: boolean;
  noclobber: boolean;
  allexport: boolean;
  verbose: boolean;
  noexec: boolean;
  monitor: boolean;
  hashall: boolean;
  braceexpand: boolean;
  notify: boolean;
  ignoreeof: boolean;
  posix: boolean;
  emacs: boolean;
  histexpand: boolean;
  history: boolean;
  physical: boolean;
  functrace: boolean;
  errtrace: boolean;
  keyword: boolean;
  onecmd: boolean;
  nolog: boolean;
  vi: boolean;
  privileged: boolean;
  interactiveComments: boolean;
}

export function defaultOptions(): ShellOptions {
  return {
    errexit: false, nounset: false, xtrace: false, pipefail: false, noglob: false, noclobber: false,
    allexport: false, verbose: false, noexec: false, monitor: false, hashall: true, braceexpand: true,
    notify: false, ignoreeof: false, posix: false, emacs: false, histexpand: false, history: false,
    physical: false, functrace: false, errtrace: false, keyword: false, onecmd: false, nolog: false,
    vi: false, privileged: false, interactiveComments: true,
  };
}

/** Shared by every shell of one run: the command budget (HostLimits.maxCommands). */
export interface Budget {
  count: number;
  max: number;
  stopped: boolean;
}

const budgets = new WeakMap<Task, Budget>();

function findBudget(task: Task): Budget | undefined {
  for (let t: Task | undefined = task; t; t = t.parent) {
    const b = budgets.get(t);
    if (b) return b;
  }
  return undefined;
}


/** Default bound on function nesting when FUNCNEST is not set (bash itself has none and would crash). */
export const DEFAULT_FUNCNEST = 5000;

export type Builtin = (sh: Shell, argv: string[]) => Promise<number> | number;

const enc = new TextEncoder();
const dec = new TextDecoder();

export interface ShellInit {
  /** $0 */
  scriptName: string;
  /** Name used in error messages ("NAME: line N: …"). */
  errName?: string;
  positional?: string[];
  env: ReadonlyMap<string, string>;
  interactive?: boolean;
  /** `-c` string mode (for $- and parse error prefixes). */
  mode?: "-c" | "file" | "stdin" | "interactive";
  /** Which shell to behave as: bash, or dash when invoked as `sh`/`dash`. */
  dialect?: "bash" | "dash";
}

export class Shell {
  task: Task;
  vars: Vars;
  funcs: Map<string, FunctionDef>;
  opts: ShellOptions;
  shopts: Map<string, boolean>;
  aliases: Map<string, string>;
  positional: string[];
  scriptName: string;
  errName: string;
  /** bash, or dash (Debian's /bin/sh): messages and the set of builtins differ. */
  dialect: "bash" | "dash" = "bash";
  /** dash names the eval or sourced file being run after the line number of its messages. */
  dashContext: string | undefined;
  status = 0;
  lineno = 0;
  /** The simple command being run, for BASH_COMMAND (left alone while a trap runs, as bash's the_printed_command_except_trap). */
  curSimple: import("../ast.js").SimpleCommand | undefined;
  /** Traps being run (nested): while > 0, BASH_COMMAND keeps the command that triggered the trap. */
  trapDepth = 0;
  interactive: boolean;
  mode: "-c" | "file" | "stdin" | "interactive";
  /**
   * Whether a background job that exited on its own stays in the job table
   * until `wait` or `jobs` reports it. bash 5.2 keeps it when reading a file
   * or stdin and in command substitutions, but reaps it at once under
   * `bash -c` (observed; jobs.c notify_of_job_status keys this on startup_state).
   */
  keepExitedJobs: boolean;
  /** $$: the pid of the top-level shell (subshells keep it). */
  rootPid: number;
  lastBgPid: number | undefined;
  /** The last process substitution's process: it becomes $!, and `wait` waits for it (bash 5.2). */
  lastProcSubst: Task | undefined;
  pipestatus: number[] = [0];
  jobs: JobTable;
  traps: Map<string, string>;
  /** The parent's traps, shown by `trap -p` in a subshell until changed there. */
  inheritedTraps = new Map<string, string>();
  hash: Map<string, string>;
  /** Times each hashed name was found (bash's times_found: `hash` prints it as "hits"). */
  hashHits: Map<string, number>;
  dirStack: string[] = [];
  /** Control flow in progress (break/continue/return). */
  ctl = CTL_NONE;
  ctlCount = 0;
  returnStatus = 0;
  loopDepth = 0;
  funcDepth = 0;
  funcNames: string[] = [];
  sourceDepth = 0;
  /** > 0 where set -e does not apply (if/while conditions, && || lists, !). */
  errexitIgnore = 0;
  /** Nesting of command substitution (for PS4 repetition and BASH_SUBSHELL). */
  subshellLevel = 0;
  xtraceLevel = 1;
  budget: Budget;
  debt = 0;
  /** Status of the last command substitution in the current command (-1: none). */
  lastSubstStatus = -1;
  /** Signals caught by trap handlers, waiting to run their actions. */
  pendingTraps: number[] = [];
  /** The next simple command, if external, may replace this shell process (fork+exec elision). */
  execInPlace = false;
  /** This shell is a part of a pipeline (its stdin is the pipe: async commands keep it). */
  inPipe = false;
  /** $_ */
  lastArg = "";
  startNs: number;
  secondsBase = 0;
  randomRng: Rng | undefined;
  /** Set while running the EXIT trap (so `exit` inside it does not re-run it). */
  exiting = false;
  umask = 0o022;
  /** BASH_SOURCE: the file being read (sourced files, function definitions' files). */
  sourceStack: string[] = [];
  /** Where each function was defined (its BASH_SOURCE while it runs). */
  funcSources = new Map<string, string>();
  /** `source` nesting (return is allowed there). */
  sourceDepthForReturn = 0;
  /** Array literals of declaration builtin arguments, by argv index (declare -a a=(1 2)). */
  declArrays: Map<number, Assignment> | undefined;
  /** getopts' position inside a cluster of option letters. */
  getoptsState = { optind: 1, sub: 1 };
  /** The builtin running (its name prefixes arithmetic errors of integer assignments). */
  builtinName: string | undefined;
  /** Prefix assignments of the command being run (for exec's environment). */
  currentTemp: Array<[string, string]> | undefined;
  /** BASH_REMATCH and friends rely on this being a real variable store. */

  constructor(task: Task, init: ShellInit | Shell) {
    this.task = task;
    if (init instanceof Shell) {
      // fork
      const p = init;
      this.vars = p.vars.fork();
      this.funcs = new Map(p.funcs);
      this.opts = { ...p.opts };
      this.shopts = new Map(p.shopts);
      this.aliases = new Map(p.aliases);
      this.positional = p.positional;
      this.scriptName = p.scriptName;
      this.errName = p.errName;
      this.dialect = p.dialect;
      this.dashContext = p.dashContext;
      this.status = p.status;
      this.lineno = p.lineno;
      this.interactive = false;
      this.mode = p.mode === "interactive" ? "stdin" : p.mode;
      this.keepExitedJobs = p.keepExitedJobs;
      this.rootPid = p.rootPid;
      this.lastBgPid = p.lastBgPid;
      this.pipestatus = p.pipestatus;
      this.jobs = p.jobs.clone();
      this.inPipe = p.inPipe;
      // Traps are reset in a subshell, except ignored signals (kept by the task's handlers copy).
      this.traps = new Map();
      for (const [k, v] of p.traps) if (v === "") this.traps.set(k, v);
      // `trap -p` in a subshell still shows the parent's traps (bash keeps their text for display).
      this.inheritedTraps = new Map([...p.inheritedTraps, ...p.traps]);
      this.hash = new Map(p.hash);
      this.hashHits = new Map(p.hashHits);
      this.dirStack = [...p.dirStack];
      this.funcDepth = p.funcDepth;
      this.funcNames = [...p.funcNames];
      this.errexitIgnore = p.errexitIgnore;
      this.subshellLevel = p.subshellLevel + 1;
      this.xtraceLevel = p.xtraceLevel;
      this.budget = p.budget;
      this.startNs = p.startNs;
      this.secondsBase = p.secondsBase;
      this.lastArg = p.lastArg;
      this.umask = p.umask;
      this.randomRng = p.randomRng;
      this.sourceStack = [...p.sourceStack];
      this.funcSources = new Map(p.funcSources);
      this.sourceDepthForReturn = p.sourceDepthForReturn;
      this.getoptsState = { ...p.getoptsState };
      this.installDynamics();
      return;
    }
    this.vars = new Vars();
    this.funcs = new Map();
    this.opts = defaultOptions();
    this.shopts = new Map(DEFAULT_SHOPTS);
    this.aliases = new Map();
    this.positional = init.positional ?? [];
    this.scriptName = init.scriptName;
    this.errName = init.errName ?? init.scriptName;
    this.dialect = init.dialect ?? "bash";
    this.interactive = !!init.interactive;
    this.mode = init.mode ?? "-c";
    this.keepExitedJobs = this.mode !== "-c";
    if (this.mode === "file") this.sourceStack.push(init.scriptName);
    this.rootPid = task.pid;
    this.jobs = new JobTable();
    this.traps = new Map();
    this.hash = new Map();
    this.hashHits = new Map();
    let b = findBudget(task);
    if (!b) {
      b = { count: 0, max: task.host.limits.maxCommands ?? 20_000_000, stopped: false };
      budgets.set(task, b);
    }
    this.budget = b;
    this.startNs = task.host.clock.now;
    for (const [k, v] of init.env) {
      if (!isValidName(k)) continue;
      const vr = this.vars.create(k, "global");
      vr.value = v;
      vr.attrs |= ATTR_EXPORT;
    }
    this.initVars();
    this.installDynamics();
  }

  /** A copy of this shell running in `task` (a subshell). */
  fork(task: Task): Shell {
    return new Shell(task, this);
  }

  // ---------------------------------------------------------------- variables

  initVars(): void {
    initVars_(this);
  }

  installDynamics(): void {
    installDynamics_(this);
  }

  epochNs(): number {
    return epochNs_(this);
  }

  random(): number {
    return random_(this);
  }

  dynArray(name: string): IndexedArray | undefined {
    return dynArray_(this, name);
  }

  valueOf(v: Var, name: string): string | IndexedArray | Map<string, string> | undefined {
    return valueOf_(this, v, name);
  }

  getScalar(name: string): string | undefined {
    return getScalar_(this, name);
  }

  getElement(name: string, idx: string): string | undefined {
    return getElement_(this, name, idx);
  }

  ifs(): string {
    return ifs_(this);
  }

  ifsFirst(): string {
    return ifsFirst_(this);
  }

  flagString(): string {
    return flagString_(this);
  }

  setVar(name: string, value: string, opts: { append?: boolean; local?: boolean; index?: string } = {}): boolean {
    return setVar_(this, name, value, opts);
  }

  elementOf(v: Var, idx: string): string | undefined {
    return elementOf_(this, v, idx);
  }

  setElement(v: Var, name: string, idx: string, value: string): boolean {
    return setElement_(this, v, name, idx, value);
  }

  /** name=value or name[idx]=value from expansions (${x:=v}, read, getopts…). */
  assignIndexed(name: string, index: string | undefined, value: string): boolean {
    return this.setVar(name, value, { index });
  }

  /** Evaluates an arithmetic expression; errors are fatal to the command (as $((…)) is). */
  arith(expr: string, context?: string): bigint {
    try {
      // dash's grammar has no `**`, `++`/`--` or comma operator.
      if (this.dialect === "dash" && /\*\*|(\+\+|--)\s*$/.test(expr)) throw new ArithError(expr, "expecting primary");
      if (this.dialect === "dash" && expr.includes(",")) throw new ArithError(expr, "expecting EOF");
      // dash has no prefix ++/--: `--x` is minus minus x.
      if (this.dialect === "dash") return evalArith(expr.replace(/(\+\+|--)(?=\s*[A-Za-z_])/g, (m) => `${m[0]} ${m[0]}`), this.arithEnv());
      return evalArith(expr, this.arithEnv());
    } catch (e) {
      throw this.arithFailure(e, context, expr);
    }
  }

  arithFailure(e: unknown, context?: string, raw?: string): FatalError | DiscardLine {
    if (e instanceof ArithError && this.dialect === "dash") {
      // dash: fatal, exit status 2, its own wording with the whole expression quoted.
      const msg = e.msg === "division by 0" ? "division by zero" : e.msg.startsWith("syntax error: operand expected") ? "expecting primary" : e.msg;
      this.errorLine(`arithmetic expression: ${msg}: "${raw ?? e.expr}"`);
      return new FatalError(2);
    }
    if (e instanceof ArithError) {
      this.errorLine(`${context ? `${context}: ` : ""}${e.message}`);
      return new DiscardLine(1);
    }
    if (e instanceof ArithUnbound) {
      this.errorLine(e.message);
      return new FatalError(1, true);
    }
    throw e;
  }

  arithEnvCache: ArithEnv | undefined;
  /** The side-effect-free arithmetic environment of expand/sync.ts. */
  pureArithEnv: ArithEnv | undefined;
  arithEnv(): ArithEnv {
    if (this.arithEnvCache) return this.arithEnvCache;
    const sh = this;
    this.arithEnvCache = {
      get(name, index) {
        if (index === undefined) return sh.getScalar(name);
        return sh.getElement(name, index);
      },
      set(name, index, value) {
        if (!sh.setVar(name, String(value), { index })) throw new DiscardLine(1);
      },
      get nounset() {
        return sh.opts.nounset;
      },
    };
    return this.arithEnvCache;
  }

  exportEnv(extra?: Array<[string, string]>): ReadonlyMap<string, string> {
    return exportEnv_(this, extra);
  }

  // ---------------------------------------------------------------- output

  errPrefix(): string {
    // dash: "NAME: N: " with $0 as invoked and no word "line".
    if (this.dialect === "dash") return `${this.errName}: ${this.lineno}: ${this.dashContext !== undefined ? `${this.dashContext}: ` : ""}`;
    if (this.interactive) return "bash: ";
    return `${this.currentSource()}: line ${this.lineno}: `;
  }

  /** BASH_SOURCE[0], or $0 where bash has none (bash -c at top level). */
  currentSource(): string {
    const s = this.sourceStack[this.sourceStack.length - 1];
    return s || this.errName;
  }

  tempEnv(): Array<[string, string]> | undefined {
    return this.currentTemp;
  }

  /** Prints `NAME: line N: MSG` on stderr (errors ignored: stderr may be closed). */
  errorLine(msg: string): void {
    this.writeSync(2, `${this.errPrefix()}${msg}\n`);
  }

  /** Best-effort synchronous write for diagnostics; pipes that would block are written asynchronously. */
  writeSync(fd: number, text: string): void {
    const f = this.task.getFd(fd);
    if (!f || !f.write) return;
    try {
      const r = f.write(this.task, enc.encode(text));
      if (r) r.catch(() => {});
    } catch {
      // a diagnostic that cannot be written is dropped, as bash's would be
    }
  }

  /** Writes to an fd; EPIPE propagates (the process dies of SIGPIPE), EBADF etc. throw KernelError. */
  async write(fd: number, text: string | Uint8Array): Promise<void> {
    const f = this.task.getFd(fd);
    if (!f || !f.write) throw new KernelError(ERRNO.EBADF);
    const data = typeof text === "string" ? enc.encode(text) : text;
    if (!data.length) return;
    const r = f.write(this.task, data);
    if (r) await r;
  }

  // ---------------------------------------------------------------- expansion

  expandWords(words: Word[]): Promise<string[]> {
    return expandWords(this, words);
  }
  expandString(w: Word): Promise<string> {
    return expandString(this, w);
  }
  expandPattern(w: Word): Promise<string> {
    return expandPattern(this, w);
  }
  expandPartsInto(fb: FieldBuilder, parts: WordPart[], quoted: boolean, mode: ExpandMode): Promise<void> {
    return expandPartsInto(this, fb, parts, quoted, mode);
  }
  /** A subscript's text after expansion (not yet evaluated: assoc keys are strings). */
  async expandIndexText(w: Word): Promise<string> {
    if (w.parts.length === 1 && w.parts[0]!.type === "Literal") return (w.parts[0] as { value: string }).value;
    return this.expandString(w);
  }
  wordText(w: Word): string {
    return wordText(w);
  }
  partText(p: WordPart): string {
    return partText(p);
  }

  expandPromptString(s: string): string {
    // dash does not expand bash's backslash prompt escapes (nslab's dash prompts are plain text).
    if (this.dialect === "dash") return s;
    return expandPrompt(this, s);
  }

  commandSubst(cs: CommandSubstitution): Promise<string> {
    return commandSubst_(this, cs);
  }

  catFileSubst(body: Statement[]): Promise<string> | undefined {
    return catFileSubst_(this, body);
  }

  processSubst(ps: ProcessSubstitution): Promise<string> {
    return processSubst_(this, ps);
  }
  procSubstFds: number[] = [];

  arithTextCache = new Map<string, Word>();

  arithSubst(expr: string): Promise<string> {
    return arithSubst_(this, expr);
  }

  expandArithText(expr: string): Promise<string> {
    return expandArithText_(this, expr);
  }

  // ---------------------------------------------------------------- execution

  /** Runs statements in order; stops early on break/continue/return. Value or promise (sync-exec.ts). */
  execList(stmts: Statement[]): number | Promise<number> {
    let st = this.status;
    try {
      for (let i = 0; i < stmts.length; i++) {
        const s = stmts[i]!;
        const r = this.execStatement(s);
        if (typeof r !== "number") return this.execListFrom(stmts, i, r);
        st = r;
        if (this.ctl !== CTL_NONE) break;
      }
    } catch (e) {
      return fail(this, e);
    }
    return ret(this, st);
  }

  /** execList from statement i on, whose result is pending. */
  private async execListFrom(stmts: Statement[], i: number, pending: Promise<number>): Promise<number> {
    let st = await pending;
    if (this.ctl !== CTL_NONE) return st;
    for (i++; i < stmts.length; i++) {
      const s = stmts[i]!;
      st = await this.execStatement(s);
      if (this.ctl !== CTL_NONE) break;
    }
    return st;
  }

  execStatement(s: Statement): number | Promise<number> {
    if (s.background) {
      try {
        this.startBackground(s);
      } catch (e) {
        return fail(this, e);
      }
      this.status = 0;
      return ret(this, 0);
    }
    return vfwd(this.execAndOr(s.andOr));
  }

  execAndOr(ao: AndOr): number | Promise<number> {
    const rest = ao.rest;
    if (rest.length === 0) return vfwd(this.execPipeline(ao.first));
    this.errexitIgnore++;
    let r: number | Promise<number>;
    try {
      r = this.execPipeline(ao.first);
    } catch (e) {
      this.errexitIgnore--;
      return fail(this, e);
    }
    if (typeof r !== "number") return this.andOrFrom(ao, -1, r);
    this.errexitIgnore--;
    let st = r;
    for (let i = 0; i < rest.length; i++) {
      if (this.ctl !== CTL_NONE) return st;
      const x = rest[i]!;
      if ((x.op === "&&") !== (st === 0)) continue;
      const last = i === rest.length - 1;
      if (!last) this.errexitIgnore++;
      try {
        r = this.execPipeline(x.pipeline);
      } catch (e) {
        if (!last) this.errexitIgnore--;
        return fail(this, e);
      }
      if (typeof r !== "number") return this.andOrFrom(ao, i, r);
      if (!last) this.errexitIgnore--;
      st = r;
    }
    return st;
  }

  /** `a && b || c` the awaiting way, from pipeline i (-1: the first) whose status is pending (errexitIgnore counted for it). */
  private async andOrFrom(ao: AndOr, i: number, pending: Promise<number>): Promise<number> {
    const rest = ao.rest;
    let st: number;
    try {
      st = await pending;
    } finally {
      if (i !== rest.length - 1) this.errexitIgnore--;
    }
    for (i++; i < rest.length; i++) {
      if (this.ctl !== CTL_NONE) return st;
      const r = rest[i]!;
      if ((r.op === "&&") !== (st === 0)) continue;
      const last = i === rest.length - 1;
      if (!last) this.errexitIgnore++;
      try {
        st = await this.execPipeline(r.pipeline);
      } finally {
        if (!last) this.errexitIgnore--;
      }
    }
    return st;
  }

  execPipeline(pl: Pipeline): number | Promise<number> {
    if (pl.timed || pl.negated || pl.commands.length !== 1) return this.execPipelineAll(pl);
    const r = this.execCommand(pl.commands[0]!);
    if (typeof r !== "number") return this.pipelineEnd(pl, r);
    this.pipestatus = [r];
    this.status = r;
    if (this.failsHere(pl, r)) return this.pipelineFailed(r);
    return r;
  }

  /** execPipeline of one command whose status is pending. */
  private async pipelineEnd(pl: Pipeline, pending: Promise<number>): Promise<number> {
    const st = await pending;
    this.pipestatus = [st];
    this.status = st;
    if (this.failsHere(pl, st)) await this.onFailure(st);
    return st;
  }

  /** Status st of pipeline pl is a failure set -e and the ERR trap act on. */
  private failsHere(pl: Pipeline, st: number): boolean {
    return st !== 0 && this.errexitIgnore === 0 && this.ctl === CTL_NONE && !compoundKeepsGoing(pl);
  }

  private async pipelineFailed(st: number): Promise<number> {
    await this.onFailure(st);
    return st;
  }

  /** Pipelines of several commands, negated or timed ones. */
  private async execPipelineAll(pl: Pipeline): Promise<number> {
    const t0 = pl.timed ? this.task.host.clock.now : 0;
    if (pl.negated) this.errexitIgnore++;
    let st: number;
    try {
      if (pl.commands.length === 0) {
        // `time` or `!` alone.
        st = 0;
      } else if (pl.commands.length === 1) {
        st = await this.execCommand(pl.commands[0]!);
        this.pipestatus = [st];
      } else {
        st = await this.runPipelineParts(pl);
      }
    } finally {
      if (pl.negated) this.errexitIgnore--;
    }
    if (pl.negated) st = st === 0 ? 1 : 0;
    this.status = st;
    if (pl.timed) await this.printTimes(t0, !!pl.timePosix);
    if (!pl.negated && this.failsHere(pl, st)) await this.onFailure(st);
    return st;
  }

  /** A command failed where set -e applies: ERR trap, then exit if errexit. */
  async onFailure(st: number): Promise<void> {
    const err = this.traps.get("ERR");
    if (err) {
      this.traps.delete("ERR");
      try {
        await this.runTrapText(err);
      } finally {
        if (!this.traps.has("ERR")) this.traps.set("ERR", err);
      }
      this.status = st;
    }
    if (this.opts.errexit) throw new ExitShell(st);
  }

  async printTimes(t0: number, posix: boolean): Promise<void> {
    const real = (this.task.host.clock.now - t0) / 1e9;
    const fmt = (s: number) => {
      const m = Math.floor(s / 60);
      return `${m}m${(s - m * 60).toFixed(3)}s`;
    };
    const text = posix
      ? `real ${real.toFixed(2)}\nuser 0.00\nsys 0.00\n`
      : `\nreal\t${fmt(real)}\nuser\t0m0.000s\nsys\t0m0.000s\n`;
    this.writeSync(2, text);
  }

  execCommand(c: Command): number | Promise<number> {
    if (c.type === "FunctionDef") return vfwd(this.execCommandNow(c));
    // Process substitutions made for this command are closed once it has
    // finished, as bash does (their readers then see end of file).
    const mark = this.procSubstFds.length;
    let r: number | Promise<number>;
    try {
      r = this.execCommandNow(c);
    } catch (e) {
      this.closeProcSubsts(mark);
      return fail(this, e);
    }
    if (typeof r !== "number") return this.commandEnd(r, mark);
    this.closeProcSubsts(mark);
    return ret(this, r);
  }

  private async commandEnd(pending: Promise<number>, mark: number): Promise<number> {
    try {
      return await pending;
    } finally {
      this.closeProcSubsts(mark);
    }
  }

  private closeProcSubsts(mark: number): void {
    if (this.procSubstFds.length > mark) {
      for (const fd of this.procSubstFds.splice(mark)) this.task.closeFd(fd);
    }
  }

  private execCommandNow(c: Command): number | Promise<number> {
    switch (c.type) {
      case "SimpleCommand":
        return vfwd(this.execSimple(c));
      case "Compound":
        return vfwd(this.execCompound(c));
      case "FunctionDef":
        this.lineno = c.line;
        if (this.vars.lookup(c.name)?.attrs && this.readonlyFuncs.has(c.name)) {
          this.errorLine(`${c.name}: readonly function`);
          return ret(this, 1);
        }
        this.funcs.set(c.name, c);
        this.funcSources.set(c.name, this.sourceStack[this.sourceStack.length - 1] || (this.mode === "-c" ? "environment" : this.mode === "stdin" ? "main" : this.scriptName));
        return ret(this, 0);
    }
  }
  readonlyFuncs = new Set<string>();

  execCompound(cc: CompoundCommand): number | Promise<number> {
    this.lineno = cc.line;
    if (!cc.redirects.length) return vfwd(this.execBody(cc));
    return this.execCompoundRedirected(cc);
  }

  private async execCompoundRedirected(cc: CompoundCommand): Promise<number> {
    const saved: SavedFds = { entries: [] };
    try {
      if (!(await applyRedirects(this, cc.redirects, saved))) return 1;
      return await this.execBody(cc);
    } finally {
      restoreFds(this, saved);
    }
  }

  execBody(cc: CompoundCommand): number | Promise<number> {
    return execBody_(this, cc);
  }

  loopControl(): "break" | "continue" | "none" {
    return loopControl_(this);
  }

  execFor(variable: string, items: Word[] | undefined, body: Statement[], line: number): number | Promise<number> {
    return execFor_(this, variable, items, body, line);
  }

  execArithFor(init: string, cond: string, update: string, body: Statement[], line: number): Promise<number> {
    return execArithFor_(this, init, cond, update, body, line);
  }

  execWhile(cond: Statement[], body: Statement[], until: boolean): number | Promise<number> {
    return execWhile_(this, cond, body, until);
  }

  execCase(b: Extract<CompoundCommand["body"], { type: "Case" }>): Promise<number> {
    return execCase_(this, b);
  }

  runSubshell(body: Statement[]): Promise<number> {
    return runSubshell_(this, body);
  }

  /** Top level of a child shell: catches exit/fatal errors, runs the EXIT trap, returns the status. */
  async runChild(fn: () => number | Promise<number>): Promise<number> {
    let st: number;
    try {
      st = await fn();
      if (this.ctl === CTL_RETURN) st = this.returnStatus;
    } catch (e) {
      if (e instanceof ExitShell) {
        if (e.noTrap) return e.status;
        st = e.status;
      } else if (e instanceof FatalError || e instanceof DiscardLine) st = e.status;
      else if (e instanceof StopRun) return e.status;
      else throw e;
    }
    return this.finish(st);
  }

  /** Runs the EXIT trap (once) and returns the final status. */
  async finish(st: number): Promise<number> {
    const action = this.traps.get("EXIT");
    if (action !== undefined && !this.exiting) {
      this.exiting = true;
      this.traps.delete("EXIT");
      this.status = st;
      try {
        await this.runTrapText(action);
      } catch (e) {
        if (e instanceof ExitShell) return e.status;
        if (e instanceof FatalError || e instanceof DiscardLine) return e.status;
        if (e instanceof StopRun) return e.status;
        throw e;
      }
    }
    return st;
  }

  /** Creates a child task (fork), or fails like bash when the process table is full. */
  forkTask(comm: string): Task {
    try {
      return this.task.host.fork(this.task, comm);
    } catch (e) {
      if (e instanceof RangeError) {
        this.errorLine("fork: Resource temporarily unavailable");
        throw new FatalError(254);
      }
      throw e;
    }
  }

  runPipelineParts(pl: Pipeline): Promise<number> {
    return runPipelineParts_(this, pl);
  }

  startPipelineParts(pl: Pipeline, background: boolean): Task[] {
    return startPipelineParts_(this, pl, background);
  }

  prepareAsync(child: Task): void {
    prepareAsync_(this, child);
  }

  startBackground(s: Statement): void {
    startBackground_(this, s);
  }

  waitTask(t: Task): Promise<number> {
    return waitTask_(this, t);
  }

  /** True when `e` is a signal interrupting a wait that the shell handles (trap or ignore). */
  trappedInterrupt(e: unknown): boolean {
    return e instanceof Interrupted && this.task.killedBy === undefined;
  }

  /** `text` may be a function: the command's text is only needed when a signal killed it. */
  reportForeground(tasks: Task[], text: string | (() => string)): Promise<void> {
    return reportForeground_(this, tasks, text);
  }

  notifyJobs(): void {
    notifyJobs_(this);
  }

  // ---------------------------------------------------------------- simple commands

  /** Counts a command against the run's budget and accrues its CPU cost. */
  tick(cost: number): void {
    const b = this.budget;
    if (++b.count > b.max || b.stopped) {
      if (!b.stopped) {
        b.stopped = true;
        this.writeSync(2, `nslab: stopped: command limit of ${b.max} reached\n`);
      }
      throw new StopRun(125);
    }
    if (this.task.killedBy !== undefined) throw new Interrupted(this.task.killedBy);
    this.debt += cost;
  }

  charge(cost: number): void {
    this.debt += cost;
  }

  /** Pays accrued CPU time with one sleep (a trapped signal cuts it short). */
  pay(): Promise<void> {
    const d = this.debt;
    this.debt = 0;
    return this.paying(this.task.sleep(d));
  }

  /**
   * pay(), with the sleep done in place when nothing can tell (Task.sleepInPlace):
   * undefined when paid, else the promise to await.
   */
  payInPlace(): Promise<void> | undefined {
    if (this.pendingTraps.length) return this.pay();
    const d = this.debt;
    this.debt = 0;
    const p = this.task.sleepInPlace(d);
    return p && this.paying(p);
  }

  /** The end of pay(): the sleep, then traps of signals it took. */
  private async paying(sleep: Promise<void>): Promise<void> {
    try {
      await sleep;
    } catch (e) {
      if (!this.trappedInterrupt(e)) throw e;
    }
    if (this.pendingTraps.length) await this.runPendingTraps();
  }

  trace(text: string): void {
    const ps4 = this.getScalar("PS4") ?? "";
    let prefix = ps4;
    if (ps4.length) prefix = ps4[0]!.repeat(this.xtraceLevel) + ps4.slice(1);
    this.writeSync(2, `${this.expandPromptString(prefix)}${text}\n`);
  }

  execSimple(cmd: SimpleCommand): number | Promise<number> {
    return execSimple_(this, cmd);
  }

  expandDeclWords(words: Word[]): Promise<string[]> {
    return expandDeclWords_(this, words);
  }

  runExternalArgv(argv: string[]): Promise<number> {
    return runExternalArgv_(this, argv);
  }

  assignmentsOnly(cmd: SimpleCommand): Promise<number> {
    return assignmentsOnly_(this, cmd);
  }

  expandAssignValue(w: Word): Promise<string> {
    return expandAssignValue_(this, w);
  }

  doAssignment(a: Assignment, local: boolean, attrs = 0): Promise<boolean> {
    return doAssignment_(this, a, local, attrs);
  }

  assignArray(name: string, lit: ArrayLiteral, append: boolean, local: boolean, attrs = 0): Promise<boolean> {
    return assignArray_(this, name, lit, append, local, attrs);
  }

  withRedirects(cmd: SimpleCommand, fn: () => Promise<number>): Promise<number> {
    return withRedirects_(this, cmd, fn);
  }

  pushTemp(temp: Array<[string, string]> | undefined): boolean {
    return pushTemp_(this, temp);
  }

  runBuiltin(bi: Builtin, argv: string[], temp?: Array<[string, string]>): Promise<number> {
    return runBuiltin_(this, bi, argv, temp);
  }

  builtinFailure(e: unknown, name: string): number {
    return builtinFailure_(this, e, name);
  }

  callFunction(fn: FunctionDef, argv: string[], temp?: Array<[string, string]>): Promise<number> {
    return callFunction_(this, fn, argv, temp);
  }

  resolve(name: string): ReturnType<typeof resolveCommand> {
    return resolve_(this, name);
  }

  runExternal(argv: string[], temp: Array<[string, string]> | undefined, cmd: SimpleCommand, inPlace: boolean): number | Promise<number> {
    return runExternal_(this, argv, temp, cmd, inPlace);
  }


  notFound(name: string, errno: number): number {
    return notFound_(this, name, errno);
  }

  spawnProgram(program: Program, argv: string[], env: ReadonlyMap<string, string>): Task {
    return spawnProgram_(this, program, argv, env);
  }

  runAloneProgram(program: Program, argv: string[], env: ReadonlyMap<string, string>): Task | undefined {
    return runAloneProgram_(this, program, argv, env);
  }

  execProgram(program: Program, argv: string[], env: ReadonlyMap<string, string>): Promise<never> {
    return execProgram_(this, program, argv, env);
  }

  // ---------------------------------------------------------------- traps

  setTrap(key: string, sig: number | undefined, action: string | null): void {
    setTrap_(this, key, sig, action);
  }

  runPendingTraps(): Promise<void> {
    return runPendingTraps_(this);
  }

  trapCache = new Map<string, Statement[]>();

  runTrapText(action: string): Promise<void> {
    return runTrapText_(this, action);
  }

  // ---------------------------------------------------------------- loops control (builtins)

  doBreak(n: number, cont: boolean): number {
    if (this.loopDepth === 0) return 0;
    this.ctl = cont ? CTL_CONTINUE : CTL_BREAK;
    this.ctlCount = Math.min(n, this.loopDepth);
    return 0;
  }

  doReturn(st: number): void {
    this.ctl = CTL_RETURN;
    this.returnStatus = st & 255;
  }

  get returning(): boolean {
    return this.ctl === CTL_RETURN;
  }

  /** Control flow left over at top level (break outside a loop) is dropped. */
  clearControl(): void {
    this.ctl = CTL_NONE;
  }

  clearReturn(): void {
    if (this.ctl === CTL_RETURN) this.ctl = CTL_NONE;
  }

  /** Runs a script text in this shell (eval, source, trap): parses it whole, then executes. */
  async runText(text: string, what: string, startLine: number, isFile = false): Promise<number> {
    if (this.funcDepth + this.sourceDepth >= DEFAULT_FUNCNEST) {
      this.errorLine(`${what}: maximum nesting level exceeded`);
      throw new FatalError(1);
    }
    await null;
    this.sourceDepth++;
    const reader = new ScriptReader(text, { startLine, dialect: this.dialect });
    let st = 0;
    let printed = 0;
    try {
      for (;;) {
        let stmts: Statement[] | null;
        try {
          stmts = reader.next();
        } catch (e) {
          if (e instanceof ParseError && this.dialect === "dash") {
            // dash: `NAME: N: eval: Syntax error: …` (or the sourced file's name), and the shell exits.
            this.writeSync(2, `${this.errName}: ${e.line}: ${what}: Syntax error: ${dashSyntaxText(e)}\n`);
            throw new FatalError(2);
          }
          if (e instanceof ParseError) {
            const prefix = isFile ? `${what}: line ${e.line}: ` : `${this.currentSource()}: ${what}: line ${e.line}: `;
            for (const l of e.lines()) if (l) this.writeSync(2, `${prefix}${l}\n`);
            return isFile ? 1 : 2;
          }
          throw e;
        }
        for (; printed < reader.warnings.length; printed++) {
          const w = reader.warnings[printed]!;
          this.writeSync(2, `${isFile ? what : this.currentSource()}: line ${w.line}: ${w.message}\n`);
        }
        if (stmts === null) break;
        const outer = this.dashContext;
        this.dashContext = what;
        try {
          st = await this.execList(stmts);
        } finally {
          this.dashContext = outer;
        }
        if (this.ctl !== CTL_NONE) break;
      }
      return st;
    } finally {
      this.sourceDepth--;
    }
  }
}

const EPOCH_NS = 1_767_225_600 * 1e9;

export const DEFAULT_SHOPTS: Array<[string, boolean]> = [
  ["autocd", false], ["assoc_expand_once", false], ["cdable_vars", false], ["cdspell", false],
  ["checkhash", false], ["checkjobs", false], ["checkwinsize", true], ["cmdhist", true],
  ["compat31", false], ["compat32", false], ["compat40", false], ["compat41", false], ["compat42", false],
  ["compat43", false], ["compat44", false], ["complete_fullquote", true], ["direxpand", false],
  ["dirspell", false], ["dotglob", false], ["execfail", false], ["expand_aliases", false],
  ["extdebug", false], ["extglob", false], ["extquote", true], ["failglob", false],
  ["force_fignore", true], ["globasciiranges", true], ["globskipdots", true], ["globstar", false],
  ["gnu_errfmt", false], ["histappend", false], ["histreedit", false], ["histverify", false],
  ["hostcomplete", true], ["huponexit", false], ["inherit_errexit", false], ["interactive_comments", true],
  ["lastpipe", false], ["lithist", false], ["localvar_inherit", false], ["localvar_unset", false],
  ["login_shell", false], ["mailwarn", false], ["no_empty_cmd_completion", false], ["nocaseglob", false],
  ["nocasematch", false], ["noexpand_translation", false], ["nullglob", false], ["patsub_replacement", true],
  ["progcomp", true], ["progcomp_alias", false], ["promptvars", true], ["restricted_shell", false],
  ["shift_verbose", false], ["sourcepath", true], ["varredir_close", false], ["xpg_echo", false],
];

export { SPECIAL_BUILTINS, ATTR_EXPORT, ATTR_READONLY, ATTR_INTEGER, ATTR_LOWER, ATTR_UPPER, ATTR_ARRAY, ATTR_ASSOC };
export type { Job };

/**
 * bash's rule for set -e: "If a compound command other than a subshell returns a
 * non-zero status because a command failed while -e was being ignored, the shell
 * does not exit" — a for/while/if/case/{ } whose status is that of a failed `a && b`.
 * (A command inside that fails where -e applies has already made the shell exit.)
 * Subshells, (( )) and [[ ]] fail like simple commands.
 */
function compoundKeepsGoing(pl: Pipeline): boolean {
  if (pl.commands.length !== 1) return false;
  const c = pl.commands[0]!;
  if (c.type !== "Compound") return false;
  const t = c.body.type;
  return t === "Group" || t === "If" || t === "For" || t === "ArithFor" || t === "While" || t === "Case";
}
