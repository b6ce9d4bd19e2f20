cat <<< "here string"
read a b <<< "one two three"; echo "$a|$b"
tr a-z A-Z <<< $'multi\nline'
wc -c <<< ""
