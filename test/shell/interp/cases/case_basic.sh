for w in apple Banana cherry 42 "" x.txt; do
  case $w in
    apple|pear) echo "fruit:$w";;
    [A-Z]*) echo "upper:$w";;
    *[0-9]*) echo "digit:$w";;
    "") echo empty;;
    *.txt) echo text;;
    *) echo "other:$w";;
  esac
done
