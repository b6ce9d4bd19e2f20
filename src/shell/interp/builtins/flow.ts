// Control builtins: exit, return, break, continue, eval, source/., exec,
// command, builtin, type, hash, trap.

import { KernelError, strerror } from "../../../uapi/errno.js";
import type { SpecialInode } from "../../../kernel/fs/inode.js";
import type { Task } from "../../../kernel/task/task.js";
import { concatBytes } from "../../../wire/bytes.js";
import { ExitShell, FatalError } from "../errors.js";
import type { Builtin, Shell } from "../interpreter.js";
import { applyRedirects } from "../redirect.js";
import { parseSignalSpec, signalList, signalNameOf } from "../signals.js";
import { singleQuote } from "../quote.js";
import { BUILTINS, KEYWORDS } from "./index.js";
import { functionText } from "./functext.js";
import { getopts, intArg, USAGE } from "./util.js";

const dec = new TextDecoder();

export const exit: Builtin = (sh, argv) => {
  let st = sh.status;
  if (argv.length > 1) {
    const n = intArg(argv[1]!);
    if (n === undefined && sh.dialect === "dash") {
      sh.errorLine(`exit: Illegal number: ${argv[1]}`);
      throw new FatalError(2);
    }
    if (n === undefined) {
      sh.errorLine(`exit: ${argv[1]}: numeric argument required`);
      st = 2;
    } else if (argv.length > 2) {
      sh.errorLine("exit: too many arguments");
      return 1;
    } else st = n & 255;
  }
  if (sh.interactive && !sh.exiting) sh.writeSync(2, "exit\n");
  throw new ExitShell(st);
};

export const returnB: Builtin = (sh, argv) => {
  if (sh.funcDepth === 0 && sh.sourceDepthForReturn === 0 && sh.dialect === "dash") {
    // dash: `return` outside a function ends the script, like exit.
    const n = argv.length > 1 ? intArg(argv[1]!) : sh.status;
    throw new ExitShell((n ?? sh.status) & 255);
  }
  if (sh.funcDepth === 0 && sh.sourceDepthForReturn === 0) {
    sh.errorLine("return: can only `return' from a function or sourced script");
    return 2;
  }
  let st = sh.status;
  if (argv.length > 1) {
    const n = intArg(argv[1]!);
    if (n === undefined) {
      sh.errorLine(`return: ${argv[1]}: numeric argument required`);
      st = 2;
    } else if (argv.length > 2) {
      sh.errorLine("return: too many arguments");
      return 1;
    } else st = n;
  }
  sh.doReturn(st);
  return st & 255;
};

function loopBuiltin(cont: boolean): Builtin {
  return (sh, argv) => {
    const name = argv[0]!;
    let n = 1;
    if (argv.length > 1) {
      const x = intArg(argv[1]!);
      if (x === undefined) {
        sh.errorLine(`${name}: ${argv[1]}: numeric argument required`);
        return 1;
      }
      if (x < 1) {
        sh.errorLine(`${name}: ${argv[1]}: loop count out of range`);
        return 1;
      }
      n = x;
    }
    if (sh.loopDepth === 0 && sh.dialect === "dash") return 0;
    if (sh.loopDepth === 0) {
      sh.errorLine(`${name}: only meaningful in a \`for', \`while', or \`until' loop`);
      return 0;
    }
    return sh.doBreak(n, cont);
  };
}
export const breakB = loopBuiltin(false);
export const continueB = loopBuiltin(true);

export const evalB: Builtin = async (sh, argv) => {
  const text = argv.slice(1).join(" ");
  if (!text.trim()) return 0;
  return sh.runText(text, "eval", sh.lineno);
};

/**
 * Reads a file produced on open as bash's _evalfile does: a regular file
 * (procfs) only up to its stat size, which procfs reports as 0, so
 * `. /proc/sys/…` runs nothing; a device or FIFO to its end (`. /dev/null`).
 * Bounded: a device that never ends (/dev/zero) stops at 16 MiB.
 */
async function readSpecial(n: SpecialInode, t: Task): Promise<Uint8Array> {
  const limit = n.typeChar === "-" ? n.size ?? 0 : 16 << 20;
  if (limit === 0) return new Uint8Array(0);
  const f = n.open(t, { read: true, write: false });
  const parts: Uint8Array[] = [];
  let total = 0;
  try {
    while (total < limit) {
      const chunk = f.read ? await f.read(t) : null;
      if (!chunk) break;
      parts.push(chunk);
      total += chunk.length;
    }
  } finally {
    f.release?.();
  }
  return concatBytes(...parts).subarray(0, limit);
}

export const source: Builtin = async (sh, argv) => {
  const name = argv[0]!;
  let args = argv.slice(1);
  if (args[0] === "--") args = args.slice(1);
  if (!args.length) {
    sh.errorLine(`${name}: filename argument required`);
    sh.writeSync(2, `${name}: usage: ${USAGE[name]}\n`);
    return 2;
  }
  const file = args[0]!;
  const t = sh.task;
  const fs = t.host.fs;
  let path = file;
  if (!file.includes("/")) {
    // sourcepath: search PATH first, then the current directory.
    for (const dir of (sh.getScalar("PATH") ?? "").split(":")) {
      const p = `${dir || "."}/${file}`;
      const n = fs.tryLookup(t, t.cwd, p);
      if (n && n.kind === "file") {
        path = p;
        break;
      }
    }
  }
  let text: string;
  try {
    const n = fs.lookup(t, t.cwd, path);
    if (n.kind === "dir") {
      sh.errorLine(`${name}: ${file}: is a directory`);
      return 1;
    }
    text = dec.decode(n.kind === "special" ? await readSpecial(n, t) : fs.readFile(t, t.cwd, path));
  } catch (e) {
    if (e instanceof KernelError) {
      sh.errorLine(`${file}: ${strerror(e.errno)}`);
      return 1;
    }
    throw e;
  }
  const savedPos = sh.positional;
  if (args.length > 1) sh.positional = args.slice(1);
  sh.sourceStack.push(file);
  sh.sourceDepthForReturn++;
  try {
    const st = await sh.runText(text, file, 1, true);
    if (sh.returning) {
      sh.clearReturn();
      return sh.returnStatus;
    }
    return st;
  } finally {
    sh.sourceDepthForReturn--;
    sh.sourceStack.pop();
    if (args.length > 1) sh.positional = savedPos;
  }
};

export const exec: Builtin = async (sh, argv) => {
  let i = 1;
  let argv0: string | undefined;
  let clearEnv = false;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") {
      i++;
      break;
    }
    if (a === "-c") clearEnv = true;
    else if (a === "-l") {
      /* login: argv[0] gets a dash */
    } else if (a === "-a") argv0 = argv[++i];
    else break;
  }
  const rest = argv.slice(i);
  if (!rest.length) return 0;
  const name = rest[0]!;
  const r = sh.resolve(name);
  if (r.kind === "error") {
    if (!name.includes("/")) sh.errorLine(`exec: ${name}: not found`);
    else sh.errorLine(`${name}: ${strerror(r.errno)}`);
    if (!sh.interactive && !sh.shopts.get("execfail")) throw new ExitShell(r.errno === 2 ? 127 : 126, true);
    return r.errno === 2 ? 127 : 126;
  }
  const env = clearEnv ? new Map<string, string>() : sh.exportEnv(sh.tempEnv());
  const args = [...rest];
  if (argv0 !== undefined) args[0] = argv0;
  return sh.execProgram(r.program, args, env);
};

export const command: Builtin = async (sh, argv) => {
  const o = getopts(sh, "command", argv, "pvV", USAGE.command);
  if (!o) return 2;
  if (!o.args.length) return 0;
  if (o.flags.has("v") || o.flags.has("V")) {
    // bash: status 0 when any name was found.
    let found = false;
    let out = "";
    // dash looks at the first name only, and says 127 when it is not found.
    for (const n of sh.dialect === "dash" ? o.args.slice(0, 1) : o.args) {
      const d = describe(sh, n, false);
      if (d.length) found = true;
      if (!d.length) {
        if (o.flags.has("V")) sh.errorLine(`command: ${n}: not found`);
        continue;
      }
      const first = d[0]!;
      if (o.flags.has("V")) out += `${first.long}\n`;
      else out += `${first.kind === "file" || first.kind === "alias" ? first.short : n}\n`;
    }
    await sh.write(1, out);
    return found ? 0 : sh.dialect === "dash" ? 127 : 1;
  }
  const name = o.args[0]!;
  const bi = BUILTINS.get(name);
  if (bi) return sh.runBuiltin(bi, o.args);
  return sh.runExternalArgv(o.args);
};

export const builtin: Builtin = async (sh, argv) => {
  if (argv.length < 2) return 0;
  const bi = BUILTINS.get(argv[1]!);
  if (!bi) {
    sh.errorLine(`builtin: ${argv[1]}: not a shell builtin`);
    return 1;
  }
  return sh.runBuiltin(bi, argv.slice(1));
};

interface Description {
  kind: "alias" | "keyword" | "function" | "builtin" | "file";
  short: string;
  long: string;
}

/** What a name is, in lookup order (alias, keyword, function, builtin, file). */
export function describe(sh: Shell, name: string, all: boolean, pathOnly = false): Description[] {
  const out: Description[] = [];
  if (!pathOnly) {
    const al = sh.aliases.get(name);
    if (al !== undefined) out.push({ kind: "alias", short: `alias ${name}=${singleQuote(al)}`, long: `${name} is aliased to \`${al}'` });
    if (KEYWORDS.has(name)) out.push({ kind: "keyword", short: name, long: `${name} is a shell keyword` });
    const fn = sh.funcs.get(name);
    if (fn) out.push({ kind: "function", short: name, long: sh.dialect === "dash" ? `${name} is a shell function` : `${name} is a function\n${functionText(fn)}` });
    if (BUILTINS.has(name)) out.push({ kind: "builtin", short: name, long: `${name} is a shell builtin` });
    if (out.length && !all) return out;
  }
  if (name.includes("/")) {
    const r = sh.resolve(name);
    if (r.kind === "found") out.push({ kind: "file", short: name, long: `${name} is ${name}` });
    return out;
  }
  const hashed = sh.hash.get(name);
  if (hashed && !all) {
    // describe_command()'s phash_search() counts a hit.
    sh.hashHits.set(name, (sh.hashHits.get(name) ?? 0) + 1);
    out.push({ kind: "file", short: hashed, long: `${name} is hashed (${hashed})` });
    return out;
  }
  const t = sh.task;
  for (const dir of (sh.getScalar("PATH") ?? "").split(":")) {
    const p = `${dir || "."}/${name}`;
    const n = t.host.fs.tryLookup(t, t.cwd, p);
    if (n && n.kind !== "dir" && (n.mode & 0o111) !== 0) {
      out.push({ kind: "file", short: p, long: `${name} is ${p}` });
      if (!all) break;
    }
  }
  return out;
}

export const type: Builtin = async (sh, argv) => {
  const o = getopts(sh, "type", argv, "afptP", USAGE.type);
  if (!o) return 2;
  const f = o.flags;
  let st = 0;
  let out = "";
  for (const n of o.args) {
    let d = describe(sh, n, f.has("a"), f.has("P"));
    if (f.has("f")) d = d.filter((x) => x.kind !== "function");
    if (!d.length && sh.dialect === "dash") {
      // dash: on stdout, in order with the others, and status 127.
      out += `${n}: not found\n`;
      st = 127;
      continue;
    }
    if (!d.length) {
      st = 1;
      if (!f.has("t") && !f.has("p") && !f.has("P")) sh.errorLine(`type: ${n}: not found`);
      continue;
    }
    for (const x of d) {
      if (f.has("t")) out += `${x.kind}\n`;
      else if (f.has("p") || f.has("P")) {
        if (x.kind === "file") out += `${x.short}\n`;
      } else out += `${x.long}\n`;
      if (!f.has("a")) break;
    }
  }
  await sh.write(1, out);
  return st;
};

export const hash: Builtin = async (sh, argv) => {
  const o = getopts(sh, "hash", argv, "rdlp:t", USAGE.hash);
  if (!o) return 2;
  if (o.flags.has("r")) {
    sh.hash.clear();
    sh.hashHits.clear();
    return 0;
  }
  if (!o.args.length) {
    if (!sh.hash.size) {
      await sh.write(1, "hash: hash table empty\n");
      return 0;
    }
    let out = "hits\tcommand\n";
    // print_hashed_commands(): "%4d\t%s\n", times_found and the path.
    for (const [n, p] of sh.hash) out += `${String(sh.hashHits.get(n) ?? 0).padStart(4)}\t${p}\n`;
    await sh.write(1, out);
    return 0;
  }
  let st = 0;
  for (const n of o.args) {
    if (o.flags.has("d")) {
      sh.hash.delete(n);
      sh.hashHits.delete(n);
      continue;
    }
    const p = o.flags.get("p");
    if (typeof p === "string") {
      sh.hash.set(n, p);
      sh.hashHits.set(n, 0);
      continue;
    }
    if (o.flags.has("t")) {
      const h = sh.hash.get(n);
      if (!h) {
        sh.errorLine(`hash: ${n}: not found`);
        st = 1;
      } else {
        sh.hashHits.set(n, (sh.hashHits.get(n) ?? 0) + 1);
        await sh.write(1, `${h}\n`);
      }
      continue;
    }
    if (BUILTINS.has(n) || sh.funcs.has(n)) continue;
    // add_hashed_command(): phash_remove, search PATH, phash_insert(…, found = 0).
    sh.hash.delete(n);
    sh.hashHits.delete(n);
    const r = sh.resolve(n);
    if (sh.hash.has(n)) sh.hashHits.set(n, 0);
    if (r.kind === "error") {
      sh.errorLine(`hash: ${n}: not found`);
      st = 1;
    }
  }
  return st;
};

const PSEUDO = new Set(["EXIT", "ERR", "DEBUG", "RETURN"]);

function trapKey(spec: string): { key: string; sig?: number } | undefined {
  const up = spec.toUpperCase();
  if (PSEUDO.has(up)) return { key: up };
  if (up === "0" || up === "SIGEXIT") return { key: "EXIT" };
  const sig = parseSignalSpec(spec);
  if (sig === undefined) return undefined;
  if (sig === 0) return { key: "EXIT" };
  return { key: signalNameOf(sig), sig };
}

export const trap: Builtin = async (sh, argv) => {
  const o = getopts(sh, "trap", argv, "lp", USAGE.trap);
  if (!o) return 2;
  if (o.flags.has("l")) {
    await sh.write(1, signalList());
    return 0;
  }
  const args = o.args;
  if (o.flags.has("p") || !args.length) {
    const shown = new Map([...sh.inheritedTraps, ...sh.traps]);
    const keys = args.length ? args.map((a) => trapKey(a)?.key ?? a) : [...shown.keys()];
    let out = "";
    for (const k of orderTraps(keys)) {
      const v = shown.get(k);
      if (v === undefined) continue;
      out += `trap -- ${singleQuote(v)} ${sh.dialect === "dash" ? k.replace(/^SIG/, "") : k}\n`;
    }
    await sh.write(1, out);
    return 0;
  }
  let action: string | null = args[0]!;
  let specs = args.slice(1);
  if (specs.length === 0) {
    // `trap SIG`: reset.
    specs = [action];
    action = null;
  } else if (action === "-") action = null;
  else if (/^\d+$/.test(action) && trapKey(action)) {
    // `trap 1 2`: all arguments are signals to reset (POSIX).
    specs = args;
    action = null;
  }
  let st = 0;
  for (const s of specs) {
    const k = trapKey(s);
    if (!k) {
      sh.errorLine(`trap: ${s}: invalid signal specification`);
      st = 1;
      continue;
    }
    sh.setTrap(k.key, k.sig, action);
  }
  return st;
};

function orderTraps(keys: string[]): string[] {
  const rank = (k: string): number => {
    if (k === "EXIT") return -1;
    const sig = parseSignalSpec(k);
    if (sig !== undefined) return sig;
    return 100 + ["DEBUG", "ERR", "RETURN"].indexOf(k);
  };
  return [...new Set(keys)].sort((a, b) => rank(a) - rank(b));
}

export { applyRedirects };
