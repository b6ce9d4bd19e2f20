// Reading a topology file: YAML (the `yaml` package, which keeps each node's
// offset), then the schema (valibot), then the cross-references (check.ts).
// The first problem found is thrown as a TopologyError whose message points
// at it: "FILE:LINE:COL: PATH: WHAT" (PATH left out for YAML syntax errors).

import * as v from "valibot";
import { isMap, isScalar, LineCounter, parseDocument, visit, type Document } from "yaml";
import { checkTopology } from "./check.js";
import { formatPath, Locator, type PathSeg } from "./locate.js";
import { TopologySchema, type Topology } from "./schema.js";

export class TopologyError extends Error {}

/** Where the second of two equal keys is (yaml reports the first one's value). */
function duplicateKeyOffset(doc: Document): number | undefined {
  let found: number | undefined;
  visit(doc, {
    Map(_k, map) {
      if (!isMap(map)) return undefined;
      const seen = new Set<string>();
      for (const pair of map.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        if (seen.has(key)) {
          found = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
          return visit.BREAK;
        }
        seen.add(key);
      }
      return undefined;
    },
  });
  return found;
}

export function parseTopology(text: string, fileName = "topology.yaml"): Topology {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const yamlErr = doc.errors[0];
  if (yamlErr) {
    const pos = lines.linePos(yamlErr.code === "DUPLICATE_KEY" ? (duplicateKeyOffset(doc) ?? yamlErr.pos[0]) : yamlErr.pos[0]);
    const what = yamlErr.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
    throw new TopologyError(`${fileName}:${pos.line}:${pos.col}: ${what}`);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    throw new TopologyError(`${fileName}:1:1: ${e instanceof Error ? e.message : String(e)}`);
  }
  const where = new Locator(doc, lines);
  const fail = (path: PathSeg[], message: string): never => {
    const pos = where.position(path);
    const p = formatPath(path);
    throw new TopologyError(`${fileName}:${pos.line}:${pos.col}: ${p ? `${p}: ` : ""}${message}`);
  };
  if (data === null || data === undefined) fail([], "empty file: expected a mapping with hosts");
  if (typeof data !== "object" || Array.isArray(data)) fail([], "expected a mapping with hosts (and name, switches, links)");
  const r = v.safeParse(TopologySchema, data, { abortPipeEarly: true });
  if (!r.success) {
    const issue = r.issues[0];
    const path: PathSeg[] = (issue.path ?? []).map((p) => ({
      key: p.key as string | number,
      origin: "origin" in p ? (p.origin as "key" | "value") : undefined,
    }));
    const missing = issue.input === undefined && issue.expected !== "never" && path.length > 0;
    fail(path, missing ? "missing" : issue.message);
  }
  const topo = r.output as Topology;
  const problem = checkTopology(topo)[0];
  if (problem) fail(problem.path, problem.message);
  return topo;
}
