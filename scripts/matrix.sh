#!/bin/bash
# Runs the README's two commands (`make demo`, `make test`) in a clean Debian chroot per suite:
#
#   scripts/matrix.sh trixie forky        (or: make test-matrix SUITES="trixie forky")
#
# A suite is a Debian suite name, or "pandas3": unstable (sid) with pandas 3 from experimental,
# the only Debian suite that has it (everything else from unstable).
#
# Each suite gets a fresh root from a cached debootstrap minbase tarball
# (build/chroot/<suite>-minbase.tar.gz, made on first use), the host's locally added CA
# certificates, pip configuration and resolver configuration, and a copy of this checkout
# (tracked and untracked, not ignored files). Mounts live in a private mount namespace and are
# unmounted on exit, also on failure. Logs go to build/chroot/<suite>.log; a summary with times
# and versions is printed at the end. As root, on Debian (debootstrap is installed when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT_DIR=$PWD
CHROOTS=$ROOT_DIR/build/chroot
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
# What a fresh Debian machine with a clone of the repository has: make, CA certificates.
INCLUDE="make,ca-certificates"

[ $# -gt 0 ] || { echo "usage: $0 SUITE [SUITE...]   (e.g. trixie forky)" >&2; exit 2; }
[ "$(id -u)" = 0 ] || { echo "matrix: debootstrap and chroot need root" >&2; exit 1; }

# Private mount namespace: nothing mounted here is visible outside, and it all goes when we exit.
if [ -z "${WIJKMONITOR_MATRIX_NS:-}" ] && command -v unshare >/dev/null 2>&1; then
    export WIJKMONITOR_MATRIX_NS=1
    exec unshare --mount --propagation private "$ROOT_DIR/scripts/matrix.sh" "$@"
fi

if ! command -v debootstrap >/dev/null 2>&1; then
    echo "matrix: installing debootstrap from Debian"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null \
        || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
             --no-install-recommends debootstrap >/dev/null; }
fi

MOUNTS=()
CURRENT_ROOT=""
stop_chroot_processes() {  # whatever still runs inside the chroot this script made (by pid)
    local root=$1 proc pid
    [ -n "$root" ] || return 0
    for proc in /proc/[0-9]*; do
        pid=${proc#/proc/}
        if [ "$(readlink "$proc/root" 2>/dev/null)" = "$root" ]; then
            echo "matrix: stopping process $pid left running in the chroot: $(tr '\0' ' ' < "$proc/cmdline")" >&2
            kill "$pid" 2>/dev/null || true
        fi
    done
}
unmount_all() {
    local i
    stop_chroot_processes "$CURRENT_ROOT"
    for ((i = ${#MOUNTS[@]} - 1; i >= 0; i--)); do
        umount -R "${MOUNTS[i]}" 2>/dev/null || umount -R -l "${MOUNTS[i]}" 2>/dev/null || true
    done
    MOUNTS=()
}
trap unmount_all EXIT
trap 'exit 130' INT TERM

mount_into() {  # mount_into ROOT: proc, sys and dev for a chroot
    local root=$1
    mount -t proc proc "$root/proc" && MOUNTS+=("$root/proc") || return 1
    mount --rbind /sys "$root/sys" && MOUNTS+=("$root/sys") || return 1
    mount --rbind /dev "$root/dev" && MOUNTS+=("$root/dev") || return 1
}

debian_suite() {  # the Debian suite a matrix suite is made from
    case $1 in
        pandas3) echo sid ;;
        *) echo "$1" ;;
    esac
}

# stable suites get their updates and security lines, as a fresh install has them
sources_list() {
    local suite=$1 debian
    debian=$(debian_suite "$suite")
    echo "deb $MIRROR $debian main"
    case $suite in
        bookworm|trixie)
            echo "deb $MIRROR $suite-updates main"
            echo "deb http://deb.debian.org/debian-security $suite-security main" ;;
        pandas3)
            echo "deb $MIRROR experimental main" ;;
    esac
}

apt_preferences() {  # pandas3: pandas (and only pandas) from experimental
    case $1 in
        pandas3) printf 'Package: python3-pandas python3-pandas-lib\nPin: release a=experimental\nPin-Priority: 990\n' ;;
    esac
}

debootstrap_script() {  # debootstrap knows released suites by name; newer ones follow sid's script
    local suite=$1
    if [ -e "/usr/share/debootstrap/scripts/$suite" ]; then echo "$suite"; else echo sid; fi
}

base_tarball() {  # base_tarball SUITE: path of the cached minbase tarball, made when missing
    local suite tarball tmp
    suite=$(debian_suite "$1")
    tarball=$CHROOTS/$suite-minbase.tar.gz
    if [ ! -s "$tarball" ]; then
        tmp=$CHROOTS/$suite-debootstrap
        rm -rf "$tmp"
        echo "matrix[$suite]: debootstrap --variant=minbase from $MIRROR (cached as ${tarball#"$ROOT_DIR"/})" >&2
        debootstrap --variant=minbase --include="$INCLUDE" "$suite" "$tmp" "$MIRROR" \
            "/usr/share/debootstrap/scripts/$(debootstrap_script "$suite")" > "$CHROOTS/$suite-debootstrap.log" 2>&1 \
            || { echo "matrix[$suite]: debootstrap failed, see build/chroot/$suite-debootstrap.log" >&2; return 1; }
        rm -rf "$tmp/var/cache/apt/archives/"*.deb
        tar -C "$tmp" --numeric-owner -czf "$tarball.part" .
        mv "$tarball.part" "$tarball"
        rm -rf "$tmp"
    fi
    echo "$tarball"
}

copy_referenced_files() {  # files a pip configuration names (constraint, cert, ...), if the chroot lacks them
    local root=$1 conf=$2 path
    for path in $(grep -oE '/[^[:space:]"'"'"']+' "$conf" || true); do
        if [ -f "$path" ] && [ ! -e "$root$path" ]; then
            mkdir -p "$root$(dirname "$path")"
            cp -L "$path" "$root$path"
        fi
    done
}

copy_host_config() {  # what a CI behind a proxy needs inside: CA certificates, pip config, resolver
    local root=$1 f
    if compgen -G "/usr/local/share/ca-certificates/*" >/dev/null; then
        mkdir -p "$root/usr/local/share/ca-certificates"
        cp -a /usr/local/share/ca-certificates/. "$root/usr/local/share/ca-certificates/"
        chroot "$root" update-ca-certificates >/dev/null 2>&1
    fi
    for f in /etc/pip.conf /etc/xdg/pip/pip.conf "$HOME/.config/pip/pip.conf" "$HOME/.pip/pip.conf" \
             ${PIP_CONFIG_FILE:+"$PIP_CONFIG_FILE"}; do
        if [ -f "$f" ]; then
            mkdir -p "$root$(dirname "$f")"
            cp -L "$f" "$root$f"
            copy_referenced_files "$root" "$f"
        fi
    done
    cp -L /etc/resolv.conf "$root/etc/resolv.conf"
    [ -f /etc/hosts ] && cp -L /etc/hosts "$root/etc/hosts"
    # apt proxy settings, if the host has any
    for f in /etc/apt/apt.conf.d/*; do
        if [ -f "$f" ] && grep -qi 'Acquire::[a-z]*::Proxy' "$f"; then cp -L "$f" "$root/etc/apt/apt.conf.d/"; fi
    done
}

copy_checkout() {  # the working tree as a clone would have it: tracked and untracked, not ignored files
    local dest=$1
    mkdir -p "$dest"
    git -C "$ROOT_DIR" ls-files -z -c -o --exclude-standard \
        | while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done \
        | tar -C "$ROOT_DIR" --null -T - -cf - | tar -C "$dest" -xf -
}

# Environment inside: a clean one, plus proxy and pip settings of the host.
chroot_env() {
    local v
    echo HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
        TERM=dumb DEBIAN_FRONTEND=noninteractive
    for v in $(compgen -e); do
        case $v in
            http_proxy|https_proxy|no_proxy|HTTP_PROXY|HTTPS_PROXY|NO_PROXY|PIP_*) echo "$v=${!v}" ;;
        esac
    done
}

run_suite() {
    local suite=$1 log=$CHROOTS/$1.log root=$CHROOTS/$1/root t0 t1 t2 t3 status=0 tarball
    t0=$(date +%s)
    tarball=$(base_tarball "$suite") || return 1
    if grep -q " $(realpath -m "$root")/" /proc/mounts; then
        echo "matrix[$suite]: something is still mounted under ${root#"$ROOT_DIR"/}; unmount it first" >&2
        return 1
    fi
    rm -rf --one-file-system "$CHROOTS/$suite/root"
    mkdir -p "$root"
    tar -C "$root" --numeric-owner -xzf "$tarball" || return 1
    sources_list "$suite" > "$root/etc/apt/sources.list"
    apt_preferences "$suite" > "$root/etc/apt/preferences.d/wijkmonitor-matrix"
    # services that packages start (PostgreSQL's default cluster) stay off: nothing outlives the run
    printf '#!/bin/sh\nexit 101\n' > "$root/usr/sbin/policy-rc.d"
    chmod 755 "$root/usr/sbin/policy-rc.d"
    case $suite in
        bookworm|trixie) ;;
        # the mirror's testing/unstable Release files may be past their Valid-Until date
        *) echo 'Acquire::Check-Valid-Until "false";' > "$root/etc/apt/apt.conf.d/99wijkmonitor-valid-until" ;;
    esac
    copy_host_config "$root" || return 1
    copy_checkout "$root/root/wijkmonitor" || return 1
    CURRENT_ROOT=$(realpath "$root")
    mount_into "$root" || { unmount_all; return 1; }
    t1=$(date +%s)
    mapfile -t envs < <(chroot_env)
    echo "matrix[$suite]: make demo, make test in a clean $suite chroot (log: ${log#"$ROOT_DIR"/})"
    {
        echo "== base ready in $((t1 - t0)) s"
        chroot "$root" /usr/bin/env -i "${envs[@]}" /bin/bash -c 'cd /root/wijkmonitor && time make demo'
    } > "$log" 2>&1 || status=$?
    t2=$(date +%s)
    if [ "$status" = 0 ]; then
        chroot "$root" /usr/bin/env -i "${envs[@]}" /bin/bash -c 'cd /root/wijkmonitor && time make test' >> "$log" 2>&1 \
            || status=$?
    fi
    t3=$(date +%s)
    local versions
    versions=$(chroot "$root" /usr/bin/env -i "${envs[@]}" QT_QPA_PLATFORM=offscreen /usr/bin/python3 -c "
import platform, numpy, pandas
from qgis.core import Qgis
from qgis.PyQt.QtCore import QT_VERSION_STR
print(f'QGIS {Qgis.QGIS_VERSION}, Qt {QT_VERSION_STR}, Python {platform.python_version()}, '
      f'numpy {numpy.__version__}, pandas {pandas.__version__}')" 2>/dev/null || echo "versions unknown")
    versions+=", $(chroot "$root" dpkg-query -W -f '${Package} ${Version} ' 'postgresql-*-postgis-3' 2>/dev/null \
        | sed 's/ $//')"
    unmount_all
    local tests
    tests=$(grep -E '^(=+ )?[0-9]+ (passed|failed)|^=+ .*(passed|failed|error).* =+$' "$log" | tail -1 || true)
    local result=PASS
    [ "$status" = 0 ] || result="FAIL ($status)"
    SUMMARY+=("$suite: $result; base $((t1 - t0)) s, make demo $((t2 - t1)) s, make test $((t3 - t2)) s, \
total $((t3 - t0)) s; $versions; ${tests:-no pytest summary}")
    echo "matrix[$suite]: $result in $((t3 - t0)) s"
    [ "$status" = 0 ] || tail -n 40 "$log"
    return "$status"
}

mkdir -p "$CHROOTS"
SUMMARY=()
FAILED=0
for suite in "$@"; do
    exec 9>"$CHROOTS/$suite.lock"
    flock -n 9 || { echo "matrix[$suite]: another run of this suite is going on" >&2; FAILED=1; continue; }
    run_suite "$suite" || FAILED=1
    exec 9>&-
done
echo
echo "== matrix summary"
printf '  %s\n' "${SUMMARY[@]}"
exit "$FAILED"
