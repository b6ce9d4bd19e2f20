// touch(1): creates files or sets their modification time to now, to -d
// DATE, -t [[CC]YY]MMDDhhmm[.ss], or -r FILE's; -c does not create.
import type { Program } from "../../kernel/task/program.js";
import { Cmd, describe, q, qs } from "./common/cmd.js";
import { parseDate, virtualOf, wallOf } from "./common/time.js";

function parseStamp(t: string): number | undefined {
  const m = t.match(/^(\d{2}|\d{4})?(\d{2})(\d{2})(\d{2})(\d{2})(?:\.(\d{2}))?$/);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m;
  const nowY = 2026;
  let year = nowY;
  if (y?.length === 4) year = Number(y);
  else if (y) year = Number(y) < 69 ? 2000 + Number(y) : 1900 + Number(y);
  return Date.UTC(year, Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0)) / 1000;
}

export const touchMain: Program = async (ctx) => {
  const cmd = new Cmd(ctx);
  const p = await cmd.parse({
    short: "acd:fhmr:t:",
    long: [
      { name: "no-create", arg: "none", key: "c" },
      { name: "date", arg: "required", key: "d" },
      { name: "reference", arg: "required", key: "r" },
      { name: "no-dereference", arg: "none", key: "h" },
      { name: "time", arg: "required" },
    ],
  });
  if (typeof p === "number") return p;
  const now = ctx.task.sched.clock.now;
  let when = now;
  let noCreate = false;
  const noDeref = p.opts.some((o) => o.key === "h");
  for (const o of p.opts) {
    if (o.key === "c") noCreate = true;
    else if (o.key === "d") {
      const w = wallOf(now);
      const s = parseDate(o.value!, w.sec + w.nsec / 1e9);
      if (s === undefined) {
        await cmd.error(`invalid date format ${q(o.value!)}`);
        return 1;
      }
      when = virtualOf(Math.floor(s), Math.round((s - Math.floor(s)) * 1e9));
    } else if (o.key === "t") {
      const s = parseStamp(o.value!);
      if (s === undefined) {
        await cmd.error(`invalid date format ${q(o.value!)}`);
        return 1;
      }
      when = virtualOf(s);
    } else if (o.key === "r") {
      const n = cmd.tryLookup(o.value!);
      if (!n) {
        await cmd.error(`failed to get attributes of ${qs(o.value!)}: No such file or directory`);
        return 1;
      }
      when = n.mtime;
    }
  }
  if (!p.operands.length) return cmd.usage("missing file operand");
  let status = 0;
  for (const f of p.operands) {
    try {
      let n = cmd.tryLookup(f, noDeref);
      if (!n) {
        if (noCreate) continue;
        n = cmd.fs.createFile(ctx.task, ctx.task.cwd, f);
      }
      n.mtime = when;
    } catch (e) {
      await cmd.error(`cannot touch ${qs(f)}: ${describe(e)}`);
      status = 1;
    }
  }
  return status;
};
