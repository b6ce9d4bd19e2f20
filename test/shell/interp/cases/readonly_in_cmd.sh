readonly B=1
B=2 true
echo "st=$?"
readonly -p | grep ' B='
