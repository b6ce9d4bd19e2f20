// uname(1), nproc(1) and sync(1): facts about the (emulated) machine. The
// kernel identity is the one of the machine nslab's recordings were made on;
// the node name is the host's UTS hostname.
import type { Program } from "../../kernel/task/program.js";
import { Cmd, q } from "./common/cmd.js";
import { getHostname, UTS_RELEASE } from "../../kernel/task/uts.js";

export const UTS = {
  sysname: "Linux",
  release: UTS_RELEASE,
  version: "#1 SMP PREEMPT_DYNAMIC @0",
  machine: "x86_64",
  os: "GNU/Linux",
};
/** CPUs the emulated host reports. */
export const NPROC = 2;

export const unameMain: Program = async (ctx) => {
  const cmd = new Cmd(ctx);
  const keys = ["s", "n", "r", "v", "m", "p", "i", "o"];
  const names = ["kernel-name", "nodename", "kernel-release", "kernel-version", "machine", "processor", "hardware-platform", "operating-system"];
  const p = await cmd.parse({
    short: "asnrvmpio",
    long: [{ name: "all", arg: "none", key: "a" }, ...names.map((n, i) => ({ name: n, arg: "none" as const, key: keys[i] }))],
  });
  if (typeof p === "number") return p;
  if (p.operands.length) return cmd.usage(`extra operand ${q(p.operands[0]!)}`);
  const sel = new Set(p.opts.map((o) => o.key));
  const all = sel.has("a");
  if (!sel.size) sel.add("s");
  const val: Record<string, string> = {
    s: UTS.sysname,
    n: getHostname(ctx.task),
    r: UTS.release,
    v: UTS.version,
    m: UTS.machine,
    p: "unknown",
    i: "unknown",
    o: UTS.os,
  };
  // -a leaves out -p and -i when they are unknown.
  const out = keys.filter((k) => (all && k !== "p" && k !== "i") || sel.has(k)).map((k) => val[k]);
  await cmd.out(`${out.join(" ")}\n`);
  return 0;
};

export const nprocMain: Program = async (ctx) => {
  const cmd = new Cmd(ctx);
  const p = await cmd.parse({ short: "", long: [{ name: "all", arg: "none" }, { name: "ignore", arg: "required" }] });
  if (typeof p === "number") return p;
  if (p.operands.length) return cmd.usage(`extra operand ${q(p.operands[0]!)}`);
  let n = NPROC;
  for (const o of p.opts) {
    if (o.key !== "ignore") continue;
    if (!/^\d+$/.test(o.value!)) {
      await cmd.error(`invalid number: ${q(o.value!)}`);
      return 1;
    }
    n = Math.max(1, n - Number(o.value));
  }
  await cmd.out(`${n}\n`);
  return 0;
};

/** sync(1): the VFS has nothing to flush; named files must exist. */
export const syncMain: Program = async (ctx) => {
  const cmd = new Cmd(ctx);
  const p = await cmd.parse({ short: "df", long: [{ name: "data", arg: "none", key: "d" }, { name: "file-system", arg: "none", key: "f" }] });
  if (typeof p === "number") return p;
  const keys = new Set(p.opts.map((o) => o.key));
  if (keys.has("d") && keys.has("f")) return cmd.usage("cannot specify both --data and --file-system");
  if (keys.has("d") && !p.operands.length) return cmd.usage("--data needs at least one argument");
  let status = 0;
  for (const f of p.operands) {
    if (!cmd.tryLookup(f)) {
      await cmd.error(`error opening '${f}': No such file or directory`);
      status = 1;
    }
  }
  return status;
};
