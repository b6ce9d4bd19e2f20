// mktemp(1): creates a uniquely named file (mode 0600) or directory (-d,
// 0700) from TEMPLATE (default tmp.XXXXXXXXXX in $TMPDIR or /tmp), the X's
// replaced with letters and digits from the world's seeded RNG.
import type { Program } from "../../kernel/task/program.js";
import { Cmd, describe, q, qs } from "./common/cmd.js";

const CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

export const mktempMain: Program = async (ctx) => {
  const cmd = new Cmd(ctx);
  const p = await cmd.parse({
    short: "dp:qtu",
    long: [
      { name: "directory", arg: "none", key: "d" },
      { name: "dry-run", arg: "none", key: "u" },
      { name: "quiet", arg: "none", key: "q" },
      { name: "suffix", arg: "required" },
      { name: "tmpdir", arg: "optional", key: "p" },
    ],
  });
  if (typeof p === "number") return p;
  const has = (k: string) => p.opts.some((o) => o.key === k);
  const dirMode = has("d");
  const dry = has("u");
  const quiet = has("q");
  let suffix = p.opts.find((o) => o.key === "suffix")?.value ?? "";
  const pOpt = p.opts.find((o) => o.key === "p");
  if (p.operands.length > 1) return cmd.usage(`too many templates`);
  let template = p.operands[0];
  const useTmpdir = !template || pOpt !== undefined || has("t");
  if (template === undefined) template = "tmp.XXXXXXXXXX";
  if (!suffix) {
    const m = template.match(/X+([^X/]*)$/);
    if (m && m[1]) {
      suffix = m[1];
      template = template.slice(0, -suffix.length);
    }
  } else if (!template.endsWith("X")) {
    await cmd.error(`with --suffix, template ${q(template)} must end in X`);
    return 1;
  }
  const xs = template.match(/X*$/)![0].length;
  if (xs < 3) {
    await cmd.error(`too few X's in template ${q(template + suffix)}`);
    return 1;
  }
  if (useTmpdir && template.includes("/") && (has("t") || p.operands[0] !== undefined) && pOpt === undefined && has("t")) {
    await cmd.error(`invalid template, ${q(template)}, contains directory separator`);
    return 1;
  }
  const dir = useTmpdir ? pOpt?.value || ctx.env.get("TMPDIR") || "/tmp" : "";
  const rng = ctx.task.host.rng;
  for (let attempt = 0; attempt < 100; attempt++) {
    let name = template.slice(0, template.length - xs);
    for (let i = 0; i < xs; i++) name += CHARS[rng.int(0, CHARS.length - 1)];
    const path = (dir ? `${dir.replace(/\/+$/, "")}/` : "") + name + suffix;
    if (cmd.tryLookup(path, true)) continue;
    try {
      if (!dry) {
        if (dirMode) cmd.fs.mkdir(ctx.task, ctx.task.cwd, path, 0o700);
        else cmd.fs.createFile(ctx.task, ctx.task.cwd, path, true, 0o600);
      }
    } catch (e) {
      if (!quiet) await cmd.error(`failed to create ${dirMode ? "directory" : "file"} via template ${qs(path.slice(0, path.length - suffix.length - xs) + "X".repeat(xs) + suffix)}: ${describe(e)}`);
      return 1;
    }
    await cmd.out(`${path}\n`);
    return 0;
  }
  return 1;
};
