#!/bin/sh
# Installs what `make demo`, `make test` and `make bench` need, only when it is missing.
# Debian 12/13, as root (or with sudo). Idempotent; quick when everything is there.
set -eu
cd "$(dirname "$0")/.."

# postgresql and postgresql-postgis: the throw-away PostGIS server of the tests (tests/postgis_server.py)
APT_PACKAGES="qgis python3-qgis qgis-providers python3-pandas python3-numpy python3-venv \
 qttools5-dev-tools pyqt5-dev-tools poppler-utils postgresql postgresql-postgis chromium chromium-driver"

have_postgis() {  # a PostgreSQL server with the PostGIS extension
    for control in /usr/share/postgresql/*/extension/postgis.control; do
        [ -f "$control" ] && [ -x "/usr/lib/postgresql/$(basename "$(dirname "$(dirname "$control")")")/bin/postgres" ] \
            && return 0
    done
    return 1
}

have_system() {
    /usr/bin/python3 -c "import qgis.core, pandas, numpy, venv" 2>/dev/null \
        && [ -x /usr/bin/qgis_process ] && command -v pdftoppm >/dev/null 2>&1 \
        && command -v pylupdate5 >/dev/null 2>&1 && [ -x /usr/lib/qt5/bin/lrelease ] \
        && have_postgis && command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1
}

if ! have_system; then
    echo "bootstrap: installing QGIS and tools from Debian (about 2 minutes)..."
    SUDO=""
    if [ "$(id -u)" != 0 ]; then
        command -v sudo >/dev/null 2>&1 || { echo "bootstrap: run as root or install sudo" >&2; exit 1; }
        SUDO=sudo
    fi
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    # shellcheck disable=SC2086
    $SUDO apt-get install -y -qq --no-install-recommends $APT_PACKAGES >/dev/null
fi

QGIS_INT=$(QT_QPA_PLATFORM=offscreen /usr/bin/python3 -c "from qgis.core import Qgis; print(Qgis.QGIS_VERSION_INT)" 2>/dev/null)
# pytest-qgis <= 2.1.0 is the release documented for QGIS < 3.34; 5.x for QGIS >= 3.34.
if [ "$QGIS_INT" -lt 33400 ]; then
    PYTEST_QGIS="pytest-qgis==2.1.0"
    PYTEST="pytest>=7.4,<9"
else
    PYTEST_QGIS="pytest-qgis>=5,<6"
    PYTEST="pytest>=8,<10"
fi
REQS="$PYTEST $PYTEST_QGIS"
# Test-only tools (linters, validators) are listed in scripts/requirements-test.txt.
TEST_REQS=scripts/requirements-test.txt
STAMP=".venv/.bootstrap-$( (echo "$REQS"; cat "$TEST_REQS") | md5sum | cut -c1-12)"

if [ ! -x .venv/bin/python ]; then
    /usr/bin/python3 -m venv --system-site-packages .venv
fi
if [ ! -f "$STAMP" ]; then
    echo "bootstrap: installing $REQS and $TEST_REQS into .venv"
    # QGIS is built against Debian's numpy and pandas: no test tool may replace them in the venv.
    /usr/bin/python3 -c "import numpy, pandas; print('numpy==' + numpy.__version__); print('pandas==' + pandas.__version__)" \
        > .venv/constraints.txt
    # shellcheck disable=SC2086
    .venv/bin/python -m pip install -q --disable-pip-version-check -c .venv/constraints.txt $REQS -r "$TEST_REQS"
    rm -f .venv/.bootstrap-*
    touch "$STAMP"
fi
