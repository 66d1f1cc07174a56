#!/usr/bin/env node
'use strict';
require('./launch.cjs').launch('svcdef-language-server', 'language-server.cjs');
