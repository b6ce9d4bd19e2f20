echo start
(( 1/0 ))
echo "status $?"
let 'x=5%0'
echo "status $?"
echo $((1/0))
echo not reached
