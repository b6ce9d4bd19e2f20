// q_netem.c get_distribution(): a delay distribution table read from tc's lib
// directory (get_tc_lib(): $TC_LIB_DIR, else Debian's LIBDIR "/usr/lib/x86_64-linux-gnu"
// "/tc/", hence the double slash in its messages): "# comment" and empty lines
// skipped, every other line a run of strtol(…, 0) numbers, at most 16384.

import { KernelError, strerror } from "../../../uapi/errno.js";
import { readText } from "../../net-tools/lib.js";
import type { TcCtx } from "./tc_common.js";

/** MAX_DIST: what one TCA_NETEM_DELAY_DIST attribute can hold. */
const MAX_DIST = 16 * 1024;

/** get_tc_lib(). */
export function tcLibDir(ctx: TcCtx): string {
  return ctx.env.get("TC_LIB_DIR") ?? "/usr/lib/x86_64-linux-gnu/tc/";
}

/** The table's values, or undefined after printing why (an empty file fails silently, as upstream). */
export async function readDistribution(ctx: TcCtx, type: string): Promise<number[] | undefined> {
  const name = `${tcLibDir(ctx)}/${type}.dist`;
  let text: string;
  try {
    text = await readText(ctx.pc, name);
  } catch (e) {
    if (!(e instanceof KernelError)) throw e;
    ctx.err(`No distribution data for ${type} (${name}: ${strerror(e.errno)})\n`);
    return undefined;
  }
  const data: number[] = [];
  for (const line of text.split(/(?<=\n)/)) {
    if (line.startsWith("\n") || line.startsWith("#")) continue;
    // strtol(p, &endp, 0) repeatedly: blanks, a sign, then decimal/0x hex/0 octal.
    const re = /^[ \t\n\v\f\r]*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)/;
    let rest = line;
    for (let m = re.exec(rest); m !== null; m = re.exec(rest)) {
      if (data.length >= MAX_DIST) {
        ctx.err(`${name}: too much data\n`);
        return undefined;
      }
      const digits = m[2]!;
      const v = /^0[xX]/.test(digits) ? parseInt(digits, 16) : digits.length > 1 && digits[0] === "0" ? parseInt(digits, 8) : parseInt(digits, 10);
      data.push(m[1] === "-" ? -v : v);
      rest = rest.slice(m[0].length);
    }
  }
  return data.length > 0 ? data : undefined;
}
