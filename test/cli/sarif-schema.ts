import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';

// Both packages are CommonJS whose class or function is also their `default` export.
const AjvDraft04 = ajvDraft04.default;
const addFormats = ajvFormats.default;

/**
 * A validator for the SARIF 2.1.0 JSON schema (draft-04) as Microsoft publishes it in
 * the npm package @microsoft/jest-sarif (lib/schemas/sarif-2.1.0-rtm.5.json), the schema
 * that @types/sarif is generated from. The OASIS errata schema differs from it only by
 * requiring a region to give a start (startLine, charOffset or byteOffset), which the
 * tests check separately, by a corrected `language` pattern, and by `type` next to enums.
 */
export function sarifValidator(): (log: unknown) => string[] {
    const require = createRequire(import.meta.url);
    const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
    // The rtm.5 `language` pattern has a stray `]` that only non-unicode regular expressions accept.
    const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    return log => validate(log)
        ? []
        : (validate.errors ?? []).map((error: { instancePath: string; message?: string }) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`);
}
