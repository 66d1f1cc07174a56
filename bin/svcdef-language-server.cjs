#!/usr/bin/env node
'use strict';
// Kept to syntax that any Node.js parses, so that an old Node gets the message below
// instead of a syntax error from the bundle.
var major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
    process.stderr.write('svcdef-language-server needs Node.js 22 or newer; this is Node.js ' + process.versions.node + '.\n');
    process.exit(2);
}
var bundle = require('path').join(__dirname, '..', 'out', 'language-server.cjs');
if (!require('fs').existsSync(bundle)) {
    // Only a source checkout lacks the bundle; a published package always ships it.
    process.stderr.write('svcdef-language-server is not built: run "npm run build" in ' + require('path').dirname(__dirname) + '.\n');
    process.exit(2);
}
require(bundle);
