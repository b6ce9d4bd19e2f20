echo to-stdout >> /dev/stdout
echo to-stderr >> /dev/stderr
echo via-fd >> /dev/fd/1
read x < /dev/stdin <<< "from stdin"
echo "$x"
echo null > /dev/null; echo "st=$?"
cat /dev/null; echo "st=$?"
