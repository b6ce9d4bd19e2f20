// pgrep / pkill (procps-ng 4.0.2) over the host's process table. The pattern
// is an extended regex matched against the process name (the command's
// basename cut to 15 characters) or, with -f, the whole command line; -x
// anchors it, -i ignores case, -v negates. pgrep prints pids (-d DELIM between
// them), -l with the name, -a with the command line, -c only a count; -n/-o
// keep the newest/oldest; -P PPID[,…] filters by parent. pkill sends SIGTERM
// or -SIG/--signal SIG (-e echoes "NAME killed (pid N)"). Neither matches
// itself. Status 0 when something matched, 1 when nothing did, 2 for usage
// and regex errors. Not modelled: -u/-U/-g/-G/-s/-t (one root user, no
// terminals), --ns, -w, -r, -A, -F, -L, -q.
import type { Program } from "../../kernel/task/program.js";
import type { Task } from "../../kernel/task/task.js";
import { getopt } from "../coreutils/common/getopt.js";
import { compileRegex, RegexSyntaxError } from "../lib/regex/index.js";
import { signalNumber } from "./kill.js";
import { commOf } from "./ps.js";

const PGREP_ONLY = ` -d, --delimiter <string>  specify output delimiter
 -l, --list-name           list PID and process name
 -a, --list-full           list PID and full command line
 -v, --inverse             negates the matching
 -w, --lightweight         list all TID
`;
const PKILL_ONLY = ` -<sig>, --signal <sig>    signal to send (either number or name)
 -q, --queue <value>       integer value to be sent with the signal
 -e, --echo                display what is killed
`;
const HELP_TAIL = ` -c, --count               count of matching processes
 -f, --full                use full process name to match
 -g, --pgroup <PGID,...>   match listed process group IDs
 -G, --group <GID,...>     match real group IDs
 -i, --ignore-case         match case insensitively
 -n, --newest              select most recently started
 -o, --oldest              select least recently started
 -O, --older <seconds>     select where older than seconds
 -P, --parent <PPID,...>   match only child processes of the given parent
 -s, --session <SID,...>   match session IDs
 -t, --terminal <tty,...>  match by controlling terminal
 -u, --euid <ID,...>       match by effective IDs
 -U, --uid <ID,...>        match by real IDs
 -x, --exact               match exactly with the command name
 -F, --pidfile <file>      read PIDs from file
 -L, --logpidfile          fail if PID file is not locked
 -r, --runstates <state>   match runstates [D,S,Z,...]
 -A, --ignore-ancestors    exclude our ancestors from results
 --cgroup <grp,...>        match by cgroup v2 names
 --ns <PID>                match the processes that belong to the same
                           namespace as <pid>
 --nslist <ns,...>         list which namespaces will be considered for
                           the --ns option.
                           Available namespaces: ipc, mnt, net, pid, user, uts

 -h, --help     display this help and exit
 -V, --version  output version information and exit

For more details see pgrep(1).
`;

/** procps' usage(): the whole help, on stdout for --help, on stderr (status 2) for a misuse. */
function helpText(prog: string): string {
  return `\nUsage:\n ${prog} [options] <pattern>\n\nOptions:\n${prog === "pkill" ? PKILL_ONLY : PGREP_ONLY}${HELP_TAIL}`;
}

export const pgrepMain: Program = async (ctx) => {
  const prog = (ctx.argv[0] ?? "pgrep").replace(/.*\//, "");
  const kill = prog === "pkill";
  let args = ctx.argv.slice(1);
  let sig = 15;
  // pkill -SIGNAL (name or number) before getopt sees it.
  if (kill && args[0] && /^-[A-Za-z0-9]+$/.test(args[0]) && signalNumber(args[0].slice(1)) > 0) {
    sig = signalNumber(args[0].slice(1));
    args = args.slice(1);
  }
  const tryHelp = async () => {
    await ctx.stderr.write(`Try \`${prog} --help' for more information.\n`);
    return 2;
  };
  const r = getopt(args, {
    short: kill ? "efilnovxP:" : "acd:filnovxP:",
    long: [
      { name: "full", arg: "none", key: "f" },
      { name: "ignore-case", arg: "none", key: "i" },
      { name: "newest", arg: "none", key: "n" },
      { name: "oldest", arg: "none", key: "o" },
      { name: "inverse", arg: "none", key: "v" },
      { name: "exact", arg: "none", key: "x" },
      { name: "parent", arg: "required", key: "P" },
      ...(kill
        ? [
            { name: "echo", arg: "none" as const, key: "e" },
            { name: "signal", arg: "required" as const, key: "signal" },
          ]
        : [
            { name: "count", arg: "none" as const, key: "c" },
            { name: "delimiter", arg: "required" as const, key: "d" },
            { name: "list-name", arg: "none" as const, key: "l" },
            { name: "list-full", arg: "none" as const, key: "a" },
          ]),
      { name: "version", arg: "none", key: "V" },
      { name: "help", arg: "none", key: "h" },
    ],
  });
  if (r.kind === "error") {
    await ctx.stderr.write(`${prog}: ${r.message}\n`);
    return tryHelp();
  }
  const f = new Set<string>();
  let delim = "\n";
  let parents: number[] | undefined;
  for (const o of r.opts) {
    if (o.key === "V") {
      await ctx.stdout.write(`${prog} from procps-ng 4.0.2\n`);
      return 0;
    }
    if (o.key === "h") {
      await ctx.stdout.write(helpText(prog));
      return 0;
    }
    if (o.key === "d") delim = o.value!;
    else if (o.key === "P") parents = o.value!.split(",").map(Number);
    // An unknown --signal name is not refused here: it becomes -1, which kill(2) refuses per process.
    else if (o.key === "signal") sig = signalNumber(o.value!);
    else f.add(o.key);
  }
  if (f.has("n") && f.has("o")) {
    await ctx.stderr.write(helpText(prog));
    return 2;
  }
  if (r.operands.length > 1) {
    await ctx.stderr.write(`${prog}: only one pattern can be provided\n`);
    return tryHelp();
  }
  const pattern = r.operands[0];
  if (pattern === undefined && !parents) {
    await ctx.stderr.write(`${prog}: no matching criteria specified\n`);
    return tryHelp();
  }
  let re;
  try {
    re = pattern === undefined ? undefined : compileRegex(f.has("x") ? `^(${pattern})$` : pattern, { flavor: "ere", icase: f.has("i") });
  } catch (e) {
    if (!(e instanceof RegexSyntaxError)) throw e;
    await ctx.stderr.write(`${prog}: regex error: ${e.message}\n`);
    return 2;
  }
  let found = [...ctx.task.host.tasks.values()]
    .filter((t) => t.alive && t !== ctx.task)
    .filter((t) => !parents || parents.includes(t.parent?.pid ?? 0))
    .filter((t) => !re || re.test(f.has("f") ? t.comm : commOf(t)) !== f.has("v"))
    .sort((a, b) => a.pid - b.pid);
  if (f.has("n")) found = found.slice(-1);
  else if (f.has("o")) found = found.slice(0, 1);
  if (kill) {
    let out = "";
    for (const t of found) {
      if (sig < 0 || sig > 64) {
        await ctx.stderr.write(`${prog}: killing pid ${t.pid} failed: Invalid argument\n`);
        continue;
      }
      t.signal(sig);
      if (f.has("e")) out += `${commOf(t)} killed (pid ${t.pid})\n`;
    }
    if (out) await ctx.stdout.write(out);
    return found.length ? 0 : 1;
  }
  if (f.has("c")) await ctx.stdout.write(`${found.length}\n`);
  else if (found.length) {
    const items = found.map((t) => (f.has("a") ? `${t.pid} ${t.comm}` : f.has("l") ? `${t.pid} ${commOf(t)}` : String(t.pid)));
    await ctx.stdout.write(`${items.join(delim)}\n`);
  }
  return found.length ? 0 : 1;
};
