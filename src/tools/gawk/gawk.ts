// GNU awk 5.2 (main.c in behaviour): options, program text from the command
// line or -f files, -v and command-line assignments, BEGIN / records / END,
// exit statuses (0, exit's code, 1 for syntax errors, 2 for fatal errors).

import type { ProgramContext } from "../../kernel/task/program.js";
import { strerror } from "../../uapi/errno.js";
import { errnoOf, readPath } from "../grep/files.js";
import type { Pattern, Program } from "./ast.js";
import { Builtins } from "./builtins.js";
import { GAWK_USAGE, GAWK_VERSION } from "./help.js";
import { AwkFatal, type C, Compiler, ExitSignal, NextSignal, asAsync } from "./interp.js";
import { AwkSyntaxError, type Token, type Warning, tokenize, unescapeAwk } from "./lexer.js";
import { parseProgram } from "./parse.js";
import { Runtime } from "./runtime.js";
import { AwkArray, mkInput } from "./value.js";

interface Source {
  name: string;
  text: string;
}

const SHORT_WITH_ARG = new Set(["f", "F", "v", "e", "i", "l", "E"]);
const SHORT_OPTIONAL = new Set(["d", "D", "L", "o", "p"]);
const SHORT_FLAGS = new Set([..."bcCgIMnNOPrsStV"]);

export async function gawkMain(ctx: ProgramContext): Promise<number> {
  const argv0 = ctx.argv[0] ?? "awk";
  const prog = argv0.slice(argv0.lastIndexOf("/") + 1);
  const usage = GAWK_USAGE.replaceAll("@PROG@", prog);
  const sources: Source[] = [];
  const assigns: string[] = [];
  let fs: string | undefined;
  const args = ctx.argv.slice(1);
  let i = 0;
  // gawk's option list starts with "+": options end at the first operand.
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--") {
      i++;
      break;
    }
    if (!a.startsWith("-") || a === "-") break;
    if (a.startsWith("--")) {
      const [name, val] = a.includes("=") ? [a.slice(2, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a.slice(2), undefined];
      const take = (): string | undefined => val ?? args[++i];
      if (name === "version" || name === "copyright") {
        await ctx.stdout.write(GAWK_VERSION);
        return 0;
      }
      if (name === "help" || name === "usage") {
        await ctx.stdout.write(usage);
        return 0;
      }
      const v = ["file", "field-separator", "assign", "source", "include", "exec"].includes(name) ? take() : undefined;
      if (v === undefined && ["file", "field-separator", "assign", "source", "include", "exec"].includes(name)) {
        await ctx.stderr.write(`${prog}: option '--${name}' requires an argument\n${usage}`);
        return 1;
      }
      if (name === "file" || name === "exec" || name === "include") {
        const r = await loadSource(ctx, prog, v!);
        if (typeof r === "number") return r;
        sources.push(r);
      } else if (name === "field-separator") fs = v;
      else if (name === "assign") assigns.push(v!);
      else if (name === "source") sources.push({ name: "cmd. line", text: v! });
      else if (!["posix", "traditional", "re-interval", "characters-as-bytes", "sandbox", "optimize", "no-optimize", "lint", "non-decimal-data", "use-lc-numeric", "bignum", "trace"].includes(name)) {
        await ctx.stderr.write(usage);
        return 1;
      }
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j]!;
      if (SHORT_WITH_ARG.has(c)) {
        let v: string | undefined = a.slice(j + 1);
        if (!v) v = args[++i];
        if (v === undefined) {
          await ctx.stderr.write(`${prog}: option requires an argument -- ${c}\n${usage}`);
          return 1;
        }
        if (c === "f" || c === "E" || c === "i") {
          const r = await loadSource(ctx, prog, v);
          if (typeof r === "number") return r;
          sources.push(r);
        } else if (c === "F") fs = v;
        else if (c === "v") assigns.push(v);
        else if (c === "e") sources.push({ name: "cmd. line", text: v });
        break;
      }
      if (SHORT_OPTIONAL.has(c)) break;
      if (c === "V") {
        await ctx.stdout.write(GAWK_VERSION);
        return 0;
      }
      if (c === "h") {
        await ctx.stdout.write(usage);
        return 0;
      }
      if (!SHORT_FLAGS.has(c)) {
        await ctx.stderr.write(usage);
        return 1;
      }
    }
  }
  const operands = args.slice(i);
  if (!sources.length) {
    if (!operands.length) {
      await ctx.stderr.write(usage);
      return 1;
    }
    sources.push({ name: "cmd. line", text: operands.shift()! });
  }

  const rt = new Runtime(ctx, prog);
  rt.builtins = new Builtins(rt);
  rt.srcName = sources[0]!.name;

  // Parse.
  const warnings: Warning[] = [];
  let program: Program;
  let toks: Token[] = [];
  try {
    sources.forEach((s, k) => {
      const t = tokenize(s.text, k, warnings);
      t.pop();
      toks = toks.concat(t);
      toks.push({ t: "NEWLINE", s: "\n", src: k, line: 0, col: 0 });
    });
    toks.push({ t: "EOF", s: "", src: sources.length - 1, line: lastLine(sources), col: lastCol(sources) });
    program = parseProgram(toks);
  } catch (e) {
    if (e instanceof AwkSyntaxError) {
      for (const w of warnings) await ctx.stderr.write(`${prog}: ${sources[w.src]!.name}:${w.line}: warning: ${w.msg}\n`);
      await ctx.stderr.write(formatSyntaxError(prog, sources, e));
      return e.kind === "fatal" ? 2 : 1;
    }
    throw e;
  }
  for (const w of warnings) rt.err.write(`${prog}: ${sources[w.src]!.name}:${w.line}: warning: ${w.msg}\n`);

  // Variables.
  const argvArr = new AwkArray();
  argvArr.m.set("0", prog);
  operands.forEach((o, k) => argvArr.m.set(String(k + 1), mkInput(o)));
  rt.setGlobal("ARGV", argvArr);
  rt.setGlobal("ARGC", operands.length + 1);
  const env = new AwkArray();
  for (const [k, v] of ctx.env) env.m.set(k, mkInput(v));
  rt.setGlobal("ENVIRON", env);
  const procinfo = new AwkArray();
  procinfo.m.set("version", "5.2.1");
  procinfo.m.set("pid", ctx.task.pid);
  procinfo.m.set("ppid", ctx.task.parent?.pid ?? 0);
  procinfo.m.set("FS", "FS");
  procinfo.m.set("strftime", "%a %b %e %H:%M:%S %Z %Y");
  rt.setGlobal("PROCINFO", procinfo);

  const assign = (text: string, fatalOnBad: boolean): boolean => {
    const eq = text.indexOf("=");
    const name = text.slice(0, eq);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      if (fatalOnBad) throw new AwkFatal(`${prog}: fatal: \`${name}' is not a legal variable name\n`);
      return false;
    }
    const val = mkInput(unescapeAwk(text.slice(eq + 1)));
    if (["NF", "NR", "FNR", "FS", "OFS", "ORS", "RS", "SUBSEP", "CONVFMT", "OFMT", "RSTART", "RLENGTH", "FILENAME", "IGNORECASE"].includes(name)) {
      rt.setVar(name, val);
    } else rt.setGlobal(name, val);
    return true;
  };
  rt.assignOperand = (t) => void assign(t, false);

  let status = 0;
  try {
    if (fs !== undefined) rt.setVar("FS", unescapeAwk(fs));
    for (const a of assigns) {
      if (!a.includes("=")) throw new AwkFatal(`${prog}: fatal: \`${a}' argument to \`-v' not in \`var=value' form\n\n${usage}`);
      assign(a, true);
    }
    status = await run(rt, program);
  } catch (e) {
    if (e instanceof AwkFatal) {
      await rt.out.flush();
      await rt.err.flush();
      await ctx.stderr.write(e.message);
      await safeClose(rt);
      return (e as { status?: number }).status ?? 2;
    }
    throw e;
  }
  return status;
}

async function safeClose(rt: Runtime): Promise<void> {
  try {
    await rt.closeAll();
  } catch {
    // Already failing: nothing more to report.
  }
}

async function loadSource(ctx: ProgramContext, prog: string, path: string): Promise<Source | number> {
  try {
    return { name: path, text: new TextDecoder().decode(await readPath(ctx.task, path)) };
  } catch (e) {
    await ctx.stderr.write(`${prog}: fatal: cannot open source file \`${path}' for reading: ${strerror(errnoOf(e) ?? 2)}\n`);
    return 2;
  }
}

function lastLine(sources: Source[]): number {
  const t = sources[sources.length - 1]!.text;
  return t.split("\n").length;
}

function lastCol(sources: Source[]): number {
  const t = sources[sources.length - 1]!.text;
  return t.length - (t.lastIndexOf("\n") + 1);
}

function formatSyntaxError(prog: string, sources: Source[], e: AwkSyntaxError): string {
  const src = sources[e.src] ?? sources[0]!;
  const where = `${prog}: ${src.name}:${e.line}:`;
  if (e.kind === "error") return `${where} error: ${e.message}\n`;
  if (e.kind === "fatal") return `${where} fatal: ${e.message}\n`;
  const lineText = src.text.split("\n")[e.line - 1] ?? "";
  return `${where} ${lineText}\n${where} ${" ".repeat(Math.max(0, e.col))}^ ${e.message}\n`;
}

async function run(rt: Runtime, program: Program): Promise<number> {
  const cmp = new Compiler(rt, program);
  cmp.compileFuncs();
  type Rule = { kind: Pattern["k"]; pat?: C<boolean>; pat2?: C<boolean>; action: C<number>; inRange: boolean };
  const rules: Rule[] = program.rules.map((r) => {
    const action: C<number> = r.action
      ? (cmp.block(r.action, undefined) as C<number>)
      : {
          a: false,
          f: () => {
            rt.out.write(rt.record + rt.ors);
            return 0;
          },
        };
    const p = r.pattern;
    return {
      kind: p.k,
      pat: p.k === "expr" ? cmp.cond(p.e, undefined) : p.k === "range" ? cmp.cond(p.a, undefined) : undefined,
      pat2: p.k === "range" ? cmp.cond(p.b, undefined) : undefined,
      action,
      inRange: false,
    };
  });
  const begins = rules.filter((r) => r.kind === "begin");
  const ends = rules.filter((r) => r.kind === "end");
  const mains = rules.filter((r) => r.kind === "expr" || r.kind === "range" || r.kind === "all");
  const runC = async <T>(c: C<T>): Promise<T> => (c.a ? c.f() : c.f());

  let exiting = false;
  try {
    for (const r of begins) await runC(r.action);
  } catch (e) {
    if (e instanceof ExitSignal) exiting = true;
    else throw e;
  }
  if (!exiting && (mains.length || ends.length)) {
    try {
      for (;;) {
        const rec = await rt.readMainRecord();
        if (rec === null) break;
        rt.nr++;
        rt.fnr++;
        rt.setRecord(rec);
        try {
          for (const r of mains) {
            let sel: boolean;
            if (r.kind === "all") sel = true;
            else if (r.kind === "expr") sel = r.pat!.a ? await r.pat!.f() : r.pat!.f();
            else {
              if (!r.inRange) {
                const start = r.pat!.a ? await r.pat!.f() : r.pat!.f();
                if (start) {
                  const stop = r.pat2!.a ? await r.pat2!.f() : r.pat2!.f();
                  r.inRange = !stop;
                  sel = true;
                } else sel = false;
              } else {
                const stop = r.pat2!.a ? await r.pat2!.f() : r.pat2!.f();
                if (stop) r.inRange = false;
                sel = true;
              }
            }
            if (sel) {
              if (r.action.a) await r.action.f();
              else r.action.f();
            }
          }
        } catch (e) {
          if (e instanceof NextSignal) {
            if (e.file) rt.skipFile();
          } else throw e;
        }
        await rt.out.maybeFlush();
        if (rt.err.pending) await rt.err.flush();
        rt.ctx.task.checkSignals();
      }
    } catch (e) {
      if (e instanceof ExitSignal) exiting = true;
      else throw e;
    }
  }
  try {
    for (const r of ends) await asAsync(r.action)();
  } catch (e) {
    if (!(e instanceof ExitSignal)) throw e;
  }
  await rt.closeAll();
  return rt.exitCode;
}
