// Syntax errors and warnings, formatted as the interpreter will print them, compared with what
// bash 5.2 prints for `bash -n -c SNIPPET NAME` and `bash -n FILE` (recorded in
// errors/expected.json by record.mjs from errors/cases.txt). -n reads the script line by line
// exactly as a run does, with the last status 0.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ParseError, ScriptReader } from "../../../src/shell/parser.js";

const here = dirname(fileURLToPath(import.meta.url));
const cases = readFileSync(join(here, "errors/cases.txt"), "utf8")
  .split(/^#---\n/m)
  .map((s) => s.replace(/\n$/, ""));
const expected = JSON.parse(readFileSync(join(here, "errors/expected.json"), "utf8")) as {
  results: Array<{ c: { rc: number; stderr: string }; file: { rc: number; stderr: string } }>;
};

/** What `bash -n` prints and returns, reproduced from ScriptReader. */
export function check(src: string, mode: "-c" | "file"): { rc: number; stderr: string } {
  const errPrefix = (n: number): string => (mode === "-c" ? `NAME: -c: line ${n}: ` : `SCRIPT: line ${n}: `);
  const warnPrefix = (n: number): string => (mode === "-c" ? `NAME: line ${n}: ` : `SCRIPT: line ${n}: `);
  const r = new ScriptReader(src);
  let stderr = "";
  let printed = 0;
  const flush = (): void => {
    for (; printed < r.warnings.length; printed++) {
      const w = r.warnings[printed];
      stderr += warnPrefix(w.line) + w.message + "\n";
    }
  };
  for (let guard = 0; guard < 100_000; guard++) {
    try {
      const line = r.next();
      flush();
      if (line === null) return { rc: 0, stderr };
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      flush();
      for (const l of e.lines()) stderr += errPrefix(e.line) + l + "\n";
      return { rc: e.exitStatus(0, mode), stderr };
    }
  }
  throw new Error("reader did not terminate");
}

describe("syntax errors as bash prints them", () => {
  it("has an expectation for every case", () => {
    expect(expected.results.length).toBe(cases.length);
  });
  cases.forEach((src, i) => {
    it(`#${i}: ${JSON.stringify(src).slice(0, 50)}`, () => {
      const e = expected.results[i];
      expect(check(src, "-c"), "bash -c").toEqual(e.c);
      expect(check(src + "\n", "file"), "bash FILE").toEqual(e.file);
    });
  });
});
