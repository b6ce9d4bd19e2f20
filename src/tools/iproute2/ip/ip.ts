// ip/ip.c: the `ip` program. Global options (-n/-netns, -s, -d, -j, -p, -br,
// -o, -4/-6/-0/-f, -c[olor], -batch/-force, -a[ll], -V), then the object table
// in upstream's order, so an abbreviation resolves to the same object as in
// iproute2 6.1 (`ip a` = address, `ip r` = route, `ip l` = link, `ip n` =
// neighbor). Objects are provided by registerIpObject(); this package
// registers link and netns, the IPv4 model registers address, route and
// neighbour. -c/-color[=always] colours names, addresses and states as
// lib/color.c does (not with -j); "auto" never does: the model has no terminal.

import type { Program, ProgramContext } from "../../../kernel/task/program.js";
import { IpOut } from "../lib/json_print.js";
import { IpExit, matches } from "../lib/utils.js";
import { doIplink, iplinkModifyCmd, type IpCtx } from "./iplink.js";
import { doNetns, netnsModifyAlone } from "./ipnetns.js";
import { netnsSwitch } from "../lib/namespace.js";
import { batchSteps, readBatch } from "../lib/batch_file.js";

export type IpObject = (ctx: IpCtx, argv: string[]) => Promise<number>;

/** cmds[] of ip.c, in order. */
const CMD_NAMES = [
  "address", "addrlabel", "maddress", "route", "rule", "neighbor", "neighbour", "ntable", "ntbl", "link",
  "l2tp", "fou", "ila", "macsec", "tunnel", "tunl", "tuntap", "tap", "token", "tcpmetrics", "tcp_metrics",
  "monitor", "xfrm", "mroute", "mrule", "netns", "netconf", "vrf", "sr", "nexthop", "mptcp", "ioam", "help",
  "stats",
] as const;

/** An object's modifying commands run without awaiting: the status, or undefined for a command it does not take so. */
export type IpObjectAlone = (ctx: IpCtx, cmd: string, rest: string[]) => number | undefined;

const objects = new Map<string, IpObject>();
const alone = new Map<string, IpObjectAlone>();

/** Plugs an object (`ip address`, `ip route`...) into the table, with its modifying commands' path without awaits (runAlone). */
export function registerIpObject(name: (typeof CMD_NAMES)[number], fn: IpObject, runAlone?: IpObjectAlone): void {
  objects.set(name, fn);
  if (runAlone) alone.set(name, runAlone);
  else alone.delete(name);
}

const USAGE =
  "Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }\n" +
  "       ip [ -force ] -batch filename\n" +
  "where  OBJECT := { address | addrlabel | amt | fou | help | ila | ioam | l2tp |\n" +
  "                   link | macsec | maddress | monitor | mptcp | mroute | mrule |\n" +
  "                   neighbor | neighbour | netconf | netns | nexthop | ntable |\n" +
  "                   ntbl | route | rule | sr | tap | tcpmetrics |\n" +
  "                   token | tunnel | tuntap | vrf | xfrm }\n" +
  "       OPTIONS := { -V[ersion] | -s[tatistics] | -d[etails] | -r[esolve] |\n" +
  "                    -h[uman-readable] | -iec | -j[son] | -p[retty] |\n" +
  "                    -f[amily] { inet | inet6 | mpls | bridge | link } |\n" +
  "                    -4 | -6 | -M | -B | -0 |\n" +
  "                    -l[oops] { maximum-addr-flush-attempts } | -br[ief] |\n" +
  "                    -o[neline] | -t[imestamp] | -ts[hort] | -b[atch] [filename] |\n" +
  "                    -rc[vbuf] [size] | -n[etns] name | -N[umeric] | -a[ll] |\n" +
  "                    -c[olor]}\n";

registerIpObject("link", doIplink, iplinkModifyCmd);
registerIpObject("netns", doNetns, netnsModifyAlone);
registerIpObject("help", async (ctx) => {
  ctx.err(USAGE);
  throw new IpExit(255);
});

/** do_cmd(): the first table entry the word abbreviates. */
async function doCmd(ctx: IpCtx, argv0: string, argv: string[]): Promise<number> {
  for (const name of CMD_NAMES) {
    if (matches(argv0, name)) {
      const fn = objects.get(name);
      if (!fn) break;
      return fn(ctx, argv);
    }
  }
  ctx.err(`Object "${argv0}" is unknown, try "ip help".\n`);
  return 1;
}


async function batch(ctx: IpCtx, pc: ProgramContext, name: string, force: boolean): Promise<number> {
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
    let st: number;
    try {
      st = await doCmd(ctx, args[0]!, args.slice(1));
    } catch (e) {
      if (!(e instanceof IpExit)) throw e;
      await ctx.out.flush();
      return e.status;
    }
    // stderr is unbuffered: what a command (or an earlier line's "Command failed") said there is out
    // before the stdout this line wrote.
    await ctx.errFlush?.();
    await ctx.out.flush();
    if (st) {
      ctx.err(`Command failed ${name}:${lineno}\n`);
      await ctx.errFlush?.();
      ret = 1;
      if (!force) break;
    }
  }
  return ret;
}

/** The context run() starts from (no options yet), with stderr written through `err`. */
function newIpCtx(pc: ProgramContext, err: IpCtx["err"], errFlush: IpCtx["errFlush"]): IpCtx {
  return {
    task: pc.task,
    err,
    errFlush,
    out: new IpOut((s) => pc.stdout.write(s)),
    json: false,
    pretty: false,
    details: 0,
    stats: 0,
    brief: false,
    oneline: false,
    family: "unspec",
    all: false,
    env: pc.env,
    stdin: pc.stdin,
    stdout: pc.stdout,
  };
}

export const ipMain: Program = async (pc) => {
  // stderr is unbuffered: each message goes out at once, ahead of whatever
  // stdout still holds in its buffer (as a merged 2>&1 capture shows).
  let errChain: Promise<void> = Promise.resolve();
  const ctx = newIpCtx(
    pc,
    (s) => {
      errChain = errChain.then(() => pc.stderr.write(s)).catch(() => {});
    },
    () => errChain,
  );
  let status: number;
  try {
    status = await run(ctx, pc);
  } catch (e) {
    if (!(e instanceof IpExit)) throw e;
    status = e.status;
  }
  await errChain;
  await ctx.out.flush();
  return status;
};

/** The object words runAlone takes, each as do_cmd() resolves it, and the command words it takes for it. */
const ALONE_WORDS = new Map<string, [(typeof CMD_NAMES)[number], readonly string[]]>([
  ["link", ["link", ["add", "set", "change", "del", "delete"]]],
  ["address", ["address", ["add", "del", "delete"]]],
  ["addr", ["address", ["add", "del", "delete"]]],
  ["route", ["route", ["add", "del", "delete"]]],
  ["netns", ["netns", ["add", "del", "delete"]]],
]);

/**
 * `ip [-n NAME]… OBJECT CMD …` with one of the modifying commands above (they
 * print nothing but errors): run() and do_cmd() without awaits
 * (kernel/task/exec.ts runAlone decides when). Each step is the one ipMain
 * takes for these words; stderr is written at once instead of through the
 * chain of writes (the same order: all of it before stdout, errors ignored).
 */
ipMain.runAlone = {
  accepts(argv: readonly string[]): boolean {
    const arg0 = argv[0] ?? "ip";
    if (arg0.slice(arg0.lastIndexOf("/") + 1) !== "ip") return false;
    let i = 1;
    while (argv[i] === "-n" || argv[i] === "-netns") {
      if (i + 2 >= argv.length) return false;
      i += 2;
    }
    const w = ALONE_WORDS.get(argv[i] ?? "");
    const cmd = argv[i + 1];
    return w !== undefined && cmd !== undefined && w[1].includes(cmd) && alone.has(w[0]);
  },
  run(pc: ProgramContext): number {
    const ctx = newIpCtx(
      pc,
      (s) => {
        try {
          pc.stderr.writeNow(s);
        } catch {
          // ipMain's chain of stderr writes ignores their errors.
        }
      },
      () => Promise.resolve(),
    );
    const argv = pc.argv;
    let status: number;
    try {
      let i = 1;
      while (argv[i] === "-n" || argv[i] === "-netns") {
        netnsSwitch(ctx, argv[i + 1]!);
        i += 2;
      }
      ctx.out.sl = "\n";
      ctx.out.color = false;
      const w = ALONE_WORDS.get(argv[i]!)!;
      status = alone.get(w[0])!(ctx, argv[i + 1]!, argv.slice(i + 2))!;
    } catch (e) {
      if (!(e instanceof IpExit)) throw e;
      status = e.status;
    }
    const out = ctx.out.take();
    if (out) pc.stdout.writeNow(out);
    return status;
  },
};

async function run(ctx: IpCtx, pc: ProgramContext): Promise<number> {
  const argv = pc.argv.slice();
  const arg0 = argv[0] ?? "ip";
  const base = arg0.slice(arg0.lastIndexOf("/") + 1);
  let i = 1;
  let batchFile: string | undefined;
  let force = false;
  let colorAlways = false;
  const usage = (): never => {
    ctx.err(USAGE);
    throw new IpExit(255);
  };
  for (; i < argv.length; i++) {
    let opt = argv[i]!;
    if (opt === "--") {
      i++;
      break;
    }
    if (!opt.startsWith("-")) break;
    if (opt[1] === "-") opt = opt.slice(1);
    const next = (): string => {
      if (i + 1 >= argv.length) usage();
      return argv[++i]!;
    };
    if (matches(opt, "-loops")) next();
    else if (matches(opt, "-family")) {
      const f = next();
      if (f === "help") usage();
      const fam = { inet: "inet", inet6: "inet6", link: "packet" } as const;
      if (!(f in fam)) {
        ctx.err(`Error: argument "${f}" is wrong: invalid protocol family\n`);
        throw new IpExit(255);
      }
      ctx.family = fam[f as keyof typeof fam];
    } else if (opt === "-4") ctx.family = "inet";
    else if (opt === "-6") ctx.family = "inet6";
    else if (opt === "-0") ctx.family = "packet";
    else if (matches(opt, "-human") || matches(opt, "-human-readable")) ctx.out.humanReadable = true;
    else if (matches(opt, "-iec")) ctx.out.useIec = true;
    else if (matches(opt, "-stats") || matches(opt, "-statistics")) ctx.stats++;
    else if (matches(opt, "-details")) ctx.details++;
    else if (matches(opt, "-resolve")) {
      // Names of addresses are the IPv4 model's concern.
    } else if (matches(opt, "-oneline")) ctx.oneline = true;
    else if (matches(opt, "-timestamp")) ctx.timestamp = Math.max(ctx.timestamp ?? 0, 1);
    else if (matches(opt, "-tshort")) ctx.timestamp = 2; else if (matches(opt, "-Version")) {
      await ctx.out.flush();
      await pc.stdout.write("ip utility, iproute2-6.1.0, libbpf 1.1.2\n");
      return 0;
    } else if (matches(opt, "-force")) force = true;
    else if (matches(opt, "-batch")) batchFile = next();
    else if (matches(opt, "-brief")) ctx.brief = true;
    else if (matches(opt, "-json")) ctx.json = true;
    else if (matches(opt, "-pretty")) ctx.pretty = true;
    else if (matches(opt, "-rcvbuf")) {
      const v = next();
      if (!/^\d+$/.test(v)) {
        ctx.err(`Invalid rcvbuf size '${v}'\n`);
        throw new IpExit(255);
      }
    } else if (isColor(opt)) {
      const v = opt.includes("=") ? opt.slice(opt.indexOf("=") + 1) : "always";
      // "auto" colours only a terminal; the model's stdout is never one.
      colorAlways = v === "always";
    } else if (matches(opt, "-help")) usage();
    else if (matches(opt, "-netns")) {
      // ip.c's NEXT_ARG() never fires here (the option loop runs while argc > 1):
      // a trailing `-n` hands netns_switch() argv's NULL, which glibc's "%s" prints as "(null)".
      netnsSwitch(ctx, argv[++i] ?? "(null)");
    } else if (matches(opt, "-Numeric")) {
      // Numeric output is what the model prints anyway for links.
    } else if (matches(opt, "-all")) ctx.all = true;
    else if (opt === "-echo") {
      // Echo of requests: nothing to echo for the objects here.
    } else {
      ctx.err(`Option "${opt}" is unknown, try "ip -help".\n`);
      throw new IpExit(255);
    }
  }
  ctx.out.sl = ctx.oneline ? "\\" : "\n";
  // check_enable_color(): never with -j.
  ctx.out.color = colorAlways && !ctx.json;
  if (batchFile !== undefined) return batch(ctx, pc, batchFile, force);
  if (base.length > 2 && base !== "ip") {
    // `ipaddr`, `iplink`...: the object from the program's own name.
    const obj = base.slice(2);
    if (CMD_NAMES.some((n) => matches(obj, n) && objects.has(n))) return doCmd(ctx, obj, argv.slice(i));
  }
  if (i < argv.length) return doCmd(ctx, argv[i]!, argv.slice(i + 1));
  return usage();
}

function isColor(opt: string): boolean {
  const eq = opt.indexOf("=");
  const key = eq < 0 ? opt : opt.slice(0, eq);
  if (!matches(key, "-color")) return false;
  const v = eq < 0 ? "" : opt.slice(eq + 1);
  return v === "" || v === "always" || v === "auto" || v === "never";
}
