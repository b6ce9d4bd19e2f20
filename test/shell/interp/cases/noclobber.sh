set -C
echo one > nc
echo two > nc
echo "st=$?"
echo three >| nc
cat nc
