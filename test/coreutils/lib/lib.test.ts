// The printf/test/echo engines against the real programs: every case in
// *-cases.jsonl was run through coreutils 9.1 and bash 5.2's builtin by
// record.mjs; the recorded stdout (bytes), stderr and status must match.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { echoBytes } from "../../../src/tools/coreutils/lib/echo.js";
import { printfFormat, renderDiagnostics } from "../../../src/tools/coreutils/lib/printf-format.js";
import { evalTest, type FileStat, type TestEnv } from "../../../src/tools/coreutils/lib/test-expr.js";

const here = dirname(fileURLToPath(import.meta.url));

interface Recorded {
  out: string;
  err: string;
  rc: number;
}
interface Case {
  args: string[];
  coreutils: Recorded;
  bash: Recorded;
}

function load(name: string): Case[] {
  return JSON.parse(readFileSync(join(here, `${name}-cases.json`), "utf8")) as Case[];
}

const b64 = (u: Uint8Array) => Buffer.from(u).toString("base64");

// The fixture directory record.mjs ran in, as the callbacks see it.
const FIXTURE: Record<string, FileStat | { link: string }> = {
  file: { type: "file", mode: 0o755, size: 5, mtime: 1, ino: 10 },
  empty: { type: "file", mode: 0o644, size: 0, mtime: 1, ino: 11 },
  dir: { type: "dir", mode: 0o755, size: 4096, mtime: 1, ino: 12 },
  link: { link: "file" },
  dangling: { link: "nowhere" },
  "/": { type: "dir", mode: 0o755, size: 4096, mtime: 1, ino: 2 },
};
const fixtureEnv: TestEnv = {
  lstat(p) {
    const e = FIXTURE[p];
    if (!e) return undefined;
    return "link" in e ? { type: "symlink", mode: 0o777, size: e.link.length, mtime: 1, ino: 20 } : e;
  },
  stat(p) {
    const e = FIXTURE[p];
    if (!e) return undefined;
    return "link" in e ? this.stat(e.link) : e;
  },
  isatty: () => false,
  isVarSet: (n) => n === "PATH",
  shellOption: (n) => (n === "errexit" ? false : undefined),
};

describe("printf engine", () => {
  for (const c of load("printf")) {
    for (const dialect of ["coreutils", "bash"] as const) {
      it(`${dialect} printf ${JSON.stringify(c.args)}`, () => {
        const r = printfFormat(c.args[0]!, c.args.slice(1), { dialect });
        const prefix = dialect === "bash" ? "bash: line 1: printf: " : "printf: ";
        expect({ out: b64(r.output), err: renderDiagnostics(r, prefix), rc: r.status }).toEqual(c[dialect]);
      });
    }
  }
});

describe("test engine", () => {
  for (const [file, bracket] of [["test", false], ["bracket", true]] as const) {
    for (const c of load(file)) {
      for (const dialect of ["coreutils", "bash"] as const) {
        // --help/--version of /usr/bin/[ belong to the program, not the engine.
        if (dialect === "coreutils" && bracket && c.args.length === 1 && c.args[0]!.startsWith("--")) continue;
        it(`${dialect} ${bracket ? "[" : "test"} ${JSON.stringify(c.args)}`, () => {
          const r = evalTest(c.args, fixtureEnv, { dialect, bracket });
          const name = bracket ? "[" : "test";
          const prefix = dialect === "bash" ? `bash: line 1: ${name}: ` : `${name}: `;
          const err = r.diagnostics.map((d) => `${prefix}${d}\n`).join("");
          expect({ out: "", err, rc: r.status }).toEqual(c[dialect]);
        });
      }
    }
  }
});

describe("echo engine", () => {
  for (const c of load("echo")) {
    for (const dialect of ["coreutils", "bash"] as const) {
      if (dialect === "coreutils" && c.args.length === 1 && c.args[0]!.startsWith("--")) continue;
      it(`${dialect} echo ${JSON.stringify(c.args)}`, () => {
        expect({ out: b64(echoBytes(c.args, { dialect })), err: "", rc: 0 }).toEqual(c[dialect]);
      });
    }
  }
});
