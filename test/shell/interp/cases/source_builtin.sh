cat > lib.sh <<'EOF'
libvar=fromlib
libfn() { echo "libfn $1"; }
echo "sourced with $# args: $*"
return 4
echo not-here
EOF
. ./lib.sh
echo "st=$? $libvar"
libfn x
source ./lib.sh a b
echo "st=$?"
source ./nofile.sh
echo "st=$?"
