while getopts ":ab:" o -a -q -b; do echo "$o ${OPTARG-}"; done
