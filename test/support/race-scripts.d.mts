// Types of race-scripts.mjs (plain JS so that bench/workers/xcheck.mjs can import it).
import type { Arbitrary } from "fast-check";
export declare const RACE: string[];
export declare function raceScript(): Arbitrary<string>;
