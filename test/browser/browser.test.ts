// nslab runs unchanged in a browser: the core is bundled for the browser (the
// build fails if anything imports a Node built-in), loaded into Debian's
// Chromium through playwright-core, and the same script and seed must give
// byte-identical output there and in Node.
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBrowser } from "../../scripts/build.mjs";
import { World } from "../../src/world/world.js";
import type { RunResult } from "../../src/world/world.js";

const CHROMIUM = "/usr/bin/chromium";
const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM) console.warn("test/browser: skipped: Debian chromium is not installed (apt-get install -y chromium)");

// The launch flags that work on these machines (see /work/shared/design/STACK.md).
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

declare const nslab: typeof import("../../src/web/entry.js");

async function inNode(script: string, seed: number): Promise<RunResult> {
  return new World({ seed, bare: true }).run(script);
}

describe.skipIf(!HAVE_CHROMIUM)("nslab in Chromium", () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    const out = join(mkdtempSync(join(tmpdir(), "nslab-web-")), "nslab.iife.js");
    await buildBrowser(out, "iife");
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
    page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.setContent("<!doctype html><title>nslab</title>");
    await page.addScriptTag({ content: readFileSync(out, "utf8") });
    expect(errors).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
  });

  const inBrowser = (script: string, seed: number): Promise<RunResult> =>
    page.evaluate(([s, seed]) => nslab.runScript(s as string, { seed: seed as number, bare: true }), [script, seed] as const);

  it("drives the world's clock and processes in the page", async () => {
    // A program written in the page itself: two processes, 100 virtual seconds.
    const r = await page.evaluate(async () => {
      const w = new nslab.World({ bare: true });
      const t0 = performance.now();
      const res = await w.runProgram(async (ctx) => {
        const child = ctx.task.host.fork(ctx.task, "child");
        void child.start(async (t) => {
          await t.sleep(100e9);
          return 5;
        });
        await ctx.stdout.write("started\n");
        const st = await child.waitExit(ctx.task);
        await ctx.stdout.write(`child ${st} at ${ctx.task.sched.clock.now / 1e9}s\n`);
        return 0;
      }, ["prog"]);
      return { ...res, wallMs: performance.now() - t0 };
    });
    expect({ stdout: r.stdout, stderr: r.stderr, status: r.status }).toEqual({ stdout: "started\nchild 5 at 100s\n", stderr: "", status: 0 });
  });

  it("runs a bash script and prints what Node prints, byte for byte", async () => {
    const script = "echo hello; x=$((6*7)); echo $x; sleep 100; echo done\n";
    const b = await inBrowser(script, 7);
    expect(b).toEqual({ stdout: "hello\n42\ndone\n", stderr: "", status: 0 });
    expect(b).toEqual(await inNode(script, 7));
  });

  it("gives the same random numbers for a seed as Node does", async () => {
    const script = "echo $RANDOM $RANDOM $RANDOM\n";
    for (const seed of [1, 2, 4242]) {
      const b = await inBrowser(script, seed);
      expect(b.status).toBe(0);
      expect(b.stdout).toMatch(/^\d+ \d+ \d+\n$/);
      expect(b).toEqual(await inNode(script, seed));
    }
  });

  it("creates a veth pair and lists it as in Node", async (ctx) => {
    const script = "ip link add v0 type veth peer name v1\nip link\n";
    const n = await inNode(script, 3);
    if (/command not found|not built/.test(n.stderr)) ctx.skip(); // before the kernel model and iproute2 land
    expect(n.status).toBe(0);
    expect(n.stdout).toMatch(/^\d+: v1@v0: /m);
    expect(await inBrowser(script, 3)).toEqual(n);
  });
});
