// What `ethtool -h` (and --help) prints in ethtool 6.1, recorded from Debian 12's ethtool: the
// version line and every command with its arguments.

export const ETHTOOL_USAGE =
  "ethtool version 6.1\n" +
  "Usage:\n" +
  "        ethtool [ FLAGS ]  DEVNAME\tDisplay standard information about device\n" +
  "        ethtool [ FLAGS ] -s|--change DEVNAME\tChange generic options\n" +
  "\t\t[ speed %d ]\n" +
  "\t\t[ lanes %d ]\n" +
  "\t\t[ duplex half|full ]\n" +
  "\t\t[ port tp|aui|bnc|mii|fibre|da ]\n" +
  "\t\t[ mdix auto|on|off ]\n" +
  "\t\t[ autoneg on|off ]\n" +
  "\t\t[ advertise %x[/%x] | mode on|off ... [--] ]\n" +
  "\t\t[ phyad %d ]\n" +
  "\t\t[ xcvr internal|external ]\n" +
  "\t\t[ wol %d[/%d] | p|u|m|b|a|g|s|f|d... ]\n" +
  "\t\t[ sopass %x:%x:%x:%x:%x:%x ]\n" +
  "\t\t[ msglvl %d[/%d] | type on|off ... [--] ]\n" +
  "\t\t[ master-slave preferred-master|preferred-slave|forced-master|forced-slave ]\n" +
  "        ethtool [ FLAGS ] -a|--show-pause DEVNAME\tShow pause options\n" +
  "        ethtool [ FLAGS ] -A|--pause DEVNAME\tSet pause options\n" +
  "\t\t[ autoneg on|off ]\n" +
  "\t\t[ rx on|off ]\n" +
  "\t\t[ tx on|off ]\n" +
  "        ethtool [ FLAGS ] -c|--show-coalesce DEVNAME\tShow coalesce options\n" +
  "        ethtool [ FLAGS ] -C|--coalesce DEVNAME\tSet coalesce options\n" +
  "\t\t[adaptive-rx on|off]\n" +
  "\t\t[adaptive-tx on|off]\n" +
  "\t\t[rx-usecs N]\n" +
  "\t\t[rx-frames N]\n" +
  "\t\t[rx-usecs-irq N]\n" +
  "\t\t[rx-frames-irq N]\n" +
  "\t\t[tx-usecs N]\n" +
  "\t\t[tx-frames N]\n" +
  "\t\t[tx-usecs-irq N]\n" +
  "\t\t[tx-frames-irq N]\n" +
  "\t\t[stats-block-usecs N]\n" +
  "\t\t[pkt-rate-low N]\n" +
  "\t\t[rx-usecs-low N]\n" +
  "\t\t[rx-frames-low N]\n" +
  "\t\t[tx-usecs-low N]\n" +
  "\t\t[tx-frames-low N]\n" +
  "\t\t[pkt-rate-high N]\n" +
  "\t\t[rx-usecs-high N]\n" +
  "\t\t[rx-frames-high N]\n" +
  "\t\t[tx-usecs-high N]\n" +
  "\t\t[tx-frames-high N]\n" +
  "\t\t[sample-interval N]\n" +
  "\t\t[cqe-mode-rx on|off]\n" +
  "\t\t[cqe-mode-tx on|off]\n" +
  "        ethtool [ FLAGS ] -g|--show-ring DEVNAME\tQuery RX/TX ring parameters\n" +
  "        ethtool [ FLAGS ] -G|--set-ring DEVNAME\tSet RX/TX ring parameters\n" +
  "\t\t[ rx N ]\n" +
  "\t\t[ rx-mini N ]\n" +
  "\t\t[ rx-jumbo N ]\n" +
  "\t\t[ tx N ]\n" +
  "\t\t[ rx-buf-len N]\n" +
  "             [ cqe-size N]\n" +
  "\t\t[ tx-push on|off]\n" +
  "        ethtool [ FLAGS ] -k|--show-features|--show-offload DEVNAME\tGet state of protocol offload and other features\n" +
  "        ethtool [ FLAGS ] -K|--features|--offload DEVNAME\tSet protocol offload and other features\n" +
  "\t\tFEATURE on|off ...\n" +
  "        ethtool [ FLAGS ] -i|--driver DEVNAME\tShow driver information\n" +
  "        ethtool [ FLAGS ] -d|--register-dump DEVNAME\tDo a register dump\n" +
  "\t\t[ raw on|off ]\n" +
  "\t\t[ file FILENAME ]\n" +
  "        ethtool [ FLAGS ] -e|--eeprom-dump DEVNAME\tDo a EEPROM dump\n" +
  "\t\t[ raw on|off ]\n" +
  "\t\t[ offset N ]\n" +
  "\t\t[ length N ]\n" +
  "        ethtool [ FLAGS ] -E|--change-eeprom DEVNAME\tChange bytes in device EEPROM\n" +
  "\t\t[ magic N ]\n" +
  "\t\t[ offset N ]\n" +
  "\t\t[ length N ]\n" +
  "\t\t[ value N ]\n" +
  "        ethtool [ FLAGS ] -r|--negotiate DEVNAME\tRestart N-WAY negotiation\n" +
  "        ethtool [ FLAGS ] -p|--identify DEVNAME\tShow visible port identification (e.g. blinking)\n" +
  "               [ TIME-IN-SECONDS ]\n" +
  "        ethtool [ FLAGS ] -t|--test DEVNAME\tExecute adapter self test\n" +
  "               [ online | offline | external_lb ]\n" +
  "        ethtool [ FLAGS ] -S|--statistics DEVNAME\tShow adapter statistics\n" +
  "               [ --all-groups | --groups [eth-phy] [eth-mac] [eth-ctrl] [rmon] ]\n" +
  "        ethtool [ FLAGS ] --phy-statistics DEVNAME\tShow phy statistics\n" +
  "        ethtool [ FLAGS ] -n|-u|--show-nfc|--show-ntuple DEVNAME\tShow Rx network flow classification options or rules\n" +
  "\t\t[ rx-flow-hash tcp4|udp4|ah4|esp4|sctp4|tcp6|udp6|ah6|esp6|sctp6 [context %d] |\n" +
  "\t\t  rule %d ]\n" +
  "        ethtool [ FLAGS ] -N|-U|--config-nfc|--config-ntuple DEVNAME\tConfigure Rx network flow classification options or rules\n" +
  "\t\trx-flow-hash tcp4|udp4|ah4|esp4|sctp4|tcp6|udp6|ah6|esp6|sctp6 m|v|t|s|d|f|n|r... [context %d] |\n" +
  "\t\tflow-type ether|ip4|tcp4|udp4|sctp4|ah4|esp4|ip6|tcp6|udp6|ah6|esp6|sctp6\n" +
  "\t\t\t[ src %x:%x:%x:%x:%x:%x [m %x:%x:%x:%x:%x:%x] ]\n" +
  "\t\t\t[ dst %x:%x:%x:%x:%x:%x [m %x:%x:%x:%x:%x:%x] ]\n" +
  "\t\t\t[ proto %d [m %x] ]\n" +
  "\t\t\t[ src-ip IP-ADDRESS [m IP-ADDRESS] ]\n" +
  "\t\t\t[ dst-ip IP-ADDRESS [m IP-ADDRESS] ]\n" +
  "\t\t\t[ tos %d [m %x] ]\n" +
  "\t\t\t[ tclass %d [m %x] ]\n" +
  "\t\t\t[ l4proto %d [m %x] ]\n" +
  "\t\t\t[ src-port %d [m %x] ]\n" +
  "\t\t\t[ dst-port %d [m %x] ]\n" +
  "\t\t\t[ spi %d [m %x] ]\n" +
  "\t\t\t[ vlan-etype %x [m %x] ]\n" +
  "\t\t\t[ vlan %x [m %x] ]\n" +
  "\t\t\t[ user-def %x [m %x] ]\n" +
  "\t\t\t[ dst-mac %x:%x:%x:%x:%x:%x [m %x:%x:%x:%x:%x:%x] ]\n" +
  "\t\t\t[ action %d ] | [ vf %d queue %d ]\n" +
  "\t\t\t[ context %d ]\n" +
  "\t\t\t[ loc %d]] |\n" +
  "\t\tdelete %d\n" +
  "        ethtool [ FLAGS ] -T|--show-time-stamping DEVNAME\tShow time stamping capabilities\n" +
  "        ethtool [ FLAGS ] -x|--show-rxfh-indir|--show-rxfh DEVNAME\tShow Rx flow hash indirection table and/or RSS hash key\n" +
  "\t\t[ context %d ]\n" +
  "        ethtool [ FLAGS ] -X|--set-rxfh-indir|--rxfh DEVNAME\tSet Rx flow hash indirection table and/or RSS hash key\n" +
  "\t\t[ context %d|new ]\n" +
  "\t\t[ equal N | weight W0 W1 ... | default ]\n" +
  "\t\t[ hkey %x:%x:%x:%x:%x:.... ]\n" +
  "\t\t[ hfunc FUNC ]\n" +
  "\t\t[ delete ]\n" +
  "        ethtool [ FLAGS ] -f|--flash DEVNAME\tFlash firmware image from the specified file to a region on the device\n" +
  "               FILENAME [ REGION-NUMBER-TO-FLASH ]\n" +
  "        ethtool [ FLAGS ] -P|--show-permaddr DEVNAME\tShow permanent hardware address\n" +
  "        ethtool [ FLAGS ] -w|--get-dump DEVNAME\tGet dump flag, data\n" +
  "\t\t[ data FILENAME ]\n" +
  "        ethtool [ FLAGS ] -W|--set-dump DEVNAME\tSet dump flag of the device\n" +
  "\t\tN\n" +
  "        ethtool [ FLAGS ] -l|--show-channels DEVNAME\tQuery Channels\n" +
  "        ethtool [ FLAGS ] -L|--set-channels DEVNAME\tSet Channels\n" +
  "               [ rx N ]\n" +
  "               [ tx N ]\n" +
  "               [ other N ]\n" +
  "               [ combined N ]\n" +
  "        ethtool [ FLAGS ] --show-priv-flags DEVNAME\tQuery private flags\n" +
  "        ethtool [ FLAGS ] --set-priv-flags DEVNAME\tSet private flags\n" +
  "\t\tFLAG on|off ...\n" +
  "        ethtool [ FLAGS ] -m|--dump-module-eeprom|--module-info DEVNAME\tQuery/Decode Module EEPROM information and optical diagnostics if available\n" +
  "\t\t[ raw on|off ]\n" +
  "\t\t[ hex on|off ]\n" +
  "\t\t[ offset N ]\n" +
  "\t\t[ length N ]\n" +
  "\t\t[ page N ]\n" +
  "\t\t[ bank N ]\n" +
  "\t\t[ i2c N ]\n" +
  "        ethtool [ FLAGS ] --show-eee DEVNAME\tShow EEE settings\n" +
  "        ethtool [ FLAGS ] --set-eee DEVNAME\tSet EEE settings\n" +
  "\t\t[ eee on|off ]\n" +
  "\t\t[ advertise %x ]\n" +
  "\t\t[ tx-lpi on|off ]\n" +
  "\t\t[ tx-timer %d ]\n" +
  "        ethtool [ FLAGS ] --set-phy-tunable DEVNAME\tSet PHY tunable\n" +
  "\t\t[ downshift on|off [count N] ]\n" +
  "\t\t[ fast-link-down on|off [msecs N] ]\n" +
  "\t\t[ energy-detect-power-down on|off [msecs N] ]\n" +
  "        ethtool [ FLAGS ] --get-phy-tunable DEVNAME\tGet PHY tunable\n" +
  "\t\t[ downshift ]\n" +
  "\t\t[ fast-link-down ]\n" +
  "\t\t[ energy-detect-power-down ]\n" +
  "        ethtool [ FLAGS ] --get-tunable DEVNAME\tGet tunable\n" +
  "\t\t[ rx-copybreak ]\n" +
  "\t\t[ tx-copybreak ]\n" +
  "\t\t[ tx-buf-size ]\n" +
  "\t\t[ pfc-precention-tout ]\n" +
  "        ethtool [ FLAGS ] --set-tunable DEVNAME\tSet tunable\n" +
  "\t\t[ rx-copybreak N]\n" +
  "\t\t[ tx-copybreak N]\n" +
  "\t\t[ tx-buf-size N]\n" +
  "\t\t[ pfc-precention-tout N]\n" +
  "        ethtool [ FLAGS ] --reset DEVNAME\tReset components\n" +
  "\t\t[ flags %x ]\n" +
  "\t\t[ mgmt ]\n" +
  "\t\t[ mgmt-shared ]\n" +
  "\t\t[ irq ]\n" +
  "\t\t[ irq-shared ]\n" +
  "\t\t[ dma ]\n" +
  "\t\t[ dma-shared ]\n" +
  "\t\t[ filter ]\n" +
  "\t\t[ filter-shared ]\n" +
  "\t\t[ offload ]\n" +
  "\t\t[ offload-shared ]\n" +
  "\t\t[ mac ]\n" +
  "\t\t[ mac-shared ]\n" +
  "\t\t[ phy ]\n" +
  "\t\t[ phy-shared ]\n" +
  "\t\t[ ram ]\n" +
  "\t\t[ ram-shared ]\n" +
  "\t\t[ ap ]\n" +
  "\t\t[ ap-shared ]\n" +
  "\t\t[ dedicated ]\n" +
  "\t\t[ all ]\n" +
  "        ethtool [ FLAGS ] --show-fec DEVNAME\tShow FEC settings\n" +
  "        ethtool [ FLAGS ] --set-fec DEVNAME\tSet FEC settings\n" +
  "\t\t[ encoding auto|off|rs|baser|llrs [...]]\n" +
  "        ethtool [ FLAGS ] -Q|--per-queue DEVNAME\tApply per-queue command. \n" +
  "The supported sub commands include --show-coalesce, --coalesce             [queue_mask %x] SUB_COMMAND\n" +
  "        ethtool [ FLAGS ] --cable-test DEVNAME\tPerform a cable test\n" +
  "        ethtool [ FLAGS ] --cable-test-tdr DEVNAME\tPrint cable test time domain reflectrometery data\n" +
  "\t\t[ first N ]\n" +
  "\t\t[ last N ]\n" +
  "\t\t[ step N ]\n" +
  "\t\t[ pair N ]\n" +
  "        ethtool [ FLAGS ] --show-tunnels DEVNAME\tShow NIC tunnel offload information\n" +
  "        ethtool [ FLAGS ] --show-module DEVNAME\tShow transceiver module settings\n" +
  "        ethtool [ FLAGS ] --set-module DEVNAME\tSet transceiver module settings\n" +
  "\t\t[ power-mode-policy high|auto ]\n" +
  "        ethtool [ FLAGS ] -h|--help \t\tShow this help\n" +
  "        ethtool [ FLAGS ] --version \t\tShow version number\n" +
  "        ethtool --monitor               Show kernel notifications\n" +
  "                ( [ --all ]\n" +
  "                  | -s | --change\n" +
  "                  | -k | --show-features | --show-offload | -K | --features | --offload\n" +
  "                  | --show-priv-flags | --set-priv-flags\n" +
  "                  | -g | --show-ring | -G | --set-ring\n" +
  "                  | -l | --show-channels | -L | --set-channels\n" +
  "                  | -c | --show-coalesce | -C | --coalesce\n" +
  "                  | -a | --show-pause | -A | --pause\n" +
  "                  | --show-eee | --set-eee\n" +
  "                  | --cable-test\n" +
  "                  | --cable-test-tdr\n" +
  "                  | --show-module | --set-module )\n" +
  "                [ DEVNAME | * ]\n" +
  "\n" +
  "FLAGS:\n" +
  "\t--debug MASK\tturn on debugging messages\n" +
  "\t--json\t\tenable JSON output format (not supported by all commands)\n" +
  "\t-I|--include-statistics\t\trequest device statistics related to the command (not supported by all commands)\n";
