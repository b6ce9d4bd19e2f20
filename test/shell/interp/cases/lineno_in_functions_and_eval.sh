echo $LINENO
f() {
  echo "f at $LINENO"
}
f
eval 'echo "eval at $LINENO"'
x=$(echo "subst at $LINENO")
echo "$x"
