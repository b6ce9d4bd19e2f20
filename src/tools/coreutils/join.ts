// join(1): joins the lines of two sorted files on a field (-1, -2, -j; the
// first by default). Fields are split at runs of blanks (leading ones
// ignored) and joined with a space, or split and joined at -t CHAR (-t ''
// makes the whole line the key). Lines with equal keys pair up (every pair
// of a group); -a N also prints file N's unpairable lines, -v N only those;
// -o lists output fields (0, N.M; "auto" sizes lines like the first ones),
// -e fills missing ones; -i compares case-insensitively; --header joins the
// first lines as they are; -z uses NUL-ended lines. Keys compare as bytes.
// Order checks as GNU does: by default a file out of order is reported
// ("FILE:LINE: is not sorted: TEXT") only once an unpairable line was seen,
// and the run ends "input is not in sorted order", status 1; --check-order
// stops at the first.
import type { Program } from "../../kernel/task/program.js";
import { Cmd, q } from "./common/cmd.js";
import { binaryLines, fromLatin1 } from "./common/lines.js";

type OutField = { file: 0 } | { file: 1 | 2; field: number };

export const joinMain: Program = async (ctx) => {
  const cmd = new Cmd(ctx);
  const p = await cmd.parse({
    short: "a:e:i1:2:j:o:t:v:z",
    long: [
      { name: "ignore-case", arg: "none", key: "i" },
      { name: "check-order", arg: "none" },
      { name: "nocheck-order", arg: "none" },
      { name: "header", arg: "none" },
      { name: "zero-terminated", arg: "none", key: "z" },
    ],
  });
  if (typeof p === "number") return p;
  const keyField = [0, 0];
  const unpaired = [false, false];
  let onlyUnpaired = false;
  let empty: string | undefined;
  let icase = false;
  let format: OutField[] | "auto" | undefined;
  let tab: string | undefined;
  let check: "default" | "yes" | "no" = "default";
  let header = false;
  let zero = false;
  const fieldNum = async (v: string): Promise<number | undefined> => {
    if (!/^\d+$/.test(v) || Number(v) < 1) {
      await cmd.error(`invalid field number: ${q(v)}`);
      return undefined;
    }
    return Number(v) - 1;
  };
  for (const o of p.opts) {
    const v = o.value ?? "";
    if (o.key === "a" || o.key === "v") {
      if (v !== "1" && v !== "2") {
        await cmd.error(`invalid field number: ${q(v)}`);
        return 1;
      }
      unpaired[Number(v) - 1] = true;
      if (o.key === "v") onlyUnpaired = true;
    } else if (o.key === "e") empty = v;
    else if (o.key === "i") icase = true;
    else if (o.key === "1" || o.key === "2" || o.key === "j") {
      const n = await fieldNum(v);
      if (n === undefined) return 1;
      if (o.key !== "2") keyField[0] = n;
      if (o.key !== "1") keyField[1] = n;
    } else if (o.key === "o") {
      if (v === "auto") {
        format = "auto";
        continue;
      }
      const list: OutField[] = Array.isArray(format) ? format : [];
      for (const spec of v.split(/[,\s]+/).filter((x) => x !== "")) {
        if (spec === "0") {
          list.push({ file: 0 });
          continue;
        }
        const m = /^([12])\.(\d+)$/.exec(spec);
        if (!m) {
          await cmd.error(`invalid file number in field spec: ${q(spec)}`);
          return 1;
        }
        const n = await fieldNum(m[2]!);
        if (n === undefined) return 1;
        list.push({ file: Number(m[1]) as 1 | 2, field: n });
      }
      format = list;
    } else if (o.key === "t") {
      if (tab !== undefined && tab !== v) {
        await cmd.error("incompatible tabs");
        return 1;
      }
      tab = v;
    } else if (o.key === "check-order") check = "yes";
    else if (o.key === "nocheck-order") check = "no";
    else if (o.key === "header") header = true;
    else if (o.key === "z") zero = true;
  }
  const ops = p.operands;
  if (ops.length < 2) return cmd.usage(ops.length ? `missing operand after ${q(ops[0]!)}` : "missing operand");
  // join words this one with straight quotes (quote()), unlike "missing operand after ‘X’".
  if (ops.length > 2) return cmd.usage(`extra operand '${ops[2]!}'`);
  const files: string[][] = [];
  for (const name of ops) {
    const data = await cmd.readOrWarn(name);
    if (!data) return 1;
    files.push(binaryLines(data, zero ? 0 : 10));
  }
  const eol = zero ? "\0" : "\n";
  const outSep = tab === undefined || tab === "" ? " " : tab;
  const split = (line: string): string[] => {
    if (tab === "") return [line];
    if (tab !== undefined) return line.split(tab);
    // Blanks (and, with -z, newlines) separate fields; trailing ones leave an empty last field.
    const t = line.replace(zero ? /^[ \t\n]+/ : /^[ \t]+/, "");
    return t === "" ? [] : t.split(zero ? /[ \t\n]+/ : /[ \t]+/);
  };
  const recs = files.map((lines) => lines.map((l) => ({ line: l, f: split(l) })));
  const keyOf = (n: 0 | 1, r: { f: string[] }) => {
    const k = r.f[keyField[n]!] ?? "";
    return icase ? k.toLowerCase() : k;
  };
  const autoWidth = [recs[0]![0]?.f.length ?? 0, recs[1]![0]?.f.length ?? 0];
  let out = "";
  const flush = async () => {
    if (out) await cmd.out(fromLatin1(out));
    out = "";
  };
  const field = (r: { f: string[] } | undefined, i: number) => (r && i < r.f.length ? r.f[i]! : empty ?? "");
  const emit = (a: { f: string[] } | undefined, b: { f: string[] } | undefined) => {
    const parts: string[] = [];
    const key = a ? a.f[keyField[0]!] ?? empty ?? "" : b ? b.f[keyField[1]!] ?? empty ?? "" : "";
    if (format === undefined || format === "auto") {
      parts.push(key);
      const rest = (r: { f: string[] } | undefined, n: 0 | 1) => {
        const width = format === "auto" ? autoWidth[n]! : r ? r.f.length : 0;
        for (let i = 0; i < width; i++) if (i !== keyField[n]) parts.push(format === "auto" ? field(r, i) : r!.f[i]!);
      };
      rest(a, 0);
      rest(b, 1);
    } else {
      for (const of of format) parts.push(of.file === 0 ? key : field(of.file === 1 ? a : b, of.field));
    }
    out += parts.join(outSep) + eol;
  };
  let i = 0;
  let j = 0;
  if (header && recs[0]!.length + recs[1]!.length > 0) {
    emit(recs[0]![0], recs[1]![0]);
    i = j = 1;
  }
  let unpairable = false;
  let disorder = false;
  const reported = [false, false];
  // After file N advanced to index k: that line must not sort before the one before it.
  const ordered = async (n: 0 | 1, k: number): Promise<boolean> => {
    const list = recs[n]!;
    if (check === "no" || k >= list.length || k < 1 || reported[n]) return true;
    if (check === "default" && !unpairable) return true;
    if (!(keyOf(n, list[k]!) < keyOf(n, list[k - 1]!))) return true;
    reported[n] = true;
    disorder = true;
    await flush();
    await cmd.error(`${ops[n]}:${k + 1}: is not sorted: ${list[k]!.line}`);
    return check !== "yes";
  };
  const [A, B] = recs as [typeof recs[0], typeof recs[0]];
  while (i < A.length && j < B.length) {
    const ka = keyOf(0, A[i]!);
    const kb = keyOf(1, B[j]!);
    if (ka < kb) {
      unpairable = true;
      if (unpaired[0]) emit(A[i], undefined);
      if (!(await ordered(0, ++i))) return 1;
    } else if (kb < ka) {
      unpairable = true;
      if (unpaired[1]) emit(undefined, B[j]);
      if (!(await ordered(1, ++j))) return 1;
    } else {
      let i2 = i;
      while (i2 < A.length && keyOf(0, A[i2]!) === ka) i2++;
      let j2 = j;
      while (j2 < B.length && keyOf(1, B[j2]!) === kb) j2++;
      if (!onlyUnpaired) for (let x = i; x < i2; x++) for (let y = j; y < j2; y++) emit(A[x], B[y]);
      i = i2;
      j = j2;
      if (!(await ordered(0, i)) || !(await ordered(1, j))) return 1;
    }
  }
  for (; i < A.length; i++) {
    unpairable = true;
    if (unpaired[0]) emit(A[i], undefined);
    if (!(await ordered(0, i + 1))) return 1;
  }
  for (; j < B.length; j++) {
    unpairable = true;
    if (unpaired[1]) emit(undefined, B[j]);
    if (!(await ordered(1, j + 1))) return 1;
  }
  await flush();
  if (disorder) {
    await cmd.error("input is not in sorted order");
    return 1;
  }
  return 0;
};
