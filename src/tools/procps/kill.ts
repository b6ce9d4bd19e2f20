// kill (procps-ng 4.0.2, /usr/bin/kill): signals processes of the host's
// process table — what `env kill` or `xargs kill` run (bash's own kill is a
// builtin). -l [SIG], -L, -s SIG, -SIG, --signal, -- PID...; a negative PID
// is a process group. Messages are procps' ("NAME: (PID): No such process",
// "failed to parse argument", "invalid argument X" with the usage text).
// -q/--queue (sigqueue) is refused as an invalid argument.
import type { Program } from "../../kernel/task/program.js";

// procps' names, in signal-number order (29 is POLL there).
const NAMES = [
  "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE", "KILL", "USR1", "SEGV", "USR2", "PIPE", "ALRM", "TERM", "STKFLT",
  "CHLD", "CONT", "STOP", "TSTP", "TTIN", "TTOU", "URG", "XCPU", "XFSZ", "VTALRM", "PROF", "WINCH", "POLL", "PWR", "SYS",
];

const USAGE = `
Usage:
 kill [options] <pid> [...]

Options:
 <pid> [...]            send signal to every <pid> listed
 -<signal>, -s, --signal <signal>
                        specify the <signal> to be sent
 -q, --queue <value>    integer value to be sent with the signal
 -l, --list=[<signal>]  list all signal names, or convert one to a name
 -L, --table            list all signal names in a nice table

 -h, --help     display this help and exit
 -V, --version  output version information and exit

For more details see kill(1).
`;

/** A signal number from a name (any case, SIG prefix allowed; IO and CLD aliases) or a number 0..64; -1 if unknown. */
export function signalNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s) <= 64 ? Number(s) : -1;
  const up = s.toUpperCase().replace(/^SIG/, "");
  const alias: Record<string, string> = { IO: "POLL", CLD: "CHLD", IOT: "ABRT" };
  const i = NAMES.indexOf(alias[up] ?? up);
  return i < 0 ? -1 : i + 1;
}

function table(): string {
  let out = "";
  NAMES.forEach((n, i) => {
    const last = (i + 1) % 7 === 0;
    out += `${String(i + 1).padStart(2)} ${last ? n : n.padEnd(8)}${last ? "\n" : ""}`;
  });
  return NAMES.length % 7 ? `${out}\n` : out;
}

export const killMain: Program = async (ctx) => {
  const me = ctx.argv[0] ?? "kill";
  const args = ctx.argv.slice(1);
  const usage = async (bad?: string) => {
    if (bad !== undefined) await ctx.stderr.write(`${me}: invalid argument ${bad}\n`);
    await ctx.stderr.write(USAGE);
    return 1;
  };
  let sig = 15;
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--") {
      i++;
      break;
    }
    if (a === "-l" || a.startsWith("--list") || (a.startsWith("-l") && a.length > 2)) {
      const v = a.startsWith("--list=") ? a.slice(7) : a.startsWith("-l") && a.length > 2 ? a.slice(2) : args[i + 1];
      if (v === undefined) {
        await ctx.stdout.write(`${NAMES.slice(0, 16).join(" ")}\n${NAMES.slice(16).join(" ")}\n`);
        return 0;
      }
      // A number gives its name, a name its number.
      if (/^\d+$/.test(v)) {
        const n = Number(v);
        if (n >= 1 && n <= NAMES.length) {
          await ctx.stdout.write(`${NAMES[n - 1]}\n`);
          return 0;
        }
      } else {
        const n = signalNumber(v);
        if (n > 0) {
          await ctx.stdout.write(`${n}\n`);
          return 0;
        }
      }
      // procps reports it and still exits 0.
      await ctx.stderr.write(`${me}: unknown signal name ${v}\n`);
      return 0;
    }
    if (a === "-L" || a === "--table") {
      await ctx.stdout.write(table());
      return 0;
    }
    if (a === "-h" || a === "--help") {
      await ctx.stdout.write(USAGE);
      return 0;
    }
    if (a === "-V" || a === "--version") {
      await ctx.stdout.write("kill from procps-ng 4.0.2\n");
      return 0;
    }
    if (a === "-s" || a === "--signal") {
      const v = args[++i];
      if (v === undefined) return usage(a === "-s" ? "s" : "-");
      // An unknown name becomes signal -1, which kill(2) then refuses per process.
      sig = signalNumber(v);
      continue;
    }
    if (a.startsWith("-") && a.length > 1 && !/^-\d+$/.test(a) && signalNumber(a.slice(1)) < 0) return usage(a[1]!);
    if (a.startsWith("-") && a.length > 1 && !/^-\d+$/.test(a)) {
      sig = signalNumber(a.slice(1));
      continue;
    }
    if (/^-\d+$/.test(a)) {
      // -NUM before any pid is a signal number.
      const n = signalNumber(a.slice(1));
      if (n < 0) return usage(a[1]!);
      sig = n;
      continue;
    }
    break;
  }
  const pids = args.slice(i);
  if (!pids.length) return usage();
  let status = 0;
  for (const p of pids) {
    if (!/^-?\d+$/.test(p)) {
      await ctx.stderr.write(`${me}: failed to parse argument: '${p}'\n`);
      return 1;
    }
    const n = Number(p);
    const alive = [...ctx.task.host.tasks.values()].filter((t) => t.alive);
    const targets = n > 0 ? alive.filter((t) => t.pid === n) : n === 0 ? alive.filter((t) => t.pgid === ctx.task.pgid) : n === -1 ? alive.filter((t) => t.pid !== 1 && t !== ctx.task) : alive.filter((t) => t.pgid === -n);
    if (!targets.length) {
      await ctx.stderr.write(`${me}: (${p}): No such process\n`);
      status = 1;
      continue;
    }
    // kill(2) looks the process up before it checks the signal number.
    if (sig < 0 || sig > 64) {
      await ctx.stderr.write(`${me}: (${p}): Invalid argument\n`);
      status = 1;
      continue;
    }
    if (sig !== 0) for (const t of targets) t.signal(sig);
  }
  return status;
};
