printf 'b\na\nc\n' | sort | while read l; do echo "-$l-"; done
count=0
while read -r l; do count=$((count+1)); done < <(printf '1\n2\n3\n')
echo "count=$count"
