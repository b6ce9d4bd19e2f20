// /usr/bin/python3 (Python 3.11.2) as far as this world needs it: the
// `-m http.server` web server, `-V`, and the interpreter's own errors for a
// missing module or script. It is not a Python interpreter: any other use
// says so on stderr and exits 2.

import type { Program, ProgramContext } from "../../kernel/task/program.js";
import { httpServer } from "./http_server.js";

const HTTP_USAGE = "usage: server.py [-h] [--cgi] [--bind ADDRESS] [--directory DIRECTORY] [port]\n";

async function httpServerMain(ctx: ProgramContext, args: string[]): Promise<number> {
  let port: number | undefined;
  let bind: string | undefined;
  let directory: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const take = async (name: string): Promise<string | undefined> => {
      const eq = a.indexOf("=");
      if (eq >= 0) return a.slice(eq + 1);
      if (i + 1 >= args.length) {
        await ctx.stderr.write(`${HTTP_USAGE}server.py: error: argument ${name}: expected one argument\n`);
        return undefined;
      }
      return args[++i];
    };
    if (a === "-h" || a === "--help") {
      await ctx.stdout.write(HTTP_USAGE);
      return 0;
    }
    if (a === "-b" || a.startsWith("--bind")) {
      const v = await take("--bind/-b");
      if (v === undefined) return 2;
      bind = v;
    } else if (a === "-d" || a.startsWith("--directory")) {
      const v = await take("--directory/-d");
      if (v === undefined) return 2;
      directory = v;
    } else if (a.startsWith("-") && a !== "-") {
      await ctx.stderr.write(`${HTTP_USAGE}server.py: error: unrecognized arguments: ${a}\n`);
      return 2;
    } else if (port === undefined) {
      if (!/^[-+]?\d+$/.test(a.trim())) {
        await ctx.stderr.write(`${HTTP_USAGE}server.py: error: argument port: invalid int value: '${a}'\n`);
        return 2;
      }
      port = Number(a);
    } else {
      await ctx.stderr.write(`${HTTP_USAGE}server.py: error: unrecognized arguments: ${a}\n`);
      return 2;
    }
  }
  return httpServer(ctx, { port: port ?? 8000, bind, directory });
}

export const python3Main: Program = async (ctx) => {
  const args = ctx.argv.slice(1);
  if (args[0] === "-V" || args[0] === "--version") {
    await ctx.stdout.write("Python 3.11.2\n");
    return 0;
  }
  if (args[0] === "-m") {
    const mod = args[1];
    if (mod === undefined) {
      await ctx.stderr.write("Argument expected for the -m option\n");
      return 2;
    }
    if (mod === "http.server") return httpServerMain(ctx, args.slice(2));
    await ctx.stderr.write(`/usr/bin/python3: No module named ${mod}\n`);
    return 1;
  }
  await ctx.stderr.write("python3: this world's python3 runs only `python3 -m http.server` (it is not a Python interpreter)\n");
  return 2;
};
