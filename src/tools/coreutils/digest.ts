// md5sum, sha1sum, sha224sum, sha256sum, sha384sum, sha512sum, b2sum and
// cksum (coreutils' digest.c): print or check message digests. cksum picks
// the algorithm with -a (CRC by default, printed "CRC LENGTH NAME"; bsd and
// sysv as sum prints them) and tags digest lines unless --untagged.
//   HASH  NAME        text mode (the default; -t)      HASH *NAME   binary mode (-b)
//   ALGO (NAME) = HASH                                 --tag (BSD style)
// A name holding a backslash or a newline is printed escaped (\\, \n) after a
// leading backslash, unless -z ends lines with NUL. -c reads such lines back,
// says NAME: OK / FAILED / FAILED open or read, and ends with WARNING lines
// counting bad lines, unreadable files and mismatches; each output line is
// written as it is known, so messages interleave as on the real program.
// Not modelled: --ignore-missing's "no file was verified", -c of several check
// files' summary counts being per file (they are, here too).
import type { Program } from "../../kernel/task/program.js";
import { Cmd, describe, q } from "./common/cmd.js";
import { getopt } from "./common/getopt.js";
import { fromLatin1, latin1 } from "./common/lines.js";
import { md5 } from "./lib/digest/md5.js";
import { sha1 } from "./lib/digest/sha1.js";
import { sha224, sha256 } from "./lib/digest/sha256.js";
import { sha384, sha512 } from "./lib/digest/sha512.js";
import { blake2b } from "./lib/digest/blake2b.js";
import { hex } from "./lib/digest/pad.js";
import { sm3 } from "./lib/digest/sm3.js";
import { posixCksum } from "./lib/digest/crc.js";
import { sumLine } from "./sum.js";

export interface DigestAlgo {
  /** The name --tag prints and -c accepts ("MD5", "SHA256", "BLAKE2b"). */
  tag: string;
  /** Digest length in bytes. */
  bytes: number;
  fn: (d: Uint8Array, outLen: number) => Uint8Array;
  /** The word in "improperly formatted MD5 checksum line". */
  label: string;
}

export const ALGOS: Record<string, DigestAlgo> = {
  md5: { tag: "MD5", bytes: 16, fn: md5, label: "MD5" },
  sha1: { tag: "SHA1", bytes: 20, fn: sha1, label: "SHA1" },
  sha224: { tag: "SHA224", bytes: 28, fn: sha224, label: "SHA224" },
  sha256: { tag: "SHA256", bytes: 32, fn: sha256, label: "SHA256" },
  sha384: { tag: "SHA384", bytes: 48, fn: sha384, label: "SHA384" },
  sha512: { tag: "SHA512", bytes: 64, fn: sha512, label: "SHA512" },
  blake2b: { tag: "BLAKE2b", bytes: 64, fn: blake2b, label: "BLAKE2b" },
  sm3: { tag: "SM3", bytes: 32, fn: sm3, label: "SM3" },
};

/** cksum -a's choices, in the order its error message lists them. */
const CKSUM_ALGOS = ["bsd", "sysv", "crc", "md5", "sha1", "sha224", "sha256", "sha384", "sha512", "blake2b", "sm3"];

const PROGRAM_ALGO: Record<string, string> = {
  md5sum: "md5", sha1sum: "sha1", sha224sum: "sha224", sha256sum: "sha256", sha384sum: "sha384", sha512sum: "sha512", b2sum: "blake2b",
};

/** A name as the output line shows it, and whether it needed escaping. */
export function escapeName(name: string): { text: string; escaped: boolean } {
  if (!/[\\\n]/.test(name)) return { text: name, escaped: false };
  return { text: name.replace(/\\/g, "\\\\").replace(/\n/g, "\\n"), escaped: true };
}

function unescapeName(s: string): string | undefined {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== "\\") {
      out += s[i];
      continue;
    }
    const n = s[++i];
    if (n === "\\") out += "\\";
    else if (n === "n") out += "\n";
    else return undefined;
  }
  return out;
}

/** The line for one digest (--tag or not, binary flag, NUL or newline end). */
export function digestLine(algo: DigestAlgo, outBits: number | undefined, name: string, sum: string, o: { tag: boolean; binary: boolean; zero: boolean }): string {
  const e = o.zero ? { text: name, escaped: false } : escapeName(name);
  const pre = e.escaped ? "\\" : "";
  const end = o.zero ? "\0" : "\n";
  if (o.tag) {
    const t = outBits !== undefined && outBits !== algo.bytes * 8 ? `${algo.tag}-${outBits}` : algo.tag;
    return `${pre}${t} (${e.text}) = ${sum}${end}`;
  }
  return `${pre}${sum} ${o.binary ? "*" : " "}${e.text}${end}`;
}

interface CheckLine {
  name: string;
  sum: string;
}

/** Parses one line of a check file (either style); undefined when improperly formatted. */
function parseCheckLine(line: string, algo: DigestAlgo, fixedBytes: number | undefined, tagOnly = false): CheckLine | undefined {
  let s = line.replace(/^[ \t]+/, "");
  let escaped = false;
  if (s.startsWith("\\")) {
    escaped = true;
    s = s.slice(1);
  }
  const hexOk = (h: string) => /^[0-9a-fA-F]+$/.test(h) && (fixedBytes !== undefined ? h.length === fixedBytes * 2 : h.length % 2 === 0 && h.length <= 128 && h.length > 0);
  let name: string;
  let sum: string;
  const bsd = new RegExp(`^${algo.tag}(?:-(\\d+))? ?\\((.*)\\) = ([0-9a-fA-F]+)$`).exec(s);
  if (bsd) {
    if (bsd[1] !== undefined && (algo.tag !== "BLAKE2b" || Number(bsd[1]) !== bsd[3]!.length * 4)) return undefined;
    [name, sum] = [bsd[2]!, bsd[3]!];
  } else if (!tagOnly) {
    const m = /^([0-9a-fA-F]+)[ \t]([ *]?)(.*)$/.exec(s);
    if (!m || m[3] === "") return undefined;
    [sum, name] = [m[1]!, m[3]!];
  } else return undefined;
  if (!hexOk(sum)) return undefined;
  if (escaped) {
    const u = unescapeName(name);
    if (u === undefined) return undefined;
    name = u;
  }
  return { name, sum: sum.toLowerCase() };
}

const CHECK_LONG = [
  { name: "check", arg: "none" as const, key: "c" },
  { name: "warn", arg: "none" as const, key: "w" },
  { name: "zero", arg: "none" as const, key: "z" },
  { name: "tag", arg: "none" as const },
  { name: "quiet", arg: "none" as const },
  { name: "status", arg: "none" as const },
  { name: "strict", arg: "none" as const },
  { name: "ignore-missing", arg: "none" as const },
];

const CKSUM_SPEC = {
  short: "a:l:bctwz",
  long: [
    ...CHECK_LONG,
    { name: "algorithm", arg: "required" as const, key: "a" },
    { name: "length", arg: "required" as const, key: "l" },
    { name: "untagged", arg: "none" as const },
    { name: "debug", arg: "none" as const },
  ],
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const digestMain: Program = async (ctx) => {
  const cmd = new Cmd(ctx);
  const prog = cmd.name.slice(cmd.name.lastIndexOf("/") + 1);
  const isCksum = prog === "cksum";
  let algoName = isCksum ? "crc" : PROGRAM_ALGO[prog] ?? "md5";
  let explicitAlgo = false;
  if (isCksum) {
    // -a is read first: it decides which options apply.
    const pre = getopt(cmd.args, CKSUM_SPEC);
    if (pre.kind === "ok") {
      for (const o of pre.opts) {
        if (o.key !== "a") continue;
        // Only whole names: "sha" and "sha5" are invalid, not ambiguous or abbreviations.
        const exact = CKSUM_ALGOS.includes(o.value!) ? o.value! : undefined;
        if (!exact) {
          await cmd.error(`invalid argument ${q(o.value!)} for ${q("--algorithm")}`);
          await ctx.stderr.write(`Valid arguments are:\n${CKSUM_ALGOS.map((a) => `  - ${q(a)}\n`).join("")}`);
          return cmd.usage(undefined);
        }
        algoName = exact;
        explicitAlgo = true;
      }
    }
  }
  const legacy = algoName === "crc" || algoName === "bsd" || algoName === "sysv";
  const algo = ALGOS[legacy ? "md5" : algoName]!;
  const isB2 = algo.tag === "BLAKE2b";
  const p = await cmd.parse(
    isCksum
      ? CKSUM_SPEC
      : {
          short: isB2 ? "bctwzl:" : "bctwz",
          long: [
            ...CHECK_LONG,
            { name: "binary", arg: "none", key: "b" },
            { name: "text", arg: "none", key: "t" },
            ...(isB2 ? [{ name: "length", arg: "required" as const, key: "l" }] : []),
          ],
        },
  );
  if (typeof p === "number") return p;
  const f = { binary: false, check: false, text: false, warn: false, zero: false, tag: false, untagged: false, quiet: false, status: false, strict: false, ignoreMissing: false };
  let outBytes = algo.bytes;
  let outBits: number | undefined;
  for (const o of p.opts) {
    // cksum knows -b and -t only to refuse them: the "Try" line without a message.
    if (isCksum && (o.key === "b" || o.key === "t")) return cmd.usage(undefined);
    if (o.key === "b") f.binary = true;
    else if (o.key === "t") f.binary = false, (f.text = true);
    else if (o.key === "c") f.check = true;
    else if (o.key === "w") [f.warn, f.status, f.quiet] = [true, false, false];
    else if (o.key === "z") f.zero = true;
    else if (o.key === "tag") [f.tag, f.untagged] = [true, false];
    else if (o.key === "untagged") [f.tag, f.untagged] = [false, true];
    else if (o.key === "quiet") [f.quiet, f.status, f.warn] = [true, false, false];
    else if (o.key === "status") [f.status, f.quiet, f.warn] = [true, false, false];
    else if (o.key === "strict") f.strict = true;
    else if (o.key === "ignore-missing") f.ignoreMissing = true;
    else if (o.key === "l" && isCksum && !isB2) {
      await cmd.error("--length is only supported with --algorithm=blake2b");
      return 1;
    } else if (o.key === "l") {
      const n = /^\d+$/.test(o.value!) ? Number(o.value) : NaN;
      if (!Number.isFinite(n) || n > algo.bytes * 8) {
        await cmd.error(`invalid length: ${q(o.value!)}`);
        if (Number.isFinite(n)) await cmd.error(`maximum digest length for ${q(algo.tag)} is ${algo.bytes * 8} bits`);
        return 1;
      }
      if (n % 8 !== 0) {
        await cmd.error(`invalid length: ${q(o.value!)}`);
        await cmd.error("length is not a multiple of 8");
        return 1;
      }
      if (n !== 0) [outBytes, outBits] = [n / 8, n];
      else [outBytes, outBits] = [algo.bytes, undefined];
    }
  }
  const misuse = async (opt: string, msg: string) => cmd.usage(`the ${opt} option ${msg}`);
  if (isCksum && f.check && legacy && explicitAlgo) {
    await cmd.error("--check is not supported with --algorithm={bsd,sysv,crc}");
    return 1;
  }
  // cksum tags digest lines unless --untagged, and checks tagged lines without complaint.
  if (isCksum) f.tag = !legacy && !f.untagged;
  if (f.tag && f.check && !isCksum) return misuse("--tag", "is meaningless when verifying checksums");
  if (f.text && f.tag) {
    await cmd.error("--tag does not support --text mode");
    return cmd.usage(undefined);
  }
  if (!f.check) {
    if (f.ignoreMissing) return misuse("--ignore-missing", "is meaningful only when verifying checksums");
    if (f.status) return misuse("--status", "is meaningful only when verifying checksums");
    if (f.warn) return misuse("--warn", "is meaningful only when verifying checksums");
    if (f.quiet) return misuse("--quiet", "is meaningful only when verifying checksums");
    if (f.strict) return misuse("--strict", "is meaningful only when verifying checksums");
  }
  const compute = (d: Uint8Array) => hex(algo.fn(d, outBytes));
  const names = p.operands.length ? p.operands : ["-"];
  let status = 0;
  if (!f.check) {
    for (const name of names) {
      const data = await cmd.readOrWarn(name);
      if (!data) {
        status = 1;
        continue;
      }
      const shown = p.operands.length ? name : undefined;
      if (algoName === "crc") await cmd.out(`${posixCksum(data)} ${data.length}${shown === undefined ? "" : ` ${shown}`}${f.zero ? "\0" : "\n"}`);
      else if (legacy) await cmd.out(sumLine(algoName as "bsd" | "sysv", data, shown));
      else await cmd.out(fromLatin1(digestLine(algo, outBits, name, compute(data), { tag: f.tag, binary: f.binary, zero: f.zero })));
    }
    return status;
  }
  for (const listName of names) {
    const list = await cmd.readOrWarn(listName);
    if (!list) {
      status = 1;
      continue;
    }
    const shown = listName === "-" ? "standard input" : listName;
    const lines = latin1(list).split(f.zero ? "\0" : "\n");
    if (lines[lines.length - 1] === "") lines.pop();
    let bad = 0;
    let good = 0;
    let unreadable = 0;
    let mismatched = 0;
    let matched = 0;
    for (let i = 0; i < lines.length; i++) {
      const raw = lines[i]!;
      if (raw.startsWith("#")) continue;
      // cksum without -a recognises each tagged line's own algorithm.
      const candidates = isCksum && !explicitAlgo ? Object.values(ALGOS) : [algo];
      let l: CheckLine | undefined;
      let lineAlgo = algo;
      for (const a of candidates) {
        l = parseCheckLine(raw.replace(/\r$/, ""), a, a.tag === "BLAKE2b" ? undefined : a.bytes, isCksum);
        lineAlgo = a;
        if (l) break;
      }
      if (!l) {
        bad++;
        if (f.warn) await cmd.error(`${shown}: ${i + 1}: improperly formatted ${algo.label} checksum line`);
        continue;
      }
      good++;
      const e = escapeName(l.name);
      const label = (e.escaped ? "\\" : "") + e.text;
      let data: Uint8Array;
      try {
        data = await cmd.readFile(l.name);
      } catch (err) {
        const msg = describe(err);
        if (f.ignoreMissing && msg === "No such file or directory") continue;
        await cmd.error(`${l.name}: ${msg}`);
        unreadable++;
        if (!f.status) await cmd.out(fromLatin1(`${label}: FAILED open or read\n`));
        continue;
      }
      const sum = hex(lineAlgo.fn(data, l.sum.length / 2));
      if (sum === l.sum) {
        matched++;
        if (!f.status && !f.quiet) await cmd.out(fromLatin1(`${label}: OK\n`));
      } else {
        mismatched++;
        if (!f.status) await cmd.out(fromLatin1(`${label}: FAILED\n`));
      }
    }
    if (good === 0) {
      await cmd.error(`${shown}: no properly formatted checksum lines found`);
      status = 1;
      continue;
    }
    if (!f.status) {
      if (bad) await cmd.error(`WARNING: ${plural(bad, "line is", "lines are")} improperly formatted`);
      if (unreadable) await cmd.error(`WARNING: ${plural(unreadable, "listed file", "listed files")} could not be read`);
      if (mismatched) await cmd.error(`WARNING: ${plural(mismatched, "computed checksum", "computed checksums")} did NOT match`);
    }
    if (mismatched || unreadable || (f.strict && bad)) status = 1;
    if (f.ignoreMissing && matched + mismatched + unreadable === 0) {
      await cmd.error(`${shown}: no file was verified`);
      status = 1;
    }
  }
  return status;
};
