// : true false echo printf test [ — the builtins whose work is done by the
// shared coreutils engines (echo.ts, printf-format.ts, test-expr.ts); bash's
// own prefixes ("NAME: line N: printf: ") are added here.

import { dashEchoBytes } from "./dash-echo.js";
import { echoBytes } from "../../../tools/coreutils/lib/echo.js";
import { printfFormat } from "../../../tools/coreutils/lib/printf-format.js";
import { evalTest, type FileStat, type TestEnv } from "../../../tools/coreutils/lib/test-expr.js";
import type { Inode } from "../../../kernel/fs/inode.js";
import type { Builtin, Shell } from "../interpreter.js";
import { IndexedArray } from "../vars.js";
import { USAGE } from "./util.js";

const dec = new TextDecoder();

export const colon: Builtin = () => 0;
export const trueB: Builtin = () => 0;
export const falseB: Builtin = () => 1;

export const echo: Builtin = async (sh, argv) => {
  if (sh.dialect === "dash") {
    await sh.write(1, dashEchoBytes(argv.slice(1)));
    return 0;
  }
  const xpg = !!sh.shopts.get("xpg_echo");
  if (!xpg && (argv.length < 2 || argv[1]![0] !== "-")) {
    let s = "";
    for (let i = 1; i < argv.length; i++) s += i > 1 ? ` ${argv[i]}` : argv[i];
    await sh.write(1, `${s}\n`);
    return 0;
  }
  await sh.write(1, echoBytes(argv.slice(1), { dialect: "bash", escapesByDefault: xpg }));
  return 0;
};

export const printf: Builtin = async (sh, argv) => {
  if (sh.dialect === "dash" && argv[1] !== undefined) {
    const bad = dashBadDirective(argv[1]);
    if (bad) {
      // dash complains, then its buffered stdout still holds the text before the directive.
      sh.errorLine(`printf: ${bad.text}: invalid directive`);
      if (bad.index > 0) await printf(sh, ["printf", argv[1].slice(0, bad.index)]);
      return 2;
    }
  }
  let i = 1;
  let varName: string | undefined;
  if (argv[i] === "-v") {
    varName = argv[i + 1];
    if (varName === undefined) {
      sh.errorLine("printf: -v: option requires an argument");
      sh.writeSync(2, `printf: usage: ${USAGE.printf}\n`);
      return 2;
    }
    i += 2;
  } else if (argv[i]?.startsWith("-v") && argv[i]!.length > 2) {
    varName = argv[i]!.slice(2);
    i++;
  }
  if (argv[i] === "--") i++;
  else if (argv[i] !== undefined && argv[i]!.length > 1 && argv[i]![0] === "-" && varName === undefined) {
    sh.errorLine(`printf: ${argv[i]!.slice(0, 2)}: invalid option`);
    sh.writeSync(2, `printf: usage: ${USAGE.printf}\n`);
    return 2;
  }
  const format = argv[i];
  if (format === undefined) {
    sh.writeSync(2, `printf: usage: ${USAGE.printf}\n`);
    return 2;
  }
  const r = printfFormat(format, argv.slice(i + 1), { dialect: "bash" });
  for (const d of r.diagnostics) sh.errorLine(`printf: ${d.message}`);
  if (varName !== undefined) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:\[(.*)\])?$/s.exec(varName);
    if (!m) {
      sh.errorLine(`printf: \`${varName}': not a valid identifier`);
      return 2;
    }
    if (!sh.setVar(m[1]!, dec.decode(r.output), { index: m[2] })) return 1;
    return r.status;
  }
  await sh.write(1, r.output);
  return r.status;
};

function statOf(sh: Shell, n: Inode): FileStat {
  const fs = sh.task.host.fs;
  const st = fs.statInode(n);
  const type =
    n.kind === "dir" ? "dir" : n.kind === "symlink" ? "symlink" : n.kind === "file" ? "file" : n.typeChar === "c" ? "char" : n.typeChar === "p" ? "fifo" : "file";
  return { type, mode: n.mode, size: st.size, mtime: n.mtime, ino: n.ino };
}

export function testEnv(sh: Shell): TestEnv {
  const t = sh.task;
  const fs = t.host.fs;
  const fdPath = (p: string): number | undefined => {
    const m = /^\/dev\/(?:fd\/(\d+)|(stdin)|(stdout)|(stderr))$/.exec(p);
    if (!m) return undefined;
    return m[1] !== undefined ? Number(m[1]) : m[2] ? 0 : m[3] ? 1 : 2;
  };
  const st = (p: string, nofollow: boolean): FileStat | undefined => {
    if (p === "") return undefined;
    const fd = fdPath(p);
    if (fd !== undefined) {
      const f = t.getFd(fd);
      if (!f) return undefined;
      return { type: f.tty ? "char" : f.label === "pipe" ? "fifo" : "file", mode: 0o600, size: 0, mtime: 0, ino: 0 };
    }
    const n = fs.tryLookup(t, t.cwd, p, nofollow);
    return n ? statOf(sh, n) : undefined;
  };
  return {
    stat: (p) => st(p, false),
    lstat: (p) => st(p, true),
    isatty: (fd) => !!t.getFd(fd)?.tty,
    shellOption: (name) => {
      const o = sh.opts as unknown as Record<string, boolean>;
      return name in o ? o[name] : undefined;
    },
    isVarSet: (name) => {
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:\[(.*)\])?$/s.exec(name);
      if (!m) return false;
      if (m[2] !== undefined) return sh.getElement(m[1]!, m[2]) !== undefined;
      const v = sh.vars.lookup(name);
      if (!v) return false;
      if (v.dyn) return true;
      if (v.value instanceof IndexedArray) return v.value.get(0) !== undefined;
      if (v.value instanceof Map) return v.value.has("0");
      return v.value !== undefined;
    },
    isNameref: () => false,
  };
}

/** Each shell's TestEnv (its functions read the shell's state when called; its task never changes). */
const testEnvs = new WeakMap<Shell, TestEnv>();

export const test: Builtin = (sh, argv) => {
  const name = argv[0]!;
  if (sh.dialect === "dash") {
    const bad = dashTestError(name, argv.slice(1));
    if (bad !== undefined) {
      sh.errorLine(`${name}: ${bad}`);
      return 2;
    }
  }
  const r = evalTest(argv.slice(1), shellTestEnv(sh), { dialect: "bash", bracket: name === "[" });
  for (const d of r.diagnostics) sh.errorLine(`${name}: ${d}`);
  return r.status;
};

function shellTestEnv(sh: Shell): TestEnv {
  let env = testEnvs.get(sh);
  if (!env) testEnvs.set(sh, (env = testEnv(sh)));
  return env;
}

const DASH_BINOPS = new Set(["=", "!=", "<", ">", "-eq", "-ne", "-lt", "-le", "-gt", "-ge", "-nt", "-ot", "-ef", "-a", "-o"]);
const DASH_UNOPS = new Set("bcdefghknprstuwxzLOGS".split("").map((c) => `-${c}`));

/**
 * The errors dash's test reports where bash's would differ: `[` without `]`,
 * and operators dash does not have (`==`, unknown -X) in the 2- and 3-word forms.
 */
function dashTestError(name: string, args: string[]): string | undefined {
  if (name === "[") {
    if (args[args.length - 1] !== "]") return "missing ]";
    args = args.slice(0, -1);
  }
  if (args.length === 3 && args[0] !== "!" && args[0] !== "(" && !DASH_BINOPS.has(args[1]!)) return `${args[0]}: unexpected operator`;
  if (args.length === 2 && args[0] !== "!" && args[0]!.startsWith("-") && !DASH_UNOPS.has(args[0]!)) return `${args[0]}: unexpected operator`;
  return undefined;
}

/** The first conversion dash's printf lacks (%q, %(…)T…), when no valid one comes before it. */
function dashBadDirective(fmt: string): { text: string; index: number } | undefined {
  const re = /%[-+ #0]*(?:\d+|\*)?(?:\.(?:\d+|\*)?)?(.)?/g;
  for (let m = re.exec(fmt); m; m = re.exec(fmt)) {
    const c = m[1];
    if (c === "%") continue;
    if (c !== undefined && "diouxXfeEgGcsb".includes(c)) return undefined;
    return { text: m[0], index: m.index };
  }
  return undefined;
}
