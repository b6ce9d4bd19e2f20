// Replays recorded text-tool cases (see record-lib.mjs) against our programs:
// files are written under /root (the cwd of runProgram), argv and stdin passed
// as recorded, and stdout, stderr, exit status (and checked files) compared whole.
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { World } from "../../src/index.js";
import type { Program } from "../../src/kernel/task/program.js";

export interface Case {
  name: string;
  argv: string[];
  stdin?: string;
  files?: Record<string, string>;
  dirs?: string[];
  check?: string[];
  expect: { stdout: string; stderr: string; status: number };
  expectFiles?: Record<string, string | null>;
}

export function loadCases(url: URL): Case[] {
  return JSON.parse(readFileSync(url, "utf8")) as Case[];
}

export function defineCases(cases: Case[], programs: Record<string, Program>): void {
  for (const c of cases) {
    it(c.name, async () => {
      const w = new World({ bare: true });
      const fs = w.host().fs;
      for (const d of c.dirs ?? []) fs.mkdirp(`/root/${d}`);
      for (const [p, content] of Object.entries(c.files ?? {})) {
        const full = `/root/${p}`;
        fs.mkdirp(full.slice(0, full.lastIndexOf("/")));
        fs.writeFile(undefined, "/", full, content);
      }
      const main = programs[c.argv[0]!];
      if (!main) throw new Error(`no program ${c.argv[0]}`);
      const r = await w.runProgram(main, c.argv, { stdin: c.stdin ?? "" });
      expect({ stdout: r.stdout, stderr: r.stderr, status: r.status }).toEqual(c.expect);
      for (const [p, want] of Object.entries(c.expectFiles ?? {})) {
        let got: string | null;
        try {
          got = new TextDecoder().decode(fs.readFile(undefined, "/root", p));
        } catch {
          got = null;
        }
        expect({ file: p, content: got }).toEqual({ file: p, content: want });
      }
    });
  }
}
