set -- a "b c" d
echo $# "$1" "$2" "$3"
echo "$@"
for a in "$@"; do echo "[$a]"; done
for a in $@; do echo "<$a>"; done
for a in "$*"; do echo "{$a}"; done
IFS=,; echo "$*"; IFS=' '
shift; echo "$#: $*"
shift 2; echo "$#"
