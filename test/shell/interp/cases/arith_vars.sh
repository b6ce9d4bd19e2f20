x=5
echo $((x+1)) $((x*x)) $(($x+1))
((x++)); echo $x
((x+=10)); echo $x
((y=x*2, z=y+1)); echo $y $z
echo $((x++)) $x $((++x)) $x $((x--)) $((--x))
a=b; b=c; c=7
echo $((a+1))
arr=(10 20 30); i=1
echo $((arr[i]+arr[2]))
(( arr[0] = 99 )); echo ${arr[0]}
unset q; echo $((q+1))
