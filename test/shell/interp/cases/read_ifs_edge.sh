IFS= read -r a <<< "  lead"; echo "[$a]"
IFS=$'\t' read -r b c <<< $'x y\tz w'; echo "[$b][$c]"
read x y z <<< "only"; echo "[$x][$y][$z]"
IFS=: read -r f1 f2 <<< "a:b:c:"; echo "[$f1][$f2]"
