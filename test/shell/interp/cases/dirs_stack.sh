cd /
pushd /tmp >/dev/null
pushd /etc >/dev/null
dirs
popd >/dev/null
pwd
popd >/dev/null
pwd
