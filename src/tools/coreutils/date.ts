// date(1): the virtual clock as wall time in UTC (the sandbox's zone).
// +FORMAT (strftime), -d STRING, -r FILE, -u, -R, -I[TIMESPEC],
// --rfc-3339=TIMESPEC. Setting the clock (-s, MMDDhhmm operand) fails as
// it does in the sandbox the recordings come from ("Invalid argument").
import type { Program } from "../../kernel/task/program.js";
import { KernelError } from "../../uapi/errno.js";
import { Cmd, describe, q, qn } from "./common/cmd.js";
import { parseDate, strftime, wallOf } from "./common/time.js";

const ISO: Record<string, string> = {
  date: "%Y-%m-%d",
  hours: "%Y-%m-%dT%H%:z",
  minutes: "%Y-%m-%dT%H:%M%:z",
  seconds: "%Y-%m-%dT%H:%M:%S%:z",
  ns: "%Y-%m-%dT%H:%M:%S,%N%:z",
};
const RFC3339: Record<string, string> = {
  date: "%Y-%m-%d",
  seconds: "%Y-%m-%d %H:%M:%S%:z",
  ns: "%Y-%m-%d %H:%M:%S.%N%:z",
};

function matchArg(v: string, table: Record<string, string>): string | undefined {
  const keys = Object.keys(table).filter((k) => k.startsWith(v));
  return keys.length === 1 || keys.includes(v) ? table[keys.includes(v) ? v : keys[0]!] : undefined;
}

export const dateMain: Program = async (ctx) => {
  const cmd = new Cmd(ctx);
  const p = await cmd.parse({
    short: "d:f:I::r:Rs:u",
    long: [
      { name: "date", arg: "required", key: "d" },
      { name: "file", arg: "required", key: "f" },
      { name: "iso-8601", arg: "optional", key: "I" },
      { name: "reference", arg: "required", key: "r" },
      { name: "rfc-email", arg: "none", key: "R" },
      { name: "rfc-3339", arg: "required" },
      { name: "set", arg: "required", key: "s" },
      { name: "utc", arg: "none", key: "u" },
      { name: "universal", arg: "none", key: "u" },
      { name: "debug", arg: "none" },
    ],
  });
  if (typeof p === "number") return p;
  const now = wallOf(ctx.task.sched.clock.now);
  let sec = now.sec;
  let nsec = now.nsec;
  let format = "%a %b %e %H:%M:%S %Z %Y";
  let setTo: string | undefined;
  let fixedFormat = false;
  for (const o of p.opts) {
    if (o.key === "d") {
      const s = parseDate(o.value!, now.sec + now.nsec / 1e9);
      if (s === undefined) {
        await cmd.error(`invalid date ${q(o.value!)}`);
        return 1;
      }
      sec = Math.floor(s);
      nsec = Math.round((s - sec) * 1e9);
    } else if (o.key === "r") {
      const n = cmd.tryLookup(o.value!);
      if (!n) {
        await cmd.error(`${qn(o.value!)}: No such file or directory`);
        return 1;
      }
      ({ sec, nsec } = wallOf(n.mtime));
    } else if (o.key === "R") {
      format = "%a, %d %b %Y %H:%M:%S %z";
      fixedFormat = true;
    } else if (o.key === "I") {
      const f = matchArg(o.value ?? "date", ISO);
      if (!f) {
        await cmd.error(`invalid argument ${q(o.value!)} for ${q("--iso-8601")}`);
        await ctx.stderr.write(`Valid arguments are:\n${["hours", "minutes", "date", "seconds", "ns"].map((a) => `  - ${q(a)}\n`).join("")}`);
        return cmd.usage(undefined);
      }
      format = f;
      fixedFormat = true;
    } else if (o.key === "rfc-3339") {
      const f = matchArg(o.value!, RFC3339);
      if (!f) {
        await cmd.error(`invalid argument ${q(o.value!)} for ${q("--rfc-3339")}`);
        await ctx.stderr.write(`Valid arguments are:\n${["date", "seconds", "ns"].map((a) => `  - ${q(a)}\n`).join("")}`);
        return cmd.usage(undefined);
      }
      format = f;
      fixedFormat = true;
    } else if (o.key === "s") setTo = o.value!;
  }
  const ops = p.operands;
  if (ops.length > 1) return cmd.usage(`extra operand ${q(ops[1]!)}`);
  if (ops.length === 1) {
    if (ops[0]!.startsWith("+")) {
      if (fixedFormat) {
        await cmd.error("multiple output formats specified");
        return 1;
      }
      format = ops[0]!.slice(1);
    } else {
      const m = ops[0]!.match(/^(\d{2})(\d{2})(\d{2})(\d{2})((?:\d{2}){0,2})(?:\.(\d{2}))?$/);
      if (!m) {
        await cmd.error(`invalid date ${q(ops[0]!)}`);
        return 1;
      }
      setTo = ops[0];
    }
  }
  if (setTo !== undefined) {
    const s = parseDate(setTo, now.sec);
    if (s === undefined && !/^\d{8}/.test(setTo)) {
      await cmd.error(`invalid date ${q(setTo)}`);
      return 1;
    }
    if (s !== undefined) sec = Math.floor(s);
    await cmd.error(`cannot set date: ${describe(new KernelError(22))}`);
    await cmd.out(`${strftime(format, sec, nsec)}\n`);
    return 1;
  }
  await cmd.out(`${strftime(format, sec, nsec)}\n`);
  return 0;
};
