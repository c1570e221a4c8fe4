// The ajv baseline of bench/run: validates a recording against the same contracts datalayer-lint ships, routed the
// same way (a push's event names the contract, x-datalayer.target points at the part it checks), all errors
// collected. Reads NDJSON (bare pushes or capture envelope lines) line by line, or a JSON dump whole.
//
// usage: node bench/ajv-validate.mjs CONTRACTS_DIR FILE   (run with NODE_PATH pointing at ajv's node_modules)
import { createRequire } from 'node:module';
import { readFileSync, readdirSync, statSync, createReadStream } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

const require = createRequire(join(resolve(process.env.AJV_HOME ?? '.'), 'noop.js'));
const Ajv2020 = require('ajv/dist/2020').default;
const [, , contractsDir, file] = process.argv;

const ajv = new Ajv2020({ strict: false, allErrors: true });
const routes = new Map();
function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.json') && name !== 'index.json') {
      const schema = JSON.parse(readFileSync(path, 'utf8'));
      if (schema.$id) ajv.addSchema(schema);
    }
  }
}
walk(contractsDir);
for (const [id, entry] of Object.entries(ajv.schemas)) {
  const meta = entry.schema['x-datalayer'];
  if (!meta?.events || !meta.target) continue;
  const validate = ajv.getSchema(id);
  const key = meta.target.slice(1);
  for (const event of meta.events) if (!routes.has(event)) routes.set(event, { validate, key });
}

let pushes = 0;
let failing = 0;
let errors = 0;
function check(push) {
  pushes++;
  const route = push && routes.get(push.event);
  if (!route) return;
  if (!route.validate(push[route.key])) {
    failing++;
    errors += route.validate.errors.length;
  }
}
function line(text) {
  if (!text.trim()) return;
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    errors++;
    return;
  }
  check(value && typeof value.recording === 'string' && 'push' in value ? value.push : value);
}

if (file.endsWith('.ndjson')) {
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const text of lines) line(text);
} else {
  const value = JSON.parse(readFileSync(file, 'utf8'));
  for (const push of Array.isArray(value) ? value : [value]) check(push);
}
console.log(JSON.stringify({ pushes, failing, errors }));
