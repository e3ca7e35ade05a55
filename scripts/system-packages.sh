#!/usr/bin/env bash
# Install the Debian packages named on the command line (the ones the calling script found missing), through sudo
# when not run as root. Used by setup.sh (the test command's set-up) and demo.sh.
set -euo pipefail
[ $# -gt 0 ] || exit 0
echo "twarch: installing system packages: $*"
sudo_cmd=""
[ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
$sudo_cmd apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "$@" >/dev/null
