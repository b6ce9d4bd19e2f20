// The error a bad topology file raises, on its own so that code which only
// catches it (src/cli/run.ts) does not load the YAML parser and the schema:
// World.fromTopology imports them at its first use (load.ts).

export class TopologyError extends Error {}
