set -u
echo "$#"
echo "${1-none}"
echo "$*x"
echo $1
