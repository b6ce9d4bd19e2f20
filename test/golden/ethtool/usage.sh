ethtool; echo rc=$?
ethtool -k; echo rc=$?
ethtool -k lo extra; echo rc=$?
ethtool --version
