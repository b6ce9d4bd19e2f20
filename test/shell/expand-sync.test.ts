// The shell's await elision (src/shell/interp/expand/sync.ts) against the
// awaiting path: random scripts mixing the words it takes and the ones it
// hands back (dynamic variables, arithmetic with effects or errors, set -u,
// readonly, command substitution), with processes that run in the same
// virtual instant and share one output (background jobs, pipelines, traps,
// wait, kill), run with the elision on and off: stdout, stderr, status, the
// virtual clock and the world's RNG must be identical.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { World } from "../../src/index.js";
import { awaitElision } from "../../src/shell/interp/expand/sync.js";

async function runBoth(script: string) {
  const out = [];
  for (const enabled of [true, false]) {
    awaitElision.enabled = enabled;
    try {
      const w = new World({ seed: 7, bare: true });
      const r = await w.run(script);
      out.push({ status: r.status, stdout: r.stdout, stderr: r.stderr, now: w.now, rng: w.rng.u32() });
    } finally {
      awaitElision.enabled = true;
    }
  }
  return out;
}

// Words: the first ones the elision expands, the later ones it hands back.
const WORDS = [
  "x", "'q u'", '"$a"', "$a", "${#a}", "$b", '"$@"', "$*", "$#", "$?", "~", "pre$a.post", '"$a$b"', "$((i + 1))",
  "$(( a * 3 ))", '"$((i<<2))"', "$((n))", "*.none", "a{1,2}b",
  "$RANDOM", "$((RANDOM % 7))", "$((i++))", "$((1 / z))", "${arr[1]}", "${u:-def}", "$(echo sub)", "$LINENO", "$unset_v",
  "$((ro = 2))", "${a/l/L}", "`echo bq`",
];
const word = fc.constantFrom(...WORDS);
const words = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(" "));

const simple = fc.oneof(
  words.map((w) => `echo ${w}`),
  words.map((w) => `printf '%s|' ${w}; echo`),
  words.map((w) => `v=${w.split(" ")[0]}; echo "v=$v"`),
  fc.constantFrom("ip link set lo up", "/bin/true", "true", "sleep 0", "ip -o link show lo | cut -c1-20", "i=$((i + 1))", "n=i+2"),
  words.map((w) => `[ ${w.split(" ")[0]} = x ] && echo eq`),
  // Statements execSimple runs without awaiting, and ones it hands back (errors, readonly, file tests).
  words.map((w) => `[ ${w.split(" ")[0]} -lt 5 ]; echo "lt=$?"`),
  words.map((w) => `test -n ${w.split(" ")[0]} || echo empty`),
  fc.constantFrom(
    "j=0; while [ $j -lt 3 ]; do j=$((j + 1)); x=$j; :; done; echo \"j=$j x=$x\"",
    "[ $i -gt 2 ]", "[ a -lt 2 ]", "[ $i -eq ]", "[ -f /etc/hostname ]", "true", "false", ":", "ro=2", "c=$i; echo c=$c",
    "set -e; false || true; set +e", "trap 'echo err' ERR; false; trap - ERR", "[ 1 -eq 1 ] > /dev/null",
  ),
);

const stmt: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: simple },
  { weight: 2, arbitrary: fc.tuple(simple, simple).map(([a, b]) => `{ ${a}; ${b}; } & ${b}`) },
  { weight: 2, arbitrary: fc.tuple(simple, simple).map(([a, b]) => `${a} | { ${b}; cat; }`) },
  { weight: 1, arbitrary: simple.map((a) => `( ${a} ) 2>&1 | cat`) },
  { weight: 1, arbitrary: simple.map((a) => `for k in 1 2; do ${a}; done &`) },
  { weight: 1, arbitrary: fc.constantFrom("wait", "wait; echo waited", "trap 'echo trapped $i' USR1; kill -USR1 $$", "kill %1 2>/dev/null; wait", "set -u", "set +u") },
);

const script = fc.array(stmt, { minLength: 1, maxLength: 8 }).map(
  (s) => `set -- p1 "p 2"; a=hello; b='x  y'; i=3; z=0; declare -r ro=1; arr=(e0 e1); exec 2>&1\n${s.join("\n")}\nwait\necho end $i\n`,
);

describe("await elision (expand/sync.ts) changes nothing observable", () => {
  it("hand-picked: background jobs, pipes, traps and errors in one instant", async () => {
    const scripts = [
      "echo a & echo b; wait",
      "(echo c; echo \"$HOME\") & echo e $((1+2)); echo f; wait",
      "x=1; { echo \"g$x\"; echo h; } & y=$x; echo \"i$y\"; wait",
      "echo j | { read v; echo \"k$v\"; } & echo l; wait",
      "for i in 1 2 3; do echo \"m$i\" & echo \"n$i\"; done; wait",
      "set -u; echo $nope & echo ok; wait; echo $((1/0)); echo after",
      "exec 2>&1; sleep 1 & kill $!; ip link set lo up; echo $((RANDOM % 5)) $RANDOM; wait",
      "trap 'echo T $x' EXIT; x=5; ( kill -TERM $$ ) ; echo $x",
      "{ bash -c 'kill -9 $$'; echo after; } 2>&1 | { read l; echo \"got $l\"; cat; } & { bash -c 'kill -9 $$'; echo two; } 2>&1 | cat; wait",
      "exec 2> >(cat); bash -c 'kill -SEGV $$'; echo $? & bash -c 'kill -ABRT $$'; echo x; wait",
      "f() { local PATH=/nowhere; ip link set lo up; }; f; echo $?; export Q=1; env | grep -c Q; Q=2 env | grep Q; unset Q; env | grep -c Q",
      "exec 2>&1; i=0; { while [ $i -lt 4 ]; do i=$((i+1)); [ $i -lt x ]; done; echo bg; } & while [ $i -lt 3 ]; do i=$((i+1)); [ a -eq 1 ]; echo fg$i; done; wait",
      "exec 2>&1; echo p | { read v; echo r$v; } & k=1; [ $k -eq 1 ]; readonly k; k=2; echo k$k; wait",
    ];
    for (const s of scripts) {
      const [on, off] = await runBoth(s);
      expect(on, s).toEqual(off);
    }
  });

  it("random scripts", async () => {
    await fc.assert(
      fc.asyncProperty(script, async (s) => {
        const [on, off] = await runBoth(s);
        expect(on, s).toEqual(off);
      }),
      { numRuns: 60, seed: 20261122 },
    );
  }, 120_000);
});
