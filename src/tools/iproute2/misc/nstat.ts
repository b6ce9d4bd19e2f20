// iproute2 6.1 nstat: the kernel's SNMP counters (/proc/net/netstat, snmp6,
// snmp, as "TcpExtTW", "Ip6InReceives"...) as increments since the history
// file ($NSTAT_HISTORY or /tmp/.nstat.uUID) was last written, or absolute with
// -a (or when the history holds nothing). Zero counters are hidden unless -z;
// PATTERNs are case-insensitive fnmatch() globs. The history file keeps every
// counter (the values of counters the patterns hide are carried over from the
// old history) unless -s; -r starts it afresh; -n only updates it.
// The order is nstat's: each file's counters are pushed in front of the ones
// read before, so snmp comes first, then snmp6, then netstat.
// Not modelled: the sampling daemon (-d: the daemon is not started, the
// command returns as its parent does) and so the rate column is always 0.0;
// the history's age check (no /proc/uptime in the model); flock.

import { KernelError, strerror } from "../../../uapi/errno.js";
import { taskCred } from "../../../kernel/task/cred.js";
import type { Program, ProgramContext } from "../../../kernel/task/program.js";
import { globToRegexSource } from "../../../shell/interp/pattern.js";
import { readTextIfAny } from "../../net-tools/lib.js";

const USAGE =
  "Usage: nstat [OPTION] [ PATTERN [ PATTERN ] ]\n" +
  "   -h, --help          this message\n" +
  "   -a, --ignore        ignore history\n" +
  "   -d, --scan=SECS     sample every statistics every SECS\n" +
  "   -j, --json          format output in JSON\n" +
  "   -n, --nooutput      do history only\n" +
  "   -p, --pretty        pretty print\n" +
  "   -r, --reset         reset history\n" +
  "   -s, --noupdate      don't update history\n" +
  "   -t, --interval=SECS report average over the last SECS\n" +
  "   -V, --version       output version information\n" +
  "   -z, --zeros         show entries with zero activity\n";

const LONG: Record<string, [string, boolean]> = {
  help: ["h", false],
  ignore: ["a", false],
  scan: ["d", true],
  nooutput: ["n", false],
  json: ["j", false],
  reset: ["r", false],
  noupdate: ["s", false],
  pretty: ["p", false],
  interval: ["t", true],
  version: ["V", false],
  zeros: ["z", false],
};

const USELESS = new Set(["IpForwarding", "IpDefaultTTL", "TcpRtoAlgorithm", "TcpRtoMin", "TcpRtoMax", "TcpMaxConn", "TcpCurrEstab"]);

interface Ent {
  id: string;
  val: bigint;
  rate: number;
}

class Exit {
  constructor(readonly status: number) {}
}

const enc = new TextEncoder();
const dec = new TextDecoder();

/** load_good_table(): "#source" lines and "NAME VALUE [RATE]" lines, in file order. */
function loadGood(text: string, st: { info: string; mismatch: boolean }): Ent[] | "error" {
  const out: Ent[] = [];
  for (const line of text.split("\n")) {
    if (line === "") continue;
    if (line.startsWith("#")) {
      const src = line.slice(1);
      if (st.info && st.info !== src) st.mismatch = true;
      st.info = src;
      continue;
    }
    const f = line.trim().split(/\s+/);
    if (f.length < 2 || !/^\d+$/.test(f[1]!)) return "error";
    if (USELESS.has(f[0]!)) continue;
    const rate = f.length > 2 ? Number.parseFloat(f[2]!) : 0;
    out.push({ id: f[0]!, val: BigInt(f[1]!), rate: Number.isNaN(rate) ? 0 : rate });
  }
  return out;
}

/** load_ugly_table(): "Title: names" / "Title: values" pairs, as TitleName ids. */
function loadUgly(text: string): Ent[] {
  const out: Ent[] = [];
  const lines = text.split("\n").filter((l) => l !== "");
  for (let i = 0; i + 1 < lines.length; i += 2) {
    const names = lines[i]!.split(" ");
    const vals = lines[i + 1]!.split(" ");
    const title = names[0]!.slice(0, -1);
    for (let k = 1; k < names.length; k++) {
      const id = title + names[k]!;
      if (USELESS.has(id)) continue;
      const v = vals[k] ?? "0";
      out.push({ id, val: v.startsWith("-") ? (1n << 64n) + BigInt(v) : BigInt(v), rate: 0 });
    }
  }
  return out;
}

function row(id: string, val: bigint, rate: number): string {
  return `${id.padEnd(32)}${String(val).padEnd(16)}${rate.toFixed(1).padStart(6)}`;
}

/** json_writer: {"source":{"Name":value,...}}, or indented by 4 with -p. */
function json(info: string, fields: Array<[string, bigint]>, pretty: boolean): string {
  if (!pretty) return `{"${info}":{${fields.map(([n, v]) => `"${n}":${v}`).join(",")}}}\n`;
  if (!fields.length) return `{\n    "${info}": {}\n}\n`;
  return `{\n    "${info}": {\n${fields.map(([n, v]) => `        "${n}": ${v}`).join(",\n")}\n    }\n}\n`;
}

async function main(pc: ProgramContext): Promise<number> {
  const err = async (s: string, rc: number): Promise<never> => {
    await pc.stderr.write(s);
    throw new Exit(rc);
  };
  const usage = () => err(USAGE, 255);
  const o = new Set<string>();
  let scan = 0;
  const patterns: string[] = [];
  const args = pc.argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--") {
      patterns.push(...args.slice(i + 1));
      break;
    }
    const optArg = async (c: string, inline: string | undefined, long?: string): Promise<string> => {
      if (inline !== undefined) return inline;
      if (i + 1 < args.length) return args[++i]!;
      return err(long ? `nstat: option '--${long}' requires an argument\n${USAGE}` : `nstat: option requires an argument -- '${c}'\n${USAGE}`, 255);
    };
    const apply = async (c: string, v?: string): Promise<void> => {
      if (c === "d") scan = 1000 * (Number.parseInt(v!, 10) || 0);
      else if (c === "t") {
        const m = /^\s*[+-]?\d+/.exec(v!);
        if (!m || Number.parseInt(m[0], 10) <= 0) await err("nstat: invalid time constant divisor\n", 255);
      } else if (c === "v" || c === "V") {
        await pc.stdout.write("nstat utility, iproute2-6.1.0\n");
        throw new Exit(0);
      } else if (c === "h" || c === "?") await usage();
      else o.add(c);
    };
    if (a.startsWith("--")) {
      const [name, inline] = a.slice(2).split("=", 2) as [string, string | undefined];
      const hits = Object.keys(LONG).filter((k) => k.startsWith(name));
      const exact = hits.includes(name) ? name : hits.length === 1 ? hits[0] : undefined;
      if (!exact) await err(hits.length > 1 ? `nstat: option '${a}' is ambiguous\n${USAGE}` : `nstat: unrecognized option '${a}'\n${USAGE}`, 255);
      const [c, hasArg] = LONG[exact!]!;
      if (!hasArg && inline !== undefined) await err(`nstat: option '--${exact}' doesn't allow an argument\n${USAGE}`, 255);
      await apply(c, hasArg ? await optArg(c, inline, exact) : undefined);
      continue;
    }
    if (!a.startsWith("-") || a === "-") {
      patterns.push(a);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j]!;
      if (!"h?vVzrnasd:t:jp".replace(/:/g, "").includes(c)) await err(`nstat: invalid option -- '${c}'\n${USAGE}`, 255);
      if (c === "d" || c === "t") {
        await apply(c, await optArg(c, a.length > j + 1 ? a.slice(j + 1) : undefined));
        break;
      }
      await apply(c);
    }
  }
  // -d N: the daemon forks away and serves its samples over a socket (not modelled); the parent returns.
  if (scan > 0) return 0;

  const zeros = o.has("z");
  const ignore = o.has("a");
  const noUpdate = o.has("s");
  const res = patterns.map((p) => new RegExp(`^(?:${globToRegexSource(p)})$`, "i"));
  const match = (id: string) => !res.length || res.some((r) => r.test(id));

  const task = pc.task;
  const fs = task.host.fs;
  const histName = pc.env.get("NSTAT_HISTORY") ?? `/tmp/.nstat.u${taskCred(task).uid}`;
  const fail = (e: unknown, what: string): Promise<never> => {
    if (e instanceof KernelError) return err(`nstat: ${what}: ${strerror(e.errno)}\n`, 255);
    throw e;
  };
  if (o.has("r")) {
    try {
      fs.unlink(task, task.cwd, histName);
    } catch (e) {
      if (!(e instanceof KernelError)) throw e;
    }
  }
  const st = { info: "", mismatch: false };
  let hist: Ent[] | undefined;
  let histFile: import("../../../kernel/fs/inode.js").FileInode | undefined;
  if (!ignore || !noUpdate) {
    try {
      const n = fs.tryLookup(task, task.cwd, histName, true);
      if (n?.kind === "symlink") throw new KernelError(40); // O_NOFOLLOW: ELOOP
      if (n && n.kind !== "file") throw new KernelError(n.kind === "dir" ? 21 : 13);
      histFile = n ?? fs.createFile(task, task.cwd, histName, false, 0o600);
    } catch (e) {
      await fail(e, "open history file");
    }
    if (histFile!.nlink !== 1) await err("nstat: something is so wrong with history file, that I prefer not to proceed.\n", 255);
    if (!ignore) {
      const h = loadGood(dec.decode(histFile!.data), st);
      if (h === "error") await err("nstat.c:146: error parsing history file\n", 254);
      else if (h.length) hist = h;
    }
  }
  // No daemon answers: read the kernel's files.
  if (hist && st.info && st.info !== "kernel") {
    await pc.stderr.write("nstat: history is stale, ignoring it.\n");
    hist = undefined;
    st.info = "";
  }
  const kern: Ent[] = [];
  const snmp = await readTextIfAny(pc, "/proc/net/snmp");
  const snmp6 = await readTextIfAny(pc, "/proc/net/snmp6");
  const netstat = await readTextIfAny(pc, "/proc/net/netstat");
  if (snmp) kern.push(...loadUgly(snmp));
  const six = snmp6 ? loadGood(snmp6, { info: "", mismatch: false }) : [];
  if (six !== "error") kern.push(...six);
  if (netstat) kern.push(...loadUgly(netstat));
  if (!st.info) st.info = "kernel";

  // The history list is walked forward as the kernel list is, one cursor for the whole walk.
  const dumpKern = (toHist: boolean): Array<[Ent, bigint]> => {
    const out: Array<[Ent, bigint]> = [];
    let h = 0;
    const hl = hist ?? [];
    for (const n of kern) {
      let val = n.val;
      if (!zeros && !val && !n.rate) continue;
      if (!match(n.id)) {
        if (!toHist) continue;
        for (let k = h; k < hl.length; k++) {
          if (hl[k]!.id === n.id) {
            val = hl[k]!.val;
            h = k + 1;
            break;
          }
        }
      }
      out.push([n, val]);
    }
    return out;
  };
  const json_ = o.has("j");
  const pretty = o.has("p");
  if (!o.has("n")) {
    let text: string;
    if (ignore || !hist) {
      const rows = dumpKern(false);
      text = json_ ? json(st.info, rows.map(([n, v]) => [n.id, v]), pretty) : `#${st.info}\n${rows.map(([n, v]) => row(n.id, v, n.rate) + "\n").join("")}`;
    } else {
      const rows: Array<[Ent, bigint, boolean]> = [];
      let h = 0;
      for (const n of kern) {
        let val = n.val;
        let ovfl = false;
        for (let k = h; k < hist.length; k++) {
          const h1 = hist[k]!;
          if (h1.id === n.id) {
            if (val < h1.val) {
              ovfl = true;
              val = h1.val;
            }
            val -= h1.val;
            h = k + 1;
            break;
          }
        }
        if (!zeros && !val && !n.rate) continue;
        if (!match(n.id)) continue;
        rows.push([n, val, ovfl]);
      }
      text = json_
        ? json(st.info, rows.map(([n, v]) => [n.id, v]), pretty)
        : `#${st.info}\n${rows.map(([n, v, ov]) => row(n.id, v, n.rate) + (ov ? " (overflow)" : "") + "\n").join("")}`;
    }
    await pc.stdout.write(text);
  }
  if (!noUpdate && histFile) {
    const rows = dumpKern(true);
    fs.setData(histFile, enc.encode(`#${st.info}\n${rows.map(([n, v]) => row(n.id, v, n.rate) + "\n").join("")}`));
  }
  return 0;
}


export const nstatMain: Program = async (pc) => {
  try {
    return await main(pc);
  } catch (e) {
    if (e instanceof Exit) return e.status;
    throw e;
  }
};
