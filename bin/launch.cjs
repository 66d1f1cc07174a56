'use strict';
// Kept to syntax that any Node.js parses, so that an old Node gets the version message
// instead of a syntax error from the bundle.
var fs = require('fs');
var path = require('path');

/**
 * Runs `out/<bundleName>` as the program `programName`, once Node is new enough and the
 * bundle is there; otherwise says what to do and exits with 2.
 */
function launch(programName, bundleName) {
    var major = Number(process.versions.node.split('.')[0]);
    if (major < 22) {
        process.stderr.write(programName + ' needs Node.js 22 or newer; this is Node.js ' + process.versions.node + '.\n');
        process.exit(2);
    }
    var bundle = path.join(__dirname, '..', 'out', bundleName);
    if (!fs.existsSync(bundle)) {
        // Only a source checkout lacks the bundle; a published package always ships it.
        process.stderr.write(programName + ' is not built: run "npm run build" in ' + path.dirname(__dirname) + '.\n');
        process.exit(2);
    }
    enableCompileCache();
    require(bundle);
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

module.exports = { launch: launch };
