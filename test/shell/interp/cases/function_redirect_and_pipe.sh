f() { echo line1; echo line2; }
f | wc -l
f > out.txt; wc -l < out.txt
g() { read x; echo "g got $x"; }
echo data | g
