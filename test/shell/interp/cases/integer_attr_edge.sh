declare -i x
x="2 * 3"; echo $x
x=abc; echo $x
abc=7; x=abc; echo $x
x+=1; echo $x
declare -i y=08 2>&1; echo "y=$y"
