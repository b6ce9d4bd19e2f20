// truncate(1): sets each FILE's size: -s [+-<>/%]SIZE (extend, shrink, at
// most, at least, round down, round up) or -r RFILE's size, -o counting SIZE
// in I/O blocks (4096 bytes here), -c not creating files. Sizes take K/M/G…
// (1024) and KB/MB… (1000) suffixes.
// Known difference: files are not sparse, so a size beyond the host's byte
// limit fails with "No space left on device" where Linux would succeed.
import type { Program } from "../../kernel/task/program.js";
import { KernelError, kerr, strerror } from "../../uapi/errno.js";
import { Cmd, q, qs } from "./common/cmd.js";
import { sizeOf } from "./common/fsinfo.js";

const POW: Record<string, number> = { K: 1, k: 1, M: 2, G: 3, T: 4, P: 5, E: 6, Z: 7, Y: 8 };
const BLOCK = 4096;

function parseSize(s: string): number | undefined {
  const m = /^\s*(\d+)(?:([KkMGTPEZY])(B|iB)?)?$/.exec(s);
  if (!m) return undefined;
  let n = Number(m[1]);
  if (m[2]) n *= (m[3] === "B" ? 1000 : 1024) ** POW[m[2]]!;
  return n;
}

export const truncateMain: Program = async (ctx) => {
  const cmd = new Cmd(ctx);
  const p = await cmd.parse({
    short: "cor:s:",
    long: [
      { name: "no-create", arg: "none", key: "c" },
      { name: "io-blocks", arg: "none", key: "o" },
      { name: "reference", arg: "required", key: "r" },
      { name: "size", arg: "required", key: "s" },
    ],
  });
  if (typeof p === "number") return p;
  let noCreate = false;
  let blocks = false;
  let ref: string | undefined;
  let op = "";
  let size: number | undefined;
  for (const o of p.opts) {
    if (o.key === "c") noCreate = true;
    else if (o.key === "o") blocks = true;
    else if (o.key === "r") ref = o.value;
    else if (o.key === "s") {
      const v = o.value!;
      const m = /^\s*([-+<>/%]?)(.*)$/s.exec(v)!;
      const n = parseSize(m[2]!);
      if (n === undefined) {
        await cmd.error(`Invalid number: ${q(v)}`);
        return 1;
      }
      [op, size] = [m[1]!, n];
      if ((op === "/" || op === "%") && n === 0) {
        await cmd.error("division by zero");
        return 1;
      }
    }
  }
  if (size === undefined && ref === undefined) return cmd.usage("you must specify either \u2018--size\u2019 or \u2018--reference\u2019");
  if (size !== undefined && ref !== undefined && op === "") return cmd.usage("you must specify a relative \u2018--size\u2019 with \u2018--reference\u2019");
  if (blocks && size === undefined) return cmd.usage("\u2018--io-blocks\u2019 was specified but \u2018--size\u2019 was not");
  if (!p.operands.length) return cmd.usage("missing file operand");
  let refSize: number | undefined;
  if (ref !== undefined) {
    const n = cmd.tryLookup(ref);
    if (!n) {
      await cmd.error(`cannot stat ${qs(ref)}: No such file or directory`);
      return 1;
    }
    refSize = sizeOf(n);
  }
  const amount = size !== undefined && blocks ? size * BLOCK : size;
  let status = 0;
  for (const name of p.operands) {
    let node = cmd.tryLookup(name);
    try {
      if (!node) {
        if (noCreate) continue;
        node = cmd.fs.createFile(ctx.task, ctx.task.cwd, name);
      }
      if (node.kind === "dir") throw new KernelError(21);
    } catch (e) {
      if (!(e instanceof KernelError)) throw e;
      await cmd.error(`cannot open ${qs(name)} for writing: ${strerror(e.errno)}`);
      status = 1;
      continue;
    }
    if (node.kind !== "file") continue;
    const cur = refSize ?? node.data.length;
    let want: number;
    const n = amount ?? 0;
    if (op === "+") want = cur + n;
    else if (op === "-") want = Math.max(0, cur - n);
    else if (op === "<") want = Math.min(cur, n);
    else if (op === ">") want = Math.max(cur, n);
    else if (op === "/") want = Math.floor(cur / n) * n;
    else if (op === "%") want = Math.ceil(cur / n) * n;
    else want = amount ?? cur;
    if (want === node.data.length) continue;
    try {
      // The host's byte limit before the allocation: a size past it (or past what a
      // typed array can hold) is ENOSPC here, never an allocation failure.
      // (Past ext4's 16 TiB a file cannot grow at all: EFBIG, as GNU truncate reports on Debian.)
      if (want > 2 ** 44) throw kerr("EFBIG");
      if (want > cmd.fs.maxBytes) throw kerr("ENOSPC");
      const data = new Uint8Array(want);
      data.set(node.data.subarray(0, Math.min(want, node.data.length)));
      cmd.fs.setData(node, data);
    } catch (e) {
      if (!(e instanceof KernelError)) throw e;
      await cmd.error(`failed to truncate ${qs(name)} at ${Number.isInteger(want) ? BigInt(want) : want} bytes: ${strerror(e.errno)}`);
      status = 1;
    }
  }
  return status;
};
