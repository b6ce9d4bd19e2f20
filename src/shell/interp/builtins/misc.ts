// cd, pwd, pushd/popd/dirs, umask, times, alias/unalias, getopts, ulimit,
// caller, logout, history, help, enable.

import { normalizePath } from "../../../kernel/fs/vfs.js";
import { KernelError, strerror } from "../../../uapi/errno.js";
import { ExitShell } from "../errors.js";
import type { Builtin, Shell } from "../interpreter.js";
import { singleQuote } from "../quote.js";
import { getopts, USAGE } from "./util.js";

function chdir(sh: Shell, dir: string, physical: boolean): string | undefined {
  const t = sh.task;
  const fs = t.host.fs;
  const base = sh.getScalar("PWD") ?? t.cwd;
  const target = normalizePath(dir.startsWith("/") ? "/" : base, dir);
  if (sh.dialect === "dash") {
    const n = fs.tryLookup(t, t.cwd, dir.startsWith("/") ? dir : `${base}/${dir}`);
    if (n?.kind !== "dir") {
      sh.errorLine(`cd: can't cd to ${dir}`);
      return undefined;
    }
    return target;
  }
  try {
    const n = fs.lookup(t, t.cwd, dir.startsWith("/") ? dir : `${base}/${dir}`);
    if (n.kind !== "dir") {
      sh.errorLine(`cd: ${dir}: Not a directory`);
      return undefined;
    }
  } catch (e) {
    if (e instanceof KernelError) {
      sh.errorLine(`cd: ${dir}: ${strerror(e.errno)}`);
      return undefined;
    }
    throw e;
  }
  void physical;
  return target;
}

function setCwd(sh: Shell, dir: string): void {
  const old = sh.getScalar("PWD") ?? sh.task.cwd;
  sh.task.cwd = dir;
  sh.setVar("OLDPWD", old);
  sh.setVar("PWD", dir);
}

export const cd: Builtin = async (sh, argv) => {
  const o = getopts(sh, "cd", argv, "LPe@", USAGE.cd);
  if (!o) return 2;
  if (o.args.length > 1) {
    sh.errorLine("cd: too many arguments");
    return 1;
  }
  let dir: string | undefined = o.args[0];
  let print = false;
  if (dir === undefined) {
    dir = sh.getScalar("HOME");
    if (dir === undefined) {
      sh.errorLine("cd: HOME not set");
      return 1;
    }
  } else if (dir === "-") {
    dir = sh.getScalar("OLDPWD");
    if (dir === undefined) {
      sh.errorLine("cd: OLDPWD not set");
      return 1;
    }
    print = true;
  }
  if (dir === undefined || dir === "") return 0;
  const target = chdir(sh, dir, o.flags.has("P"));
  if (target === undefined) return sh.dialect === "dash" ? 2 : 1;
  setCwd(sh, target);
  if (print) await sh.write(1, `${target}\n`);
  return 0;
};

export const pwd: Builtin = async (sh, argv) => {
  const o = getopts(sh, "pwd", argv, "LP", USAGE.pwd);
  if (!o) return 2;
  await sh.write(1, `${sh.task.cwd}\n`);
  return 0;
};

export const dirs: Builtin = async (sh, argv) => {
  const name = argv[0]!;
  const home = sh.getScalar("HOME");
  const tilde = (p: string) => (home && (p === home || p.startsWith(`${home}/`)) ? `~${p.slice(home.length)}` : p);
  if (name === "pushd") {
    const dir = argv[1];
    if (dir === undefined) {
      if (!sh.dirStack.length) {
        sh.errorLine("pushd: no other directory");
        return 1;
      }
      const top = sh.dirStack.shift()!;
      sh.dirStack.unshift(sh.task.cwd);
      const t = chdir(sh, top, false);
      if (t === undefined) return 1;
      setCwd(sh, t);
    } else {
      const t = chdir(sh, dir, false);
      if (t === undefined) return 1;
      sh.dirStack.unshift(sh.task.cwd);
      setCwd(sh, t);
    }
  } else if (name === "popd") {
    if (!sh.dirStack.length) {
      sh.errorLine("popd: directory stack empty");
      return 1;
    }
    const top = sh.dirStack.shift()!;
    const t = chdir(sh, top, false);
    if (t === undefined) return 1;
    setCwd(sh, t);
  } else if (argv[1] === "-c") {
    sh.dirStack = [];
    return 0;
  }
  const all = [sh.task.cwd, ...sh.dirStack];
  if (argv[1] === "-v") await sh.write(1, all.map((d, i) => ` ${i}  ${tilde(d)}\n`).join(""));
  else if (argv[1] === "-p") await sh.write(1, all.map((d) => `${tilde(d)}\n`).join(""));
  else await sh.write(1, `${all.map(tilde).join(" ")}\n`);
  return 0;
};

export const umask: Builtin = async (sh, argv) => {
  const o = getopts(sh, "umask", argv, "pS", USAGE.umask);
  if (!o) return 2;
  const m = o.args[0];
  if (m === undefined) {
    if (o.flags.has("S")) {
      const perm = (bits: number) => `${bits & 4 ? "r" : ""}${bits & 2 ? "w" : ""}${bits & 1 ? "x" : ""}`;
      const v = ~sh.umask & 0o777;
      await sh.write(1, `u=${perm(v >> 6)},g=${perm((v >> 3) & 7)},o=${perm(v & 7)}\n`);
    } else await sh.write(1, `${o.flags.has("p") ? "umask " : ""}${sh.umask.toString(8).padStart(4, "0")}\n`);
    return 0;
  }
  if (/^[0-7]+$/.test(m)) {
    sh.umask = parseInt(m, 8) & 0o777;
    return 0;
  }
  // Symbolic: u=rwx,g=rx,o= (the common absolute form).
  let mask = sh.umask;
  for (const clause of m.split(",")) {
    const cm = /^([ugoa]*)([=+-])([rwx]*)$/.exec(clause);
    if (!cm) {
      sh.errorLine(`umask: \`${clause.slice(-1)}': invalid symbolic mode operator`);
      return 1;
    }
    const who = cm[1] || "a";
    let bits = 0;
    for (const c of cm[3]!) bits |= c === "r" ? 4 : c === "w" ? 2 : 1;
    for (const w of who === "a" ? "ugo" : who) {
      const shift = w === "u" ? 6 : w === "g" ? 3 : 0;
      let allowed = (~mask >> shift) & 7;
      if (cm[2] === "=") allowed = bits;
      else if (cm[2] === "+") allowed |= bits;
      else allowed &= ~bits;
      mask = (mask & ~(7 << shift)) | ((~allowed & 7) << shift);
    }
  }
  sh.umask = mask & 0o777;
  return 0;
};

export const times: Builtin = async (sh) => {
  await sh.write(1, "0m0.000s 0m0.000s\n0m0.000s 0m0.000s\n");
  return 0;
};

export const alias: Builtin = async (sh, argv) => {
  const o = getopts(sh, "alias", argv, "p", USAGE.alias);
  if (!o) return 2;
  if (!o.args.length || o.flags.has("p")) {
    let out = "";
    const pre = sh.dialect === "dash" ? "" : "alias ";
    for (const k of [...sh.aliases.keys()].sort()) out += `${pre}${k}=${singleQuote(sh.aliases.get(k)!)}\n`;
    await sh.write(1, out);
    if (!o.args.length) return 0;
  }
  let st = 0;
  let out = "";
  for (const a of o.args) {
    const eq = a.indexOf("=");
    if (eq > 0) {
      sh.aliases.set(a.slice(0, eq), a.slice(eq + 1));
      continue;
    }
    const v = sh.aliases.get(a);
    if (v === undefined) {
      sh.errorLine(`alias: ${a}: not found`);
      st = 1;
    } else out += `alias ${a}=${singleQuote(v)}\n`;
  }
  await sh.write(1, out);
  return st;
};

export const unalias: Builtin = (sh, argv) => {
  const o = getopts(sh, "unalias", argv, "a", USAGE.unalias);
  if (!o) return 2;
  if (o.flags.has("a")) {
    sh.aliases.clear();
    return 0;
  }
  if (!o.args.length) {
    sh.writeSync(2, `unalias: usage: ${USAGE.unalias}\n`);
    return 2;
  }
  let st = 0;
  for (const a of o.args) {
    if (!sh.aliases.delete(a)) {
      sh.errorLine(`unalias: ${a}: not found`);
      st = 1;
    }
  }
  return st;
};

export const getoptsB: Builtin = (sh, argv) => {
  if (argv.length < 3 && sh.dialect === "dash") {
    sh.errorLine("getopts: Usage: getopts optstring var [arg...]");
    return 2;
  }
  if (argv.length < 3) {
    sh.writeSync(2, `getopts: usage: ${USAGE.getopts}\n`);
    return 2;
  }
  let optstring = argv[1]!;
  const name = argv[2]!;
  const args = argv.length > 3 ? argv.slice(3) : sh.positional;
  const silent = optstring.startsWith(":");
  if (silent) optstring = optstring.slice(1);
  const opterr = sh.getScalar("OPTERR") !== "0" && !silent;
  let optind = Number(sh.getScalar("OPTIND") ?? "1");
  if (!(optind >= 1)) optind = 1;
  // Position inside a cluster of letters (-abc) is kept across calls.
  if (sh.getoptsState.optind !== optind) sh.getoptsState = { optind, sub: 1 };
  let sub = sh.getoptsState.sub;
  const done = () => {
    sh.setVar(name, "?");
    sh.setVar("OPTIND", String(optind));
    sh.getoptsState = { optind, sub: 1 };
    return 1;
  };
  const arg = args[optind - 1];
  if (arg === undefined || arg[0] !== "-" || arg === "-") return done();
  if (arg === "--") {
    optind++;
    return done();
  }
  const c = arg[sub]!;
  const next = () => {
    if (sub + 1 >= arg.length) {
      optind++;
      sub = 1;
    } else sub++;
  };
  const k = optstring.indexOf(c);
  if (k < 0 || c === ":") {
    next();
    if (silent) {
      sh.setVar(name, "?");
      sh.setVar("OPTARG", c);
    } else {
      if (opterr) sh.writeSync(2, sh.dialect === "dash" ? `Illegal option -${c}\n` : `${sh.scriptName}: illegal option -- ${c}\n`);
      sh.setVar(name, "?");
      sh.vars.remove("OPTARG");
    }
    sh.setVar("OPTIND", String(optind));
    sh.getoptsState = { optind, sub };
    return 0;
  }
  if (optstring[k + 1] === ":") {
    let val: string | undefined;
    if (sub + 1 < arg.length) {
      val = arg.slice(sub + 1);
      optind++;
    } else {
      val = args[optind];
      optind += 2;
    }
    sub = 1;
    if (val === undefined) {
      optind = Math.min(optind, args.length + 1);
      if (silent) {
        sh.setVar(name, ":");
        sh.setVar("OPTARG", c);
      } else {
        if (opterr) sh.writeSync(2, sh.dialect === "dash" ? `No arg for -${c} option\n` : `${sh.scriptName}: option requires an argument -- ${c}\n`);
        sh.setVar(name, "?");
        sh.vars.remove("OPTARG");
      }
      sh.setVar("OPTIND", String(optind));
      sh.getoptsState = { optind, sub };
      return 0;
    }
    sh.setVar("OPTARG", val);
  } else {
    next();
    // dash empties OPTARG for an option without argument; bash unsets it.
    if (sh.dialect === "dash") sh.setVar("OPTARG", "");
    else sh.vars.remove("OPTARG");
  }
  sh.setVar(name, c);
  sh.setVar("OPTIND", String(optind));
  sh.getoptsState = { optind, sub };
  return 0;
};

export const ulimit: Builtin = async (sh, argv) => {
  const a = argv.slice(1);
  if (a.length && !a[a.length - 1]!.startsWith("-")) return 0;
  if (a.includes("-n")) await sh.write(1, "1024\n");
  else if (a.includes("-a")) await sh.write(1, "open files                          (-n) 1024\n");
  else await sh.write(1, "unlimited\n");
  return 0;
};

export const caller: Builtin = async (sh) => {
  if (sh.funcDepth === 0) return 1;
  await sh.write(1, `${sh.lineno} ${sh.errName}\n`);
  return 0;
};

export const logout: Builtin = (sh) => {
  sh.errorLine("logout: not login shell: use `exit'");
  return 1;
};

export const history: Builtin = () => 0;

export const help: Builtin = async (sh, argv) => {
  sh.errorLine(`help: no help topics match \`${argv[1] ?? ""}'.  Try \`help help' or \`man -k ${argv[1] ?? ""}' or \`info ${argv[1] ?? ""}'.`);
  return 1;
};

export const suspend: Builtin = (sh) => {
  sh.errorLine("suspend: cannot suspend a login shell");
  return 1;
};

export { ExitShell };
