printf 'echo $-\nset -o | grep -E "^(errexit|nounset|xtrace) "\n' > opts.sh
bash -eu opts.sh
bash -x -c 'echo traced' 2>&1
bash -c 'echo $0 $#' only
bash -c 'echo "$@"' name a b c
bash -e -c 'false; echo not'; echo "st=$?"
bash -u -c 'echo $nope; echo not'; echo "st=$?"
bash -o pipefail -c 'false | true'; echo "st=$?"
bash --version | head -1
