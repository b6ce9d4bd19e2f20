a=("a b" "c  d" "")
echo ${#a[@]}
for x in "${a[@]}"; do echo "[$x]"; done
for x in ${a[@]}; do echo "<$x>"; done
echo "${a[*]}"
IFS=-; echo "${a[*]}"
