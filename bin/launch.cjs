'use strict';
// Kept to syntax that any Node.js parses, so that an old Node gets the version message
// instead of a syntax error from the bundle.
var childProcess = require('child_process');
var fs = require('fs');
var path = require('path');

var packageRoot = path.join(__dirname, '..');

/**
 * Runs `out/<bundleName>` as the program `programName`. When the Node running this is
 * older than package.json's `engines.node` asks, a source checkout's own Node 22 (the
 * devDependency `node`) runs the program instead; with neither, one line says what to
 * install and the exit code is 2.
 */
function launch(programName, bundleName) {
    var required = minimumNodeVersion();
    if (!satisfies(process.versions.node, required)) {
        var projectNode = checkoutNode();
        if (projectNode && process.env.SVCDEF_LAUNCHED_BY !== projectNode) {
            runOn(projectNode);
            return;
        }
        process.stderr.write(programName + ' needs Node.js ' + required.join('.') + ' or newer; this is Node.js ' +
            process.versions.node + '. Install a current Node.js (22 LTS or newer) from nodejs.org or your package manager.\n');
        process.exit(2);
    }
    var bundle = path.join(packageRoot, 'out', bundleName);
    if (!fs.existsSync(bundle)) {
        // Only a source checkout lacks the bundle; a published package always ships it.
        process.stderr.write(programName + ' is not built: run "npm run build" in ' + packageRoot + '.\n');
        process.exit(2);
    }
    enableCompileCache();
    require(bundle);
}

/** `engines.node` of package.json, which must read `>=X.Y.Z`: the one place the requirement is written. */
function minimumNodeVersion() {
    var engines = JSON.parse(fs.readFileSync(path.join(packageRoot, 'package.json'), 'utf8')).engines || {};
    var match = /^>=\s*(\d+)\.(\d+)\.(\d+)$/.exec(String(engines.node || '').trim());
    if (!match) {
        throw new Error('package.json: engines.node must read ">=X.Y.Z", not "' + engines.node + '".');
    }
    return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function satisfies(version, minimum) {
    var parts = version.split('.').map(Number);
    for (var i = 0; i < 3; i++) {
        if ((parts[i] || 0) !== minimum[i]) {
            return (parts[i] || 0) > minimum[i];
        }
    }
    return true;
}

/** The Node 22 that a source checkout installs as a devDependency; absent from a published package. */
function checkoutNode() {
    var candidate = path.join(packageRoot, 'node_modules', 'node', 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
    return fs.existsSync(candidate) ? candidate : undefined;
}

/**
 * Runs this same program on `node`, with the same arguments and standard streams (the
 * language server speaks LSP over them), passes on the signals that end it, and exits as
 * it exits. The environment variable stops a loop should that Node be too old as well.
 */
function runOn(node) {
    var env = Object.assign({}, process.env, { SVCDEF_LAUNCHED_BY: node });
    var child = childProcess.spawn(node, process.argv.slice(1), { stdio: 'inherit', env: env });
    ['SIGINT', 'SIGTERM', 'SIGHUP'].forEach(function (signal) {
        process.on(signal, function () { child.kill(signal); });
    });
    child.on('error', function (error) {
        process.stderr.write('Could not start ' + node + ': ' + error.message + '\n');
        process.exit(2);
    });
    child.on('exit', function (code, signal) {
        if (signal) {
            process.removeAllListeners(signal);
            process.kill(process.pid, signal);
            return;
        }
        process.exit(code === null ? 2 : code);
    });
}

/**
 * Keeps V8's compiled code of the bundle on disk (Node's own cache, in the temporary
 * folder or NODE_COMPILE_CACHE), so that every run after the first skips compiling a
 * 2.5 MB bundle: about a tenth of a small `svcdef validate`. A cache that cannot be
 * written only costs the compile it would have saved; NODE_DISABLE_COMPILE_CACHE=1 turns
 * it off.
 */
function enableCompileCache() {
    var nodeModule = require('module');
    if (typeof nodeModule.enableCompileCache !== 'function') {
        return;
    }
    try {
        nodeModule.enableCompileCache();
    } catch (error) {
        // Not worth failing the run for.
    }
}

module.exports = { launch: launch, satisfies: satisfies, minimumNodeVersion: minimumNodeVersion };
