# ethtool -h / --help: the whole usage text, exit status 0.
ethtool -h; echo rc=$?
ethtool --help | md5sum
