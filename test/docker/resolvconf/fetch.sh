#!/bin/sh
# Re-copies moby's own expected resolv.conf files (Apache-2.0) used by
# ../resolvconf.test.ts, from a moby/moby clone at tag v28.2.2:
#   sh fetch.sh /path/to/moby   (a bare clone works: it uses git show)
set -eu
MOBY=${1:?usage: fetch.sh MOBY_GIT_DIR}
here=$(cd "$(dirname "$0")" && pwd)
src=libnetwork/internal/resolvconf/testdata
for t in TestRCTransformForIntNS TestRCTransformForLegacyNw; do
  mkdir -p "$here/$t"
  git -C "$MOBY" ls-tree --name-only "v28.2.2:$src/$t" | while read -r f; do
    git -C "$MOBY" show "v28.2.2:$src/$t/$f" > "$here/$t/$f"
  done
done
