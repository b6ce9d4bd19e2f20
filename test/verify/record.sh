#!/usr/bin/env bash
# Re-records the raw kernel outputs the mask tests use (needs root):
#   bash test/verify/record.sh
# Each recordings/NAME.sh is run twice through the sandbox of `nslab verify`
# (equivalent to shared/tools/kernel-sandbox); the raw outputs are kept
# unmasked as NAME.run1 and NAME.run2.
set -eu
cd "$(dirname "$0")/../.."
for f in test/verify/recordings/*.sh; do
  for i in 1 2; do
    node --import tsx -e '
      const { runOnKernel } = await import("./src/cli/verify.ts");
      const t = await runOnKernel(process.argv[1], { noIpv6: false, timeoutMs: 120000 });
      process.stdout.write(t.output);
    ' "$f" > "${f%.sh}.run$i"
  done
  echo "recorded ${f%.sh}.run1 ${f%.sh}.run2"
done
