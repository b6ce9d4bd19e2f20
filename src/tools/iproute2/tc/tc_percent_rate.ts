// tc_util.c get_percent_rate()/get_percent_rate64(): "10%" of the device's
// speed, read from /sys/class/net/DEV/speed as lib/utils.c read_prop() does
// (its messages when the file is missing or unreadable, e.g. a DOWN device).

import { KernelError, strerror } from "../../../uapi/errno.js";
import type { Ctx } from "../lib/utils.js";
import { getRate, getRate64 } from "./tc_util.js";
import { parsePercent } from "./q_opts.js";

/** read_prop(): the property as a number, or undefined after read_prop's messages. */
export function readProp(ctx: Ctx, dev: string, prop: string): number | undefined {
  const fname = `/sys/class/net/${dev}/${prop}`;
  let text: string;
  try {
    text = new TextDecoder().decode(ctx.task.host.fs.readFile(ctx.task, "/", fname));
  } catch (e) {
    if (!(e instanceof KernelError)) throw e;
    if (e.errno === 2 || e.errno === 20) {
      ctx.err(`fopen ${fname}: ${strerror(e.errno)}\n`);
      return undefined;
    }
    // The file opens but reading it fails (fgets gets nothing).
    ctx.err(`property "${prop}" in file ${fname} is currently unknown\n`);
    ctx.err(`Failed to parse ${fname}\n`);
    return undefined;
  }
  const buf = text.split("\n")[0]!;
  if (text === "") {
    ctx.err(`property "${prop}" in file ${fname} is currently unknown\n`);
    ctx.err(`Failed to parse ${fname}\n`);
    return undefined;
  }
  if (!/^[ \t]*[+-]?(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.test(buf)) {
    ctx.err(`value "${buf}" in file ${fname} is not a number\n`);
    ctx.err(`Failed to parse ${fname}\n`);
    return undefined;
  }
  return Number.parseInt(buf.trim(), buf.trim().replace(/^[+-]/, "").startsWith("0x") ? 16 : 10);
}

/** parse_percent_rate(): the rate in bits per second as the text get_rate then reads ("%lf"). */
function percentRateText(ctx: Ctx, str: string, dev: string): string | undefined {
  if (dev === "") {
    ctx.err("No device specified; specify device to rate limit by percentage\n");
    return undefined;
  }
  const mbit = readProp(ctx, dev, "speed");
  if (mbit === undefined) return undefined;
  const m = /^[0-9.%]+/.exec(str);
  const r = m === null ? undefined : parsePercent(m[0]);
  if (r === undefined || (!r.ok && !r.range)) {
    ctx.err("Specified rate value could not be read or is malformed\n");
    return undefined;
  }
  if (!r.ok) {
    ctx.err(`Invalid rate specified; should be between [0,100]% but is ${str}\n`);
    return undefined;
  }
  return (r.value * mbit * 1000 * 1000).toFixed(6);
}

export function getPercentRate(ctx: Ctx, str: string, dev: string): number | undefined {
  const t = percentRateText(ctx, str, dev);
  return t === undefined ? undefined : getRate(t);
}

export function getPercentRate64(ctx: Ctx, str: string, dev: string): number | undefined {
  const t = percentRateText(ctx, str, dev);
  return t === undefined ? undefined : getRate64(t);
}
