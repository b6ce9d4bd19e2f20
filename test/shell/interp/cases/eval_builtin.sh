eval 'x=5; echo $x'
cmd='echo a; echo b'
eval "$cmd"
eval echo '$((1+2))'
eval "y=\"q r\""; echo "$y"
eval ''
echo "st=$?"
eval 'for i in 1 2; do echo $i; done'
eval 'exit 3'
