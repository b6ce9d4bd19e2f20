printf 'line1\nline2\n  spaced  out  \n' > in.txt
while read l; do echo "[$l]"; done < in.txt
while IFS= read -r l; do echo "{$l}"; done < in.txt
read a b c < in.txt; echo "$a/$b/$c"
printf 'a\\b c\n' | { read x; echo "$x"; }
printf 'a\\b c\n' | { read -r x; echo "$x"; }
printf 'x:y:z\n' | { IFS=: read -a arr; echo ${#arr[@]} ${arr[2]}; }
printf 'abcdef' | { read -n 3 x; echo "$x"; }
printf 'no newline' | { read x; echo "$? $x"; }
read q < /dev/null; echo "eof=$?"
printf 'a,b;c\n' | { read -d ';' x; echo "$x"; }
