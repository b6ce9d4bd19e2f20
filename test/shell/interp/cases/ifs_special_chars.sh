IFS=', '
s="a, b,c ,, d"
for w in $s; do echo "[$w]"; done
IFS=$' \t\n'
