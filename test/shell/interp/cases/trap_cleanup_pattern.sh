set -e
cleanup() { echo "cleanup (status $?)"; }
trap cleanup EXIT
echo working
false
echo never
