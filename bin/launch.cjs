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
    require(bundle);
}

module.exports = { launch: launch };
