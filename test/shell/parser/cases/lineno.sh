echo t1 $LINENO \
  $LINENO
echo t2 "$LINENO
$LINENO"
if true
then echo t3 $LINENO
fi
for i in 1
do
  echo t4 $LINENO
done
f() {
  echo t5 $LINENO
}
f
x=$(echo t6 $LINENO
echo t7 $LINENO)
echo "$x"
cat <<EOF
t8 $LINENO
EOF
echo t9 $LINENO
echo a >/dev/null &&
echo t10 $LINENO
case x in
x) echo t11 $LINENO;;
esac
echo `echo t12 $LINENO
echo t13 $LINENO`
{ echo t14 $LINENO; }
echo \
  t15 $LINENO
echo t16 $LINENO $(echo t17 $LINENO)
y=$(
  echo t18 $LINENO
)
echo "$y"
while false; do :; done; echo t19 $LINENO
y=$(

  echo t20 $LINENO
 echo t21 $LINENO
)
echo "$y"
z=$(echo t22 $LINENO

echo t23 $LINENO; echo t24 $LINENO
)
echo "$z"
w=$( # c
echo t25 $LINENO)
echo "$w"
