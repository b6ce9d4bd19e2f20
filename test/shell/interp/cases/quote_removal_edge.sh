echo a"b"'c'd
echo "a\$b" "a\`b" "a\\b" "a\b" 'a\b'
echo \a\b \$x \\ \"
echo "$(echo '"inner"')"
x='a"b'; echo "$x" $x
echo ''"$''"''
