// Bytes allocated while building containers (V8's sampling heap profiler,
// collected objects included, 256-byte interval), and where:
//   node bench/workers/alloc.mjs LIB SCRIPT N [TOP]
// Prints one JSON line: n, total bytes allocated during world.run, bytes per
// container, and the TOP functions by bytes allocated in them (self).
import { readFileSync } from "node:fs";
import { Session } from "node:inspector/promises";

const [lib, scriptPath, nText, topText] = process.argv.slice(2);
const n = Number(nText);
const top = Number(topText ?? 15);
const { World } = await import(lib);
const script = readFileSync(scriptPath, "utf8");
const session = new Session();
session.connect();
const world = new World({ seed: 1, bare: true, limits: { maxCommands: 1e9, maxEvents: 1e10 } });
await session.post("HeapProfiler.startSampling", { samplingInterval: 256, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
const r = await world.run(script, { args: [String(n)], scriptName: "containers.sh" });
const { profile } = await session.post("HeapProfiler.stopSampling");
const self = new Map();
let total = 0;
const walk = (node) => {
  const f = node.callFrame;
  const key = `${f.functionName || "(anonymous)"} ${f.url.split("/").pop()}:${f.lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + node.selfSize);
  total += node.selfSize;
  for (const c of node.children) walk(c);
};
walk(profile.head);
const rows = [...self].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => [k, Math.round(v / n)]);
process.stdout.write(`${JSON.stringify({ n, status: r.status, total, perContainer: Math.round(total / n), top: rows })}\n`);
