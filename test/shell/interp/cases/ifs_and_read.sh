IFS=: read a b c <<< "1:2:3:4"
echo "$a|$b|$c"
IFS=, read x y <<< "one,two,"
echo "$x|$y"
read -r line <<< '  keep  spaces  '
echo "[$line]"
IFS= read -r line <<< '  keep  spaces  '
echo "[$line]"
