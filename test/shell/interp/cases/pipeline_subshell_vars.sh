x=0
echo 5 | read x
echo "x=$x"
echo 1 2 | { read a b; echo "$b $a"; }
y=0; seq 3 | while read n; do y=$n; done; echo "y=$y"
