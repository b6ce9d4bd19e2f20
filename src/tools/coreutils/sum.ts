// sum (coreutils sum.c): the BSD 16-bit checksum with 1 KiB blocks (default,
// -r) or the System V one with 512-byte blocks (-s). A FILE operand's name
// follows the numbers; standard input read without operands has none. The
// same two lines are what `cksum -a bsd|sysv` prints.
import type { Program } from "../../kernel/task/program.js";
import { Cmd } from "./common/cmd.js";
import { bsdSum, sysvSum } from "./lib/digest/crc.js";

export function sumLine(kind: "bsd" | "sysv", data: Uint8Array, name: string | undefined): string {
  const tail = name === undefined ? "" : ` ${name}`;
  if (kind === "bsd") return `${String(bsdSum(data)).padStart(5, "0")} ${String(Math.ceil(data.length / 1024)).padStart(5)}${tail}\n`;
  return `${sysvSum(data)} ${Math.ceil(data.length / 512)}${tail}\n`;
}

export const sumMain: Program = async (ctx) => {
  const cmd = new Cmd(ctx);
  const p = await cmd.parse({ short: "rs", long: [{ name: "sysv", arg: "none", key: "s" }] });
  if (typeof p === "number") return p;
  let kind: "bsd" | "sysv" = "bsd";
  for (const o of p.opts) kind = o.key === "s" ? "sysv" : "bsd";
  let status = 0;
  const names = p.operands.length ? p.operands : [undefined];
  for (const name of names) {
    const data = await cmd.readOrWarn(name ?? "-");
    if (data) await cmd.out(sumLine(kind, data, name));
    else status = 1;
  }
  return status;
};
