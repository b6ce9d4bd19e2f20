// tc/tc.c: the `tc` program. Global options (-s -d -r -p -iec -j -o -b/-batch
// -force -n/-netns -N -nm/-names -cf/-conf -c[olor] -t/-ts -br -g[raph]
// -V -h), then the object: qdisc, class, filter, chain, actions, monitor,
// exec, help — matched as tc.c matches them (a prefix: `tc q`, `tc cl`…).
// Objects other than qdisc and class register themselves with
// registerTcObject() (tcf's tc_filter.ts, m_action.ts, tc_monitor.ts…);
// until one does, its word falls through to "Object … is unknown".

import type { Program, ProgramContext } from "../../../kernel/task/program.js";
import { IpOut } from "../lib/json_print.js";
import { IpExit, matches } from "../lib/utils.js";
import { netnsSwitch } from "../lib/namespace.js";
import { batchSteps, readBatch } from "../lib/batch_file.js";
import { tcCoreInit } from "./tc_core.js";
import { parseClsNames } from "./tc_util.js";
import { readTextIfAny } from "../../net-tools/lib.js";
import { TcFail, type TcCtx } from "./tc_common.js";
import { doQdisc } from "./tc_qdisc.js";
import { doClass } from "./tc_class.js";
import "./q_fifo.js";
import "./q_prio.js";
import "./q_tbf.js";
import "./q_htb.js";

export type TcObject = (ctx: TcCtx, argv: string[]) => Promise<number> | number;

/** do_cmd()'s objects, in its order of tests. */
const OBJECT_NAMES = ["qdisc", "class", "filter", "chain", "actions", "monitor", "exec"] as const;
export type TcObjectName = (typeof OBJECT_NAMES)[number];

const objects = new Map<string, TcObject>([
  ["qdisc", doQdisc],
  ["class", doClass],
]);

/** Plugs `tc filter`, `tc chain`, `tc actions`, `tc monitor`, `tc exec` in. */
export function registerTcObject(name: TcObjectName, fn: TcObject): void {
  objects.set(name, fn);
}

const USAGE =
  "Usage:\ttc [ OPTIONS ] OBJECT { COMMAND | help }\n" +
  "\ttc [-force] -batch filename\n" +
  "where  OBJECT := { qdisc | class | filter | chain |\n" +
  "\t\t    action | monitor | exec }\n" +
  "       OPTIONS := { -V[ersion] | -s[tatistics] | -d[etails] | -r[aw] |\n" +
  "\t\t    -o[neline] | -j[son] | -p[retty] | -c[olor]\n" +
  "\t\t    -b[atch] [filename] | -n[etns] name | -N[umeric] |\n" +
  "\t\t     -nm | -nam[es] | { -cf | -conf } path\n" +
  "\t\t     -br[ief] }\n";

/** do_cmd() */
async function doCmd(ctx: TcCtx, argv: string[]): Promise<number> {
  const word = argv[0]!;
  for (const name of OBJECT_NAMES) {
    if (matches(word, name)) {
      const fn = objects.get(name);
      if (fn) return fn(ctx, argv.slice(1));
      // Not modelled yet: tc would run it; say so the way an unknown object is.
      break;
    }
  }
  if (matches(word, "help")) {
    ctx.err(USAGE);
    return 0;
  }
  ctx.err(`Object "${word}" is unknown, try "tc help".\n`);
  return -1;
}

/** A command's status as tc's main() returns it (do_cmd's int, exit()'s byte). */
async function runCmd(ctx: TcCtx, argv: string[]): Promise<number> {
  try {
    return await doCmd(ctx, argv);
  } catch (e) {
    if (e instanceof TcFail) return e.status;
    throw e;
  }
}


/** batch(): do_batch() over the file's lines. */
async function batch(ctx: TcCtx, pc: ProgramContext, name: string): Promise<number> {
  const text = await readBatch(ctx, pc, name);
  if (text === undefined) return 1;
  let ret = 0;
  for (const step of batchSteps(text)) {
    if (!("args" in step)) {
      // makeargs()'s exit(1), or getcmdline()'s end of the batch.
      ctx.err("fatal" in step ? step.fatal : step.missing);
      await ctx.errFlush?.();
      if ("fatal" in step) return 1;
      break;
    }
    const { lineno, args } = step;
    const st = await runCmd(ctx, args);
    await ctx.out.flush();
    if (st) {
      ctx.err(`Command failed ${name}:${lineno}\n`);
      // stderr is unbuffered: the line is out before the next command prints.
      await ctx.errFlush?.();
      ret = 1;
      if (!ctx.force) break;
    }
  }
  return ret;
}

function isColor(opt: string): boolean {
  const eq = opt.indexOf("=");
  const key = eq < 0 ? opt : opt.slice(0, eq);
  if (!matches(key, "-color") && !matches(key, "-colour")) return false;
  const v = eq < 0 ? "" : opt.slice(eq + 1);
  return v === "" || v === "always" || v === "auto" || v === "never";
}

async function run(ctx: TcCtx, pc: ProgramContext): Promise<number> {
  const argv = pc.argv;
  let i = 1;
  let batchFile: string | undefined;
  let useNames = false;
  let confFile: string | undefined;
  for (; i < argv.length; i++) {
    const opt = argv[i]!;
    if (opt[0] !== "-") break;
    if (matches(opt, "-stats") || matches(opt, "-statistics")) ctx.stats++;
    else if (matches(opt, "-details")) ctx.details++;
    else if (matches(opt, "-raw")) ctx.raw++;
    else if (matches(opt, "-pretty")) ctx.pretty = true;
    else if (matches(opt, "-graph")) ctx.graph = true;
    else if (matches(opt, "-Version")) {
      await pc.stdout.write("tc utility, iproute2-6.1.0, libbpf 1.1.2\n");
      return 0;
    } else if (matches(opt, "-iec")) ctx.iec = true;
    else if (matches(opt, "-help")) {
      ctx.err(USAGE);
      return 0;
    } else if (matches(opt, "-force")) ctx.force = true;
    else if (matches(opt, "-batch")) {
      // argc--; argv++; "if (argc <= 1) usage();" — and goes on with the batch file unset.
      if (i + 1 >= argv.length) {
        ctx.err(USAGE);
        i++;
        continue;
      }
      batchFile = argv[++i]!;
    } else if (matches(opt, "-netns")) {
      // NEXT_ARG() in main() leaves argv[1] NULL when the name is missing: netns_switch(NULL).
      if (i + 1 >= argv.length) {
        ctx.err('Cannot open network namespace "(null)": No such file or directory\n');
        return 255;
      }
      netnsSwitch(ctx, argv[++i]!);
    }
    else if (matches(opt, "-Numeric")) ctx.numeric++;
    else if (matches(opt, "-names") || matches(opt, "-nm")) useNames = true;
    else if (matches(opt, "-cf") || matches(opt, "-conf")) {
      // The path is only read with -nm; a missing one ends the options (usage, status 0).
      confFile = argv[++i];
    }
    else if (isColor(opt)) {
      // Colour only decorates names on a terminal; the model's stdout never is one.
    } else if (matches(opt, "-timestamp") || matches(opt, "-tshort")) {
      // Timestamps are for `tc monitor`.
    } else if (matches(opt, "-json")) ctx.json = true;
    else if (matches(opt, "-oneline")) ctx.oneline = true;
    else if (matches(opt, "-brief")) ctx.brief++;
    else {
      ctx.err(`Option "${opt}" is unknown, try "tc -help".\n`);
      return 255;
    }
  }
  ctx.out.sl = ctx.oneline ? "\\" : "\n";
  if (batchFile !== undefined) {
    ctx.core = await tcCoreInit(pc);
    if (useNames && !(await clsNamesInit(ctx, pc, confFile))) return 255;
    return batch(ctx, pc, batchFile);
  }
  if (i >= argv.length) {
    ctx.err(USAGE);
    return 0;
  }
  ctx.core = await tcCoreInit(pc);
  if (useNames && !(await clsNamesInit(ctx, pc, confFile))) return 255;
  return runCmd(ctx, argv.slice(i));
}

/** cls_names_init() (tc_util.c): a missing file named by -cf is an error; a corrupted one means no names. */
async function clsNamesInit(ctx: TcCtx, pc: ProgramContext, path: string | undefined): Promise<boolean> {
  const file = path ?? "/etc/iproute2/tc_cls";
  const text = await readTextIfAny(pc, file);
  if (text === undefined) {
    if (path === undefined) return true;
    ctx.err(`Can't open class names file: ${path}\n`);
    return false;
  }
  ctx.clsNames = parseClsNames(text, file, ctx.err);
  return true;
}

export const tcMain: Program = async (pc) => {
  let errChain: Promise<void> = Promise.resolve();
  const ctx: TcCtx = {
    task: pc.task,
    pc,
    err: (s) => {
      errChain = errChain.then(() => pc.stderr.write(s)).catch(() => {});
    },
    errFlush: () => errChain,
    out: new IpOut((s) => pc.stdout.write(s)),
    stats: 0,
    details: 0,
    raw: 0,
    iec: false,
    json: false,
    pretty: false,
    oneline: false,
    numeric: 0,
    brief: 0,
    graph: false,
    force: false,
    core: { tickInUsec: 1, clockFactor: 1 },
    env: pc.env,
  };
  let status: number;
  try {
    status = await run(ctx, pc);
  } catch (e) {
    if (e instanceof IpExit) status = e.status;
    else if (e instanceof TcFail) status = e.status;
    else throw e;
  }
  await errChain;
  await ctx.out.flush();
  return status & 0xff;
};
