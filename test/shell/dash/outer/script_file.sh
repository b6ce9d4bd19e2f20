cat > s.sh <<'X'
echo "zero=$0 args=$#"
foo
if then
X
sh s.sh a b; echo "status $?"
sh nosuch.sh; echo "status $?"
