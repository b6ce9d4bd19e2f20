export A=1
B=2
sh -c 'echo "A=$A B=$B"'
B=3 sh -c 'echo "B=$B"'
echo "B=$B"
export B
sh -c 'echo "B=$B"'
export -n A
sh -c 'echo "A=${A-unset}"'
C=4 env | grep '^C='
