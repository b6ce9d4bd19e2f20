// stdbuf(1): runs COMMAND with _STDBUF_I/_STDBUF_O/_STDBUF_E set (0, L, or a
// size with K/M/G… or KB/MB… suffixes, decimal only) and LD_PRELOAD naming
// coreutils' libstdbuf.so, which makes the child's stdio honour them.
// Known difference: nslab's programs write as they go, so the modes change
// nothing but the environment the command sees.
import type { Program } from "../../kernel/task/program.js";
import { resolveCommand } from "../../kernel/task/exec.js";
import { strerror } from "../../uapi/errno.js";
import { Cmd, q } from "./common/cmd.js";
import { execLike } from "./common/run.js";

const POW: Record<string, number> = { K: 1, k: 1, M: 2, G: 3, T: 4, P: 5, E: 6, Z: 7, Y: 8 };

/** A mode as stdbuf's parse_size takes it: a message on failure. */
function parseMode(v: string, stream: "i" | "o" | "e"): string | { error: string } {
  if (v === "L") return stream === "i" ? { error: "line buffering stdin is meaningless" } : "L";
  const m = /^(\d+)(?:([KkMGTPEZY])(B|iB)?)?$/.exec(v);
  if (!m) return { error: `invalid mode ${q(v)}` };
  let n = BigInt(m[1]!);
  if (m[2]) n *= BigInt(m[3] === "B" ? 1000 : 1024) ** BigInt(POW[m[2]]!);
  if (n >= 1n << 64n) return { error: `invalid mode ${q(v)}: Value too large for defined data type` };
  return n.toString();
}

export const stdbufMain: Program = async (ctx) => {
  const cmd = new Cmd(ctx);
  const p = await cmd.parse(
    {
      short: "+i:o:e:",
      long: [
        { name: "input", arg: "required", key: "i" },
        { name: "output", arg: "required", key: "o" },
        { name: "error", arg: "required", key: "e" },
      ],
    },
    125,
  );
  if (typeof p === "number") return p;
  const modes = new Map<"i" | "o" | "e", string>();
  for (const o of p.opts) {
    const k = o.key as "i" | "o" | "e";
    const m = parseMode(o.value!, k);
    if (typeof m !== "string") {
      if (m.error.startsWith("line buffering")) return cmd.usage(m.error, 125);
      await cmd.error(m.error);
      return 125;
    }
    modes.set(k, m);
  }
  if (!p.operands.length) return cmd.usage("missing operand", 125);
  if (!modes.size) return cmd.usage("you must specify a buffering mode option", 125);
  const env = new Map(ctx.env);
  for (const k of ["i", "o", "e"] as const) {
    const m = modes.get(k);
    if (m !== undefined) env.set(`_STDBUF_${k.toUpperCase()}`, m);
  }
  const pre = env.get("LD_PRELOAD");
  env.set("LD_PRELOAD", pre ? `${pre}:/usr/libexec/coreutils/libstdbuf.so` : "/usr/libexec/coreutils/libstdbuf.so");
  const argv = p.operands;
  const r = resolveCommand(ctx.task, argv[0]!, env.get("PATH"));
  if (r.kind === "error") {
    await cmd.error(`failed to run command ${q(argv[0]!)}: ${strerror(r.errno)}`);
    return r.errno === 2 ? 127 : 126;
  }
  return execLike(ctx, argv, env, r.program);
};
