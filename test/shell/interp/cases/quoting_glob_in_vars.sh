touch q1 q2
p='q*'
echo $p
echo "$p"
set -f
echo $p
set +f
ls $p | wc -l
