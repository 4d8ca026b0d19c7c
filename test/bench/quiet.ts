/**
 * Imported first by the benchmark: n8n's logger stays quiet and nothing is captured; and, as the
 * benchmark runs under ts-node rather than jest, `X.node` resolves to `X.node.ts`, not to the
 * node's codex file `X.node.json` (Node tries `.json` before the `.ts` ts-node adds).
 */
/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, @typescript-eslint/no-require-imports */
process.env.N8N_LOG_LEVEL = 'silent';
delete process.env.FLUENTCART_TEST_CAPTURE;

const extensions = (require('node:module') as { _extensions: Record<string, unknown> })._extensions;
const json = extensions['.json'];
delete extensions['.json'];
extensions['.json'] = json;
