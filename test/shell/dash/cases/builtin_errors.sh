[ 1 == 1 ]; echo "eq $?"
cd /nonexist; echo "cd $?"
type ls cd foo; echo "type $?"
command -v ls cd nosuch; echo "cv $?"
read v <<EOF2
a\tb
EOF2
echo "$v"
set -o pipefail; echo "set $?"
