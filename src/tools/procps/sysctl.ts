// sysctl (procps-ng 4.0.2): read and write kernel parameters through
// /proc/sys, as the real one does (stat, open, read/write), so what it sees is
// exactly what the calling process's network namespace holds. NAME or
// NAME=VALUE (with or without -w), -n, -N, -q, -e, -a/-A/-X with -r PATTERN,
// -p [FILE], with procps' messages and exit statuses. -a lists what /proc/sys
// holds in the model: the net.* tree.

import { KernelError, strerror } from "../../uapi/errno.js";
import type { Inode } from "../../kernel/fs/inode.js";
import type { Program, ProgramContext } from "../../kernel/task/program.js";
import type { Task } from "../../kernel/task/task.js";
import { readChunk } from "../../kernel/task/file.js";

const PROC = "/proc/sys/";

const USAGE = `
Usage:
 sysctl [options] [variable[=value] ...]

Options:
  -a, --all            display all variables
  -A                   alias of -a
  -X                   alias of -a
      --deprecated     include deprecated parameters to listing
      --dry-run        Print the key and values but do not write
  -b, --binary         print value without new line
  -e, --ignore         ignore unknown variables errors
  -N, --names          print variable names without values
  -n, --values         print only values of the given variable(s)
  -p, --load[=<file>]  read values from file
  -f                   alias of -p
      --system         read values from all system directories
  -r, --pattern <expression>
                       select setting that match expression
  -q, --quiet          do not echo variable set
  -w, --write          enable writing a value to variable
  -o                   does nothing
  -x                   does nothing
  -d                   alias of -h

 -h, --help     display this help and exit
 -V, --version  output version information and exit

For more details see sysctl(8).
`;

interface Opts {
  names: boolean;
  values: boolean;
  quiet: boolean;
  ignore: boolean;
  binary: boolean;
  dryRun: boolean;
  write: boolean;
  pattern?: RegExp;
}

class Sysctl {
  out = "";
  err = "";
  /** Whether the last entry walked by display() was a directory. */
  private wasDir = false;
  constructor(
    readonly pc: ProgramContext,
    readonly o: Opts,
  ) {}

  get task(): Task {
    return this.pc.task;
  }

  lookup(path: string): Inode {
    return this.task.host.fs.lookup(this.task, "/", path);
  }

  async readValue(n: Inode): Promise<string> {
    if (n.kind !== "special") throw new KernelError(22);
    const f = n.open(this.task, { read: true, write: false });
    const chunks: string[] = [];
    for (;;) {
      const c = await readChunk(f, this.task);
      if (c === null) break;
      chunks.push(new TextDecoder().decode(c));
    }
    return chunks.join("");
  }

  /** ReadSetting(): `name` in either form (net.ipv4.ip_forward or net/ipv4/ip_forward). */
  async read(name: string): Promise<number> {
    // Observed on Debian's 4.0.2: a slash-form name with a doubled separator is
    // warned about twice when read (once when written); the dot form once.
    if (name.search(/[./]/) >= 0 && name[name.search(/[./]/)] === "/") this.slashdot(name, "/", ".");
    const key = this.slashdot(name, "/", ".");
    const path = PROC + this.slashdot(name, ".", "/");
    let n: Inode;
    try {
      n = this.lookup(path);
    } catch (e) {
      if (!this.o.ignore) this.err += `sysctl: cannot stat ${path}: ${strerror(errnoOf(e))}\n`;
      return this.o.ignore ? 0 : 1;
    }
    // ReadSetting(): a file the owner cannot read (route/flush, mode 0200) is skipped without a word.
    if (n.kind !== "dir" && !(n.mode & 0o400)) return 0;
    if (n.kind === "dir") return this.display(path);
    if (this.o.pattern && !this.o.pattern.test(key)) return 0;
    if (this.o.names) {
      this.out += `${key}\n`;
      return 0;
    }
    let v: string;
    try {
      v = await this.readValue(n);
    } catch (e) {
      // EIO (an unset stable_secret): skipped without a word, but a failure.
      if (errnoOf(e) === 5) return 1;
      this.err += `sysctl: reading key "${key}": ${strerror(errnoOf(e))}\n`;
      return 1;
    }
    const val = v.endsWith("\n") ? v.slice(0, -1) : v;
    if (this.o.values) this.out += this.o.binary ? val : `${val}\n`;
    else this.out += `${key} = ${val}\n`;
    return 0;
  }

  /**
   * slashdot(): a key whose first separator is `from` gets every "." and "/"
   * swapped (so a device named flannel.1 is written net.ipv6.conf.flannel/1.x
   * and its file is net/ipv6/conf/flannel.1/x); one already in the wanted form
   * is left alone. sysctl warns once about a separator doubled.
   */
  slashdot(name: string, from: "." | "/", to: "." | "/"): string {
    const first = name.search(/[./]/);
    if (first < 0 || name[first] === to) return name;
    const rest = name.slice(first);
    const dbl = rest.search(/[./][./]/);
    if (dbl >= 0) this.err += `sysctl: separators should not be repeated: ${rest.slice(dbl)}\n`;
    return name.slice(0, first) + rest.replace(/[./]/g, (c) => (c === from ? to : from));
  }

  /**
   * DisplayAll(): every file below a directory, depth first, names sorted.
   * Only the directory's own files make its status: a subdirectory's is
   * dropped (so `sysctl net.ipv6.conf.eth0` fails on its unset
   * stable_secret, `sysctl -a` does not). Files are read by their path below
   * /proc/sys (slash form), as DisplayAll hands them to ReadSetting.
   */
  async display(dir: string): Promise<number> {
    const walk = async (path: string): Promise<number> => {
      const n = this.lookup(path);
      if (n.kind !== "dir") {
        this.wasDir = false;
        return this.read(path.slice(PROC.length));
      }
      let rc = 0;
      const names = this.task.host.fs.list(this.task, n).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      for (const c of names) {
        const r = await walk(`${path}/${c}`);
        if (!this.wasDir) rc |= r;
      }
      this.wasDir = true;
      return rc;
    };
    return walk(dir);
  }

  /** WriteSetting() */
  async write(setting: string, where: string): Promise<number> {
    const eq = setting.indexOf("=");
    if (eq < 0) {
      this.err += `sysctl: ${where}: invalid syntax, continuing...\n`;
      return 1;
    }
    const name = setting.slice(0, eq).trim();
    const value = setting.slice(eq + 1).trim();
    // setting_new() makes the path; WriteSetting() prints the key made back from that path.
    const path = PROC + this.slashdot(name, ".", "/");
    const key = this.slashdot(path.slice(PROC.length), "/", ".");
    // is_proc_path(): realpath of "/proc/sys/" is /proc/sys itself, not under it.
    if (!key) {
      this.err += `sysctl: Path is not under ${PROC}: ${path}\n`;
      return 1;
    }
    let n: Inode;
    try {
      n = this.lookup(path);
    } catch (e) {
      if (!this.o.ignore) this.err += `sysctl: cannot stat ${path}: ${strerror(errnoOf(e))}\n`;
      return this.o.ignore ? 0 : 1;
    }
    if (n.kind === "dir") {
      this.err += `sysctl: setting key "${key}": Is a directory\n`;
      return 1;
    }
    if (!this.o.dryRun) {
      try {
        if (n.kind !== "special") throw new KernelError(13);
        const f = n.open(this.task, { read: false, write: true });
        await f.write!(this.task, new TextEncoder().encode(`${value}\n`));
      } catch (e) {
        this.err += `sysctl: setting key "${key}": ${strerror(errnoOf(e))}\n`;
        return 1;
      }
    }
    if (!this.o.quiet) {
      if (this.o.values) this.out += `${value}\n`;
      else this.out += `${key} = ${value}\n`;
    }
    return 0;
  }

  /** Preload(): a sysctl.conf-style file. */
  async load(file: string): Promise<number> {
    let text: string;
    try {
      text = new TextDecoder().decode(this.task.host.fs.readFile(this.task, this.task.cwd, file));
    } catch (e) {
      this.err += `sysctl: cannot open "${file}": ${strerror(errnoOf(e))}\n`;
      return 1;
    }
    // Preload() parses the whole file first (reporting bad lines as it goes),
    // then writes the settings it kept, in order.
    const settings: { line: string; where: string; ignoreFail: boolean }[] = [];
    let lineno = 0;
    for (const raw of text.split("\n")) {
      lineno++;
      let line = raw.trim();
      if (!line || line.startsWith("#") || line.startsWith(";")) continue;
      let ignoreFail = false;
      if (line.startsWith("-")) {
        ignoreFail = true;
        line = line.slice(1);
      }
      if (!line.includes("=")) {
        this.err += `sysctl: ${file}(${lineno}): invalid syntax, continuing...\n`;
        continue;
      }
      settings.push({ line, where: `${file}(${lineno})`, ignoreFail });
    }
    await this.flush();
    let rc = 0;
    for (const st of settings) {
      const r = await this.write(st.line, st.where);
      if (!st.ignoreFail) rc |= r;
      await this.flush();
    }
    return rc;
  }

  async flush(): Promise<void> {
    if (this.err) await this.pc.stderr.write(this.err);
    if (this.out) await this.pc.stdout.write(this.out);
    this.err = "";
    this.out = "";
  }
}

function errnoOf(e: unknown): number {
  return e instanceof KernelError ? e.errno : 5;
}

export const sysctlMain: Program = async (pc) => {
  const o: Opts = { names: false, values: false, quiet: false, ignore: false, binary: false, dryRun: false, write: false };
  let all = false;
  let load: string | undefined;
  let doLoad = false;
  const args: string[] = [];
  const argv = pc.argv.slice(1);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") {
      args.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith("--")) {
      const [name, val] = a.includes("=") ? [a.slice(2, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a.slice(2), undefined];
      const longs: Record<string, string> = { all: "a", binary: "b", ignore: "e", names: "N", values: "n", load: "p", quiet: "q", write: "w", pattern: "r", help: "h", version: "V" };
      if (name === "dry-run") o.dryRun = true;
      else if (name === "system" || name === "deprecated") continue;
      else if (longs[name]) {
        const c = longs[name]!;
        if (c === "p") {
          doLoad = true;
          load = val;
        } else if (c === "r") {
          const v = val ?? argv[++i];
          if (v === undefined) {
            await pc.stderr.write(`sysctl: option '--pattern' requires an argument\n${USAGE}`);
            return 0;
          }
          o.pattern = new RegExp(v);
        } else if (!(await shortOpt(c))) return 0;
      } else {
        // Debian 12's procps 4.0.2 leaves through Usage(stderr) with status 0 for a bad option.
        await pc.stderr.write(`sysctl: unrecognized option '${a}'\n${USAGE}`);
        return 0;
      }
      continue;
    }
    if (a.startsWith("-") && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        if (c === "p" || c === "f") {
          doLoad = true;
          load = a.slice(j + 1) || (argv[i + 1] && !argv[i + 1]!.startsWith("-") ? argv[++i] : undefined);
          break;
        }
        if (c === "r") {
          const v = a.slice(j + 1) || argv[++i];
          if (v === undefined) {
            await pc.stderr.write(`sysctl: option requires an argument -- 'r'\n${USAGE}`);
            return 0;
          }
          o.pattern = new RegExp(v);
          break;
        }
        if (!(await shortOpt(c))) return 0;
      }
      continue;
    }
    args.push(a);
  }

  async function shortOpt(c: string): Promise<boolean> {
    switch (c) {
      case "a":
      case "A":
      case "X":
        all = true;
        return true;
      case "b":
        o.binary = true;
        o.values = true;
        return true;
      case "e":
        o.ignore = true;
        return true;
      case "N":
        o.names = true;
        return true;
      case "n":
        o.values = true;
        return true;
      case "q":
        o.quiet = true;
        return true;
      case "w":
        o.write = true;
        return true;
      case "o":
      case "x":
        return true;
      case "h":
      case "d":
        await pc.stdout.write(USAGE);
        return false;
      case "V":
        await pc.stdout.write("sysctl from procps-ng 4.0.2\n");
        return false;
      default:
        await pc.stderr.write(`sysctl: invalid option -- '${c}'\n${USAGE}`);
        return false;
    }
  }

  const s = new Sysctl(pc, o);
  let rc = 0;
  if (doLoad) {
    const files = args.length ? args : [load ?? "/etc/sysctl.conf"];
    if (load !== undefined && args.length) files.unshift(load);
    for (const f of files) rc |= await s.load(f);
    await s.flush();
    return rc;
  }
  if (all) {
    rc = await s.display(`${PROC}net`);
    await s.flush();
    return rc;
  }
  if (!args.length) {
    if (pc.argv.length > 1) {
      await pc.stderr.write("sysctl: no variables specified\nTry `sysctl --help' for more information.\n");
      return 1;
    }
    await pc.stderr.write(USAGE);
    return 1;
  }
  // main(): a read adds its status to ReturnCode, a write sets its failure (the shell sees it modulo 256).
  for (const a of args) {
    // Failed reads add up (two missing keys: 2); failed writes only set the failure bit.
    if (o.write || a.includes("=")) rc |= await s.write(a, "command line(0)");
    else rc += await s.read(a);
    await s.flush();
  }
  return rc & 0xff;
};
