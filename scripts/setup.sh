#!/usr/bin/env bash
# Idempotent set-up for a fresh Debian machine (run as root, or with sudo available):
# Debian tools, a virtual environment in .venv with the project and its dev tools, the npm
# packages of the Frida agent and the agent bundle. Re-running it only does what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
VENV=$ROOT/.venv
STAMPS=$VENV/.stamps

log() { printf '[setup] %s\n' "$*" >&2; }

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

# --- Debian packages -------------------------------------------------------------------
APT_PACKAGES=(dexdump libsmali-java aapt android-framework-res apktool zipalign apksigner
  gcc-aarch64-linux-gnu gcc-arm-linux-gnueabihf gcc-i686-linux-gnu  # cross compilers: native test fixtures
  postgresql chromium unzip zip)
command -v javac >/dev/null 2>&1 || APT_PACKAGES+=(default-jdk-headless)
command -v mvn >/dev/null 2>&1 || APT_PACKAGES+=(maven)
command -v node >/dev/null 2>&1 || APT_PACKAGES+=(nodejs npm)
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing Debian packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- Python ----------------------------------------------------------------------------
PY=${PYTHON:-python3}
if [ ! -x "$VENV/bin/python" ]; then
  log "creating virtual environment in .venv"
  "$PY" -m venv "$VENV"
fi
mkdir -p "$STAMPS"
req_hash=$(cat pyproject.toml scripts/setup.sh | sha256sum | cut -c1-16)
if [ ! -f "$STAMPS/pip-$req_hash" ]; then
  log "installing Python packages"
  "$VENV/bin/pip" install -q -U pip
  "$VENV/bin/pip" install -q -e ".[dev]"
  # Analyzers and scale-out: kept out of the core dependencies because they are heavy.
  "$VENV/bin/pip" install -q "quark-engine>=25" "apkid>=2.1" "ray[default]>=2.9,<3"
  # mariana-trench pins old libraries (it would downgrade SQLAlchemy): install it alone.
  "$VENV/bin/pip" install -q --no-deps "mariana-trench>=1.0.6"
  "$VENV/bin/pip" install -q packaging pyre_extensions
  rm -f "$STAMPS"/pip-*
  touch "$STAMPS/pip-$req_hash"
fi

# --- Java tools and platform jars from Maven Central ---------------------------------------
# FlowDroid's classpath (scripts/maven/pom.xml) and Robolectric's android-all, the complete
# Android framework classes: the platform jar FlowDroid analyzes against and our API description
# of the framework. Paths are read by dexlego/toolchain.py.
ANDROID_ALL_VERSION=14-robolectric-10818077
MAVEN_DIR=$VENV/maven
maven_hash=$(cat scripts/maven/pom.xml | sha256sum | cut -c1-16)-$ANDROID_ALL_VERSION
if [ ! -f "$STAMPS/maven-$maven_hash" ]; then
  log "resolving Java tools from Maven Central (FlowDroid, android-all $ANDROID_ALL_VERSION)"
  rm -rf "$MAVEN_DIR" && mkdir -p "$MAVEN_DIR"
  mvn -q -B -f scripts/maven/pom.xml dependency:build-classpath \
    -Dmdep.outputFile="$MAVEN_DIR/flowdroid.classpath" >/dev/null
  mvn -q -B -f scripts/maven/pom.xml dependency:copy \
    -Dartifact="org.robolectric:android-all:$ANDROID_ALL_VERSION" -Dmdep.stripVersion=true \
    -DoutputDirectory="$MAVEN_DIR" >/dev/null
  rm -f "$STAMPS"/maven-*
  touch "$STAMPS/maven-$maven_hash"
fi
# The index of the framework's API (android-all + the JDK's ct.sym for java.*), built once
# beside the jar (reassembler/android_api); nothing to do when it is there already.
"$VENV/bin/python" -c "from reassembler.android_api import ApiIndex; ApiIndex.default()"
# FlowDroid's front end and its platform jar (android-all with method bodies stubbed out), built
# once per input by analyzers/flowdroid_tools.py; a no-op when they exist.
"$VENV/bin/python" -m analyzers.flowdroid_tools || log "FlowDroid not prepared: the flowdroid analyzer will say why"

# --- Frida agent -----------------------------------------------------------------------
if [ -f agent/package.json ]; then
  lock_hash=$(cat agent/package.json agent/package-lock.json 2>/dev/null | sha256sum | cut -c1-16)
  if [ ! -f "$STAMPS/npm-$lock_hash" ] || [ ! -d agent/node_modules ]; then
    log "installing the agent's npm packages"
    (cd agent && { [ -f package-lock.json ] && npm ci --silent --no-audit --no-fund || npm install --silent --no-audit --no-fund; })
    rm -f "$STAMPS"/npm-*
    touch "$STAMPS/npm-$lock_hash"
  fi
  if [ -f agent/build.py ]; then
    "$VENV/bin/python" agent/build.py --if-stale
  fi
fi
log "ready"
