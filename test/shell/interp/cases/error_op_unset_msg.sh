echo ${nosuch:?}
