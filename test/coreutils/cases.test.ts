// Replays test/coreutils/cases/*.sh on nslab and compares stdout, stderr and
// exit status with what the real programs printed (record.mjs). Each script
// runs in a bare world with /root (empty) as its directory.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { World } from "../../src/index.js";

const casesDir = join(dirname(fileURLToPath(import.meta.url)), "cases");

describe("coreutils cases", () => {
  for (const f of readdirSync(casesDir).filter((n) => n.endsWith(".sh")).sort()) {
    it(f, async () => {
      const script = readFileSync(join(casesDir, f), "utf8");
      const want = JSON.parse(readFileSync(join(casesDir, f.replace(/\.sh$/, ".expected.json")), "utf8"));
      const w = new World({ bare: true });
      const r = await w.run(script, { scriptName: "/dev/fd/3", mode: "-c" });
      expect(r).toEqual(want);
    });
  }
});
