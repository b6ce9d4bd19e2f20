cmd='for i in 1 2; do echo "it $i"; done'
eval "$cmd"
eval 'f() { echo "evald fn $1"; }'
f arg
v=name; eval "$v=value"; echo $name
eval "echo \$(( 6 * 7 ))"
