#!/usr/bin/env bash
# Install the system packages needed to build, test and package Tack.
#
# Debian/Ubuntu: installs whatever is missing from the list below (nothing is
# printed when everything is already there). Other systems: prints what to
# install and exits with status 1.
#
#   scripts/setup-deps.sh          install what is missing
#   scripts/setup-deps.sh --check  only report what is missing (exit 1 if anything is)
#
# Set TACK_SKIP_DEPS=1 to make build.sh/test.sh/run.sh skip this script.
set -euo pipefail

# The verified Debian 12 list (shared/design/QT-ON-DEBIAN12.md) plus ccache and
# clang-format (used by scripts/check-format.sh).
DEBIAN_PACKAGES=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
    qt6-websockets-dev qt6-multimedia-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite qt6-image-formats-plugins qt6-translations-l10n
    qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates
    qml6-module-qtquick-layouts qml6-module-qtquick-window qml6-module-qttest qml6-module-qtmultimedia
    libsodium-dev libsqlite3-dev sqlite3 openssl gstreamer1.0-plugins-base gstreamer1.0-plugins-good
    xvfb xauth x11-utils imagemagick time fonts-dejavu-core fonts-wqy-microhei
    appstream appstream-util desktop-file-utils dpkg-dev fakeroot rpm file
    ccache clang-format
    python3-icalendar
)

check_only=0
case "${1:-}" in
    "") ;;
    --check) check_only=1 ;;
    -h | --help)
        sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *)
        echo "setup-deps: unknown option '$1' (try --help)" >&2
        exit 2
        ;;
esac

os_field() { # os_field KEY -> value from /etc/os-release, or nothing
    [ -r /etc/os-release ] || return 0
    sed -n "s/^$1=//p" /etc/os-release | tr -d '"' | head -n 1
}

is_debian_like() {
    local ids
    ids="$(os_field ID) $(os_field ID_LIKE)"
    case " $ids " in
        *" debian "* | *" ubuntu "*) return 0 ;;
    esac
    command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1
}

print_manual_instructions() {
    local system os_id
    system="$(uname -s 2>/dev/null || echo unknown)"
    os_id="$(os_field ID)"
    {
        echo "Tack needs: a C++20 compiler, CMake >= 3.25, Ninja, pkg-config,"
        echo "  Qt >= 6.4 with Base, WebSockets, Multimedia, Declarative (QML/Quick) and Tools,"
        echo "  SQLite 3 with FTS5 enabled, libsodium >= 1.0.18; optional: ccache, clang-format."
        case "$system" in
            Darwin)
                echo "macOS (Homebrew): brew install cmake ninja pkg-config qt@6 sqlite libsodium ccache clang-format"
                echo "  then: export CMAKE_PREFIX_PATH=\"\$(brew --prefix qt@6);\$(brew --prefix sqlite)\""
                ;;
            MINGW* | MSYS* | CYGWIN*)
                echo "Windows (MSYS2 UCRT64): pacman -S --needed mingw-w64-ucrt-x86_64-{toolchain,cmake,ninja,pkgconf,qt6-base,qt6-declarative,qt6-websockets,qt6-multimedia,qt6-tools,sqlite3,libsodium,ccache,clang}"
                ;;
            Linux)
                case " $(os_field ID) $(os_field ID_LIKE) " in
                    *" fedora "* | *" rhel "*)
                        echo "Fedora: sudo dnf install gcc-c++ cmake ninja-build pkgconf-pkg-config qt6-qtbase-devel qt6-qtdeclarative-devel qt6-qtwebsockets-devel qt6-qtmultimedia-devel qt6-qttools-devel sqlite-devel libsodium-devel ccache clang-tools-extra"
                        ;;
                    *)
                        echo "Linux: install the equivalents of the packages above with your package manager."
                        ;;
                esac
                ;;
        esac
        echo "setup-deps: unsupported system ($system${os_id:+ $os_id}): install the packages above by hand, then run the scripts with TACK_SKIP_DEPS=1."
    } >&2
}

if ! is_debian_like || ! command -v dpkg-query >/dev/null 2>&1; then
    print_manual_instructions
    exit 1
fi

# One dpkg-query call; packages dpkg has never heard of print nothing.
installed="$(dpkg-query -W -f='${Package} ${db:Status-Status}\n' "${DEBIAN_PACKAGES[@]}" 2>/dev/null |
    awk '$2 == "installed" { print $1 }' || true)"

missing=()
for pkg in "${DEBIAN_PACKAGES[@]}"; do
    if ! grep -qxF -- "$pkg" <<<"$installed"; then
        missing+=("$pkg")
    fi
done

if [ "${#missing[@]}" -eq 0 ]; then
    exit 0
fi

if [ "$check_only" -eq 1 ]; then
    echo "setup-deps: missing packages: ${missing[*]}" >&2
    exit 1
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        sudo_cmd=(sudo)
    else
        echo "setup-deps: missing packages (${missing[*]}); run as root or install sudo." >&2
        exit 1
    fi
fi

echo "setup-deps: installing ${#missing[@]} missing package(s): ${missing[*]}"
apt_opts=(-o DPkg::Lock::Timeout=300 -q)
"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "${apt_opts[@]}" update
"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get "${apt_opts[@]}" install -y --no-install-recommends "${missing[@]}"
echo "setup-deps: done"
