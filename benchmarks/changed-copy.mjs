/**
 * The head side of the diff figure: a generated workspace with 100 changes scattered through
 * it, drawn from a seed, as a pull request of a busy quarter would make them — availability
 * targets loosened and tightened, resolution times lengthened, credits dropped, services
 * retired, `supports` dropped, agreements moved to another file (which change nothing) and one
 * SLA renamed. Every change touches another element, so what the diff reports can be counted.
 */
import { seededRandom } from './seeded-random.mjs';

/** How many changes of each sort make the 100, in the order they are drawn. */
export const CHANGE_MIX = [
    ['availability loosened', 30],
    ['availability tightened', 25],
    ['resolution lengthened', 15],
    ['credit dropped', 10],
    ['supports dropped', 8],
    ['moved to another file', 6],
    ['service retired', 5],
    ['renamed', 1]
];
export const CHANGE_COUNT = CHANGE_MIX.reduce((sum, [, count]) => sum + count, 0);

/** One element as generated: a doc comment line, `kind Name … {`, indented lines, `}` in column 0. */
const ELEMENT = /^(?:\/\*\*.*\*\/\n)?(sla|ola|uc|service) (\w+)[^\n]*\{\n[\s\S]*?\n\}\n/gm;
const AVAILABILITY = /^( {2}target availability >= )(\d+(?:\.\d+)?)(% per month)$/m;
const RESOLUTION = /^( {2}target incidentResolution <= )(\d+)(min|h|d)\b/m;
const CREDIT = /^ {2}credit (?!cap )[^\n]*\n/m;
const SUPPORTS = /^( {2}supports )(\w+(?:, \w+)+)$/m;
const LIVE = /^( {2}status )live$/m;

const percent = value => String(Number(value.toFixed(3)));

/** Each sort of change: which elements it can apply to, and the element's new text. */
const CHANGES = {
    'availability loosened': {
        applies: element => element.kind !== 'service' && AVAILABILITY.test(element.text),
        apply: text => text.replace(AVAILABILITY, (_all, head, value, tail) => `${head}${percent(Number(value) - 0.5)}${tail}`)
    },
    'availability tightened': {
        applies: element => element.kind !== 'service' && AVAILABILITY.test(element.text),
        apply: text => text.replace(AVAILABILITY, (_all, head, value, tail) => `${head}${percent((Number(value) + 100) / 2)}${tail}`)
    },
    'resolution lengthened': {
        applies: element => element.kind !== 'service' && RESOLUTION.test(element.text),
        apply: text => text.replace(RESOLUTION, (_all, head, value, unit) => `${head}${Number(value) * 2}${unit}`)
    },
    'credit dropped': {
        applies: element => element.kind === 'sla' && CREDIT.test(element.text),
        apply: text => text.replace(CREDIT, '')
    },
    'supports dropped': {
        applies: element => (element.kind === 'ola' || element.kind === 'uc') && SUPPORTS.test(element.text),
        apply: text => text.replace(SUPPORTS, (_all, head, list) => `${head}${list.split(', ').slice(0, -1).join(', ')}`)
    },
    'service retired': {
        applies: element => element.kind === 'service' && LIVE.test(element.text),
        apply: text => text.replace(LIVE, '$1retired')
    },
    // Agreements only: services under services/infra-* are in a namespace, so moving one out
    // of its file would change its name, not only its place.
    'moved to another file': { applies: element => element.kind !== 'service' },
    'renamed': { applies: element => element.kind === 'sla' }
};

/** Every agreement and service of the workspace, with its file, place in it, and qualified name (as the diff reports it). */
function elementsOf(files) {
    const elements = [];
    for (const [file, text] of files) {
        const namespace = /^namespace ([\w.]+)\n/.exec(text)?.[1];
        for (const match of text.matchAll(ELEMENT)) {
            const name = namespace ? `${namespace}.${match[2]}` : match[2];
            elements.push({ kind: match[1], name, file, start: match.index, end: match.index + match[0].length, text: match[0] });
        }
    }
    return elements;
}

/**
 * `files` (relative path → text, as generateWorkspace returns them) with CHANGE_COUNT changes,
 * each on an element of its own. Returns the new files and the changes made: what, on which
 * element, in which file, and whether the diff should report it (a move should not).
 */
export function changeWorkspace(files, seed) {
    const random = seededRandom(seed ^ 0x5eed);
    const elements = elementsOf(files);
    const touched = new Set();
    const edits = new Map();      // file → [{start, end, text}]
    const appended = new Map();   // file → text added at its end
    const changes = [];
    const edit = (element, text) => {
        if (!edits.has(element.file)) edits.set(element.file, []);
        edits.get(element.file).push({ start: element.start, end: element.end, text });
    };
    let renamed;

    for (const [what, count] of CHANGE_MIX) {
        const { applies, apply } = CHANGES[what];
        const candidates = elements.filter(element => !touched.has(element.name) && applies(element));
        if (candidates.length < count) {
            throw new Error(`the workspace has ${candidates.length} elements for "${what}", ${count} wanted: generate a larger one.`);
        }
        for (const element of random.sample(candidates, count)) {
            touched.add(element.name);
            if (what === 'moved to another file') {
                const siblings = [...files.keys()].filter(file => file !== element.file && file.split('/')[0] === element.file.split('/')[0]);
                const target = random.pick(siblings);
                edit(element, '');
                appended.set(target, `${appended.get(target) ?? ''}\n${element.text}`);
                changes.push({ what, kind: element.kind, name: element.name, file: target, reported: false });
            } else if (what === 'renamed') {
                renamed = { from: element.name, to: `${element.name}Renewed` };
                changes.push({ what, kind: element.kind, name: renamed.to, before: element.name, file: element.file, reported: true });
            } else {
                edit(element, apply(element.text));
                changes.push({ what, kind: element.kind, name: element.name, file: element.file, reported: true });
            }
        }
    }

    const changed = new Map();
    for (const [file, text] of files) {
        let next = text;
        for (const { start, end, text: replacement } of (edits.get(file) ?? []).sort((a, b) => b.start - a.start)) {
            next = next.slice(0, start) + replacement + next.slice(end);
        }
        next += appended.get(file) ?? '';
        // The rename reaches every reference too (`part of`, `supports`, bindings), as an editor's rename does.
        if (renamed && next.includes(renamed.from)) next = next.replace(new RegExp(`\\b${renamed.from}\\b`, 'g'), renamed.to);
        changed.set(file, next);
    }
    return { files: changed, changes };
}
