import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';

const dir = path.resolve(__dirname, '../../docs/schema');
const ajv = new Ajv({ allErrors: true, strict: false });
for (const f of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  ajv.addSchema(JSON.parse(readFileSync(path.join(dir, f), 'utf8')));
}

/** A validator for one of the published schemas (docs/schema/NAME.schema.json). */
export function validator(name: 'extract' | 'table' | 'diff' | 'claim.ndjson'): ValidateFunction {
  const v = ajv.getSchema(`https://crosscheck.invalid/schema/${name}.schema.json`);
  if (!v) throw new Error(`no schema ${name}`);
  return v;
}

export function schemaErrors(name: Parameters<typeof validator>[0], data: unknown): string {
  const v = validator(name);
  return v(data) ? '' : ajv.errorsText(v.errors);
}
