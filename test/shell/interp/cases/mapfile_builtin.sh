printf 'a\nb\nc\n' > m.txt
mapfile -t arr < m.txt
echo ${#arr[@]} ${arr[1]}
readarray lines < m.txt
printf '%s' "${lines[@]}"
mapfile -t -s 1 -n 1 one < m.txt; echo ${one[@]}
