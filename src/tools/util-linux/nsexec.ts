// What nsenter and unshare share: exec'ing the command (or $SHELL) in place
// in the chosen namespace, with util-linux's "failed to execute" wording and
// exit codes (127 not found, 126 not executable), and getopt_long's errors.

import { strerror } from "../../uapi/errno.js";
import type { NetNamespace } from "../../kernel/core/netns.js";
import { execve, resolveCommand } from "../../kernel/task/exec.js";
import type { ProgramContext } from "../../kernel/task/program.js";

export async function execInNs(pc: ProgramContext, prog: string, argv: string[], ns: NetNamespace | undefined): Promise<number> {
  if (!argv.length) argv = [pc.env.get("SHELL") || "/bin/sh"];
  const r = resolveCommand(pc.task, argv[0]!, pc.env.get("PATH"));
  if (r.kind === "error") {
    await pc.stderr.write(`${prog}: failed to execute ${argv[0]}: ${strerror(r.errno)}\n`);
    return r.errno === 2 ? 127 : 126;
  }
  return execve(pc.task, { argv, env: pc.env, program: r.program, netns: ns });
}

export async function usageError(pc: ProgramContext, prog: string, msg: string): Promise<number> {
  await pc.stderr.write(`${prog}: ${msg}\nTry '${prog} --help' for more information.\n`);
  return 1;
}

export interface LongOpt {
  name: string;
  /** "none" | "required" | "optional" */
  arg: "none" | "required" | "optional";
  short?: string;
}

export type Parsed = { opts: Array<{ key: string; value?: string }>; rest: string[] } | { error: string };

/** getopt_long with "+" (stop at the first non-option), as util-linux uses it. */
export function getoptLong(argv: string[], shorts: string, longs: LongOpt[]): Parsed {
  const opts: Array<{ key: string; value?: string }> = [];
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") {
      i++;
      break;
    }
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const name = a.slice(2, eq < 0 ? undefined : eq);
      const cands = longs.filter((l) => l.name.startsWith(name));
      const lo = cands.find((l) => l.name === name) ?? (cands.length === 1 ? cands[0] : undefined);
      if (!lo) return { error: cands.length > 1 ? `option '${a}' is ambiguous` : `unrecognized option '${a}'` };
      const key = lo.short ?? lo.name;
      if (lo.arg === "none") {
        if (eq >= 0) return { error: `option '--${lo.name}' doesn't allow an argument` };
        opts.push({ key });
      } else if (eq >= 0) opts.push({ key, value: a.slice(eq + 1) });
      else if (lo.arg === "required") {
        if (i + 1 >= argv.length) return { error: `option '--${lo.name}' requires an argument` };
        opts.push({ key, value: argv[++i]! });
      } else opts.push({ key });
      continue;
    }
    if (a.startsWith("-") && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        const k = shorts.indexOf(c);
        if (k < 0 || c === ":") return { error: `invalid option -- '${c}'` };
        const kind = shorts[k + 1] === ":" ? (shorts[k + 2] === ":" ? "optional" : "required") : "none";
        if (kind === "none") opts.push({ key: c });
        else if (j + 1 < a.length) {
          opts.push({ key: c, value: a.slice(j + 1) });
          break;
        } else if (kind === "required") {
          if (i + 1 >= argv.length) return { error: `option requires an argument -- '${c}'` };
          opts.push({ key: c, value: argv[++i]! });
        } else opts.push({ key: c });
      }
      continue;
    }
    break;
  }
  return { opts, rest: argv.slice(i) };
}
