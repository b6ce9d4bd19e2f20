// runuser(1) (util-linux 2.38, su-common.c): run a command as another user,
// without asking for a password (the caller is root).
//
//   runuser -u USER [--] COMMAND [ARGS]   the command itself, as USER
//   runuser [-] [-l] USER [ARGS...]       USER's login shell with ARGS (su style)
//
// The new process and its children carry USER's uid and gid (kernel/task/cred.ts:
// what privilege checks read). The environment is su's for a non-login
// switch: HOME (and SHELL, unless -u) from the passwd entry, USER and LOGNAME
// set unless the target is root. Users come from /etc/passwd, or base-passwd's entries when
// the model's root file system has none (iptables/pwent.ts); their shells are
// base-passwd's (root /bin/bash, sync /bin/sync, the rest nologin, which
// refuses with "This account is currently not available.").
// Not modelled: -g/-G groups, -p/-m, -w, -P (pty), --session-command, PAM.

import { strerror } from "../../uapi/errno.js";
import { execve, resolveCommand } from "../../kernel/task/exec.js";
import { setCred } from "../../kernel/task/cred.js";
import type { Program, ProgramContext } from "../../kernel/task/program.js";
import { getpwnam } from "../iptables/pwent.js";
import { getoptLong, usageError } from "./nsexec.js";

/** base-passwd's primary groups, homes and shells (fields 4, 6, 7 of /etc/passwd). */
const BASE: Record<string, [gid: number, home: string, shell: string]> = {
  root: [0, "/root", "/bin/bash"],
  daemon: [1, "/usr/sbin", "/usr/sbin/nologin"],
  bin: [2, "/bin", "/usr/sbin/nologin"],
  sys: [3, "/dev", "/usr/sbin/nologin"],
  sync: [65534, "/bin", "/bin/sync"],
  games: [60, "/usr/games", "/usr/sbin/nologin"],
  man: [12, "/var/cache/man", "/usr/sbin/nologin"],
  lp: [7, "/var/spool/lpd", "/usr/sbin/nologin"],
  mail: [8, "/var/mail", "/usr/sbin/nologin"],
  news: [9, "/var/spool/news", "/usr/sbin/nologin"],
  uucp: [10, "/var/spool/uucp", "/usr/sbin/nologin"],
  proxy: [13, "/bin", "/usr/sbin/nologin"],
  "www-data": [33, "/var/www", "/usr/sbin/nologin"],
  backup: [34, "/var/backups", "/usr/sbin/nologin"],
  list: [38, "/var/list", "/usr/sbin/nologin"],
  irc: [39, "/run/ircd", "/usr/sbin/nologin"],
  _apt: [65534, "/nonexistent", "/usr/sbin/nologin"],
  nobody: [65534, "/nonexistent", "/usr/sbin/nologin"],
};

interface PwEnt {
  name: string;
  uid: number;
  gid: number;
  home: string;
  shell: string;
}

/** getpwnam() with the fields runuser needs: /etc/passwd's line when there is one. */
function lookupUser(pc: ProgramContext, name: string): PwEnt | undefined {
  try {
    const text = new TextDecoder().decode(pc.task.host.fs.readFile(pc.task, "/", "/etc/passwd"));
    for (const line of text.split("\n")) {
      const f = line.split(":");
      if (f.length >= 7 && f[0] === name && /^\d+$/.test(f[2]!) && /^\d+$/.test(f[3]!))
        return { name, uid: Number(f[2]), gid: Number(f[3]), home: f[5]!, shell: f[6]! || "/bin/sh" };
    }
    return undefined;
  } catch {
    const uid = getpwnam(pc.task, name);
    const b = BASE[name];
    if (uid === undefined || !b) return undefined;
    return { name, uid, gid: b[0], home: b[1], shell: b[2] };
  }
}

export const runuserMain: Program = async (pc) => {
  const parsed = getoptLong(pc.argv.slice(1), "+u:lm", [
    { name: "user", arg: "required", short: "u" },
    { name: "login", arg: "none", short: "l" },
  ]);
  if ("error" in parsed) return usageError(pc, "runuser", parsed.error);
  let user: string | undefined;
  let rest = parsed.rest;
  for (const o of parsed.opts) if (o.key === "u") user = o.value;
  const commandMode = user !== undefined;
  if (!commandMode) {
    if (rest[0] === "-") rest = rest.slice(1);
    user = rest[0] ?? "root";
    rest = rest.slice(1);
  }
  const pw = lookupUser(pc, user!);
  if (!pw) {
    await pc.stderr.write(`runuser: user ${user} does not exist or the user entry does not contain all the required fields\n`);
    return 1;
  }
  if (commandMode && !rest.length) {
    await pc.stderr.write("runuser: no command was specified\n");
    return 1;
  }
  const env = new Map(pc.env);
  env.set("HOME", pw.home);
  // With -u no shell is involved: SHELL stays the caller's.
  if (!commandMode) env.set("SHELL", pw.shell);
  if (pw.uid !== 0) {
    env.set("USER", pw.name);
    env.set("LOGNAME", pw.name);
  }
  setCred(pc.task, { uid: pw.uid, gid: pw.gid });
  let argv: string[];
  if (commandMode) argv = rest;
  else {
    if (pw.shell.endsWith("/nologin")) {
      // What nologin(8) prints and returns.
      await pc.stdout.write("This account is currently not available.\n");
      return 1;
    }
    argv = [pw.shell, ...rest];
  }
  const r = resolveCommand(pc.task, argv[0]!, env.get("PATH"));
  if (r.kind === "error") {
    await pc.stderr.write(`runuser: failed to execute ${argv[0]}: ${strerror(r.errno)}\n`);
    return 1;
  }
  return execve(pc.task, { argv, env, program: r.program });
};
