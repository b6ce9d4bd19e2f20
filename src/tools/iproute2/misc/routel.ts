// routel (iproute2 6.1 ip/routel, a Python script): runs
// `ip -f FAMILY -j route list table TABLE…` (table 0, i.e. every table, by
// default) and prints each route's dst, gateway, prefsrc, protocol, scope, dev
// and table in fixed columns (15 wide for IPv4, 32 for IPv6, as str.format
// pads them: a longer value pushes the rest right). Usage (-h, or a bad
// option after getopt's message) goes to stdout with status 64.
// Not modelled: when ip fails (a bad table), the script dies in json.load
// with a Python traceback; here routel prints ip's message and exits 1.
import type { Program } from "../../../kernel/task/program.js";
import { captureOutput } from "../../lib/popen.js";
import { resolveCommand } from "../../../kernel/task/exec.js";

const KEYS = ["dst", "gateway", "prefsrc", "protocol", "scope", "dev", "table"] as const;

export const routelMain: Program = async (ctx) => {
  // A script's sys.argv[0] is the path the kernel found it at, not the name typed.
  const typed = ctx.argv[0] ?? "routel";
  const found = resolveCommand(ctx.task, typed, ctx.env.get("PATH"));
  const name = found.kind === "found" ? found.path : typed;
  const usage = async () => {
    await ctx.stdout.write(`Usage: ${name} [tablenr [raw ip args...]]\n`);
    return 64;
  };
  // Python's getopt stops at the first operand and words its errors its own way.
  const args = ctx.argv.slice(1);
  let family = "inet";
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--") {
      i++;
      break;
    }
    if (!a.startsWith("-") || a === "-") break;
    if (a.startsWith("--")) {
      const [opt, val] = a.slice(2).split(/=(.*)/s) as [string, string | undefined];
      const full = ["help", "family="].filter((o) => o.replace("=", "").startsWith(opt));
      if (full.length !== 1) {
        await ctx.stdout.write(`option --${opt} not recognized\n`);
        return usage();
      }
      if (full[0] === "help") return usage();
      const v = val ?? args[++i];
      if (v === undefined) {
        await ctx.stdout.write(`option --family requires argument\n`);
        return usage();
      }
      family = v;
      continue;
    }
    for (let k = 1; k < a.length; k++) {
      const c = a[k]!;
      if (c === "h") return usage();
      if (c === "4") family = "inet";
      else if (c === "6") family = "inet6";
      else if (c === "f") {
        const v = k + 1 < a.length ? a.slice(k + 1) : args[++i];
        if (v === undefined) {
          await ctx.stdout.write(`option -f requires argument\n`);
          return usage();
        }
        family = v;
        break;
      } else {
        await ctx.stdout.write(`option -${c} not recognized\n`);
        return usage();
      }
    }
  }
  const rest = args.slice(i);
  const r = await captureOutput(ctx, ["ip", "-f", family, "-j", "route", "list", "table", ...(rest.length ? rest : ["0"])]);
  let routes: Record<string, unknown>[];
  try {
    routes = JSON.parse(new TextDecoder().decode(r.stdout)) as Record<string, unknown>[];
  } catch {
    return 1;
  }
  const w = family === "inet" ? 15 : 32;
  const line = (f: string[]) => `${f[0]!.padEnd(w)} ${f[1]!.padEnd(w)} ${f[2]!.padEnd(w)} ${f[3]!.padEnd(8)} ${f[4]!.padEnd(8)}${f[5]!.padEnd(16)} ${f[6]}\n`;
  let out = line(KEYS.map((k) => k[0]!.toUpperCase() + k.slice(1)));
  for (const rt of routes) out += line(KEYS.map((k) => (k in rt ? String(rt[k]) : "")));
  await ctx.stdout.write(out);
  return 0;
};
