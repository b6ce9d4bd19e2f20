// The booted (non-bare) host's IPv4 configuration, compared with the same
// state built by hand on the real kernel (cases/boot.setup.sh + boot.sh,
// recorded by record-cases.mjs).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { World } from "../../src/world/world.js";
import { maskOutput } from "../../src/verify/mask.js";

describe("booted host", () => {
  it("has eth0 10.0.2.15/24, lo, and a default route via 10.0.2.2", async () => {
    const dir = join(import.meta.dirname, "cases");
    const script = readFileSync(join(dir, "boot.sh"), "utf8");
    const world = new World({ seed: 1, bare: false });
    const parts: string[] = [];
    const r = await world.run(script, { scriptName: "/dev/fd/3", onStdout: (t) => parts.push(t), onStderr: (t) => parts.push(t) });
    const got = maskOutput(`${parts.join("")}[exit ${r.status}]\n`, { script });
    expect(got).toBe(readFileSync(join(dir, "boot.expected"), "utf8"));
  });
});
