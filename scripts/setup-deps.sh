#!/usr/bin/env bash
# Installs the Debian 12 packages QtRedis needs to build, test, benchmark,
# document (qdoc) and run its demo, plus any package named on the command line
# (scripts that need more, like the fuzzer's clang). Idempotent: does nothing
# when all is present.
set -euo pipefail

PACKAGES=(
    build-essential cmake ninja-build pkg-config git python3
    qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins libgl-dev
    qt6-declarative-dev qt6-declarative-dev-tools
    qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript
    qml6-module-qtquick qml6-module-qtquick-window qml6-module-qtquick-layouts
    qml6-module-qtquick-controls qml6-module-qtquick-templates qml6-module-qtquick-dialogs
    qml6-module-qt-labs-settings qml6-module-qttest
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-documentation-tools
    libhiredis-dev libevent-dev
    redis-server redis-tools redis-sentinel
    openssl openssh-client openssh-server stunnel4
    qtkeychain-qt6-dev gnome-keyring libsecret-tools dbus dbus-x11
    fonts-dejavu-core fonts-noto-cjk
    "$@"
)

missing=()
for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
