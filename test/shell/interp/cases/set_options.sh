set -o | grep -E '^(errexit|nounset|pipefail|xtrace)'
set -euo pipefail
set -o | grep -E '^(errexit|nounset|pipefail|xtrace)'
set +euo pipefail
echo $-
set -f; echo *; set +f
set -- a b; echo $#
set --; echo $#
