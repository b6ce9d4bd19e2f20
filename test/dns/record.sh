#!/usr/bin/env bash
# Re-records cases/glibc-against-nslab-replies.out: the reply bytes nslab's DNS
# server (services/dns) emits for example.com (A 203.0.113.10) and
# nosuch.example (NXDOMAIN) are served to the real glibc, ping, curl and nc
# inside the kernel sandbox; the file keeps what they print and glibc's own
# query bytes. Run from the repository root as root.
set -eu
cd "$(dirname "$0")/../.."
replies=$(npx --yes tsx test/dns/emit-replies.ts 2>/dev/null)
# shellcheck disable=SC2086
timeout 120 /work/shared/tools/kernel-sandbox test/dns/sandbox-resolver.sh $replies > test/dns/cases/glibc-against-nslab-replies.out 2>&1
