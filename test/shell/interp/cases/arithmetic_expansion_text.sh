x=3
echo $(( x * $(echo 2) ))
echo $(( "4" + 1 ))
y='1 + 2'
echo $(( y * 2 )) $(( $y * 2 ))
echo $[2+3]
