// sudo(8) 1.9.13p3 as Debian 12 configures it, run by root: every command is
// allowed without a password. The environment is reset as env_reset does
// (TERM, LANG, LC_*, HOSTNAME, PS1… kept; PATH set to secure_path; HOME,
// LOGNAME, USER, SHELL, MAIL and SUDO_* added); -E keeps it; VAR=value sets.
// -s runs $SHELL, -i a login shell in /root; the only user is root.
import type { Program } from "../../kernel/task/program.js";
import { resolveCommand } from "../../kernel/task/exec.js";
import { getopt } from "../coreutils/common/getopt.js";
import { execLike } from "../coreutils/common/run.js";

const USAGE = `usage: sudo -h | -K | -k | -V
usage: sudo -v [-ABkNnS] [-g group] [-h host] [-p prompt] [-u user]
usage: sudo -l [-ABkNnS] [-g group] [-h host] [-p prompt] [-U user] [-u user]
            [command [arg ...]]
usage: sudo [-ABbEHkNnPS] [-r role] [-t type] [-C num] [-D directory] [-g
            group] [-h host] [-p prompt] [-R directory] [-T timeout] [-u user]
            [VAR=value] [-i | -s] [command [arg ...]]
usage: sudo -e [-ABkNnS] [-r role] [-t type] [-C num] [-D directory] [-g group]
            [-h host] [-p prompt] [-R directory] [-T timeout] [-u user] file ...
`;

const SECURE_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
const KEEP = new Set([
  "TZ", "TERM", "LINGUAS", "LANGUAGE", "LANG", "COLORTERM", "XDG_CURRENT_DESKTOP", "XAUTHORIZATION", "XAUTHORITY",
  "PS2", "PS1", "PATH", "LS_COLORS", "KRB5CCNAME", "HOSTNAME", "DPKG_COLORS", "DISPLAY", "COLORS",
]);

/** The environment sudo gives the command (env_reset with Debian's defaults). */
function resetEnv(env: ReadonlyMap<string, string>, command: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of env) {
    if (KEEP.has(k) || k.startsWith("LC_")) out.set(k, k === "PATH" ? SECURE_PATH : v);
  }
  if (!out.has("MAIL")) out.set("MAIL", "/var/mail/root");
  if (!out.has("PATH")) out.set("PATH", SECURE_PATH);
  out.set("LOGNAME", "root");
  out.set("USER", "root");
  out.set("HOME", "/root");
  out.set("SHELL", "/bin/bash");
  out.set("SUDO_COMMAND", command);
  out.set("SUDO_USER", "root");
  out.set("SUDO_UID", "0");
  out.set("SUDO_GID", "0");
  return out;
}

export const sudoMain: Program = async (ctx) => {
  const err = (s: string) => ctx.stderr.write(`sudo: ${s}\n`);
  const r = getopt(ctx.argv.slice(1), {
    short: "+ABbC:D:Eeg:Hh::iKklnPp:R:r:SsT:t:U:u:Vv",
    long: [
      { name: "askpass", arg: "none", key: "A" },
      { name: "bell", arg: "none", key: "B" },
      { name: "background", arg: "none", key: "b" },
      { name: "close-from", arg: "required", key: "C" },
      { name: "chdir", arg: "required", key: "D" },
      { name: "preserve-env", arg: "optional", key: "E" },
      { name: "edit", arg: "none", key: "e" },
      { name: "group", arg: "required", key: "g" },
      { name: "set-home", arg: "none", key: "H" },
      { name: "help", arg: "none", key: "h" },
      { name: "host", arg: "required" },
      { name: "login", arg: "none", key: "i" },
      { name: "remove-timestamp", arg: "none", key: "K" },
      { name: "reset-timestamp", arg: "none", key: "k" },
      { name: "list", arg: "none", key: "l" },
      { name: "non-interactive", arg: "none", key: "n" },
      { name: "preserve-groups", arg: "none", key: "P" },
      { name: "prompt", arg: "required", key: "p" },
      { name: "shell", arg: "none", key: "s" },
      { name: "stdin", arg: "none", key: "S" },
      { name: "user", arg: "required", key: "u" },
      { name: "other-user", arg: "required", key: "U" },
      { name: "version", arg: "none", key: "V" },
      { name: "validate", arg: "none", key: "v" },
    ],
  });
  if (r.kind === "error") {
    await err(r.message);
    await ctx.stderr.write(USAGE);
    return 1;
  }
  let keepEnv = false;
  let shell = false;
  let login = false;
  let list = false;
  let dir: string | undefined;
  let mode: "run" | "done" = "run";
  for (const o of r.opts) {
    switch (o.key) {
      case "h":
        if (o.value !== undefined) break; // -h HOST names a host
        await ctx.stdout.write(`sudo - execute a command as another user\n\n${USAGE}`);
        return 0;
      case "V":
        await ctx.stdout.write("Sudo version 1.9.13p3\nSudoers policy plugin version 1.9.13p3\nSudoers file grammar version 50\nSudoers I/O plugin version 1.9.13p3\nSudoers audit plugin version 1.9.13p3\n");
        return 0;
      case "E":
        keepEnv = true;
        break;
      case "s":
        shell = true;
        break;
      case "i":
        login = true;
        break;
      case "l":
        list = true;
        break;
      case "D":
        dir = o.value;
        break;
      case "k":
      case "K":
      case "v":
        mode = "done";
        break;
      case "u":
      case "g":
        if (o.value !== "root" && o.value !== "#0" && o.value !== "0") {
          await err(`unknown ${o.key === "u" ? "user" : "group"} ${o.value}`);
          await err("error initializing audit plugin sudoers_audit");
          return 1;
        }
        break;
    }
  }
  if (shell && login) {
    await err("you may not specify both the -i and -s options");
    await ctx.stderr.write(USAGE);
    return 1;
  }
  let ops = r.operands;
  const env = new Map(ctx.env);
  const assigns: Array<[string, string]> = [];
  while (ops.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(ops[0]!)) {
    const a = ops[0]!;
    assigns.push([a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)]);
    ops = ops.slice(1);
  }
  const host = ctx.task.host.hostname;
  if (list) {
    // sudo wraps the Defaults line at the terminal's width only when writing to one.
    const defaults = ["env_reset", "mail_badpass", "secure_path=/usr/local/sbin\\:/usr/local/bin\\:/usr/sbin\\:/usr/bin\\:/sbin\\:/bin", "use_pty"];
    const body = ctx.stdout.isTTY ? defaults.join(",\n    ").replace("mail_badpass,\n    env", "mail_badpass, env").replace("env_reset,\n    mail_badpass", "env_reset, mail_badpass") : defaults.join(", ");
    await ctx.stdout.write(`Matching Defaults entries for root on ${host}:\n    ${body}\n\nUser root may run the following commands on ${host}:\n    (ALL : ALL) ALL\n`);
    return 0;
  }
  if (mode === "done" && !ops.length) return 0;
  if (!ops.length && !shell && !login) {
    await ctx.stderr.write(USAGE);
    return 1;
  }
  let argv: string[];
  let cwd = dir;
  if (shell || login) {
    const sh = login ? "/bin/bash" : env.get("SHELL") ?? "/bin/bash";
    // With a command, the shell runs it with -c (arguments backslash-escaped as sudo does).
    const cmdline = ops.map((a) => a.replace(/([^A-Za-z0-9_\-+.,\/@%=:])/g, "\\$1")).join(" ");
    argv = [login ? `-${sh.split("/").pop()}` : sh, ...(ops.length ? ["-c", cmdline] : [])];
    if (login) cwd = "/root";
    const res = resolveCommand(ctx.task, sh, SECURE_PATH);
    if (res.kind === "error") {
      await err(`${sh}: command not found`);
      return 1;
    }
    const e = keepEnv ? env : resetEnv(env, ops.length ? `${sh} -c ${cmdline}` : sh);
    if (keepEnv) e.set("PATH", SECURE_PATH);
    for (const [k, v] of assigns) e.set(k, v);
    return execLike(ctx, argv, e, res.program, cwd);
  }
  argv = ops;
  // sudo searches secure_path, not the caller's PATH.
  const res = resolveCommand(ctx.task, argv[0]!, SECURE_PATH);
  if (res.kind === "error") {
    await err(`${argv[0]}: command not found`);
    return 1;
  }
  const full = res.path.replace(/^\/bin\//, "/usr/bin/").replace(/^\/sbin\//, "/usr/sbin/");
  const e = keepEnv ? env : resetEnv(env, [full, ...argv.slice(1)].join(" "));
  if (keepEnv) {
    e.set("PATH", SECURE_PATH);
    e.set("SUDO_COMMAND", [full, ...argv.slice(1)].join(" "));
    e.set("SUDO_USER", "root");
    e.set("SUDO_UID", "0");
    e.set("SUDO_GID", "0");
  }
  for (const [k, v] of assigns) e.set(k, v);
  return execLike(ctx, argv, e, res.program, cwd);
};
