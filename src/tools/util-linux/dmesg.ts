// dmesg (util-linux 2.38.1): prints the host's kernel log ring (kernel/printk.ts),
// one record a line as "[%5lu.%06lu] TEXT", the stamp being seconds since boot on
// the virtual clock. -c prints then clears, -C only clears, -T prints the stamp as
// ctime(boot + stamp) ("[Sun Nov 22 03:18:26 2026]"), -t drops it, -r prefixes
// "<PRI>", -x decodes facility and level ("kern  :warn  : "), -l restricts to
// levels, -k keeps kernel records (all of them are), -P is a no-op (no pager).
// Options that need what the model lacks (console control, /dev/kmsg follow, JSON,
// --since) are not registered, so getopt refuses them.
import type { Program } from "../../kernel/task/program.js";
import { printkClear, printkRecords, type PrintkRecord } from "../../kernel/printk.js";
import { getopt } from "../coreutils/common/getopt.js";
import { strftime, wallOf } from "../coreutils/common/time.js";
import { DMESG_HELP } from "./dmesg-help.js";

const LEVELS = ["emerg", "alert", "crit", "err", "warn", "notice", "info", "debug"];
const FACILITIES = ["kern", "user", "mail", "daemon", "auth", "syslog", "lpr", "news"];

function stamp(rec: PrintkRecord): string {
  const sec = Math.floor(rec.tsNs / 1e9);
  const usec = Math.floor((rec.tsNs - sec * 1e9) / 1000);
  return `[${String(sec).padStart(5)}.${String(usec).padStart(6, "0")}] `;
}

export const dmesgMain: Program = async (ctx) => {
  const r = getopt(ctx.argv.slice(1), {
    short: "CcTtrxl:kPhV",
    long: [
      { name: "clear", arg: "none", key: "C" },
      { name: "read-clear", arg: "none", key: "c" },
      { name: "ctime", arg: "none", key: "T" },
      { name: "notime", arg: "none", key: "t" },
      { name: "raw", arg: "none", key: "r" },
      { name: "decode", arg: "none", key: "x" },
      { name: "level", arg: "required", key: "l" },
      { name: "kernel", arg: "none", key: "k" },
      { name: "nopager", arg: "none", key: "P" },
      { name: "help", arg: "none", key: "h" },
      { name: "version", arg: "none", key: "V" },
    ],
  });
  const err = async (s: string) => {
    await ctx.stderr.write(`dmesg: ${s}\n`);
    return 1;
  };
  if (r.kind === "error") return err(`${r.message}\nTry 'dmesg --help' for more information.`);
  let clear = false;
  let print = true;
  let time: "plain" | "ctime" | "none" = "plain";
  let raw = false;
  let decode = false;
  let levels: Set<number> | undefined;
  for (const o of r.opts) {
    switch (o.key) {
      case "h":
        await ctx.stdout.write(DMESG_HELP);
        return 0;
      case "V":
        await ctx.stdout.write("dmesg from util-linux 2.38.1\n");
        return 0;
      case "C":
        clear = true;
        print = false;
        break;
      case "c":
        clear = true;
        break;
      case "T":
        time = "ctime";
        break;
      case "t":
        time = "none";
        break;
      case "r":
        raw = true;
        break;
      case "x":
        decode = true;
        break;
      case "l":
        levels ??= new Set();
        for (const name of (o.value ?? "").split(",")) {
          const i = LEVELS.indexOf(name);
          if (i < 0) return err(`unknown level '${name}'`);
          levels.add(i);
        }
        break;
    }
  }
  if (r.operands.length) return err(`bad usage\nTry 'dmesg --help' for more information.`);
  const host = ctx.task.host;
  if (print) {
    let out = "";
    for (const rec of printkRecords(host)) {
      if (levels && !levels.has(rec.level)) continue;
      let line = "";
      if (raw) line += `<${rec.facility * 8 + rec.level}>`;
      else if (decode) line += `${(FACILITIES[rec.facility] ?? "").padEnd(6)}:${(LEVELS[rec.level] ?? "").padEnd(6)}: `;
      if (time === "plain" || (raw && time !== "none")) line += stamp(rec);
      else if (time === "ctime") {
        const w = wallOf(rec.tsNs);
        line += `[${strftime("%a %b %e %H:%M:%S %Y", w.sec)}] `;
      }
      out += `${line}${rec.text}\n`;
    }
    if (out) await ctx.stdout.write(out);
  }
  if (clear) printkClear(host);
  return 0;
};
