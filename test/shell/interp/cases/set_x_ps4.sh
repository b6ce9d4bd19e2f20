PS4='>> '
set -x
echo one
set +x
