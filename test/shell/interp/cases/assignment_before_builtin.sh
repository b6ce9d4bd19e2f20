IFS=: read a b <<< "1:2"; echo "$a $b [$IFS]" | od -c | head -2
x=1 eval 'echo $x'; echo "x=[${x-unset}]"
y=2 :; echo "y=[${y-unset}]"
