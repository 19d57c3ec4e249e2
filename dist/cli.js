#!/usr/bin/env node
// The monopin CLI: the bundle is dist/cli/index.js (npm run build).
import './cli/index.js';
