// nslab's library API (browser-safe: no Node modules here or below, except cli/).
export { World, type WorldOptions, type RunOptions, type RunResult, type WorldLimits } from "./world/world.js";
export { Clock, NS_PER_MS, NS_PER_SEC, NS_PER_US, type Nanos } from "./sim/clock.js";
export { Rng } from "./sim/rng.js";
export { TtyFile } from "./kernel/task/tty.js";
export { TerminalSession, type TerminalSessionOptions, type WallTimer } from "./web/terminal-session.js";
