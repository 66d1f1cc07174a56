/**
 * What the language-server figure does in the editor, chosen from the generated workspace
 * itself so that it fits any size: which files are opened, the one-line edits made to
 * them, and the positions where completion is asked for.
 *
 * - Local edits change the title of an element (`service X "Title"` → `"Title r3"`): the
 *   file's diagnostics are all that can change, but the file is one that others refer to
 *   (a services file, a parties file, ...), which is what an edit in a real catalog hits.
 * - Rename edits rename a service that other files refer to, then rename it back: those
 *   files gain and lose unresolved references.
 * - Completion is asked for at references of several kinds (services in an SLA, SLAs in
 *   an OLA, the customer of an SLA, a target's metric), at the start of the name (every
 *   candidate) and after its first two letters (a filtered list), alternately.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const EDIT_COUNT = 50;
/** The positions in the edit sequence of renames; each is followed by the rename back. */
const RENAME_AT = [12, 37];
export const COMPLETION_COUNT = 50;

/** One file of each kind, by the folder/stem prefix the generator uses. */
const EDITED_KINDS = [
    'services/apps', 'services/infra', 'agreements/slas', 'agreements/olas', 'agreements/ucs',
    'demand/patterns', 'demand/forecasts', 'demand/packages', 'bindings/bindings', 'parties/parties'
];

const HEADER = /^(service|sla|ola|uc|pattern|forecast|package|binding|provider|customer|unit|supplier) (\w+) "([^"]*)"/gm;

function listFiles(folder) {
    return readdirSync(folder, { recursive: true })
        .filter(name => name.endsWith('.svcdef'))
        .map(name => name.split(path.sep).join('/'))
        .sort();
}

/** Which of `names` each file mentions, counting files rather than occurrences. */
function filesMentioning(folder, files, names) {
    const wanted = new Set(names);
    const counts = new Map(names.map(name => [name, []]));
    for (const file of files) {
        const seen = new Set(readFileSync(path.join(folder, file), 'utf8').match(/[A-Za-z_]\w*/g) ?? []);
        for (const name of seen) {
            if (wanted.has(name)) counts.get(name).push(file);
        }
    }
    return counts;
}

/** The kind of element a header line declares, and the text with its title changed. */
function retitle(text, occurrence, revision) {
    const headers = [...text.matchAll(HEADER)];
    const header = headers[occurrence % headers.length];
    const titleStart = header.index + header[0].length - 1;
    return {
        element: `${header[1]} ${header[2]}`,
        text: `${text.slice(0, titleStart)} r${revision}${text.slice(titleStart)}`
    };
}

export function planEditorScenario(folder) {
    const files = listFiles(folder);
    const edited = EDITED_KINDS.map(prefix => {
        const ofKind = files.filter(file => file.startsWith(`${prefix}-`));
        // The middle file: neither the first (small ids) nor the last (possibly short).
        return ofKind[Math.floor(ofKind.length / 2)];
    }).filter(Boolean);

    // The service to rename: the one of an application services file mentioned by the most other files.
    const servicesFile = edited.find(file => file.startsWith('services/apps')) ?? edited[0];
    const servicesText = readFileSync(path.join(folder, servicesFile), 'utf8');
    const serviceNames = [...servicesText.matchAll(/^service (\w+) /gm)].map(match => match[1]);
    const mentions = filesMentioning(folder, files, serviceNames);
    const ranked = serviceNames
        .map(name => ({ name, dependents: mentions.get(name).filter(file => file !== servicesFile) }))
        .sort((a, b) => b.dependents.length - a.dependents.length || a.name.localeCompare(b.name));

    const texts = new Map(edited.map(file => [file, readFileSync(path.join(folder, file), 'utf8')]));
    const versions = new Map(edited.map(file => [file, 1]));
    const edits = [];
    let local = 0;
    let renames = 0;
    while (edits.length < EDIT_COUNT) {
        const renameIndex = RENAME_AT.indexOf(edits.length);
        if (renameIndex >= 0 && edits.length + 1 < EDIT_COUNT && ranked[renameIndex]) {
            const { name, dependents } = ranked[renameIndex];
            const original = texts.get(servicesFile);
            const renamed = original.replace(new RegExp(`^service ${name} `, 'm'), `service ${name}Renamed `);
            for (const [text, kind] of [[renamed, 'rename'], [original, 'rename back']]) {
                versions.set(servicesFile, versions.get(servicesFile) + 1);
                edits.push({ kind, file: servicesFile, version: versions.get(servicesFile), text, element: `service ${name}`, dependents });
            }
            texts.set(servicesFile, original);
            renames++;
            continue;
        }
        const file = edited[local % edited.length];
        const { element, text } = retitle(texts.get(file), Math.floor(local / edited.length), local + 1);
        texts.set(file, text);
        versions.set(file, versions.get(file) + 1);
        edits.push({ kind: 'local', file, version: versions.get(file), text, element, dependents: [] });
        local++;
    }

    return { files, edited, edits, completions: planCompletions(folder, edited), renamedServices: renames };
}

/** Reference positions in the opened agreement files, alternating an empty and a two-letter prefix. */
function planCompletions(folder, edited) {
    const candidates = [];
    const patterns = [
        { file: 'agreements/slas', pattern: /^ {2}services (\w+)/gm, what: 'service in an SLA' },
        { file: 'agreements/olas', pattern: /^ {2}supports (\w+)/gm, what: 'SLA in an OLA' },
        { file: 'agreements/slas', pattern: /^ {2}customer (\w+)/gm, what: 'customer of an SLA' },
        { file: 'agreements/olas', pattern: /^ {2}target (\w+)/gm, what: 'metric of a target' }
    ];
    for (const { file: prefix, pattern, what } of patterns) {
        const file = edited.find(name => name.startsWith(prefix));
        if (!file) continue;
        const text = readFileSync(path.join(folder, file), 'utf8');
        const lineStarts = [0];
        for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
        const positions = [...text.matchAll(pattern)].map(match => {
            const offset = match.index + match[0].length - match[1].length;
            let line = 0;
            while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) line++;
            return { line, character: offset - lineStarts[line], name: match[1] };
        });
        candidates.push(positions.map(position => ({ file, what, ...position })));
    }
    const plan = [];
    for (let i = 0; plan.length < COMPLETION_COUNT && candidates.some(list => list.length > 0); i++) {
        const list = candidates[i % candidates.length];
        const round = Math.floor(i / candidates.length);
        if (list.length === 0) continue;
        const position = list[round % list.length];
        const prefix = round % 2 === 0 ? 0 : Math.min(2, position.name.length);
        plan.push({ file: position.file, what: position.what, prefix, position: { line: position.line, character: position.character + prefix } });
    }
    return plan;
}
