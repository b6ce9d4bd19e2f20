// Imported first by snapshot-main.ts, so that every TextDecoder the bundle's
// modules make, at their top level or later, is snapshot-decoder.ts's.
import { useSnapshotTextDecoder } from "./snapshot-decoder.js";

useSnapshotTextDecoder();
