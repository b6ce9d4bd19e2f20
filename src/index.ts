// nslab's library API (browser-safe: no Node modules here or below, except cli/).
export { World, type WorldOptions, type RunOptions, type RunResult, type WorldLimits, type BootStep, type BootFailure } from "./world/world.js";
export { TopologyError } from "./world/topology/load.js";
export type { Cable, CableOptions, CableDirStats, CableDropReason } from "./world/underlay/cable.js";
export type { Switch, SwitchPort } from "./world/underlay/switch.js";
export { Clock, NS_PER_MS, NS_PER_SEC, NS_PER_US, type Nanos } from "./sim/clock.js";
export { Rng } from "./sim/rng.js";
export { TtyFile } from "./kernel/task/tty.js";
export { TerminalSession, type TerminalSessionOptions, type WallTimer } from "./web/terminal-session.js";
