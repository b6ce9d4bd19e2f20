// The bridge FDB's remembered hits (kernel/bridge/br_fdb_table.ts) must
// answer every get as the plain Map does, whatever sets, deletes and clears
// come between (random operation sequences on a few keys, against a Map;
// iteration order and size compared too), and the remembered slots must be
// used (a conversation's two keys are hits).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FdbTable } from "../../src/kernel/bridge/br_fdb_table.js";
import type { FdbEntry } from "../../src/kernel/bridge/br_private.js";

const entry = (n: number): FdbEntry => ({ addr: Uint8Array.of(0, 0, 0, 0, 0, n), dst: undefined, isLocal: false, isStatic: false, updated: n, used: n, addedByUser: false, sticky: false });
const KEYS = [0x0211_2233_4455, 0xffff_ffff_ffff, 1, 0x0a00_0000_0001, 0x0200_0000_0002];

const arbOp = fc.oneof(
  { weight: 4, arbitrary: fc.record({ k: fc.constant("get" as const), key: fc.constantFrom(...KEYS) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant("set" as const), key: fc.constantFrom(...KEYS), v: fc.nat(50) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant("delete" as const), key: fc.constantFrom(...KEYS) }) },
  fc.record({ k: fc.constant("clear" as const) }),
  fc.record({ k: fc.constant("mutate" as const), key: fc.constantFrom(...KEYS) }),
);

describe("FdbTable", () => {
  it("answers as a Map", () => {
    fc.assert(
      fc.property(fc.array(arbOp, { maxLength: 60 }), (ops) => {
        const t = new FdbTable();
        const m = new Map<number, FdbEntry>();
        for (const op of ops) {
          if (op.k === "get") expect(t.get(op.key)).toBe(m.get(op.key));
          else if (op.k === "set") {
            const e = entry(op.v);
            expect(t.set(op.key, e)).toBe(t);
            m.set(op.key, e);
          } else if (op.k === "delete") expect(t.delete(op.key)).toBe(m.delete(op.key));
          else if (op.k === "clear") {
            t.clear();
            m.clear();
          } else {
            // Entries are changed in place (learning): both see the same object.
            const e = m.get(op.key);
            if (e) e.updated++;
            expect(t.get(op.key)?.updated).toBe(e?.updated);
          }
          expect([...t]).toEqual([...m]);
          expect(t.size).toBe(m.size);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("serves a conversation's two keys from its slots", () => {
    const t = new FdbTable();
    const a = entry(1);
    const b = entry(2);
    t.set(KEYS[0]!, a);
    t.set(KEYS[1]!, b);
    t.get(KEYS[0]!);
    t.get(KEYS[1]!);
    // The Map is no longer asked: a value hidden from it is still answered from the slots.
    Map.prototype.delete.call(t, KEYS[0]!);
    expect(t.get(KEYS[0]!)).toBe(a);
    expect(t.get(KEYS[1]!)).toBe(b);
    t.delete(KEYS[0]!);
    expect(t.get(KEYS[0]!)).toBeUndefined();
  });
});
