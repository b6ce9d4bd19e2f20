x='single $HOME'
echo "$x" '$x' "\$x" \$x "a\"b" 'a"b' "a'b"
echo $'tab\there' $'nl\\n' "back\\slash" 'back\slash'
echo "$(echo "nested \"quotes\"")"
